//! The case library: every case sorted by title in the page's language, searched by words and,
//! behind one "Filters" disclosure so a phone shows cases on its first screen, filtered by
//! audience, topic and status. The verdict filter is the trainer app's only: to a learner it
//! would give away each case's answer.

use crate::domain::case::{Topic, Track};
use crate::domain::collate::{sort_key, SortKey};
use crate::domain::content::{CaseSummary, ContentKey};
use crate::domain::order;
use crate::domain::progress::CaseStatus;
use crate::domain::safety::case_number;
use crate::domain::verdict::Verdict;
use crate::i18n::grammar::Counted;
use crate::i18n::{labels, Msg};
use crate::web::adapters::document;
use crate::web::components::case_card::CaseCard;
use crate::web::components::filter_select::filter_select;
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::{use_app, use_content, use_optional_content};
use crate::web::state::ContentView;
use yew::prelude::*;

/// The library's filters; `None` means any.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filters {
    pub track: Option<Track>,
    pub verdict: Option<Verdict>,
    pub topic: Option<Topic>,
    /// `Some(true)`: done only; `Some(false)`: not done only.
    pub done: Option<bool>,
    pub query: String,
}

impl Filters {
    fn keeps(&self, case: &CaseSummary, status: CaseStatus, found: Option<&[String]>) -> bool {
        self.track.is_none_or(|t| case.tracks.contains(&t))
            && self.verdict.is_none_or(|v| case.verdict == Some(v))
            && self.topic.is_none_or(|t| case.topics.contains(&t))
            && self.done.is_none_or(|d| d == matches!(status, CaseStatus::Done(_)))
            && found.is_none_or(|ids| ids.contains(&case.id))
    }
}

/// The ids of every case and of those the filters show, for tools that act on them.
pub type CaseSelection = (Vec<String>, Vec<String>);

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    /// Trainer tools drawn under the list (content packs, exports). Given by the trainer app only,
    /// so the learner app's code does not include them.
    #[prop_or_default]
    pub tools: Option<Callback<CaseSelection, Html>>,
}

