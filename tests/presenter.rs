//! The presenter/audience protocol: the show's transitions, votes, the timer, the keys, and the
//! messages between windows (out of order, repeated, foreign, catch-up after a reload).
#![cfg(not(target_arch = "wasm32"))]

use tipsom::domain::presenter::keys::{command_for, KeyPress};
use tipsom::domain::presenter::protocol::PROTOCOL_VERSION;
use tipsom::domain::presenter::{Command, DeckCase, Envelope, Follower, Inbox, Message, Outbox, SessionId, Show};
use tipsom::i18n::Locale;

fn show() -> Show {
    Show::new(
        "d1",
        "Workshop",
        vec![
            DeckCase {
                id: "a".into(),
                steps: 3,
            },
            DeckCase {
                id: "empty".into(),
                steps: 0,
            },
            DeckCase {
                id: "b".into(),
                steps: 2,
            },
        ],
    )
}

fn at(show: &Show) -> (usize, usize) {
    (show.case, show.step)
}

fn state(show: &Show) -> Message {
    Message::State {
        show: Box::new(show.clone()),
        locale: Locale::En,
    }
}

/// The room key of the show under test (made by `protocol::room_key` in the browser).
const ROOM: &str = "0123456789abcdef";

const PRESENTER: SessionId = SessionId {
    started: 1_000,
    nonce: 7,
};

#[test]
fn a_new_show_starts_at_the_first_step_hidden_with_no_timer_and_no_votes() {
    let s = show();
    assert_eq!(s.cases.len(), 2, "a case without steps is left out");
    assert_eq!(at(&s), (0, 0));
    assert!(!s.revealed && !s.breakdown && !s.blanked);
    assert!(!s.timer.shown, "the timer is off by default");
    assert_eq!(s.total_votes(), 0);
    assert!(s.is_first());
}

