//! Decks: edits, the shared link and its QR code, the builder's filters, and storage under
//! `tipsom.decks` (unreadable data backed up, newer data left alone).
#![cfg(not(target_arch = "wasm32"))]

use tipsom::domain::case::{Topic, Track};
use tipsom::domain::content::CaseSummary;
use tipsom::domain::deck::decks::{MAX_CASES, MAX_NAME};
use tipsom::domain::deck::link::{base64url_decode, base64url_encode, decode, encode, share_url};
use tipsom::domain::deck::qr::qr_code;
use tipsom::domain::deck::{CaseFilter, Deck, DeckEdit, Decks, LinkError};
use tipsom::domain::verdict::Verdict;
use tipsom::storage::decks::{
    decode_decks, encode_decks, load_decks, save_decks, DecodedDecks, DECKS_BACKUP_PREFIX, DECKS_KEY,
};
use tipsom::storage::slot::fingerprint;
use tipsom::storage::{KeyValueStore, MemoryStore, StorageStatus};

fn ids(cases: &[&str]) -> Vec<String> {
    cases.iter().map(|c| c.to_string()).collect()
}

fn create(decks: &mut Decks, id: &str, name: &str, cases: &[&str]) {
    assert!(decks.apply(DeckEdit::Create {
        id: id.into(),
        name: name.into(),
        cases: ids(cases),
    }));
}

#[test]
fn a_deck_is_built_ordered_renamed_duplicated_and_deleted() {
    let mut decks = Decks::default();
    create(&mut decks, "d1", "  Nador, day 1  ", &["a", "b", "a"]);
    let d1 = decks.get("d1").unwrap();
    assert_eq!(d1.name, "Nador, day 1", "names are trimmed");
    assert_eq!(d1.cases, ids(&["a", "b"]), "a case is in a deck once");
    assert!(decks.apply(DeckEdit::AddCase {
        id: "d1".into(),
        case: "c".into()
    }));
    assert!(!decks.apply(DeckEdit::AddCase {
        id: "d1".into(),
        case: "a".into()
    }));
    assert!(decks.apply(DeckEdit::MoveCase {
        id: "d1".into(),
        from: 2,
        to: 0
    }));
    assert_eq!(decks.get("d1").unwrap().cases, ids(&["c", "a", "b"]));
    assert!(!decks.apply(DeckEdit::MoveCase {
        id: "d1".into(),
        from: 0,
        to: 3
    }));
    assert!(decks.apply(DeckEdit::RemoveCase {
        id: "d1".into(),
        index: 1
    }));
    assert_eq!(decks.get("d1").unwrap().cases, ids(&["c", "b"]));
    assert!(decks.apply(DeckEdit::Rename {
        id: "d1".into(),
        name: "Oujda".into()
    }));

    create(&mut decks, "d2", "Other", &[]);
    assert!(decks.apply(DeckEdit::Duplicate {
        id: "d1".into(),
        new_id: "d3".into(),
        name: "Oujda (copy)".into()
    }));
    let order: Vec<&str> = decks.decks.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(order, ["d1", "d3", "d2"], "the copy sits right after the original");
    assert_eq!(decks.get("d3").unwrap().cases, decks.get("d1").unwrap().cases);
    assert!(
        !decks.apply(DeckEdit::Duplicate {
            id: "d1".into(),
            new_id: "d3".into(),
            name: "again".into()
        }),
        "ids stay unique"
    );
    assert!(decks.apply(DeckEdit::Delete { id: "d1".into() }));
    assert!(decks.get("d1").is_none());
    assert!(decks.get("d3").is_some(), "deleting the original keeps the copy");
    assert!(!decks.apply(DeckEdit::Delete { id: "d1".into() }));
}

#[test]
fn a_deck_never_grows_past_its_limits() {
    let mut decks = Decks::default();
    let many: Vec<String> = (0..MAX_CASES + 5).map(|i| format!("case-{i}")).collect();
    decks.apply(DeckEdit::Create {
        id: "d".into(),
        name: "x".repeat(MAX_NAME + 10),
        cases: many,
    });
    let deck = decks.get("d").unwrap();
    assert_eq!(deck.cases.len(), MAX_CASES);
    assert_eq!(deck.name.chars().count(), MAX_NAME);
    assert!(!decks.apply(DeckEdit::AddCase {
        id: "d".into(),
        case: "one-more".into()
    }));
}

