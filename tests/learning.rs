//! Mastery, review scheduling (with an injected clock), calibration, track completion, and
//! moving progress between devices.
#![cfg(not(target_arch = "wasm32"))]

use tipsom::domain::case::Track;
use tipsom::domain::concept::Concept;
use tipsom::domain::content::CaseSummary;
use tipsom::domain::learning::{
    calibration, mastery, review_queue, track_progress, weakest, DAY_MS, MAX_REVIEWS_PER_DAY,
};
use tipsom::domain::progress::{Attempt, Progress, StepRecord};
use tipsom::domain::scoring::Confidence;
use tipsom::storage::transfer::{app_keys, export, import, read_export, ImportError, MAX_IMPORT_BYTES};

fn summary(id: &str, tracks: Vec<Track>, concepts: Vec<Vec<Concept>>) -> CaseSummary {
    CaseSummary {
        id: id.into(),
        version: 1,
        tracks,
        topics: vec![],
        title: id.into(),
        summary: String::new(),
        content_warning: false,
        steps: concepts.len(),
        verdict: None,
        concepts,
        pack: String::new(),
    }
}

fn play(p: &mut Progress, attempt: &str, case: &str, scores: &[u8], at: f64, confidence: Option<Confidence>) {
    let a = Attempt {
        id: attempt.into(),
        case_id: case.into(),
        case_version: 1,
        content_version: "v".into(),
        step_count: scores.len(),
        started_at: at,
        steps: vec![],
        unknown: Default::default(),
    };
    for (i, s) in scores.iter().enumerate() {
        p.record_step(
            a.clone(),
            StepRecord {
                step: i,
                chosen: vec![0],
                confidence,
                score: *s,
                answered_at: at + i as f64,
                unknown: Default::default(),
            },
        );
    }
}

#[test]
fn mastery_follows_answers_and_weighs_recent_ones_more() {
    let cases = vec![summary(
        "c",
        vec![Track::Justice],
        vec![vec![Concept::Consent], vec![Concept::Means, Concept::Consent]],
    )];
    let mut p = Progress::default();
    play(&mut p, "a1", "c", &[0, 0], 0.0, None);
    let m = mastery(&p, &cases);
    assert_eq!(m[&Concept::Consent].level, 0);
    assert_eq!(m[&Concept::Consent].evidence, 2);
    assert_eq!(
        weakest(&m),
        vec![Concept::Means, Concept::Consent],
        "weakest first, ties in a stable order"
    );
    play(&mut p, "a2", "c", &[100, 100], 10.0, None);
    let m = mastery(&p, &cases);
    assert!(
        m[&Concept::Consent].level > 50,
        "two right answers lift it: {:?}",
        m[&Concept::Consent]
    );
    assert!(m[&Concept::Consent].level < 100, "but the old mistakes still count");
    // An attempt at another version of the case is not counted.
    let mut other = Progress::default();
    play(&mut other, "x", "c", &[100, 100], 0.0, None);
    other.attempts[0].case_version = 2;
    assert!(mastery(&other, &cases).is_empty());
}

#[test]
fn reviews_come_back_spaced_and_capped_per_day() {
    let cases: Vec<CaseSummary> = (0..6)
        .map(|i| summary(&format!("c{i}"), vec![Track::Health], vec![vec![Concept::Indicators]]))
        .collect();
    let mut p = Progress::default();
    let day0 = 1_000.0 * DAY_MS;
    for i in 0..6 {
        play(&mut p, &format!("a{i}"), &format!("c{i}"), &[40], day0, None);
    }
    assert!(
        review_queue(&p, &cases, day0 + 0.5 * DAY_MS).is_empty(),
        "nothing is due the same day"
    );
    let due = review_queue(&p, &cases, day0 + 1.0 * DAY_MS);
    assert_eq!(
        due.len(),
        MAX_REVIEWS_PER_DAY,
        "at most {MAX_REVIEWS_PER_DAY} a day, however many are due"
    );
    assert!(due.iter().all(|r| r.concepts == vec![Concept::Indicators]));
    // Weeks away change nothing: still the cap, no backlog.
    assert_eq!(
        review_queue(&p, &cases, day0 + 60.0 * DAY_MS).len(),
        MAX_REVIEWS_PER_DAY
    );
}

