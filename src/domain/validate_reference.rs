//! Checks the glossary and the reference cards, and that every glossary link from a case resolves.

use super::case::SourceCase;
use super::reference::{shape, term_sources, Card, Term};
use super::validate::{is_kebab_id, Checker, ContentError};
use crate::i18n::{references, LocalText, Locale};
use std::collections::BTreeSet;

fn same_shape(c: &mut Checker, field: &str, body: &LocalText) {
    let en = shape(&body.en);
    for l in [Locale::Fr, Locale::Ar] {
        if shape(body.get(l)) != en {
            c.error(
                format!("{field}.{}", l.code()),
                "paragraphs and bullets differ from the English text",
            );
        }
    }
}

/// Checks the glossary: texts complete, ids unique, related terms existing.
pub fn validate_glossary(terms: &[Term<LocalText>]) -> Vec<ContentError> {
    let ids: BTreeSet<&str> = terms.iter().map(|t| t.id.as_str()).collect();
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    for term in terms {
        let mut c = Checker::new(&term.id);
        if !is_kebab_id(&term.id) {
            c.error("id", "must be lowercase letters, digits and dashes");
        }
        if !seen.insert(term.id.as_str()) {
            c.error("id", "another term has the same id");
        }
        c.text("term", &term.term);
        c.text("definition", &term.definition);
        for r in term_sources(&term.source) {
            if let Err(e) = references::parse(&r) {
                c.error("source", e);
            }
        }
        for r in &term.related {
            if !ids.contains(r.as_str()) {
                c.error("related", format!("no glossary term has the id `{r}`"));
            }
        }
        errors.extend(c.into_errors());
    }
    errors
}

/// Checks the reference cards: texts complete and shaped alike in every language, ids unique.
pub fn validate_cards(cards: &[Card<LocalText>]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    for card in cards {
        let mut c = Checker::new(&card.id);
        if !is_kebab_id(&card.id) || !seen.insert(card.id.as_str()) {
            c.error("id", "must be a unique id of lowercase letters, digits and dashes");
        }
        c.text("title", &card.title);
        for (i, r) in card.sources.iter().enumerate() {
            if let Err(e) = references::parse(r) {
                c.error(format!("sources[{i}]"), e);
            }
        }
        if card.sections.is_empty() && card.rows.is_empty() {
            c.error("sections", "a card needs at least one section or row");
        }
        for (i, s) in card.sections.iter().enumerate() {
            c.text(&format!("sections[{i}].heading"), &s.heading);
            c.text(&format!("sections[{i}].body"), &s.body);
            same_shape(&mut c, &format!("sections[{i}].body"), &s.body);
        }
        for (i, r) in card.rows.iter().enumerate() {
            c.text(&format!("rows[{i}].label"), &r.label);
            c.text(&format!("rows[{i}].smuggling"), &r.smuggling);
            c.text(&format!("rows[{i}].trafficking"), &r.trafficking);
        }
        errors.extend(c.into_errors());
    }
    errors
}

/// Every glossary id a case names exists.
pub fn validate_glossary_links(cases: &[SourceCase], terms: &[Term<LocalText>]) -> Vec<ContentError> {
    let ids: BTreeSet<&str> = terms.iter().map(|t| t.id.as_str()).collect();
    cases
        .iter()
        .flat_map(|case| {
            case.glossary
                .iter()
                .filter(|g| !ids.contains(g.as_str()))
                .map(move |g| ContentError {
                    case: case.id.clone(),
                    field: "glossary".into(),
                    message: format!("no glossary term has the id `{g}`"),
                })
        })
        .collect()
}
