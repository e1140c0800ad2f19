//! The glossary: every term, or one term with its related terms; cases link here.

use crate::domain::content::{normalise, ContentKey};
use crate::domain::order;
use crate::domain::reference::Term;
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, Msg};
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::{use_app, use_content};
use crate::web::route::Route;
use crate::web::state::ContentView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    /// Show one term, or all when `None`.
    #[prop_or_default]
    pub id: Option<String>,
}

fn term_entry(term: &Term<String>, all: &[Term<String>], l: Locale) -> Html {
    let related: Vec<&Term<String>> = term
        .related
        .iter()
        .filter_map(|r| all.iter().find(|t| &t.id == r))
        .collect();
    html! {
        <div class="term" id={format!("term-{}", term.id)} data-term-id={term.id.clone()}>
            <dt dir="auto">
                <a href={Route::Term { id: term.id.clone() }.href()}>{ &term.term }</a>
            </dt>
            <dd>
                <p dir="auto">{ &term.definition }</p>
                if !related.is_empty() {
                    <p class="term__related">
                        { Msg::RelatedTerms.text(l) }{ ": " }
                        { for related.iter().enumerate().map(|(i, r)| html! {
                            <>
                                if i > 0 { { if l == Locale::Ar { "، " } else { ", " } } }
                                <a href={Route::Term { id: r.id.clone() }.href()}>{ &r.term }</a>
                            </>
                        }) }
                    </p>
                }
                if !term.source.is_empty() {
                    <p class="term__source" dir="auto">{ fill(Msg::SourceLabel.text(l), &[("source", &term.source)]) }</p>
                }
            </dd>
        </div>
    }
}

#[function_component(Glossary)]
pub fn glossary(props: &GlossaryProps) -> Html {
    let l = use_app().locale;
    let view = use_content(ContentKey::Glossary);
    let Some(terms) = view.doc().and_then(|d| d.as_glossary().map(<[_]>::to_vec)) else {
        return html! { <div class="page"><h1>{ Msg::GlossaryHeading.text(l) }</h1><LoadStatus failed={view == ContentView::Failed} /></div> };
    };
    // Each term's sort key is made once: the sort compares it many times.
    let mut keyed: Vec<(String, &Term<String>)> = terms.iter().map(|t| (normalise(&t.term), t)).collect();
    order::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
    let sorted: Vec<&Term<String>> = keyed.into_iter().map(|(_, t)| t).collect();
    html! {
        <div class="page page--glossary">
            <h1>{ Msg::GlossaryHeading.text(l) }</h1>
            {
                match &props.id {
                    None => html! {
                        <>
                            <p class="lead">{ Msg::GlossaryIntro.text(l) }</p>
                            <dl class="terms">{ for sorted.iter().map(|t| term_entry(t, &terms, l)) }</dl>
                        </>
                    },
                    Some(id) => match terms.iter().find(|t| &t.id == id) {
                        Some(term) => html! { <dl class="terms terms--one">{ term_entry(term, &terms, l) }</dl> },
                        None => html! { <p>{ Msg::TermNotFound.text(l) }</p> },
                    },
                }
            }
            if props.id.is_some() {
                <p><a href={Route::Glossary.href()} class="button">{ Msg::AllTerms.text(l) }</a></p>
            }
        </div>
    }
}
