//! Checks a source case: complete in every language, well formed, and with answer keys that
//! agree with the legal engine, so a case can never teach something the law does not say.

use super::analysis::analyse;
use super::case::{Question, SourceCase, Step};
use super::element::Element;
use super::frame::Frame;
use super::order;
use crate::i18n::placeholders::placeholders;
use crate::i18n::{labels, LocalText, Locale};
use std::collections::BTreeSet;
use std::fmt;

/// One problem in the content, named by case and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub case: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "case `{}`, field `{}`: {}", self.case, self.field, self.message)
    }
}

/// Collects the problems of one case, term or card.
pub struct Checker<'a> {
    case: &'a str,
    /// The languages every text must have: all three, or those a case says it is written in.
    languages: Vec<Locale>,
    errors: Vec<ContentError>,
}

impl<'a> Checker<'a> {
    pub fn new(case: &'a str) -> Self {
        Checker {
            case,
            languages: Locale::ALL.to_vec(),
            errors: Vec::new(),
        }
    }

    pub fn into_errors(self) -> Vec<ContentError> {
        self.errors
    }

    pub fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError {
            case: self.case.to_string(),
            field: field.into(),
            message: message.into(),
        });
    }

    /// Every language of the case present, not a copy of another, and with the same placeholders.
    /// A language the case is not written in is not read: it is neither required nor shown.
    pub fn text(&mut self, field: &str, text: &LocalText) {
        let languages = self.languages.clone();
        for locale in languages.iter().copied() {
            if text.get(locale).trim().is_empty() {
                self.error(format!("{field}.{}", locale.code()), "missing text in this language");
            }
        }
        let has_arabic = text.ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        if languages.contains(&Locale::Ar) && !text.ar.trim().is_empty() && !has_arabic {
            self.error(format!("{field}.ar"), "the Arabic text contains no Arabic script");
        }
        if languages.contains(&Locale::En)
            && languages.contains(&Locale::Fr)
            && !text.en.trim().is_empty()
            && text.en == text.fr
            && text.en.split_whitespace().count() > 3
        {
            self.error(format!("{field}.fr"), "the French text is a copy of the English text");
        }
        // The placeholders of the first language written (English for the bank) are the reference.
        let Some((first, others)) = languages.split_first() else {
            return;
        };
        let expected = placeholders(text.get(*first));
        for locale in others.iter().copied() {
            if placeholders(text.get(locale)) != expected {
                self.error(
                    format!("{field}.{}", locale.code()),
                    "placeholders differ from the English text",
                );
            }
        }
    }
}

pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Checks one case; an empty list means it is sound.
pub fn validate_case(case: &SourceCase) -> Vec<ContentError> {
    let mut c = Checker {
        case: &case.id,
        languages: Locale::ALL.into_iter().filter(|l| case.languages.contains(l)).collect(),
        errors: Vec::new(),
    };
    if !is_kebab_id(&case.id) {
        c.error("id", "must be lowercase letters, digits and dashes");
    }
    let unique: BTreeSet<&Locale> = case.languages.iter().collect();
    if case.languages.is_empty() || unique.len() != case.languages.len() {
        c.error("languages", "name each language the case is written in, once");
    }
    if case.tracks.is_empty() {
        c.error("tracks", "name at least one audience track");
    }
    c.text("title", &case.title);
    c.text("summary", &case.summary);
    if let Some(warning) = &case.content_warning {
        c.text("content-warning", warning);
    }
    c.text("trainer.point", &case.trainer.point);
    if case.trainer.questions.is_empty() {
        c.error("trainer.questions", "give at least one discussion question");
    }
    for (i, q) in case.trainer.questions.iter().enumerate() {
        c.text(&format!("trainer.questions[{i}]"), q);
    }
    if case.steps.is_empty() {
        c.error("steps", "a case needs at least one step");
    }
    let facts = case.effective_facts();
    for (i, step) in case.steps.iter().enumerate() {
        validate_step(&mut c, &format!("steps[{i}]"), step, facts[i]);
    }
    c.errors
}

