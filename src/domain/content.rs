//! The compiled content the browser downloads, one language at a time and one piece at a time:
//! a small index for the library, then each case, the glossary and the cards when needed.

use super::analysis::verdicts;
use super::case::{LocalCase, SourceCase, Topic, Track};
use super::concept::{step_concepts, Concept};
use super::fold::{fold, forms, words};
use super::reading_time::estimated_minutes;
use super::reference::{Card, Term};
use super::verdict::Verdict;
use crate::i18n::place_names::PLACES;
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};

/// Whether a text can be the id of a case or term: lowercase letters, digits and dashes, as the
/// content checks require. Content is fetched by id only then, so an id from a link or a message
/// (`../glossary`) can never name another file.
pub fn is_content_id(id: &str) -> bool {
    crate::domain::validate::is_kebab_id(id)
}

/// What the library and the home page need to know about a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct CaseSummary {
    pub id: String,
    pub version: u32,
    pub tracks: Vec<Track>,
    pub topics: Vec<Topic>,
    pub title: String,
    pub summary: String,
    pub content_warning: bool,
    pub steps: usize,
    /// About how many minutes the case takes in this language (see `reading_time`).
    #[serde(default)]
    pub minutes: u32,
    /// The verdict of the case's final facts under the Protocols, for filtering.
    pub verdict: Option<Verdict>,
    /// The concepts each step exercises, for mastery and review.
    #[serde(default)]
    pub concepts: Vec<Vec<Concept>>,
    /// Where the case comes from: empty for the built-in bank, else the content pack's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pack: String,
}

impl CaseSummary {
    pub fn of(case: &SourceCase, locale: Locale) -> CaseSummary {
        CaseSummary {
            id: case.id.clone(),
            version: case.version,
            tracks: case.tracks.clone(),
            topics: case.topics.clone(),
            title: case.title.typeset(locale),
            summary: case.summary.typeset(locale),
            content_warning: case.content_warning.is_some(),
            steps: case.steps.len(),
            minutes: estimated_minutes(case, locale),
            verdict: case.final_facts().map(|f| verdicts(f)[0]),
            concepts: step_concepts(case),
            pack: String::new(),
        }
    }
}

/// `content/<lang>/index.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ContentIndex {
    pub locale: Locale,
    /// A hash of all content sources, recorded with every attempt.
    pub content_version: String,
    pub cases: Vec<CaseSummary>,
}

impl ContentIndex {
    pub fn position(&self, id: &str) -> Option<usize> {
        self.cases.iter().position(|c| c.id == id)
    }

    pub fn next_after(&self, id: &str) -> Option<&CaseSummary> {
        self.position(id).and_then(|i| self.cases.get(i + 1))
    }
}

/// `content/<lang>/search.json`: the words of each case, for searching the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SearchIndex {
    /// Case id and its distinct, normalised words.
    pub cases: Vec<(String, String)>,
}

/// Folds a text for searching and sorting keys (see [`super::fold`]): case, accents and Arabic
/// spelling variants, so "traite" finds "Traité", "الدين" finds "الدَّين", الناضور finds الناظور.
pub fn normalise(text: &str) -> String {
    fold(text)
}

/// What one word of a query may match: itself, and every spelling of a place it names, each
/// spelling a list of words that must all be found.
fn alternatives(word: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = forms(word).into_iter().map(|f| vec![f.to_string()]).collect();
    for place in PLACES {
        let spellings: Vec<String> = place.iter().map(|s| fold(s)).collect();
        let named = spellings.iter().any(|s| {
            let first = words(s).next().unwrap_or("");
            first == word || (word.chars().count() >= 3 && s.starts_with(word))
        });
        if named {
            for spelling in &spellings {
                let parts: Vec<&str> = words(spelling).collect();
                // An Arabic name is looked up without its article: بالناظور holds ناظور.
                let stemmed: Vec<String> = parts
                    .iter()
                    .map(|p| forms(p).last().copied().unwrap_or(p).to_string())
                    .collect();
                out.push(stemmed);
            }
        }
    }
    out
}