#[test]
fn next_and_previous_step_walk_through_every_step_of_every_case() {
    let mut s = show();
    let mut visited = vec![at(&s)];
    while s.apply(Command::NextStep) {
        visited.push(at(&s));
    }
    assert_eq!(visited, vec![(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]);
    assert!(s.is_last());
    assert!(!s.apply(Command::NextStep), "next at the very end changes nothing");
    let mut back = vec![at(&s)];
    while s.apply(Command::PreviousStep) {
        back.push(at(&s));
    }
    visited.reverse();
    assert_eq!(back, visited, "previous steps back through the same path");
    assert!(!s.apply(Command::PreviousStep));
}

#[test]
fn next_and_previous_case_jump_to_a_case_start() {
    let mut s = show();
    s.apply(Command::NextStep);
    assert!(s.apply(Command::NextCase));
    assert_eq!(at(&s), (1, 0));
    assert!(!s.apply(Command::NextCase), "there is no case after the last");
    s.apply(Command::NextStep);
    assert!(s.apply(Command::PreviousCase));
    assert_eq!(at(&s), (0, 0));
    s.apply(Command::NextStep);
    s.apply(Command::PreviousCase);
    assert_eq!(at(&s), (0, 0), "previous case on the first case goes to its start");
}

#[test]
fn go_to_accepts_only_existing_steps() {
    let mut s = show();
    assert!(s.apply(Command::GoTo { case: 1, step: 1 }));
    assert_eq!(at(&s), (1, 1));
    assert!(!s.apply(Command::GoTo { case: 1, step: 2 }));
    assert!(!s.apply(Command::GoTo { case: 5, step: 0 }));
    assert_eq!(at(&s), (1, 1));
}

#[test]
fn reveal_breakdown_and_votes_reset_on_every_new_step_but_blank_stays() {
    let mut s = show();
    s.apply(Command::ToggleReveal);
    s.apply(Command::ToggleBreakdown);
    s.apply(Command::ToggleBlank);
    s.apply(Command::AddVote { option: 1 });
    assert!(s.revealed && s.breakdown && s.blanked);
    s.apply(Command::NextStep);
    assert!(!s.revealed, "the next step starts hidden");
    assert!(!s.breakdown);
    assert_eq!(s.total_votes(), 0, "votes belong to one step");
    assert!(s.blanked, "the projector stays black while the trainer moves on");
    s.apply(Command::ToggleReveal);
    s.apply(Command::PreviousStep);
    assert!(!s.revealed, "going back hides the answer again too");
    // A jump to the step already shown is no new step.
    s.apply(Command::ToggleReveal);
    assert!(!s.apply(Command::GoTo { case: 0, step: 0 }));
    assert!(s.revealed);
}

#[test]
fn reveal_and_blank_toggle() {
    let mut s = show();
    assert!(s.apply(Command::ToggleReveal));
    assert!(s.revealed);
    assert!(s.apply(Command::ToggleReveal));
    assert!(!s.revealed);
    s.apply(Command::ToggleBlank);
    s.apply(Command::ToggleBlank);
    assert!(!s.blanked);
}

#[test]
fn votes_count_per_option_and_never_go_negative() {
    let mut s = show();
    for option in [0, 0, 2, 3, 3, 3] {
        s.apply(Command::AddVote { option });
    }
    assert_eq!((0..4).map(|o| s.votes_for(o)).collect::<Vec<_>>(), vec![2, 0, 1, 3]);
    assert_eq!(s.total_votes(), 6);
    assert!(!s.apply(Command::RemoveVote { option: 1 }), "zero stays zero");
    assert!(
        !s.apply(Command::RemoveVote { option: 6 }),
        "an option never voted for stays zero"
    );
    s.apply(Command::RemoveVote { option: 0 });
    s.apply(Command::RemoveVote { option: 0 });
    s.apply(Command::RemoveVote { option: 0 });
    assert_eq!(s.votes_for(0), 0);
    assert!(
        !s.apply(Command::AddVote { option: 8 }),
        "no question has a ninth option"
    );
    s.apply(Command::ClearVotes);
    assert_eq!(s.total_votes(), 0);
}

#[test]
fn the_timer_counts_only_while_running_and_hides_on_reset() {
    let mut s = show();
    s.apply(Command::StartTimer { now: 10_000.0 });
    assert!(s.timer.shown && s.timer.is_running());
    assert_eq!(s.timer.display(75_000.0), "1:05");
    s.apply(Command::StopTimer { now: 20_000.0 });
    assert_eq!(s.timer.elapsed(99_000.0), 10_000.0, "a stopped timer stands still");
    s.apply(Command::ToggleTimer { now: 30_000.0 });
    assert_eq!(s.timer.elapsed(31_000.0), 11_000.0);
    s.apply(Command::ToggleTimer { now: 32_000.0 });
    assert!(!s.timer.is_running());
    assert_eq!(s.timer.elapsed(29_000.0), 12_000.0);
    s.apply(Command::ResetTimer);
    assert!(!s.timer.shown);
    assert_eq!(s.timer.elapsed(50_000.0), 0.0);
    // A clock that goes backwards never makes time negative.
    s.apply(Command::StartTimer { now: 5_000.0 });
    assert_eq!(s.timer.elapsed(4_000.0), 0.0);
}

#[test]
fn the_follower_takes_states_in_order_and_ignores_late_and_repeated_ones() {
    let mut s = show();
    let mut outbox = Outbox::new(PRESENTER, ROOM);
    let first = outbox.stamp(state(&s));
    s.apply(Command::NextStep);
    let second = outbox.stamp(state(&s));
    s.apply(Command::ToggleReveal);
    let third = outbox.stamp(state(&s));
    assert_eq!((first.seq, second.seq, third.seq), (1, 2, 3));

    let mut follower = Follower::default();
    assert!(follower.receive(&first));
    assert!(follower.receive(&third), "a gap is fine: every state is whole");
    assert!(follower.show.as_ref().unwrap().revealed);
    assert!(!follower.receive(&second), "a late message is ignored");
    assert!(!follower.receive(&third), "a repeated message is ignored");
    assert_eq!(follower.show.as_ref().unwrap(), &s);
}

#[test]
fn the_follower_moves_to_a_newer_presenter_and_never_back() {
    let mut old = Outbox::new(PRESENTER, ROOM);
    let mut new = Outbox::new(
        SessionId {
            started: 2_000,
            nonce: 1,
        },
        ROOM,
    );
    let mut s = show();
    let mut follower = Follower::default();
    follower.receive(&old.stamp(state(&s)));
    follower.receive(&old.stamp(state(&s)));
    s.apply(Command::NextCase);
    // A reloaded presenter starts numbering at 1 again, in a newer session.
    assert!(follower.receive(&new.stamp(state(&s))));
    assert_eq!(follower.show.as_ref().unwrap().case, 1);
    assert!(
        !follower.receive(&old.stamp(state(&show()))),
        "the older window is no longer followed"
    );
    assert_eq!(follower.show.as_ref().unwrap().case, 1);
}

#[test]
fn the_follower_ignores_hellos_remotes_and_other_versions() {
    let mut follower = Follower::default();
    let mut outbox = Outbox::new(PRESENTER, ROOM);
    assert!(!follower.receive(&outbox.stamp(Message::Hello)));
    assert!(!follower.receive(&outbox.stamp(Message::Remote {
        command: Command::NextStep
    })));
    assert!(!follower.has_leader());
    let mut json = outbox.stamp(state(&show())).to_json();
    assert!(Envelope::from_json(&json, ROOM).is_some());
    json = json.replace(&format!("\"v\":{PROTOCOL_VERSION}"), "\"v\":99");
    assert_eq!(
        Envelope::from_json(&json, ROOM),
        None,
        "a newer protocol is not misread"
    );
    assert_eq!(Envelope::from_json("{not json", ROOM), None);
}

#[test]
fn an_ended_show_clears_the_audience_until_the_presenter_comes_back() {
    let mut outbox = Outbox::new(PRESENTER, ROOM);
    let mut follower = Follower::default();
    follower.receive(&outbox.stamp(state(&show())));
    let ended = outbox.stamp(Message::Ended);
    assert!(follower.receive(&ended));
    assert!(follower.show.is_none());
    let mut back = Outbox::new(
        SessionId {
            started: 3_000,
            nonce: 0,
        },
        ROOM,
    );
    assert!(follower.receive(&back.stamp(state(&show()))));
    assert!(follower.show.is_some());
}

/// The presenter's side of the catch-up: a `Hello` is answered with a fresh, whole state.
fn presenter_answers(outbox: &mut Outbox, show: &Show, incoming: &Envelope) -> Option<Envelope> {
    matches!(incoming.message, Message::Hello).then(|| outbox.stamp(state(show)))
}

#[test]
fn a_reloaded_audience_catches_up_with_one_hello() {
    let mut presenter = Outbox::new(PRESENTER, ROOM);
    let mut s = show();
    for command in [
        Command::NextStep,
        Command::NextStep,
        Command::ToggleReveal,
        Command::AddVote { option: 2 },
    ] {
        s.apply(command);
        presenter.stamp(state(&s)); // sent while the audience window was closed
    }
    // The audience window opens (or reloads) with nothing, and says hello through JSON.
    let mut audience = Outbox::new(
        SessionId {
            started: 5_000,
            nonce: 3,
        },
        ROOM,
    );
    let hello = Envelope::from_json(&audience.stamp(Message::Hello).to_json(), ROOM).unwrap();
    let answer = presenter_answers(&mut presenter, &s, &hello).expect("the presenter answers");
    let mut follower = Follower::default();
    assert!(follower.receive(&Envelope::from_json(&answer.to_json(), ROOM).unwrap()));
    let caught_up = follower.show.unwrap();
    assert_eq!(caught_up, s);
    assert_eq!(
        (
            caught_up.case,
            caught_up.step,
            caught_up.revealed,
            caught_up.votes_for(2)
        ),
        (0, 2, true, 1)
    );
    assert_eq!(follower.locale, Some(Locale::En));
}

#[test]
fn the_presenter_carries_out_each_remote_key_once() {
    let mut audience = Outbox::new(
        SessionId {
            started: 5_000,
            nonce: 3,
        },
        ROOM,
    );
    let vote = audience.stamp(Message::Remote {
        command: Command::AddVote { option: 0 },
    });
    let next = audience.stamp(Message::Remote {
        command: Command::NextStep,
    });
    let mut inbox = Inbox::default();
    let mut s = show();
    for message in [&vote, &vote, &next, &vote] {
        if inbox.accept(message) {
            if let Message::Remote { command } = message.message {
                s.apply(command);
            }
        }
    }
    assert_eq!(at(&s), (0, 1), "one step forward");
    assert_eq!(s.total_votes(), 0, "the vote counted once, on the step before");
    // Another audience window numbers its own messages.
    let mut other = Outbox::new(
        SessionId {
            started: 6_000,
            nonce: 0,
        },
        ROOM,
    );
    assert!(inbox.accept(&other.stamp(Message::Hello)));
}

fn key<'a>(key: &'a str, code: &'a str) -> KeyPress<'a> {
    KeyPress {
        key,
        code,
        shift: false,
        modified: false,
    }
}

#[test]
fn clicker_and_trainer_keys_map_to_commands() {
    let cmd = |press: KeyPress| command_for(&press, 1.0);
    for (k, c) in [("ArrowRight", ""), ("ArrowDown", ""), ("PageDown", ""), (" ", "Space")] {
        assert_eq!(cmd(key(k, c)), Some(Command::NextStep), "{k}");
    }
    for k in ["ArrowLeft", "ArrowUp", "PageUp"] {
        assert_eq!(cmd(key(k, "")), Some(Command::PreviousStep), "{k}");
    }
    assert_eq!(
        cmd(KeyPress {
            shift: true,
            ..key(" ", "Space")
        }),
        Some(Command::PreviousStep)
    );
    assert_eq!(cmd(key("b", "KeyB")), Some(Command::ToggleBlank));
    assert_eq!(cmd(key("B", "KeyB")), Some(Command::ToggleBlank));
    assert_eq!(cmd(key(".", "Period")), Some(Command::ToggleBlank));
    assert_eq!(cmd(key("r", "KeyR")), Some(Command::ToggleReveal));
    assert_eq!(cmd(key("l", "KeyL")), Some(Command::ToggleBreakdown));
    assert_eq!(cmd(key("t", "KeyT")), Some(Command::ToggleTimer { now: 1.0 }));
    assert_eq!(cmd(key("n", "KeyN")), Some(Command::NextCase));
    assert_eq!(cmd(key("p", "KeyP")), Some(Command::PreviousCase));
    // An Arabic layout types Arabic letters: the key's position decides.
    assert_eq!(cmd(key("ق", "KeyR")), Some(Command::ToggleReveal));
    // Number keys vote for A-D; with Shift they take a vote away, whatever the layout types.
    assert_eq!(cmd(key("1", "Digit1")), Some(Command::AddVote { option: 0 }));
    assert_eq!(cmd(key("&", "Digit1")), Some(Command::AddVote { option: 0 }), "AZERTY");
    assert_eq!(cmd(key("4", "Numpad4")), Some(Command::AddVote { option: 3 }));
    assert_eq!(
        cmd(KeyPress {
            shift: true,
            ..key("!", "Digit1")
        }),
        Some(Command::RemoveVote { option: 0 })
    );
    assert_eq!(cmd(key("0", "Digit0")), None);
    // The browser's own shortcuts are left alone.
    assert_eq!(
        cmd(KeyPress {
            modified: true,
            ..key("r", "KeyR")
        }),
        None
    );
    assert_eq!(cmd(key("x", "KeyX")), None);
    assert_eq!(cmd(key("Enter", "Enter")), None);
}

#[test]
fn a_state_message_round_trips_through_json() {
    let mut s = show();
    s.apply(Command::AddVote { option: 3 });
    s.apply(Command::StartTimer { now: 1.0 });
    let mut outbox = Outbox::new(PRESENTER, ROOM);
    let envelope = outbox.stamp(Message::State {
        show: Box::new(s),
        locale: Locale::Ar,
    });
    assert_eq!(Envelope::from_json(&envelope.to_json(), ROOM), Some(envelope));
}

#[test]
fn a_reloaded_presenter_window_picks_the_show_up_where_it_was() {
    let mut before = show();
    before.apply(Command::NextCase);
    before.apply(Command::NextStep);
    before.apply(Command::ToggleReveal);
    let saved = before.to_saved();
    assert_eq!(Show::saved_key("d1"), "tipsom.show.d1");
    // The same deck: where the trainer was, answer revealed.
    let resumed = show().resume(Some(&saved));
    assert_eq!((resumed.case, resumed.step, resumed.revealed), (1, 1, true));
    assert_eq!(resumed, before);
    // Nothing saved, unreadable, another deck, or the deck's cases changed: from the start.
    assert_eq!(show().resume(None), show());
    assert_eq!(show().resume(Some("{not json")), show());
    let other_deck = Show::new("d2", "Other", show().cases);
    assert_eq!(other_deck.clone().resume(Some(&saved)), other_deck);
    let mut changed_cases = show().cases;
    changed_cases[0].steps = 4;
    let changed = Show::new("d1", "Workshop", changed_cases);
    assert_eq!(changed.clone().resume(Some(&saved)), changed);
}

/// A reload goes on with the same showing of the deck, so its votes stay one session with the
/// deck; a show saved before shows had a session takes the new one.
#[test]
fn a_reloaded_show_keeps_its_session_and_an_older_saved_show_takes_the_new_one() {
    let started = |session: &str, at: f64| Show {
        session: session.into(),
        started_at: at,
        ..show()
    };
    let mut before = started("s-old", 100.0);
    before.apply(Command::AddVote { option: 1 });
    let resumed = started("s-new", 900.0).resume(Some(&before.to_saved()));
    assert_eq!((resumed.session.as_str(), resumed.started_at), ("s-old", 100.0));
    assert_eq!(resumed.votes, [0, 1]);
    // Saved by an earlier version: no session in it.
    let mut older: serde_json::Value = serde_json::from_str(&before.to_saved()).unwrap();
    let fields = older.as_object_mut().unwrap();
    fields.remove("session");
    fields.remove("started-at");
    let resumed = started("s-new", 900.0).resume(Some(&older.to_string()));
    assert_eq!((resumed.session.as_str(), resumed.started_at), ("s-new", 900.0));
    assert_eq!(resumed.votes, [0, 1], "and the show is still picked up");
}

// Issue "Nothing lost, nothing crashes", item 13: another page of the same origin posted on the
// presenter's channel and took over the projector, revealed the answer, or made it fetch files.
#[test]
fn only_the_windows_of_the_room_are_heard() {
    let mut presenter = Outbox::new(PRESENTER, ROOM);
    let mut revealed = show();
    revealed.apply(Command::ToggleReveal);
    let json = presenter.stamp(state(&revealed)).to_json();
    assert!(Envelope::from_json(&json, ROOM).is_some());
    // The same message, read by a window of another room, or by one that knows no room.
    assert_eq!(Envelope::from_json(&json, "ffffffffffffffff"), None);
    assert_eq!(Envelope::from_json(&json, ""), None);
    // A hostile page that guesses no key, or sends an empty one, is not heard either.
    let forged = json.replace(ROOM, "");
    assert_eq!(Envelope::from_json(&forged, ""), None, "an empty key opens nothing");
    let hostile = Outbox::new(PRESENTER, "not-the-key-000000").stamp(Message::Remote {
        command: Command::ToggleReveal,
    });
    assert_eq!(Envelope::from_json(&hostile.to_json(), ROOM), None);
    assert!(tipsom::domain::presenter::protocol::is_room_key(
        &tipsom::domain::presenter::protocol::room_key(0.5, 0.25)
    ));
}

#[test]
fn a_show_that_names_no_case_file_or_no_step_is_refused() {
    let mut presenter = Outbox::new(PRESENTER, ROOM);
    let mut bad = show();
    bad.cases[0].id = "../glossary".into();
    assert_eq!(Envelope::from_json(&presenter.stamp(state(&bad)).to_json(), ROOM), None);
    let mut bad = show();
    bad.step = usize::MAX;
    assert_eq!(Envelope::from_json(&presenter.stamp(state(&bad)).to_json(), ROOM), None);
    let mut bad = show();
    bad.votes = vec![u32::MAX; 9];
    assert_eq!(Envelope::from_json(&presenter.stamp(state(&bad)).to_json(), ROOM), None);
}

// Item 9: a saved show with `step = u64::MAX` overflowed on the next step; vote totals wrapped.
#[test]
fn a_saved_show_out_of_range_is_not_resumed_and_counts_saturate() {
    let fresh = show();
    let mut saved: serde_json::Value = serde_json::from_str(&fresh.to_saved()).unwrap();
    saved["step"] = serde_json::json!(u64::MAX);
    let resumed = fresh.clone().resume(Some(&saved.to_string()));
    assert_eq!(resumed, fresh, "the show starts again rather than overflow");
    let mut s = fresh.clone();
    s.votes = vec![u32::MAX, u32::MAX, 5];
    assert_eq!(s.total_votes(), u32::MAX);
    let mut outbox = Outbox::new(PRESENTER, ROOM);
    let mut last = 0;
    for _ in 0..3 {
        last = outbox.stamp(Message::Hello).seq;
    }
    assert_eq!(last, 3);
}

// Issue "A workshop that runs by itself": a countdown the trainer sets, that can be paused and
// starts again on every step and case.
#[test]
fn a_countdown_runs_down_pauses_and_restarts_on_every_step() {
    let mut s = show();
    s.apply(Command::SetCountdown { minutes: 2 });
    assert!(s.timer.shown && !s.timer.is_running());
    assert_eq!(s.timer.display(0.0), "2:00");
    s.apply(Command::StartTimer { now: 1_000.0 });
    assert_eq!(s.timer.display(31_000.0), "1:30");
    s.apply(Command::ToggleTimer { now: 31_000.0 }); // pause
    assert_eq!(s.timer.display(90_000.0), "1:30", "paused");
    s.apply(Command::ToggleTimer { now: 90_000.0 });
    assert_eq!(s.timer.display(200_000.0), "0:00");
    assert!(s.timer.is_over(200_000.0));
    // The next step starts the same countdown again, stopped.
    s.apply(Command::NextStep);
    assert_eq!(s.timer.display(300_000.0), "2:00");
    assert!(!s.timer.is_running());
    s.apply(Command::StartTimer { now: 300_000.0 });
    s.apply(Command::NextCase);
    assert_eq!(
        (s.timer.display(400_000.0), s.timer.is_running()),
        ("2:00".to_string(), false),
        "and so does the next case"
    );
    // The key cycles through the lengths, back to a stopwatch.
    let mut lengths = vec![];
    for _ in 0..7 {
        s.apply(Command::CycleCountdown);
        lengths.push(s.timer.display(0.0));
    }
    assert_eq!(lengths, ["3:00", "5:00", "10:00", "15:00", "0:00", "1:00", "2:00"]);
    // A stopwatch resets on a new step too.
    s.apply(Command::SetCountdown { minutes: 0 });
    s.apply(Command::StartTimer { now: 0.0 });
    s.apply(Command::NextStep);
    assert_eq!(s.timer.display(50_000.0), "0:00");
}

// The room screen: the deck's link and the room's Wi-Fi on the projector, one key away.
#[test]
fn the_room_screen_comes_and_goes_and_the_wifi_code_is_escaped() {
    use tipsom::domain::presenter::Wifi;
    let mut s = show();
    s.apply(Command::ToggleRoomScreen);
    assert!(s.room_screen);
    s.apply(Command::ToggleRoomScreen);
    assert!(!s.room_screen);
    s.apply(Command::ToggleRoomScreen);
    s.apply(Command::NextStep);
    assert!(!s.room_screen, "moving on returns to the show");
    assert_eq!(
        Wifi::new("Salle B", "").join_code().as_deref(),
        Some("WIFI:T:nopass;S:Salle B;;")
    );
    assert_eq!(
        Wifi::new("Café;Nador", "p:a\\ss").join_code().as_deref(),
        Some("WIFI:T:WPA;S:Café\\;Nador;P:p\\:a\\\\ss;;")
    );
    assert_eq!(Wifi::new("  ", "x").join_code(), None);
    assert_eq!(Wifi::new(&"n".repeat(40), "").name.len(), 32);
    // A show saved before the room screen existed still resumes.
    let mut saved: serde_json::Value = serde_json::from_str(&show().to_saved()).unwrap();
    for key in ["room-screen", "link", "wifi"] {
        saved.as_object_mut().unwrap().remove(key);
    }
    saved["step"] = serde_json::json!(1);
    assert_eq!(show().resume(Some(&saved.to_string())).step, 1);
}