#[test]
fn base64url_round_trips_every_length_and_rejects_strangers() {
    for text in [
        "",
        "a",
        "ab",
        "abc",
        "abcd",
        "Série de Nador",
        "سلسلة الناظور ١",
        "?&#/+=",
    ] {
        let encoded = base64url_encode(text.as_bytes());
        assert!(
            encoded
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{encoded}"
        );
        assert_eq!(base64url_decode(&encoded).unwrap(), text.as_bytes());
    }
    assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
    assert_eq!(base64url_decode("ab+c"), None);
    assert_eq!(base64url_decode("abcde"), None);
}

#[test]
fn a_deck_link_round_trips_in_every_script() {
    let deck = Deck {
        id: "local-id".into(),
        name: "ورشة الناظور: الاتجار أو التهريب؟".into(),
        cases: ids(&["debt-after-the-crossing", "apprentice-boy-fez"]),
        sessions: vec![],
        unknown: Default::default(),
    };
    let code = encode(&deck);
    assert!(code.starts_with("1."));
    assert!(!code.contains("local-id"), "the device's own id is not shared");
    let shared = decode(&code).unwrap();
    assert_eq!(shared.name, deck.name);
    assert_eq!(shared.cases, deck.cases);
    let url = share_url("https://example.org/tipsom/#/trainer", &deck);
    assert_eq!(url, format!("https://example.org/tipsom/#/deck/{code}"));
    let empty = Deck {
        id: "x".into(),
        name: String::new(),
        cases: vec![],
        sessions: vec![],
        unknown: Default::default(),
    };
    assert_eq!(decode(&encode(&empty)).unwrap().cases, Vec::<String>::new());
}

#[test]
fn a_deck_link_opens_the_learner_app_whatever_page_shares_it() {
    let deck = Deck {
        id: "d".into(),
        name: "Oujda".into(),
        cases: ids(&["debt-after-the-crossing"]),
        sessions: vec![],
        unknown: Default::default(),
    };
    let code = encode(&deck);
    let link = |page: &str| share_url(page, &deck);
    for (page, folder) in [
        // The trainer app shares: the link drops its file name, so phones load the learner app.
        ("https://h.org/p/trainer.html#/trainer", "https://h.org/p/"),
        ("https://h.org/p/trainer.html", "https://h.org/p/"),
        ("https://h.org/p/trainer.html?from=menu#/trainer", "https://h.org/p/"),
        ("https://h.org/p/index.html#/deck/1.QQ.a", "https://h.org/p/"),
        ("https://h.org/p/index.html", "https://h.org/p/"),
        ("https://h.org/p/", "https://h.org/p/"),
        ("https://h.org/p/#/trainer", "https://h.org/p/"),
        ("https://h.org/a/b/trainer.html#/trainer", "https://h.org/a/b/"),
        ("https://h.org/a/b/#/trainer", "https://h.org/a/b/"),
        ("https://h.org/trainer.html#/trainer", "https://h.org/"),
        ("https://h.org/", "https://h.org/"),
        ("http://127.0.0.1:8080/trainer.html#/trainer", "http://127.0.0.1:8080/"),
    ] {
        assert_eq!(link(page), format!("{folder}#/deck/{code}"), "shared from {page}");
    }
    // An address with no path at all is its own folder.
    assert_eq!(link("https://h.org"), format!("https://h.org#/deck/{code}"));
}

#[test]
fn a_broken_or_hostile_link_is_refused() {
    assert_eq!(decode("2.abc.case"), Err(LinkError::UnknownFormat));
    assert_eq!(decode("hello"), Err(LinkError::UnknownFormat));
    assert_eq!(decode("1"), Err(LinkError::UnknownFormat));
    assert_eq!(decode("1.%%%.case"), Err(LinkError::BadName));
    assert_eq!(decode("1._w.case"), Err(LinkError::BadName), "not UTF-8");
    assert_eq!(decode("1.QQ.Case-With-Caps"), Err(LinkError::BadCaseId));
    assert_eq!(decode("1.QQ.<script>"), Err(LinkError::BadCaseId));
    let long = format!("1.QQ{}", ".c".repeat(MAX_CASES + 1));
    assert_eq!(decode(&long), Err(LinkError::TooManyCases));
    assert_eq!(decode("1.QQ.a.b").unwrap().name, "A");
}