impl SearchIndex {
    pub fn of(cases: &[LocalCase]) -> SearchIndex {
        let cases = cases
            .iter()
            .map(|c| {
                let mut text = format!("{} {}", c.title, c.summary);
                for step in &c.steps {
                    text.push(' ');
                    text.push_str(&step.text);
                }
                let folded = fold(&text);
                // Stems (بالناظور → ناظور) are worked out when searching, not stored: the Arabic
                // index would be half as large again.
                let mut found: Vec<&str> = words(&folded).filter(|w| w.chars().count() >= 3).collect();
                found.sort();
                found.dedup();
                (c.id.clone(), found.join(" "))
            })
            .collect();
        SearchIndex { cases }
    }

    /// The ids of the cases containing every word of the query (as a prefix of one of their
    /// words), each word folded and, if it names a place, found under any of its spellings.
    pub fn matches(&self, query: &str) -> Vec<String> {
        let folded = fold(query);
        let wanted: Vec<Vec<Vec<String>>> = words(&folded).map(alternatives).collect();
        self.cases
            .iter()
            .filter(|(_, indexed)| {
                let has = |w: &String| {
                    indexed
                        .split(' ')
                        .any(|x| forms(x).iter().any(|f| f.starts_with(w.as_str())))
                };
                wanted.iter().all(|alts| alts.iter().any(|alt| alt.iter().all(has)))
            })
            .map(|(id, _)| id.clone())
            .collect()
    }
}

/// One downloadable piece of content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContentKey {
    Index,
    Case(String),
    Search,
    Glossary,
    Cards,
}

impl ContentKey {
    /// The path of the piece, relative to the page.
    pub fn path(&self, locale: Locale) -> String {
        let l = locale.code();
        match self {
            ContentKey::Index => format!("content/{l}/index.json"),
            ContentKey::Case(id) => format!("content/{l}/cases/{id}.json"),
            ContentKey::Search => format!("content/{l}/search.json"),
            ContentKey::Glossary => format!("content/{l}/glossary.json"),
            ContentKey::Cards => format!("content/{l}/cards.json"),
        }
    }
}

/// A downloaded piece of content.
#[derive(Debug, Clone, PartialEq)]
pub enum ContentDoc {
    Index(ContentIndex),
    Case(Box<LocalCase>),
    Search(SearchIndex),
    Glossary(Vec<Term<String>>),
    Cards(Vec<Card<String>>),
}

impl ContentDoc {
    /// Parses the JSON of the piece named by `key`.
    pub fn parse(key: &ContentKey, json: &str) -> Result<ContentDoc, String> {
        let e = |e: serde_json::Error| e.to_string();
        Ok(match key {
            ContentKey::Index => ContentDoc::Index(serde_json::from_str(json).map_err(e)?),
            ContentKey::Case(_) => ContentDoc::Case(Box::new(serde_json::from_str(json).map_err(e)?)),
            ContentKey::Search => ContentDoc::Search(serde_json::from_str(json).map_err(e)?),
            ContentKey::Glossary => ContentDoc::Glossary(serde_json::from_str(json).map_err(e)?),
            ContentKey::Cards => ContentDoc::Cards(serde_json::from_str(json).map_err(e)?),
        })
    }

    pub fn as_index(&self) -> Option<&ContentIndex> {
        match self {
            ContentDoc::Index(i) => Some(i),
            _ => None,
        }
    }

    pub fn as_case(&self) -> Option<&LocalCase> {
        match self {
            ContentDoc::Case(c) => Some(c),
            _ => None,
        }
    }

    pub fn as_search(&self) -> Option<&SearchIndex> {
        match self {
            ContentDoc::Search(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_glossary(&self) -> Option<&[Term<String>]> {
        match self {
            ContentDoc::Glossary(g) => Some(g),
            _ => None,
        }
    }

    pub fn as_cards(&self) -> Option<&[Card<String>]> {
        match self {
            ContentDoc::Cards(c) => Some(c),
            _ => None,
        }
    }
}