fn validate_step(c: &mut Checker, field: &str, step: &Step<LocalText>, facts: Option<&super::facts::Facts>) {
    c.text(&format!("{field}.text"), &step.text);
    c.text(&format!("{field}.explanation"), &step.explanation);
    c.text(&format!("{field}.question.prompt"), step.question.prompt());

    if step.facts.is_some() && step.verdict.is_none() {
        c.error(
            format!("{field}.verdict"),
            "a step that states facts must state its verdict under both frames",
        );
    }
    if let (Some(stated), Some(_)) = (&step.facts, facts) {
        for problem in stated.contradictions() {
            c.error(
                format!("{field}.facts"),
                format!("the facts contradict each other: {problem}"),
            );
        }
    }
    if let (Some(stated), Some(facts)) = (step.verdict, facts) {
        for frame in Frame::ALL {
            let analysis = analyse(facts, frame);
            let derived = analysis.verdict;
            // Where the verdict turns on an open question, either reading may be stated: no
            // question may rest on it (checked below), and the learner is shown the question.
            if !analysis.possible_verdicts().contains(&stated.get(frame)) {
                c.error(
                    format!("{field}.verdict.{}", frame_key(frame)),
                    format!(
                        "says {} but the facts make it {} under {}",
                        labels::verdict(stated.get(frame), Locale::En),
                        labels::verdict(derived, Locale::En),
                        labels::frame(frame, Locale::En)
                    ),
                );
            }
        }
    }

    match &step.question {
        Question::Classify { frame, answer, .. } => match facts {
            None => c.error(
                format!("{field}.facts"),
                "a classify question needs facts (here or in an earlier step)",
            ),
            Some(facts) => {
                let analysis = analyse(facts, *frame);
                let derived = analysis.verdict;
                if analysis.verdict_is_open() {
                    c.error(
                        format!("{field}.question.answer"),
                        format!(
                            "rests on an open question of law under {}: make it a trainer discussion question, not an answer key ({})",
                            labels::frame(*frame, Locale::En),
                            open_names(&analysis)
                        ),
                    );
                } else if derived != *answer {
                    c.error(
                        format!("{field}.question.answer"),
                        format!(
                            "says {} but the facts make it {} under {}",
                            labels::verdict(*answer, Locale::En),
                            labels::verdict(derived, Locale::En),
                            labels::frame(*frame, Locale::En)
                        ),
                    );
                }
            }
        },
        Question::Elements {
            frame, options, answer, ..
        } => {
            let unique: BTreeSet<&Element> = order::set_of(options);
            if options.len() < 2 || unique.len() != options.len() {
                c.error(
                    format!("{field}.question.options"),
                    "list at least two different elements",
                );
            }
            if let Some(extra) = answer.iter().find(|e| !options.contains(e)) {
                c.error(
                    format!("{field}.question.answer"),
                    format!("{extra:?} is not among the options"),
                );
            }
            match facts {
                None => c.error(
                    format!("{field}.facts"),
                    "an elements question needs facts (here or in an earlier step)",
                ),
                Some(facts) => {
                    for option in options {
                        let present = option.is_present(facts, *frame);
                        if present != answer.contains(option) {
                            c.error(
                                format!("{field}.question.answer"),
                                format!(
                                    "{} is {} in the facts under {}",
                                    labels::element(*option, Locale::En),
                                    if present { "present" } else { "absent" },
                                    labels::frame(*frame, Locale::En)
                                ),
                            );
                        }
                    }
                }
            }
        }
        Question::Indicators { sentences, .. } => {
            let marked = sentences.iter().filter(|s| s.indicator.is_some()).count();
            if marked == 0 || marked == sentences.len() {
                c.error(
                    format!("{field}.question.sentences"),
                    "mark at least one sentence as an indicator and leave at least one unmarked",
                );
            }
            for (i, sentence) in sentences.iter().enumerate() {
                c.text(&format!("{field}.question.sentences[{i}].text"), &sentence.text);
            }
        }
        Question::WhatIf {
            frame,
            target,
            options,
            answer,
            ..
        } => match facts {
            None => c.error(
                format!("{field}.facts"),
                "a what-if question needs facts (here or in an earlier step)",
            ),
            Some(facts) => {
                let analysis = analyse(facts, *frame);
                let current = analysis.verdict;
                if analysis.verdict_is_open() {
                    c.error(
                        format!("{field}.question.frame"),
                        format!(
                            "the verdict rests on an open question of law: make it a trainer discussion question ({})",
                            open_names(&analysis)
                        ),
                    );
                }
                for (i, option) in options.iter().enumerate() {
                    if analyse(&option.apply(facts), *frame).verdict_is_open() {
                        c.error(
                            format!("{field}.question.options[{i}]"),
                            "this change leads to an open question of law: its verdict cannot be a key",
                        );
                    }
                }
                if current == *target {
                    c.error(
                        format!("{field}.question.target"),
                        "the facts already give this verdict",
                    );
                }
                for (i, option) in options.iter().enumerate() {
                    if facts.has(option.fact) == option.set {
                        c.error(
                            format!("{field}.question.options[{i}]"),
                            "this change leaves the facts as they are",
                        );
                    }
                }
                let key = super::case::what_if_key(facts, *frame, *target, options);
                if key.len() != 1 || options.len() < 3 {
                    c.error(
                        format!("{field}.question.options"),
                        format!(
                            "give at least 3 changes of which exactly one reaches the target; the engine finds {}",
                            key.len()
                        ),
                    );
                }
                if !answer.is_empty() && *answer != key {
                    c.error(
                        format!("{field}.question.answer"),
                        "differs from what the engine derives",
                    );
                }
            }
        },
        Question::Action { multiple, options, .. } => {
            if options.len() < 2 {
                c.error(format!("{field}.question.options"), "give at least two options");
            }
            let correct = options.iter().filter(|o| o.correct).count();
            if correct == 0 {
                c.error(format!("{field}.question.options"), "mark at least one option correct");
            }
            if !multiple && correct > 1 {
                c.error(
                    format!("{field}.question.multiple"),
                    "several options are correct: set `multiple = true`",
                );
            }
            for (i, option) in options.iter().enumerate() {
                c.text(&format!("{field}.question.options[{i}].text"), &option.text);
                c.text(&format!("{field}.question.options[{i}].feedback"), &option.feedback);
            }
        }
    }
}

/// The open questions of an analysis, named for the author.
fn open_names(analysis: &super::analysis::Analysis) -> String {
    analysis
        .open_questions()
        .iter()
        .map(|q| format!("{q:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn frame_key(frame: Frame) -> &'static str {
    match frame {
        Frame::International => "international",
        Frame::Morocco => "morocco",
    }
}

/// Checks a whole bank: each case, and that no two share an id.
pub fn validate_bank(cases: &[SourceCase]) -> Vec<ContentError> {
    let mut errors: Vec<ContentError> = cases.iter().flat_map(validate_case).collect();
    let mut seen = BTreeSet::new();
    for case in cases {
        // The review trail is the bank's own record (packs may carry one, unchecked).
        for (field, message) in case.review.iter().flat_map(|r| r.problems()) {
            errors.push(ContentError {
                case: case.id.clone(),
                field: field.into(),
                message: message.into(),
            });
        }
        if !seen.insert(case.id.as_str()) {
            errors.push(ContentError {
                case: case.id.clone(),
                field: "id".into(),
                message: "another case has the same id".into(),
            });
        }
    }
    errors
}