#[test]
fn a_mastered_case_waits_longer_and_then_leaves_the_queue() {
    let cases = vec![
        summary("weak", vec![Track::Justice], vec![vec![Concept::ChildRule]]),
        summary("strong", vec![Track::Justice], vec![vec![Concept::Border]]),
    ];
    let mut p = Progress::default();
    let t = 500.0 * DAY_MS;
    play(&mut p, "w1", "weak", &[0], t, None);
    play(&mut p, "s1", "strong", &[100], t, None);
    let due = review_queue(&p, &cases, t + 2.0 * DAY_MS);
    assert_eq!(
        due.iter().map(|r| r.case_id.as_str()).collect::<Vec<_>>(),
        vec!["weak"],
        "a right, mastered case does not come back"
    );
    // After a second, better attempt, the next review is 3 days later, not 1.
    play(&mut p, "w2", "weak", &[70], t + 2.0 * DAY_MS, None);
    assert!(review_queue(&p, &cases, t + 4.0 * DAY_MS).is_empty());
    assert_eq!(review_queue(&p, &cases, t + 5.1 * DAY_MS).len(), 1);
}

#[test]
fn calibration_counts_right_answers_per_confidence() {
    let mut p = Progress::default();
    play(&mut p, "a", "c", &[100, 100, 0], 0.0, Some(Confidence::Sure));
    play(&mut p, "b", "c", &[0, 100], 1.0, Some(Confidence::Unsure));
    play(&mut p, "n", "c", &[0], 2.0, None);
    let c = calibration(&p);
    let sure = c.values().find(|(k, _)| *k == Confidence::Sure).unwrap().1;
    let unsure = c.values().find(|(k, _)| *k == Confidence::Unsure).unwrap().1;
    assert_eq!((sure.right, sure.total, sure.percent()), (2, 3, Some(67)));
    assert_eq!((unsure.right, unsure.total), (1, 2));
    assert_eq!(c.len(), 2, "answers without a confidence are not counted");
}

#[test]
fn a_track_earns_a_certificate_when_every_case_is_done_at_80_percent() {
    let cases = vec![
        summary("a", vec![Track::Health], vec![vec![]]),
        summary("b", vec![Track::Health, Track::Justice], vec![vec![]]),
        summary("c", vec![Track::Justice], vec![vec![]]),
    ];
    let mut p = Progress::default();
    play(&mut p, "1", "a", &[100], 0.0, None);
    let t = track_progress(&p, &cases, Track::Health);
    assert_eq!((t.done, t.total, t.earns_certificate()), (1, 2, false));
    play(&mut p, "2", "b", &[60], 1.0, None);
    let t = track_progress(&p, &cases, Track::Health);
    assert_eq!((t.done, t.score, t.earns_certificate()), (2, Some(80), true));
    play(&mut p, "3", "b", &[50], 2.0, None);
    assert!(
        !track_progress(&p, &cases, Track::Health).earns_certificate(),
        "the latest attempt counts"
    );
}

#[test]
fn export_then_import_restores_and_merges_progress() {
    let mut mine = Progress::default();
    play(&mut mine, "a", "c1", &[100], 1.0, Some(Confidence::Sure));
    mine.preferences.certificate_name = "Youssef".into();
    let file = export(&mine, 99.0);
    let mut theirs = Progress::default();
    play(&mut theirs, "b", "c2", &[50], 2.0, None);
    let merged = import(&theirs, file.as_bytes(), 1e13).unwrap().progress;
    assert_eq!(merged.attempts.len(), 2, "merged, not replaced");
    assert_eq!(
        read_export(file.as_bytes()).unwrap(),
        mine,
        "the file holds the progress exactly"
    );
}