#[function_component(Library)]
pub fn library(props: &LibraryProps) -> Html {
    let app = use_app();
    let l = app.locale;
    // Only the trainer app gives tools; it alone may filter by verdict.
    let trainer = props.tools.is_some();
    let discreet = app.progress.preferences.discreet;
    let filters = use_state(Filters::default);
    let index = use_content(ContentKey::Index);
    let search = use_optional_content((!filters.query.trim().is_empty()).then_some(ContentKey::Search));

    let on_track = {
        let filters = filters.clone();
        Callback::from(move |v| {
            filters.set(Filters {
                track: v,
                ..(*filters).clone()
            })
        })
    };
    let on_verdict = {
        let filters = filters.clone();
        Callback::from(move |v| {
            filters.set(Filters {
                verdict: v,
                ..(*filters).clone()
            })
        })
    };
    let on_topic = {
        let filters = filters.clone();
        Callback::from(move |v| {
            filters.set(Filters {
                topic: v,
                ..(*filters).clone()
            })
        })
    };
    let on_done = {
        let filters = filters.clone();
        Callback::from(move |v: Option<bool>| {
            filters.set(Filters {
                done: v,
                ..(*filters).clone()
            })
        })
    };
    let on_query = {
        let filters = filters.clone();
        Callback::from(move |e: InputEvent| {
            let value = document::input_value(&e);
            filters.set(Filters {
                query: value,
                ..(*filters).clone()
            });
        })
    };
    let on_clear = {
        let filters = filters.clone();
        Callback::from(move |_| filters.set(Filters::default()))
    };

    let Some(index) = index.doc().and_then(|d| d.as_index().cloned()) else {
        return html! { <div class="page"><h1>{ Msg::LibraryHeading.text(l) }</h1><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    let found: Option<Vec<String>> = match &search {
        Some(ContentView::Ready(doc)) => doc.as_search().map(|s| s.matches(&filters.query)),
        Some(_) => None,
        None => None,
    };
    let searching = search.as_ref().is_some_and(|s| *s == ContentView::Loading);
    let mut shown: Vec<(SortKey, &CaseSummary)> = index
        .cases
        .iter()
        .filter(|c| filters.keeps(c, app.progress.status(&c.id), found.as_deref()))
        .map(|c| (sort_key(&c.title, l), c))
        .collect();
    // Discreet mode: the cases go by number, in the library's order (their titles are not shown).
    if !discreet {
        order::sort_by(&mut shown, |a, b| a.0.cmp(&b.0));
    }
    let shown: Vec<&CaseSummary> = shown.into_iter().map(|(_, c)| c).collect();
    let all_ids: Vec<String> = index.cases.iter().map(|c| c.id.clone()).collect();
    let shown_ids: Vec<String> = shown.iter().map(|c| c.id.clone()).collect();
    // Filters set, besides the words searched: shown on the closed disclosure.
    let active = [
        filters.track.is_some(),
        filters.topic.is_some(),
        filters.done.is_some(),
        filters.verdict.is_some(),
    ]
    .into_iter()
    .filter(|x| *x)
    .count();
    let status_names = |d: bool| {
        if d {
            Msg::FilterDone.text(l)
        } else {
            Msg::FilterNotDone.text(l)
        }
    };
    html! {
        <div class="page page--library">
            <h1>{ Msg::LibraryHeading.text(l) }</h1>
            <p class="lead">{ Msg::LibraryIntro.text(l) }</p>
            <div class="library-search" role="search" aria-label={Msg::FiltersLabel.text(l)}>
                <div class="filter filter--search">
                    <label for="filter-query">{ Msg::SearchLabel.text(l) }</label>
                    <input id="filter-query" type="search" dir="auto" value={filters.query.clone()} oninput={on_query} autocomplete="off" />
                </div>
                <details class="filters-disclosure">
                    <summary>
                        { Msg::FiltersToggle.text(l) }
                        if active > 0 {
                            <span class="filters-disclosure__count">{ active }</span>
                        }
                    </summary>
                    <div class="filters">
                        { filter_select("filter-track", Msg::FilterTrack, l, &Track::ALL, filters.track, |t| labels::track(t, l), on_track) }
                        // Topics name what cases are about: not offered in discreet mode.
                        if !discreet {
                            { filter_select("filter-topic", Msg::FilterTopic, l, &Topic::ALL, filters.topic, |t| labels::topic(t, l), on_topic) }
                        }
                        { filter_select("filter-status", Msg::FilterStatus, l, &[false, true], filters.done, status_names, on_done) }
                        if trainer {
                            { filter_select("filter-verdict", Msg::FilterVerdict, l, &Verdict::ALL, filters.verdict, |v| labels::verdict(v, l), on_verdict) }
                        }
                    </div>
                </details>
                if *filters != Filters::default() {
                    <button type="button" class="button button--quiet" onclick={on_clear}>{ Msg::ClearFilters.text(l) }</button>
                }
            </div>
            <p class="filters__count" role="status" data-testid="library-count">
                { if searching { Msg::Loading.text(l).to_string() } else { Counted::Cases.phrase(shown.len(), l) } }
            </p>
            <ul class="case-list" role="list">
                { for shown.into_iter().map(|c| html! {
                    <CaseCard case={c.clone()} status={app.progress.status(&c.id)} locale={l}
                        discreet={discreet.then(|| case_number(&index, &c.id)).flatten()} />
                }) }
            </ul>
            {
                match &props.tools {
                    Some(tools) => tools.emit((all_ids, shown_ids)),
                    None => html! {
                        <p class="library__tools-link">
                            <a href="trainer.html#/cases">{ Msg::TrainerToolsLink.text(l) }</a>
                        </p>
                    },
                }
            }
        </div>
    }
}
