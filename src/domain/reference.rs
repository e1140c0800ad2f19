//! The learning material beside the cases: glossary terms and reference cards.

use crate::i18n::{references, LocalText, Locale};
use serde::{Deserialize, Serialize};

/// A term of the glossary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Term<T> {
    pub id: String,
    pub term: T,
    pub definition: T,
    /// Where the definition comes from: in the sources, references separated by `;` in the
    /// form [`references::parse`] reads ("trafficking-protocol 3(a); penal-code 448-1"); compiled,
    /// the same references readable in the learner's language.
    #[serde(default)]
    pub source: String,
    /// Ids of related terms.
    #[serde(default)]
    pub related: Vec<String>,
}

/// A section of a reference card: a heading and a body of paragraphs and `- ` bullets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CardSection<T> {
    pub heading: T,
    pub body: T,
}

/// A row of a comparison table: how smuggling and trafficking differ on one point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CardRow<T> {
    pub label: T,
    pub smuggling: T,
    pub trafficking: T,
}

/// A reference card a learner can open from any feedback.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Card<T> {
    pub id: String,
    pub title: T,
    /// References in the form [`references::parse`] reads; compiled, readable in the learner's language.
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub sections: Vec<CardSection<T>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<CardRow<T>>,
}

/// `content/glossary.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(default)]
    pub terms: Vec<Term<LocalText>>,
}

/// `content/cards.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CardsFile {
    #[serde(default)]
    pub cards: Vec<Card<LocalText>>,
}

/// The references of a term's `source`, one per `;`.
pub fn term_sources(source: &str) -> Vec<String> {
    source
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl Term<LocalText> {
    pub fn localize(&self, l: Locale) -> Term<String> {
        Term {
            id: self.id.clone(),
            term: self.term.typeset(l),
            definition: self.definition.typeset(l),
            source: {
                let sep = match l {
                    Locale::Ar => "؛ ",
                    Locale::Fr => "\u{202F}; ",
                    Locale::En => "; ",
                };
                references::render_all(&term_sources(&self.source), l).join(sep)
            },
            related: self.related.clone(),
        }
    }
}

impl Card<LocalText> {
    pub fn localize(&self, l: Locale) -> Card<String> {
        let s = |t: &LocalText| t.typeset(l);
        Card {
            id: self.id.clone(),
            title: s(&self.title),
            sources: references::render_all(&self.sources, l),
            sections: self
                .sections
                .iter()
                .map(|x| CardSection {
                    heading: s(&x.heading),
                    body: s(&x.body),
                })
                .collect(),
            rows: self
                .rows
                .iter()
                .map(|r| CardRow {
                    label: s(&r.label),
                    smuggling: s(&r.smuggling),
                    trafficking: s(&r.trafficking),
                })
                .collect(),
        }
    }
}

/// One block of a card body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block<'a> {
    Paragraph(&'a str),
    Bullets(Vec<&'a str>),
}

/// Splits a body into paragraphs and bullet lists (lines starting with `- `).
pub fn blocks(body: &str) -> Vec<Block<'_>> {
    let mut out: Vec<Block> = Vec::new();
    for chunk in body.split("\n\n").map(str::trim).filter(|c| !c.is_empty()) {
        let lines: Vec<&str> = chunk.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if lines.iter().all(|l| l.starts_with("- ")) {
            out.push(Block::Bullets(lines.iter().map(|l| l[2..].trim()).collect()));
        } else {
            out.push(Block::Paragraph(chunk));
        }
    }
    out
}

/// The shape of a body (paragraphs, and bullets per list), which every language must share.
pub fn shape(body: &str) -> Vec<usize> {
    blocks(body)
        .iter()
        .map(|b| match b {
            Block::Paragraph(_) => 0,
            Block::Bullets(items) => items.len(),
        })
        .collect()
}