#[test]
fn bad_import_files_are_refused_with_a_reason() {
    let p = Progress::default();
    assert_eq!(import(&p, b"{not json", 1e13), Err(ImportError::Malformed));
    assert_eq!(import(&p, b"[1,2]", 1e13), Err(ImportError::Malformed));
    assert_eq!(
        import(&p, br#"{"name":"a moodle backup"}"#, 1e13),
        Err(ImportError::Foreign)
    );
    assert_eq!(
        import(&p, br#"{"app":"tipsom","kind":"pack"}"#, 1e13),
        Err(ImportError::Foreign)
    );
    assert_eq!(
        import(
            &p,
            br#"{"app":"tipsom","kind":"progress-export","schema":1,"exported-at":1,"progress":{"attempts":7}}"#,
            1e13
        ),
        Err(ImportError::Malformed)
    );
    assert_eq!(
        import(
            &p,
            br#"{"app":"tipsom","kind":"progress-export","schema":9,"exported-at":1,"progress":{}}"#,
            1e13
        ),
        Err(ImportError::FromFuture)
    );
    assert_eq!(
        import(&p, &vec![b' '; MAX_IMPORT_BYTES + 1], 1e13),
        Err(ImportError::TooLarge)
    );
    // A schema-1 export (settings) is migrated on import.
    let v1 = br#"{"app":"tipsom","kind":"progress-export","schema":1,"exported-at":1,"progress":{"attempts":[],"settings":{"locale":"ar","updated-at":3.0}}}"#;
    assert_eq!(
        import(&p, v1, 1e13).unwrap().progress.preferences.locale,
        Some(tipsom::i18n::Locale::Ar)
    );
}

#[test]
fn forget_me_finds_every_key_of_the_app_and_no_other() {
    let keys: Vec<String> = ["tipsom", "tipsom.backup.1", "tipsom.decks", "other-app", "tipsomething"]
        .map(String::from)
        .to_vec();
    assert_eq!(app_keys(&keys), vec!["tipsom", "tipsom.backup.1", "tipsom.decks"]);
}

#[test]
fn the_home_page_counts_done_cases_and_starts_where_the_learner_left_off() {
    use tipsom::domain::home_summary::HomeSummary;
    let ids = ["a", "b", "c", "d"];
    let mut p = Progress::default();
    let fresh = HomeSummary::of(&p, &ids);
    assert_eq!(
        (fresh.done, fresh.total, fresh.next.as_deref(), fresh.percent()),
        (0, 4, Some("a"), 0)
    );
    play(&mut p, "x1", "a", &[100, 100, 100], 1.0, None);
    let after_one = HomeSummary::of(&p, &ids);
    assert_eq!(
        (after_one.done, after_one.next.as_deref(), after_one.percent()),
        (1, Some("b"), 25)
    );
    // An unfinished case comes before the first case not started.
    let unfinished = Attempt {
        id: "x2".into(),
        case_id: "c".into(),
        case_version: 1,
        content_version: "v".into(),
        step_count: 3,
        started_at: 2.0,
        steps: vec![],
        unknown: Default::default(),
    };
    let first_answer = StepRecord {
        step: 0,
        chosen: vec![0],
        confidence: None,
        score: 50,
        answered_at: 2.0,
        unknown: Default::default(),
    };
    p.record_step(unfinished, first_answer);
    assert_eq!(HomeSummary::of(&p, &ids).next.as_deref(), Some("c"));
    // Everything done: start again from the first case; no case at all: nowhere to start.
    for (i, id) in ["b", "c", "d"].iter().enumerate() {
        play(&mut p, &format!("y{i}"), id, &[80, 80, 80], 3.0 + i as f64, None);
    }
    let all = HomeSummary::of(&p, &ids);
    assert_eq!((all.done, all.next.as_deref(), all.percent()), (4, Some("a"), 100));
    assert_eq!(
        HomeSummary::of(&p, &[]),
        HomeSummary {
            done: 0,
            total: 0,
            next: None
        }
    );
}
