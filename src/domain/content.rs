//! The compiled content the browser downloads, one language at a time and one piece at a time:
//! a small index for the library, then each case, the glossary and the cards when needed.

use super::analysis::verdicts;
use super::case::{LocalCase, SourceCase, Topic, Track};
use super::concept::{step_concepts, Concept};
use super::reference::{Card, Term};
use super::verdict::Verdict;
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
            title: case.title.get(locale).to_string(),
            summary: case.summary.get(locale).to_string(),
            content_warning: case.content_warning.is_some(),
            steps: case.steps.len(),
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

/// Lowercases and strips accents and Arabic diacritics, so "traite" finds "Traité" and
/// "الدين" finds "الدَّين".
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{064B}'..='\u{065F}').contains(c) && *c != '\u{0670}')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'أ' | 'إ' | 'آ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            other => other,
        })
        .collect()
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
                let mut words: Vec<String> = normalise(&text)
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                    .map(str::to_string)
                    .collect();
                words.sort();
                words.dedup();
                (c.id.clone(), words.join(" "))
            })
            .collect();
        SearchIndex { cases }
    }

    /// The ids of the cases containing every word of the query (as a prefix of one of their words).
    pub fn matches(&self, query: &str) -> Vec<String> {
        let wanted: Vec<String> = normalise(query)
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        self.cases
            .iter()
            .filter(|(_, words)| {
                wanted
                    .iter()
                    .all(|w| words.split(' ').any(|x| x.starts_with(w.as_str())))
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
