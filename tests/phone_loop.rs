//! The phone loop's pure logic: where "Start" leads (a first case per audience, resume, next),
//! the result's recap and rereading a step, the legal grid (each article once), the first
//! sentence of a feedback, the new preferences as stored, and the phone catalogue.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tipsom::domain::analysis::{Comparison, ElementStatus};
use tipsom::domain::audience::Audience;
use tipsom::domain::case::{Topic, Track};
use tipsom::domain::citation::Citation;
use tipsom::domain::content::CaseSummary;
use tipsom::domain::element::Element;
use tipsom::domain::facts::{Act, Facts, Means, Purpose};
use tipsom::domain::first_sentence::split_first_sentence;
use tipsom::domain::law_grid::{LawGrid, Offence};
use tipsom::domain::offline::OfflineState;
use tipsom::domain::progress::{Attempt, Preferences, Progress, StepRecord};
use tipsom::domain::route::Route;
use tipsom::domain::session::{CaseSession, SessionAction};
use tipsom::domain::source::load_cases;
use tipsom::domain::start::{first_case, start_target, StartKind};
use tipsom::i18n::placeholders::placeholders;
use tipsom::i18n::{Locale, PhoneMsg};

fn summary(id: &str, tracks: &[Track], warning: bool, steps: usize) -> CaseSummary {
    CaseSummary {
        id: id.into(),
        version: 1,
        tracks: tracks.to_vec(),
        topics: vec![Topic::Consent],
        title: format!("Title of {id}"),
        summary: String::new(),
        content_warning: warning,
        steps,
        verdict: None,
        concepts: vec![],
        pack: String::new(),
        minutes: 2 * steps as u32,
    }
}

fn library() -> Vec<CaseSummary> {
    vec![
        summary("a-health-warning", &[Track::Health], true, 2),
        summary("b-health-long", &[Track::Health], false, 5),
        summary("c-health-short", &[Track::Health, Track::Justice], false, 3),
        summary("d-justice-short", &[Track::Justice], false, 2),
        summary("e-police-warning", &[Track::LawEnforcement], true, 2),
        summary("f-any-short", &[Track::CivilSociety], false, 1),
    ]
}

fn attempt(id: &str, case: &CaseSummary, answered: &[usize], at: f64) -> Attempt {
    Attempt {
        id: id.into(),
        case_id: case.id.clone(),
        case_version: case.version,
        content_version: "v".into(),
        step_count: case.steps,
        started_at: at,
        steps: answered
            .iter()
            .map(|step| StepRecord {
                step: *step,
                chosen: vec![0],
                confidence: None,
                score: 100,
                answered_at: at + *step as f64,
                unknown: Default::default(),
            })
            .collect(),
        unknown: Default::default(),
    }
}

#[test]
fn a_first_case_is_the_shortest_of_the_track_without_a_content_warning() {
    let cases = library();
    let id = |a: Option<Audience>| first_case(&cases, a).map(|c| c.id.as_str());
    assert_eq!(
        id(Some(Audience::Health)),
        Some("c-health-short"),
        "the warning case is skipped"
    );
    assert_eq!(id(Some(Audience::Justice)), Some("d-justice-short"));
    assert_eq!(id(Some(Audience::CivilSociety)), Some("f-any-short"));
    // A track whose cases all carry a warning: a gentle case from the whole library.
    assert_eq!(id(Some(Audience::LawEnforcement)), Some("f-any-short"));
    assert_eq!(id(Some(Audience::Learning)), Some("f-any-short"));
    assert_eq!(id(None), Some("f-any-short"));
    assert_eq!(first_case(&[], None), None);
}

#[test]
fn every_audience_gets_a_first_case_of_the_bank_without_a_warning() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases");
    let bank: Vec<_> = load_cases(&dir)
        .expect("the bank loads")
        .into_iter()
        .map(|c| c.case)
        .collect();
    let cases: Vec<CaseSummary> = bank.iter().map(|c| CaseSummary::of(c, Locale::En)).collect();
    for audience in Audience::ALL {
        let case = first_case(&cases, Some(audience)).expect("a first case");
        assert!(!case.content_warning, "{audience:?}: {} carries a warning", case.id);
        if let Some(track) = audience.track() {
            assert!(
                case.tracks.contains(&track),
                "{audience:?}: {} is of another track",
                case.id
            );
        }
        println!("{audience:?}: {} ({} steps)", case.id, case.steps);
    }
}

