//! The glossary for a phone: a search field (folding accents and Arabic spellings), an index of
//! letters (A–Z, or ا–ي) that jumps to each, and the terms as a compact list, each opening on its
//! definition; or one term with its related terms, which cases link to.

use crate::domain::collate::{alphabet, index_letter, sort_key, SortKey};
use crate::domain::content::ContentKey;
use crate::domain::fold::matches_words;
use crate::domain::order;
use crate::domain::reference::Term;
use crate::i18n::grammar::Counted;
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, Msg};
use crate::web::adapters::document;
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

/// The related terms and the sources of a term, under its definition.
fn term_details(term: &Term<String>, all: &[Term<String>], l: Locale) -> Html {
    let related: Vec<&Term<String>> = term
        .related
        .iter()
        .filter_map(|r| all.iter().find(|t| &t.id == r))
        .collect();
    html! {
        <>
            <p dir="auto">{ &term.definition }</p>
            if !related.is_empty() {
                <p class="term__related">
                    { Msg::RelatedTerms.text(l) }{ if l == Locale::Fr { "\u{202F}: " } else { ": " } }
                    // Each comma stays with the link before it, so no line starts with one.
                    { for related.iter().enumerate().map(|(i, r)| html! {
                        <>
                            <span class="term__related-item">
                                <a href={Route::Term { id: r.id.clone() }.href()}>{ &r.term }</a>
                                if i + 1 < related.len() { { if l == Locale::Ar { "،" } else { "," } } }
                            </span>
                            { " " }
                        </>
                    }) }
                </p>
            }
            // Compiled as readable references in the learner's language (i18n::references).
            if !term.source.is_empty() {
                <p class="term__source" dir="auto">{
                    // Several references are compiled joined by the language's semicolon.
                    if term.source.contains(';') || term.source.contains('؛') {
                        fill(Msg::SourcesLabel.text(l), &[("sources", &term.source)])
                    } else {
                        fill(Msg::SourceLabel.text(l), &[("source", &term.source)])
                    }
                }</p>
            }
        </>
    }
}

/// One term on its own page, opened.
fn term_entry(term: &Term<String>, all: &[Term<String>], l: Locale) -> Html {
    html! {
        <div class="term" id={format!("term-{}", term.id)} data-term-id={term.id.clone()}>
            <dt dir="auto">
                <a href={Route::Term { id: term.id.clone() }.href()}>{ &term.term }</a>
            </dt>
            <dd>{ term_details(term, all, l) }</dd>
        </div>
    }
}

/// One term in the list: its name, which opens on its definition.
fn term_item(term: &Term<String>, all: &[Term<String>], l: Locale, open: bool) -> Html {
    html! {
        <li class="term" id={format!("term-{}", term.id)} data-term-id={term.id.clone()}>
            <details {open}>
                <summary dir="auto">{ &term.term }</summary>
                <div class="term__body">{ term_details(term, all, l) }</div>
            </details>
        </li>
    }
}

/// The id of a letter's heading, for the index to jump to.
fn letter_id(letter: char) -> String {
    format!("glossary-letter-{}", letter as u32)
}

#[function_component(Glossary)]
pub fn glossary(props: &GlossaryProps) -> Html {
    let l = use_app().locale;
    let view = use_content(ContentKey::Glossary);
    let query = use_state(String::new);
    let Some(terms) = view.doc().and_then(|d| d.as_glossary().map(<[_]>::to_vec)) else {
        return html! { <div class="page"><h1>{ Msg::GlossaryHeading.text(l) }</h1><LoadStatus failed={view == ContentView::Failed} /></div> };
    };
    if let Some(id) = &props.id {
        return html! {
            <div class="page page--glossary">
                <h1>{ Msg::GlossaryHeading.text(l) }</h1>
                {
                    match terms.iter().find(|t| &t.id == id) {
                        Some(term) => html! { <dl class="terms terms--one">{ term_entry(term, &terms, l) }</dl> },
                        None => html! { <p>{ Msg::TermNotFound.text(l) }</p> },
                    }
                }
                <p><a href={Route::Glossary.href()} class="button">{ Msg::AllTerms.text(l) }</a></p>
            </div>
        };
    }

    let searching = !query.trim().is_empty();
    // Each term's sort key is made once: the sort compares it many times.
    let mut keyed: Vec<(SortKey, &Term<String>)> = terms
        .iter()
        .filter(|t| !searching || matches_words(&format!("{} {}", t.term, t.definition), &query))
        .map(|t| (sort_key(&t.term, l), t))
        .collect();
    order::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
    // Grouped by the letter each term is filed under; terms with none (a number) come first.
    let mut groups: Vec<(Option<char>, Vec<&Term<String>>)> = Vec::new();
    for (_, term) in &keyed {
        let letter = index_letter(&term.term, l);
        match groups.last_mut() {
            Some((last, list)) if *last == letter => list.push(term),
            _ => groups.push((letter, vec![term])),
        }
    }
    let letters: Vec<char> = groups.iter().filter_map(|(letter, _)| *letter).collect();

    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(document::input_value(&e)))
    };
    html! {
        <div class="page page--glossary">
            <h1>{ Msg::GlossaryHeading.text(l) }</h1>
            <p class="lead">{ Msg::GlossaryIntro.text(l) }</p>
            <div class="glossary-search" role="search">
                <label for="glossary-query">{ Msg::GlossarySearchLabel.text(l) }</label>
                <input id="glossary-query" type="search" dir="auto" value={(*query).clone()} oninput={on_query} autocomplete="off" />
            </div>
            if searching {
                <p class="filters__count" role="status" data-testid="glossary-count">
                    { if keyed.is_empty() { Msg::NoTermFound.text(l).to_string() } else { Counted::Terms.phrase(keyed.len(), l) } }
                </p>
            } else {
                <nav class="letter-index" aria-label={Msg::LetterIndex.text(l)}>
                    { for alphabet(l).into_iter().map(|letter| if letters.contains(&letter) {
                        let id = letter_id(letter);
                        html! {
                            <button type="button" class="letter-index__letter" onclick={Callback::from(move |_| document::jump_to(&id))}>{ letter }</button>
                        }
                    } else {
                        html! { <span class="letter-index__letter letter-index__letter--empty" aria-hidden="true">{ letter }</span> }
                    }) }
                </nav>
            }
            { for groups.iter().map(|(letter, list)| html! {
                <section class="term-group">
                    if let Some(letter) = letter {
                        <h2 class="term-group__letter" id={letter_id(*letter)} tabindex="-1">{ *letter }</h2>
                    }
                    <ul class="term-list" role="list">
                        { for list.iter().map(|t| term_item(t, &terms, l, searching)) }
                    </ul>
                </section>
            }) }
        </div>
    }
}
