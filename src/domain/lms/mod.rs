//! Questions for learning platforms (Moodle and others): every step of a set of cases as one
//! multiple-choice question, in one language, with feedback on every answer.
//!
//! The questions are built once here; `gift` and `moodle_xml` only write them out.

pub mod feedback;
pub mod fraction;
pub mod gift;
pub mod moodle_xml;

use super::analysis::analyse;
use super::case::{Question, SourceCase};
use super::verdict::Verdict;
use crate::i18n::catalogue::Msg;
use crate::i18n::packs_catalogue::PackMsg;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Locale};
use fraction::{share, Fraction};

/// The category the questions are filed under on the platform.
pub const CATEGORY: &str = "tipsom";

/// One question, ready to be written in any format.
#[derive(Debug, Clone, PartialEq)]
pub struct LmsQuestion {
    /// Unique in the bank: `case-id-2` for the second step.
    pub id: String,
    pub case_id: String,
    pub name: String,
    /// The story up to this step, then the question.
    pub text: String,
    /// Shown after any answer: the author's explanation (and the engine's notes).
    pub general_feedback: String,
    /// One answer (radio buttons) or several (check boxes, with partial credit).
    pub single: bool,
    pub answers: Vec<LmsAnswer>,
}

/// One answer of a question and what choosing it earns and says.
#[derive(Debug, Clone, PartialEq)]
pub struct LmsAnswer {
    pub text: String,
    pub fraction: Fraction,
    pub feedback: String,
}

/// Every step of every case written in `l`, in order, as questions in that language (a case
/// written in other languages only has no questions in it, never empty ones).
pub fn questions(cases: &[SourceCase], l: Locale) -> Vec<LmsQuestion> {
    cases
        .iter()
        .filter(|case| case.has_language(l))
        .flat_map(|case| case_questions(case, l))
        .collect()
}

fn case_questions(case: &SourceCase, l: Locale) -> Vec<LmsQuestion> {
    let mut case = case.clone();
    // What-if keys are derived by the engine, as the build does for the app.
    case.derive_keys();
    let case = case.localize(l);
    let facts = case.effective_facts();
    let total = case.steps.len();
    let mut story = String::new();
    let mut out = Vec::new();
    for (i, step) in case.steps.iter().enumerate() {
        if !story.is_empty() {
            story.push_str("\n\n");
        }
        story.push_str(step.text.trim());
        let mut text = format!("{story}\n\n{}", step.question.prompt().trim());
        let mut general_feedback = step.explanation.trim().to_string();
        let q = &step.question;
        let correct = q.correct_options();
        let (single, answers) = match (q, facts[i]) {
            (Question::Classify { frame, .. }, Some(facts)) => {
                text.push_str("\n\n");
                text.push_str(&fill(Msg::UnderFrame.text(l), &[("frame", labels::frame(*frame, l))]));
                let analysis = analyse(facts, *frame);
                for note in &analysis.notes {
                    general_feedback.push_str("\n\n");
                    general_feedback.push_str(&labels::note(*note, l));
                }
                let answers = Verdict::ALL
                    .iter()
                    .enumerate()
                    .map(|(k, v)| LmsAnswer {
                        text: labels::verdict(*v, l).to_string(),
                        fraction: if correct.contains(&k) {
                            Fraction::FULL
                        } else {
                            Fraction::ZERO
                        },
                        feedback: feedback::classify(*v, &analysis, l),
                    })
                    .collect();
                (true, answers)
            }
            (Question::Elements { frame, options, .. }, Some(facts)) => {
                text.push_str("\n\n");
                text.push_str(&fill(Msg::UnderFrame.text(l), &[("frame", labels::frame(*frame, l))]));
                let feedbacks: Vec<String> = options
                    .iter()
                    .map(|e| feedback::element(*e, e.is_present(facts, *frame), *frame, l))
                    .collect();
                let mut answers = multiple(
                    options.iter().map(|e| labels::element(*e, l).to_string()).collect(),
                    feedbacks,
                    &correct,
                );
                // With no element present, "none of these" is the one right answer.
                if correct.is_empty() {
                    answers.push(LmsAnswer {
                        text: PackMsg::NoneOfThese.text(l).to_string(),
                        fraction: Fraction::FULL,
                        feedback: PackMsg::NoneOfTheseRight.text(l).to_string(),
                    });
                }
                (false, answers)
            }
            (
                Question::Action {
                    multiple: false,
                    options,
                    ..
                },
                _,
            ) => (
                true,
                options
                    .iter()
                    .map(|o| LmsAnswer {
                        text: o.text.clone(),
                        fraction: if o.correct { Fraction::FULL } else { Fraction::ZERO },
                        feedback: o.feedback.clone(),
                    })
                    .collect(),
            ),
            (Question::Action { options, .. }, _) => (
                false,
                multiple(
                    options.iter().map(|o| o.text.clone()).collect(),
                    options.iter().map(|o| o.feedback.clone()).collect(),
                    &correct,
                ),
            ),
            (Question::Indicators { sentences, .. }, _) => (
                false,
                multiple(
                    sentences.iter().map(|s| s.text.clone()).collect(),
                    sentences.iter().map(|s| feedback::indicator(s.indicator, l)).collect(),
                    &correct,
                ),
            ),
            (Question::WhatIf { frame, options, .. }, Some(facts)) => (
                true,
                options
                    .iter()
                    .enumerate()
                    .map(|(k, change)| LmsAnswer {
                        text: labels::fact_change(*change, l),
                        fraction: if correct.contains(&k) {
                            Fraction::FULL
                        } else {
                            Fraction::ZERO
                        },
                        feedback: fill(
                            Msg::WhatIfResult.text(l),
                            &[(
                                "verdict",
                                labels::verdict(analyse(&change.apply(facts), *frame).verdict, l),
                            )],
                        ),
                    })
                    .collect(),
            ),
            // A checked case always has facts for these questions; an unchecked one is skipped.
            _ => continue,
        };
        out.push(LmsQuestion {
            id: format!("{}-{}", case.id, i + 1),
            case_id: case.id.clone(),
            name: fill(
                PackMsg::QuestionName.text(l),
                &[
                    ("title", case.title.trim()),
                    ("step", &(i + 1).to_string()),
                    ("total", &total.to_string()),
                ],
            ),
            text,
            general_feedback,
            single,
            answers,
        });
    }
    out
}

/// Several right answers share the full mark; wrong ones take it back in equal parts, so
/// ticking everything earns nothing.
fn multiple(texts: Vec<String>, feedbacks: Vec<String>, correct: &[usize]) -> Vec<LmsAnswer> {
    let right = correct.len();
    let wrong = texts.len() - right;
    texts
        .into_iter()
        .zip(feedbacks)
        .enumerate()
        .map(|(i, (text, feedback))| LmsAnswer {
            text,
            fraction: if correct.contains(&i) {
                share(right)
            } else {
                share(wrong).negate()
            },
            feedback,
        })
        .collect()
}

/// The comment at the top of an exported file, saying what it holds.
pub fn header(name: &str, cases: usize, questions: usize, l: Locale) -> String {
    format!(
        "tipsom: {questions} questions from {cases} cases of “{name}”, in {}.\nEach step of a case is one question; the feedback on each answer comes from the app's legal engine.",
        l.code()
    )
}
