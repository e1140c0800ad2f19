//! How long a case takes: shown in the library so a learner with five minutes picks a short one.

use super::case::{Question, SourceCase};
use crate::i18n::Locale;

/// Words a learner reads in a minute on a phone, often in a second language: slower than the
/// 200-250 of fluent reading on paper.
const WORDS_PER_MINUTE: usize = 150;
/// Seconds to choose an answer and take in its feedback (verdict, why, the law), per step.
const SECONDS_PER_ANSWER: usize = 40;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The minutes a case takes in one language, rounded to the nearest minute, at least one:
/// its story, questions, options and explanations read at [`WORDS_PER_MINUTE`], and each answer.
pub fn estimated_minutes(case: &SourceCase, locale: Locale) -> u32 {
    let mut count = 0;
    for step in &case.steps {
        count += words(step.text.get(locale)) + words(step.explanation.get(locale));
        count += words(step.question.prompt().get(locale));
        count += match &step.question {
            Question::Action { options, .. } => options
                .iter()
                .map(|o| words(o.text.get(locale)) + words(o.feedback.get(locale)) / 2)
                .sum(),
            Question::Indicators { sentences, .. } => sentences.iter().map(|s| words(s.text.get(locale))).sum(),
            _ => 0,
        };
    }
    let seconds = count * 60 / WORDS_PER_MINUTE + case.steps.len() * SECONDS_PER_ANSWER;
    ((seconds + 30) / 60).max(1) as u32
}