#[test]
fn the_qr_code_of_a_link_has_its_three_finder_patterns() {
    let url = format!("https://example.org/tipsom/#/deck/1.{}", ".some-case-id".repeat(12));
    let qr = qr_code(&url).expect("a link of this length fits");
    assert_eq!((qr.size - 17) % 4, 0, "a QR code is 17 + 4 * version modules wide");
    assert_eq!(qr.modules.len(), qr.size);
    let s = qr.size;
    // Each finder pattern: a dark 7x7 ring around a light ring around a dark 3x3 centre.
    for (x0, y0) in [(0, 0), (s - 7, 0), (0, s - 7)] {
        for (dx, dy, dark) in [(0, 0, true), (6, 6, true), (1, 1, false), (3, 3, true), (5, 2, false)] {
            assert_eq!(qr.modules[y0 + dy][x0 + dx], dark, "finder at {x0},{y0} + {dx},{dy}");
        }
    }
    let dark_in_path: usize = qr
        .path
        .split('h')
        .skip(1)
        .step_by(2)
        .map(|w| w.split('v').next().unwrap().parse::<usize>().unwrap())
        .sum();
    let dark: usize = qr.modules.iter().flatten().filter(|d| **d).count();
    assert_eq!(dark_in_path, dark, "the path draws every dark module once");
    assert!(qr_code(&"x".repeat(5000)).is_none(), "too long for any QR code");
}

fn summary(id: &str, tracks: Vec<Track>, topics: Vec<Topic>, verdict: Verdict) -> CaseSummary {
    CaseSummary {
        id: id.into(),
        version: 1,
        tracks,
        topics,
        title: id.into(),
        summary: String::new(),
        content_warning: false,
        steps: 2,
        minutes: 3,
        verdict: Some(verdict),
        concepts: vec![],
        pack: String::new(),
    }
}

#[test]
fn the_builder_filters_by_track_verdict_and_topic() {
    let cases = vec![
        summary("a", vec![Track::Justice], vec![Topic::Consent], Verdict::Trafficking),
        summary(
            "b",
            vec![Track::Health, Track::Justice],
            vec![Topic::SeaDeparture],
            Verdict::Smuggling,
        ),
        summary("c", vec![Track::Health], vec![Topic::Consent], Verdict::Smuggling),
    ];
    let pick = |f: CaseFilter| f.apply(&cases).iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(pick(CaseFilter::default()), ids(&["a", "b", "c"]));
    assert_eq!(
        pick(CaseFilter {
            track: Some(Track::Justice),
            ..Default::default()
        }),
        ids(&["a", "b"])
    );
    assert_eq!(
        pick(CaseFilter {
            verdict: Some(Verdict::Smuggling),
            ..Default::default()
        }),
        ids(&["b", "c"])
    );
    assert_eq!(
        pick(CaseFilter {
            topic: Some(Topic::Consent),
            verdict: Some(Verdict::Smuggling),
            track: None
        }),
        ids(&["c"])
    );
}

#[test]
fn decks_are_stored_in_their_own_versioned_envelope() {
    let store = MemoryStore::new();
    assert_eq!(load_decks(&store).value, Decks::default());
    let mut decks = Decks::default();
    create(&mut decks, "d1", "Fès", &["a", "b"]);
    save_decks(&store, &decks, false).unwrap();
    let raw = store.get(DECKS_KEY).unwrap().unwrap();
    let json: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(json["app"], "tipsom");
    assert_eq!(json["kind"], "decks");
    assert_eq!(json["schema"], 1);
    assert_eq!(json["decks"][0]["cases"][1], "b");
    let loaded = load_decks(&store);
    assert_eq!(loaded.value, decks);
    assert_eq!(loaded.status, StorageStatus::Saving);
    assert_eq!(decode_decks(&encode_decks(&decks)), DecodedDecks::Current(decks));
}

#[test]
fn unreadable_decks_are_backed_up_never_dropped() {
    for bad in [
        "{broken",
        r#"{"app":"other","kind":"decks","schema":1,"decks":[]}"#,
        r#"{"app":"tipsom","kind":"decks","schema":1,"decks":[{"id":1}]}"#,
    ] {
        let store = MemoryStore::new();
        store.set(DECKS_KEY, bad).unwrap();
        let loaded = load_decks(&store);
        let backup = format!("{DECKS_BACKUP_PREFIX}{:016x}", fingerprint(bad));
        assert_eq!(
            loaded.status,
            StorageStatus::Recovered {
                backup_key: backup.clone()
            }
        );
        assert_eq!(loaded.value, Decks::default());
        assert_eq!(
            store.get(&backup).unwrap().as_deref(),
            Some(bad),
            "the unreadable value is kept"
        );
        assert_eq!(
            store.get(DECKS_KEY).unwrap().as_deref(),
            Some(bad),
            "and left in place until the next save"
        );
    }
    // When no copy can be made, nothing is written at all.
    let store = MemoryStore::new();
    store.set(DECKS_KEY, "{broken").unwrap();
    store.fail_quota();
    assert_eq!(load_decks(&store).status, StorageStatus::Unreadable);
}

