//! Scoring an answer: never on speed, with partial credit where a question allows several options.

use super::case::Question;
use serde::{Deserialize, Serialize};

/// How sure the learner said they were before seeing the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Sure,
    Fairly,
    Unsure,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Sure, Confidence::Fairly, Confidence::Unsure];
}

/// How an answer fared overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Correct,
    Partial,
    Incorrect,
}

impl Outcome {
    pub fn from_score(score: u8) -> Outcome {
        match score {
            100 => Outcome::Correct,
            0 => Outcome::Incorrect,
            _ => Outcome::Partial,
        }
    }
}

/// What became of one option once the answer is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionMark {
    ChosenRight,
    ChosenWrong,
    Missed,
    RightlyLeft,
}

/// The mark of each option, in order.
pub fn option_marks<T>(question: &Question<T>, chosen: &[usize]) -> Vec<OptionMark> {
    let correct = question.correct_options();
    (0..question.option_count())
        .map(|i| match (chosen.contains(&i), correct.contains(&i)) {
            (true, true) => OptionMark::ChosenRight,
            (true, false) => OptionMark::ChosenWrong,
            (false, true) => OptionMark::Missed,
            (false, false) => OptionMark::RightlyLeft,
        })
        .collect()
}

/// The score of an answer, in percent.
///
/// One-answer questions score all or nothing. "Elements" questions score the share of options
/// decided rightly (ticked when present, left when absent). Several-answer actions score right
/// picks minus wrong picks over the number of right options, never below zero.
pub fn score<T>(question: &Question<T>, chosen: &[usize]) -> u8 {
    let marks = option_marks(question, chosen);
    let count = |m: OptionMark| marks.iter().filter(|x| **x == m).count();
    let percent = |num: usize, den: usize| (num * 100 + den / 2).checked_div(den).unwrap_or(0) as u8;
    match question {
        Question::Elements { .. } => percent(
            count(OptionMark::ChosenRight) + count(OptionMark::RightlyLeft),
            marks.len(),
        ),
        _ if !question.is_multiple() => {
            if count(OptionMark::ChosenRight) == 1 && count(OptionMark::ChosenWrong) == 0 {
                100
            } else {
                0
            }
        }
        _ => {
            let right = count(OptionMark::ChosenRight);
            let wrong = count(OptionMark::ChosenWrong);
            percent(right.saturating_sub(wrong), right + count(OptionMark::Missed))
        }
    }
}

/// The score of a whole case: the mean of its steps, in percent.
pub fn case_score(step_scores: &[u8]) -> u8 {
    if step_scores.is_empty() {
        return 0;
    }
    let total: usize = step_scores.iter().map(|s| *s as usize).sum();
    ((total + step_scores.len() / 2) / step_scores.len()) as u8
}
