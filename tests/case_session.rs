//! Playing a case: picking, checking, moving on, resuming and restarting.
#![cfg(not(target_arch = "wasm32"))]

use tipsom::domain::case::{Case, FrameVerdicts, Question, Step, Track, TrainerNotes};
use tipsom::domain::facts::Facts;
use tipsom::domain::frame::Frame;
use tipsom::domain::progress::StepRecord;
use tipsom::domain::scoring::Confidence;
use tipsom::domain::session::{CaseSession, SessionAction};
use tipsom::domain::verdict::Verdict;

fn two_step_case() -> Case<String> {
    let step = || Step {
        text: "story".to_string(),
        facts: Some(Facts::default()),
        verdict: Some(FrameVerdicts {
            international: Verdict::Neither,
            morocco: Verdict::Neither,
        }),
        question: Question::Classify {
            prompt: "?".into(),
            frame: Frame::International,
            answer: Verdict::Neither,
        },
        explanation: "why".into(),
    };
    Case {
        id: "c".into(),
        version: 1,
        tracks: vec![Track::Justice],
        topics: vec![],
        languages: tipsom::domain::case::all_languages(),
        title: "t".into(),
        summary: "s".into(),
        content_warning: None,
        steps: vec![step(), step()],
        trainer: TrainerNotes {
            point: "p".into(),
            questions: vec!["q".into()],
        },
        sources: vec![],
        glossary: vec![],
        review: None,
    }
}

fn record(step: usize) -> StepRecord {
    StepRecord {
        step,
        chosen: vec![3],
        confidence: Some(Confidence::Sure),
        score: 100,
        answered_at: 5.0,
        unknown: Default::default(),
    }
}

#[test]
fn a_case_is_played_step_by_step() {
    let case = two_step_case();
    let mut s = CaseSession::start(&case, "v1", "id-1".into(), 1.0, None);
    assert_eq!(s.current, 0);
    s.apply(SessionAction::Pick {
        option: 1,
        multiple: false,
    });
    s.apply(SessionAction::Pick {
        option: 3,
        multiple: false,
    });
    assert_eq!(s.selected, vec![3], "one answer questions keep the last pick");
    s.apply(SessionAction::SetConfidence(Some(Confidence::Fairly)));
    s.apply(SessionAction::Next);
    assert_eq!(s.current, 0, "cannot move on before answering");
    s.apply(SessionAction::Answered(record(0)));
    s.apply(SessionAction::Pick {
        option: 0,
        multiple: false,
    });
    assert_eq!(s.selected, vec![3], "answers are locked once checked");
    s.apply(SessionAction::Next);
    assert_eq!((s.current, s.selected.clone(), s.confidence), (1, vec![], None));
    s.apply(SessionAction::Answered(record(1)));
    s.apply(SessionAction::Next);
    assert!(s.is_finished());
    assert_eq!(s.attempt.score(), 100);
}

#[test]
fn several_answer_questions_toggle_picks() {
    let case = two_step_case();
    let mut s = CaseSession::start(&case, "v1", "id".into(), 1.0, None);
    s.apply(SessionAction::Pick {
        option: 2,
        multiple: true,
    });
    s.apply(SessionAction::Pick {
        option: 0,
        multiple: true,
    });
    s.apply(SessionAction::Pick {
        option: 2,
        multiple: true,
    });
    assert_eq!(s.selected, vec![0]);
}

#[test]
fn an_unfinished_attempt_resumes_and_a_finished_one_shows_its_result() {
    let case = two_step_case();
    let mut s = CaseSession::start(&case, "v1", "id".into(), 1.0, None);
    s.apply(SessionAction::Answered(record(0)));
    let resumed = CaseSession::start(&case, "v1", "other".into(), 2.0, Some(&s.attempt));
    assert_eq!((resumed.current, resumed.attempt.id.as_str()), (1, "id"));
    s.apply(SessionAction::Next);
    s.apply(SessionAction::Answered(record(1)));
    let done = CaseSession::start(&case, "v1", "other".into(), 2.0, Some(&s.attempt));
    assert!(done.is_finished());
    // An attempt at an older version of the case is not resumed.
    let mut changed = case.clone();
    changed.version = 2;
    let fresh = CaseSession::start(&changed, "v2", "new".into(), 3.0, Some(&s.attempt));
    assert_eq!((fresh.current, fresh.attempt.id.as_str()), (0, "new"));
}

#[test]
fn restarting_opens_a_new_attempt() {
    let case = two_step_case();
    let mut s = CaseSession::start(&case, "v1", "first".into(), 1.0, None);
    s.apply(SessionAction::Answered(record(0)));
    s.apply(SessionAction::Restart {
        attempt_id: "second".into(),
        now: 9.0,
    });
    assert_eq!(
        (s.current, s.attempt.id.as_str(), s.attempt.steps.len()),
        (0, "second", 0)
    );
}
