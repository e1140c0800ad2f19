//! The messages between the presenter window and the audience windows, and the rules that make
//! late, repeated and foreign messages harmless.
//!
//! The presenter numbers every message of its session. An audience window follows the newest
//! presenter session it has heard from and, within it, only messages numbered higher than the
//! last one it took; an audience window that opens or reloads says `Hello` and the presenter
//! answers with the whole show.
//!
//! The channel is named after a room key the presenter makes when it starts, which only the
//! windows it opened know (it is in the audience window's address), and every message carries it:
//! another page of the same origin can neither hear the show nor take over the projector or press
//! its keys, since channel names cannot be listed.

use super::command::Command;
use super::show::Show;
use crate::domain::content::is_content_id;
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The start of the name of the `BroadcastChannel` the windows of one room open.
pub const CHANNEL_NAME: &str = "tipsom-presenter";

/// The name of the channel of the room `room`.
pub fn channel_name(room: &str) -> String {
    format!("{CHANNEL_NAME}.{room}")
}
/// The version of these messages; messages of another version are ignored, never misread.
/// History: 1, first release; 2, the room key.
pub const PROTOCOL_VERSION: u32 = 2;

/// A room key: at least this many characters, letters and digits only.
pub const ROOM_KEY_LEN: usize = 16;

/// Whether a text can be a room key (made by [`room_key`]).
pub fn is_room_key(key: &str) -> bool {
    key.len() >= ROOM_KEY_LEN && key.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A room key from two random numbers in [0, 1) (the browser's), as 16 hex digits or more.
pub fn room_key(a: f64, b: f64) -> String {
    let part = |x: f64| (x.clamp(0.0, 1.0) * 4_294_967_295.0) as u32;
    format!("{:08x}{:08x}", part(a), part(b))
}

/// One window's run of messages. A presenter reloaded later gets a greater id, so the audience
/// follows it rather than a window closed before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SessionId {
    /// When the window started, in milliseconds since the epoch.
    pub started: u64,
    /// Random, to tell apart two windows started in the same millisecond.
    pub nonce: u32,
}

/// What one window tells the others.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Message {
    /// An audience window opened or reloaded and asks for the show.
    Hello,
    /// The whole show, in the language the presenter uses.
    State { show: Box<Show>, locale: Locale },
    /// A key pressed in an audience window, for the presenter to carry out.
    Remote { command: Command },
    /// The presenter left the show.
    Ended,
}

/// A message with who sent it and its number in the sender's session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    #[serde(rename = "v")]
    pub version: u32,
    /// The room key of the show this message belongs to.
    pub room: String,
    pub session: SessionId,
    pub seq: u64,
    pub message: Message,
}

impl Envelope {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("messages serialise")
    }

    /// Reads a message of the show whose room key is `room`; anything malformed, of another
    /// protocol version or of another room (a page the presenter did not open) is `None`, and so
    /// is a show that points at no step or names a case by something that is not a case id.
    pub fn from_json(json: &str, room: &str) -> Option<Envelope> {
        serde_json::from_str::<Envelope>(json).ok().filter(|e| {
            e.version == PROTOCOL_VERSION
                && is_room_key(room)
                && e.room == room
                && match &e.message {
                    Message::State { show, .. } => {
                        show.is_consistent() && show.cases.iter().all(|c| is_content_id(&c.id))
                    }
                    _ => true,
                }
        })
    }
}

/// Numbers the messages a window sends, from 1.
#[derive(Debug, Clone, PartialEq)]
pub struct Outbox {
    pub session: SessionId,
    room: String,
    seq: u64,
}

impl Outbox {
    pub fn new(session: SessionId, room: &str) -> Outbox {
        Outbox {
            session,
            room: room.to_string(),
            seq: 0,
        }
    }

    pub fn stamp(&mut self, message: Message) -> Envelope {
        self.seq = self.seq.saturating_add(1);
        Envelope {
            version: PROTOCOL_VERSION,
            room: self.room.clone(),
            session: self.session,
            seq: self.seq,
            message,
        }
    }
}

/// Takes each sender's messages once and in order: a message numbered at or below the last one
/// taken from the same sender is a repeat or arrived late, and is dropped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inbox {
    last: BTreeMap<SessionId, u64>,
}

impl Inbox {
    pub fn accept(&mut self, envelope: &Envelope) -> bool {
        let last = self.last.entry(envelope.session).or_insert(0);
        if envelope.seq > *last {
            *last = envelope.seq;
            true
        } else {
            false
        }
    }
}

/// An audience window's view of the show: the newest presenter's latest state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Follower {
    /// The presenter session followed and the number of the last message taken from it.
    leader: Option<(SessionId, u64)>,
    pub show: Option<Show>,
    pub locale: Option<Locale>,
}

impl Follower {
    /// Takes a message if it is news; returns whether the view changed.
    pub fn receive(&mut self, envelope: &Envelope) -> bool {
        if !matches!(envelope.message, Message::State { .. } | Message::Ended) {
            return false;
        }
        let news = match self.leader {
            None => true,
            Some((session, seq)) => envelope.session > session || (envelope.session == session && envelope.seq > seq),
        };
        if !news {
            return false;
        }
        self.leader = Some((envelope.session, envelope.seq));
        match &envelope.message {
            Message::State { show, locale } => {
                let changed = self.show.as_ref() != Some(&**show) || self.locale != Some(*locale);
                self.show = Some((**show).clone());
                self.locale = Some(*locale);
                changed
            }
            _ => {
                let changed = self.show.is_some();
                self.show = None;
                changed
            }
        }
    }

    /// Whether a presenter has been heard from.
    pub fn has_leader(&self) -> bool {
        self.leader.is_some()
    }
}
