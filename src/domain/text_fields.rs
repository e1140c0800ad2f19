//! Every text of a case, a glossary term and a reference card, each with the name of its field
//! (`steps[1].question.options[0].feedback`), in the form the content checks print: what the
//! term base and the numbers check read, so that no text of the content escapes them.

use super::case::{Question, SourceCase};
use super::reference::{Card, Term};
use crate::i18n::LocalText;

/// The texts of a case, in reading order.
pub fn case_texts(case: &SourceCase) -> Vec<(String, &LocalText)> {
    let mut out: Vec<(String, &LocalText)> = vec![("title".into(), &case.title), ("summary".into(), &case.summary)];
    if let Some(w) = &case.content_warning {
        out.push(("content-warning".into(), w));
    }
    for (i, step) in case.steps.iter().enumerate() {
        let at = format!("steps[{i}]");
        out.push((format!("{at}.text"), &step.text));
        out.push((format!("{at}.question.prompt"), step.question.prompt()));
        match &step.question {
            Question::Action { options, .. } => {
                for (j, o) in options.iter().enumerate() {
                    out.push((format!("{at}.question.options[{j}].text"), &o.text));
                    out.push((format!("{at}.question.options[{j}].feedback"), &o.feedback));
                }
            }
            Question::Indicators { sentences, .. } => {
                for (j, s) in sentences.iter().enumerate() {
                    out.push((format!("{at}.question.sentences[{j}].text"), &s.text));
                }
            }
            Question::Classify { .. } | Question::Elements { .. } | Question::WhatIf { .. } => {}
        }
        out.push((format!("{at}.explanation"), &step.explanation));
    }
    out.push(("trainer.point".into(), &case.trainer.point));
    for (i, q) in case.trainer.questions.iter().enumerate() {
        out.push((format!("trainer.questions[{i}]"), q));
    }
    out
}

/// The texts of a glossary term.
pub fn term_texts(term: &Term<LocalText>) -> Vec<(String, &LocalText)> {
    vec![
        (format!("term `{}`.term", term.id), &term.term),
        (format!("term `{}`.definition", term.id), &term.definition),
    ]
}

/// The texts of a reference card.
pub fn card_texts(card: &Card<LocalText>) -> Vec<(String, &LocalText)> {
    let mut out: Vec<(String, &LocalText)> = vec![(format!("card `{}`.title", card.id), &card.title)];
    for (i, s) in card.sections.iter().enumerate() {
        out.push((format!("card `{}`.sections[{i}].heading", card.id), &s.heading));
        out.push((format!("card `{}`.sections[{i}].body", card.id), &s.body));
    }
    for (i, r) in card.rows.iter().enumerate() {
        out.push((format!("card `{}`.rows[{i}].label", card.id), &r.label));
        out.push((format!("card `{}`.rows[{i}].smuggling", card.id), &r.smuggling));
        out.push((format!("card `{}`.rows[{i}].trafficking", card.id), &r.trafficking));
    }
    out
}