#[test]
fn decks_from_a_newer_version_are_left_untouched() {
    let store = MemoryStore::new();
    let future = r#"{"app":"tipsom","kind":"decks","schema":9,"decks":"whatever"}"#;
    store.set(DECKS_KEY, future).unwrap();
    assert_eq!(load_decks(&store).status, StorageStatus::FromFuture { schema: 9 });
    let mut decks = Decks::default();
    create(&mut decks, "d", "n", &[]);
    save_decks(&store, &decks, false).unwrap();
    assert_eq!(store.get(DECKS_KEY).unwrap().as_deref(), Some(future));
    assert!(store
        .keys()
        .unwrap()
        .iter()
        .all(|k| !k.starts_with(DECKS_BACKUP_PREFIX)));
}

#[test]
fn unavailable_storage_loads_no_decks_and_says_so() {
    let store = MemoryStore::new();
    store.fail_unavailable();
    assert_eq!(load_decks(&store).status, StorageStatus::Unavailable);
    assert!(save_decks(&store, &Decks::default(), false).is_err());
}

/// An attempt at `case` with the given step scores answered, out of `steps`.
fn attempt(id: &str, case: &str, steps: usize, scores: &[u8], at: f64) -> tipsom::domain::progress::Attempt {
    use tipsom::domain::progress::{Attempt, StepRecord};
    Attempt {
        id: id.into(),
        case_id: case.into(),
        case_version: 1,
        content_version: "v".into(),
        step_count: steps,
        started_at: at,
        steps: scores
            .iter()
            .enumerate()
            .map(|(step, score)| StepRecord {
                step,
                chosen: vec![0],
                confidence: None,
                score: *score,
                answered_at: at + step as f64,
                unknown: Default::default(),
            })
            .collect(),
        unknown: Default::default(),
    }
}

#[test]
fn a_deck_played_on_a_phone_starts_then_resumes_where_the_learner_stands() {
    use tipsom::domain::deck::play::{DeckAction, DeckProgress};
    use tipsom::domain::progress::{CaseStatus, Progress};
    let deck = ["a", "b", "c"];
    let mut progress = Progress::default();
    // A case outside the deck played does not start the deck.
    progress.attempts.push(attempt("x1", "elsewhere", 2, &[100, 100], 1.0));
    let fresh = DeckProgress::of(&progress, &deck);
    assert_eq!(fresh.action, DeckAction::Start("a".into()));
    assert_eq!((fresh.done, fresh.total()), (0, 3));

    // Case a done with 50%: "Resume" leads to b, the first not started.
    progress.attempts.push(attempt("a1", "a", 2, &[100, 0], 2.0));
    let after_a = DeckProgress::of(&progress, &deck);
    assert_eq!(after_a.action, DeckAction::Resume("b".into()));
    assert_eq!(after_a.cases[0], ("a".to_string(), CaseStatus::Done(50)));
    assert_eq!(after_a.done, 1);

    // Case c half played: "Resume" leads back to it before b.
    progress.attempts.push(attempt("c1", "c", 3, &[100], 3.0));
    let half = DeckProgress::of(&progress, &deck);
    assert_eq!(half.action, DeckAction::Resume("c".into()));
    assert_eq!(half.cases[2].1, CaseStatus::InProgress);

    // Every case done: the deck is finished.
    progress.attempts.push(attempt("b1", "b", 1, &[100], 4.0));
    progress.attempts.push(attempt("c2", "c", 1, &[0], 5.0));
    let finished = DeckProgress::of(&progress, &deck);
    assert!(finished.is_finished());
    assert_eq!(finished.done, 3);
}

#[test]
fn a_case_of_a_deck_leads_to_the_decks_next_case() {
    use tipsom::domain::deck::play::{next_in_deck, place_in_deck};
    let deck = ["c", "a", "b"];
    assert_eq!(next_in_deck(&deck, "c"), Some("a"));
    assert_eq!(next_in_deck(&deck, "a"), Some("b"));
    assert_eq!(next_in_deck(&deck, "b"), None, "the last case leads back to the deck");
    assert_eq!(next_in_deck(&deck, "z"), None, "a case outside the deck");
    assert_eq!(place_in_deck(&deck, "a"), Some((2, 3)));
    assert_eq!(place_in_deck(&deck, "z"), None);
}

fn votes(case: &str, step: usize, counts: &[u32]) -> tipsom::domain::presenter::tally::StepVotes {
    tipsom::domain::presenter::tally::StepVotes {
        case_id: case.into(),
        step,
        votes: counts.to_vec(),
        unknown: Default::default(),
    }
}