#[test]
fn start_resumes_the_case_left_then_offers_the_next_of_the_track() {
    let cases = library();
    let fresh = Progress::default();
    let first = start_target(&fresh, &cases, Some(Audience::Justice)).unwrap();
    assert_eq!(
        (first.kind, first.case_id.as_str()),
        (StartKind::First, "d-justice-short")
    );
    assert_eq!(first.title, "Title of d-justice-short");

    // Two cases left unfinished: the one touched last is resumed.
    let mut progress = Progress::default();
    progress.attempts.push(attempt("1", &cases[1], &[0], 1_000.0));
    progress.attempts.push(attempt("2", &cases[3], &[0], 2_000.0));
    let resume = start_target(&progress, &cases, Some(Audience::Health)).unwrap();
    assert_eq!(
        (resume.kind, resume.case_id.as_str()),
        (StartKind::Resume, "d-justice-short")
    );

    // Everything finished that was started: the next case of the track not yet played.
    let mut progress = Progress::default();
    progress.attempts.push(attempt("1", &cases[3], &[0, 1], 1_000.0));
    let next = start_target(&progress, &cases, Some(Audience::Justice)).unwrap();
    assert_eq!((next.kind, next.case_id.as_str()), (StartKind::Next, "c-health-short"));
    let next = start_target(&progress, &cases, Some(Audience::LawEnforcement)).unwrap();
    assert_eq!(
        next.case_id, "e-police-warning",
        "later cases may carry warnings: the case says so"
    );

    // Every case done: nothing to start.
    let mut progress = Progress::default();
    for (i, c) in cases.iter().enumerate() {
        progress
            .attempts
            .push(attempt(&i.to_string(), c, &(0..c.steps).collect::<Vec<_>>(), 1.0));
    }
    assert_eq!(start_target(&progress, &cases, None), None);
}

fn four_step_case() -> tipsom::domain::case::SourceCase {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/cases");
    load_cases(&dir)
        .expect("the bank loads")
        .into_iter()
        .map(|c| c.case)
        .find(|c| c.steps.len() >= 3)
        .expect("a case of several steps")
}

fn record(step: usize, score: u8) -> StepRecord {
    StepRecord {
        step,
        chosen: vec![0],
        confidence: None,
        score,
        answered_at: 10.0 + step as f64,
        unknown: Default::default(),
    }
}

#[test]
fn the_result_recaps_every_step_and_any_answered_step_can_be_reread() {
    let case = four_step_case();
    let n = case.steps.len();
    let mut s = CaseSession::start(&case, "v", "a1".into(), 1.0, None);
    for step in 0..n {
        s.apply(SessionAction::Answered(record(step, if step == 1 { 0 } else { 100 })));
        s.apply(SessionAction::Next);
    }
    assert!(s.is_finished());
    let recap = s.recap();
    assert_eq!(recap.len(), n);
    assert_eq!(recap[0], (0, Some(100)));
    assert_eq!(recap[1], (1, Some(0)));

    // Rereading step 2: it shows with its record (so its feedback), and Next goes on from there.
    s.apply(SessionAction::Review(1));
    assert_eq!(s.current, 1);
    assert_eq!(s.current_record().map(|r| r.score), Some(0));
    s.apply(SessionAction::Next);
    assert_eq!(s.current, 2);
    // Back to the result at once.
    s.apply(SessionAction::Review(n));
    assert!(s.is_finished());
}

