//! Scoring: all or nothing for one answer, partial credit where several options may be chosen.
#![cfg(not(target_arch = "wasm32"))]

use tipsom::domain::case::{ActionOption, Question};
use tipsom::domain::element::Element;
use tipsom::domain::frame::Frame;
use tipsom::domain::scoring::{case_score, option_marks, score, OptionMark, Outcome};
use tipsom::domain::verdict::Verdict;

fn action(multiple: bool, correct: &[bool]) -> Question<String> {
    Question::Action {
        prompt: String::new(),
        multiple,
        options: correct
            .iter()
            .map(|c| ActionOption {
                text: String::new(),
                correct: *c,
                feedback: String::new(),
            })
            .collect(),
    }
}

#[test]
fn classify_is_all_or_nothing() {
    let q: Question<String> = Question::Classify {
        prompt: String::new(),
        frame: Frame::International,
        answer: Verdict::Both,
    };
    let both = Verdict::ALL.iter().position(|v| *v == Verdict::Both).unwrap();
    assert_eq!(score(&q, &[both]), 100);
    assert_eq!(score(&q, &[0]), 0);
    assert_eq!(score(&q, &[]), 0);
}

#[test]
fn elements_give_partial_credit_for_each_option_decided_rightly() {
    let q: Question<String> = Question::Elements {
        prompt: String::new(),
        frame: Frame::International,
        options: vec![Element::Act, Element::Means, Element::Purpose, Element::Child],
        answer: vec![Element::Act, Element::Means, Element::Purpose],
    };
    assert_eq!(score(&q, &[0, 1, 2]), 100);
    assert_eq!(score(&q, &[0, 1]), 75);
    assert_eq!(score(&q, &[0, 1, 2, 3]), 75);
    assert_eq!(score(&q, &[3]), 0);
    assert_eq!(
        option_marks(&q, &[0, 3]),
        vec![
            OptionMark::ChosenRight,
            OptionMark::Missed,
            OptionMark::Missed,
            OptionMark::ChosenWrong
        ]
    );
}

#[test]
fn several_right_actions_score_right_minus_wrong_never_below_zero() {
    let q = action(true, &[true, true, false, false]);
    assert_eq!(score(&q, &[0, 1]), 100);
    assert_eq!(score(&q, &[0]), 50);
    assert_eq!(score(&q, &[0, 2]), 0);
    assert_eq!(score(&q, &[2, 3]), 0);
    let single = action(false, &[false, true, false]);
    assert_eq!(score(&single, &[1]), 100);
    assert_eq!(score(&single, &[0]), 0);
}

#[test]
fn outcomes_and_case_scores() {
    assert_eq!(Outcome::from_score(100), Outcome::Correct);
    assert_eq!(Outcome::from_score(40), Outcome::Partial);
    assert_eq!(Outcome::from_score(0), Outcome::Incorrect);
    assert_eq!(case_score(&[100, 50, 0]), 50);
    assert_eq!(case_score(&[]), 0);
}