#[test]
fn a_shows_votes_are_kept_with_its_deck_one_record_per_showing() {
    use tipsom::domain::deck::sessions::{SessionRecord, MAX_SESSIONS};
    let mut decks = Decks::default();
    create(&mut decks, "d1", "Oujda", &["a", "b"]);
    let session = |tally| DeckEdit::RecordSession {
        id: "d1".into(),
        session: SessionRecord::new("s1", 1000.0, 2000.0, tally),
    };
    assert!(decks.apply(session(vec![votes("a", 0, &[2, 1])])));
    // The same show again, with one more question: its record is replaced, not doubled.
    assert!(decks.apply(session(vec![votes("a", 0, &[2, 1]), votes("a", 1, &[0, 3])])));
    assert!(
        !decks.apply(session(vec![votes("a", 0, &[2, 1]), votes("a", 1, &[0, 3])])),
        "unchanged"
    );
    let kept = &decks.get("d1").unwrap().sessions;
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].questions(), kept[0].votes()), (2, 6));

    // Another showing is another record; the oldest go past the limit.
    for n in 0..MAX_SESSIONS + 3 {
        decks.apply(DeckEdit::RecordSession {
            id: "d1".into(),
            session: SessionRecord::new(format!("later-{n}"), 5000.0 + n as f64, 0.0, vec![votes("b", 0, &[1])]),
        });
    }
    let kept = &decks.get("d1").unwrap().sessions;
    assert_eq!(kept.len(), MAX_SESSIONS);
    assert!(
        kept.iter().all(|s| s.id != "s1" && s.id != "later-0"),
        "the oldest went first"
    );

    // A copy of the deck starts with no sessions; deleting one keeps the others.
    decks.apply(DeckEdit::Duplicate {
        id: "d1".into(),
        new_id: "d2".into(),
        name: "Oujda (copy)".into(),
    });
    assert!(decks.get("d2").unwrap().sessions.is_empty());
    assert!(decks.apply(DeckEdit::DeleteSession {
        id: "d1".into(),
        session: "later-5".into()
    }));
    assert_eq!(decks.get("d1").unwrap().sessions.len(), MAX_SESSIONS - 1);
    // A record no show could make (a stored value edited by hand) is refused.
    assert!(!decks.apply(DeckEdit::RecordSession {
        id: "d1".into(),
        session: SessionRecord::new("big", 0.0, 0.0, vec![votes("a", 0, &[1; 9])]),
    }));
}

#[test]
fn sessions_are_stored_with_the_deck_and_a_newer_versions_members_survive() {
    let store = MemoryStore::new();
    // A deck stored before sessions existed reads with none, and is written back without the field.
    let old = r#"{"app":"tipsom","kind":"decks","schema":1,"decks":[{"id":"d1","name":"Fès","cases":["a"]}]}"#;
    store.set(DECKS_KEY, old).unwrap();
    let mut decks = load_decks(&store).value;
    assert!(decks.get("d1").unwrap().sessions.is_empty());
    save_decks(&store, &decks, true).unwrap();
    assert!(!store.get(DECKS_KEY).unwrap().unwrap().contains("sessions"));

    // A newer version's members, on a session and on a step's votes, are kept through this one's saves.
    let newer = r#"{"app":"tipsom","kind":"decks","schema":1,"decks":[{"id":"d1","name":"Fès","cases":["a"],
        "sessions":[{"id":"s1","started-at":1.0,"updated-at":2.0,"room":"Salle 2",
        "tally":[{"case-id":"a","step":0,"votes":[1,2],"hands-up-total":3}]}]}]}"#;
    store.set(DECKS_KEY, newer).unwrap();
    decks = load_decks(&store).value;
    let session = &decks.get("d1").unwrap().sessions[0];
    assert_eq!(session.votes(), 3);
    assert_eq!(session.unknown["room"], "Salle 2");
    decks.apply(DeckEdit::Rename {
        id: "d1".into(),
        name: "Fès, day 2".into(),
    });
    save_decks(&store, &decks, true).unwrap();
    let raw: serde_json::Value = serde_json::from_str(&store.get(DECKS_KEY).unwrap().unwrap()).unwrap();
    let stored = &raw["decks"][0]["sessions"][0];
    assert_eq!(stored["room"], "Salle 2");
    assert_eq!(stored["tally"][0]["hands-up-total"], 3);
    assert_eq!(raw["decks"][0]["name"], "Fès, day 2");
}