#[test]
fn only_an_answered_step_or_a_finished_result_can_be_reopened() {
    let case = four_step_case();
    let n = case.steps.len();
    let mut s = CaseSession::start(&case, "v", "a1".into(), 1.0, None);
    s.apply(SessionAction::Answered(record(0, 100)));
    s.apply(SessionAction::Next);
    s.apply(SessionAction::Review(2));
    assert_eq!(s.current, 1, "step 3 was never answered");
    s.apply(SessionAction::Review(n));
    assert_eq!(s.current, 1, "the case is not finished");
    s.apply(SessionAction::Review(0));
    assert_eq!(
        s.current, 0,
        "step 1 can be reread (Back from a card returns to its feedback)"
    );
    assert!(s.current_record().is_some());
}

#[test]
fn the_grid_cites_each_offences_article_once_and_follows_the_engine() {
    let facts = Facts {
        acts: [Act::Recruitment].into(),
        means: [Means::Deception].into(),
        purposes: [Purpose::ForcedLabour].into(),
        ..Facts::default()
    };
    let comparison = Comparison::of(&facts);
    let grid = LawGrid::of(&comparison);
    assert_eq!(grid.offences.len(), 2);
    let trafficking = &grid.offences[0];
    assert_eq!(trafficking.offence, Offence::Trafficking);
    // Moroccan law asks more of an adult's exploitation (Art. 448-1 para. 4, its three effects),
    // which these facts do not show: an open question there, not a yes.
    assert_eq!(trafficking.established, [true, false]);
    assert_eq!(trafficking.status[0], tipsom::domain::analysis::Status::Established);
    assert!(matches!(
        trafficking.status[1],
        tipsom::domain::analysis::Status::Open(_)
    ));
    assert_eq!(trafficking.citation[0], Citation::TraffickingProtocolArt3a);
    let elements: Vec<Element> = trafficking.elements.iter().map(|e| e.element).collect();
    assert_eq!(elements, [Element::Act, Element::Means, Element::Purpose]);
    assert!(
        trafficking.elements.iter().all(|e| e.own_citation[0].is_none()),
        "the article is the offence's: not repeated under each element"
    );
    let smuggling = &grid.offences[1];
    assert_eq!(smuggling.established, [false, false]);
    assert_eq!(
        smuggling.elements[0].status,
        [ElementStatus::Missing, ElementStatus::Missing]
    );
    assert_eq!(
        smuggling.elements[1].status[1],
        ElementStatus::NotRequired,
        "Law 02-03 does not ask for a benefit"
    );
    assert_eq!(
        grid.verdicts,
        [comparison.international.verdict, comparison.morocco.verdict]
    );
    // The verdict row says where it rests on an open question, so "neither" never reads as settled.
    assert_eq!(grid.open[0], None);
    assert!(grid.open[1].is_some(), "the Moroccan verdict rests on the ¶4 question");
    let settled = LawGrid::of(&Comparison::of(&Facts::default()));
    assert_eq!(settled.open, [None, None], "nothing shown: neither, and settled");
}

#[test]
fn an_element_with_a_rule_of_its_own_keeps_its_article() {
    // A child: no means needed, by the Protocol's Art. 3(c), not its Art. 3(a).
    let facts = Facts {
        acts: [Act::Recruitment].into(),
        purposes: [Purpose::ForcedBegging].into(),
        child: true,
        ..Facts::default()
    };
    let grid = LawGrid::of(&Comparison::of(&facts));
    let means = &grid.offences[0].elements[1];
    assert_eq!(means.status[0], ElementStatus::NotRequired);
    assert_eq!(means.own_citation[0], Some(Citation::TraffickingProtocolArt3c));
    // Under Moroccan law the means is not needed by Art. 448-1 itself: cited under the element
    // only where the offence's own line cites another paragraph.
    let offence_cites = grid.offences[0].citation[1];
    assert_eq!(
        means.own_citation[1],
        (offence_cites != Citation::PenalCodeArt448_1).then_some(Citation::PenalCodeArt448_1)
    );
}

#[test]
fn the_first_sentence_ends_at_a_full_stop_not_at_an_abbreviation() {
    assert_eq!(
        split_first_sentence("The organiser arranged the exit, which Law 02-03, Art. 52 punishes. Nothing else."),
        (
            "The organiser arranged the exit, which Law 02-03, Art. 52 punishes.",
            "Nothing else."
        )
    );
    assert_eq!(
        split_first_sentence("Selon l'art. 3 a) du Protocole, M. Amrani est un passeur. Il est payé."),
        (
            "Selon l'art. 3 a) du Protocole, M. Amrani est un passeur.",
            "Il est payé."
        )
    );
    assert_eq!(
        split_first_sentence("نظّم المنظِّم خروج أنس من المغرب. ولا شيء يدل على تهديد."),
        ("نظّم المنظِّم خروج أنس من المغرب.", "ولا شيء يدل على تهديد.")
    );
    assert_eq!(split_first_sentence("One sentence only."), ("One sentence only.", ""));
    assert_eq!(split_first_sentence("Is it? Yes."), ("Is it?", "Yes."));
}

#[test]
fn the_new_preferences_are_stored_and_read_back_and_old_ones_still_read() {
    let preferences = Preferences {
        audience: Some(Audience::LawEnforcement),
        full_reasoning: true,
        ..Preferences::default()
    };
    let progress = Progress {
        preferences,
        ..Progress::default()
    };
    let json = serde_json::to_string(&progress).unwrap();
    assert!(json.contains("\"audience\":\"law-enforcement\""), "{json}");
    assert!(json.contains("\"full-reasoning\":true"), "{json}");
    assert_eq!(serde_json::from_str::<Progress>(&json).unwrap(), progress);
    // Saved before these preferences existed: the defaults.
    let old: Progress = serde_json::from_str(r#"{"attempts":[],"preferences":{"discreet":true}}"#).unwrap();
    assert_eq!(old.preferences.audience, None);
    // An audience a newer version knows and this one does not: not chosen, the rest still read.
    let newer: Progress =
        serde_json::from_str(r#"{"attempts":[],"preferences":{"audience":"student","discreet":true}}"#).unwrap();
    assert_eq!(newer.preferences.audience, None);
    assert!(newer.preferences.discreet);
    assert!(!old.preferences.full_reasoning);
}

#[test]
fn audiences_and_the_start_address_read_back() {
    for audience in Audience::ALL {
        assert_eq!(Audience::from_code(audience.code()), Some(audience));
        let route = Route::Start {
            audience: Some(audience.code().into()),
        };
        assert_eq!(Route::parse(&route.to_path()), route);
    }
    assert_eq!(Route::parse("/start"), Route::Start { audience: None });
    assert_eq!(Route::Start { audience: None }.href(), "#/start");
    assert_eq!(Audience::from_code("nobody"), None);
}

#[test]
fn the_offline_report_reads_as_the_learner_is_told() {
    assert_eq!(
        OfflineState::from_report("downloading", 12, 48),
        OfflineState::Downloading { done: 12, total: 48 }
    );
    assert_eq!(OfflineState::from_report("downloading", 48, 48), OfflineState::Ready);
    assert_eq!(OfflineState::from_report("ready", 0, 0), OfflineState::Ready);
    assert_eq!(
        OfflineState::from_report("unsupported", 0, 0),
        OfflineState::Unsupported
    );
    assert_eq!(OfflineState::from_report("failed", 3, 48), OfflineState::Failed);
    assert_eq!(OfflineState::from_report("", 0, 0), OfflineState::Unknown);
}

#[test]
fn every_phone_message_is_complete_with_french_typography() {
    for m in PhoneMsg::ALL {
        let [en, fr, ar] = [Locale::En, Locale::Fr, Locale::Ar].map(|l| m.text(l));
        assert!(
            !en.trim().is_empty() && !fr.trim().is_empty() && !ar.trim().is_empty(),
            "{}",
            m.name()
        );
        assert_eq!(placeholders(fr), placeholders(en), "{} placeholders in fr", m.name());
        assert_eq!(placeholders(ar), placeholders(en), "{} placeholders in ar", m.name());
        for mark in [':', ';', '!', '?', '%', '/'] {
            for (i, _) in fr.match_indices(mark) {
                let before = fr[..i].chars().last();
                assert_eq!(
                    before,
                    Some('\u{202F}'),
                    "{}: no narrow no-break space before {mark:?}: {fr}",
                    m.name()
                );
            }
        }
    }
}
