//! The trainer's decks and every edit made to them, as pure data the web layer's reducer drives.

use super::sessions::SessionRecord;
use serde::{Deserialize, Serialize};

/// The longest deck name kept, in characters.
pub const MAX_NAME: usize = 80;
/// The most cases a deck holds; a workshop rarely covers more than a dozen.
pub const MAX_CASES: usize = 60;

/// A named, ordered list of cases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Deck {
    /// Made on the device, unique among its decks; never shown.
    pub id: String,
    pub name: String,
    /// Case ids, in the order they are shown.
    pub cases: Vec<String>,
    /// The sessions the deck was shown in, with the room's votes (see [`super::sessions`]).
    /// Older versions keep them among their unknown members, so none is lost on their saves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<SessionRecord>,
    /// Members a newer version stored that this one does not know, kept as they were.
    #[serde(flatten)]
    pub unknown: std::collections::BTreeMap<String, serde_json::Value>,
}

/// Every deck on the device, in the order they were made.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Decks {
    pub decks: Vec<Deck>,
}

/// A change to the decks.
#[derive(Debug, Clone, PartialEq)]
pub enum DeckEdit {
    /// A new deck (also how a shared deck is saved).
    Create {
        id: String,
        name: String,
        cases: Vec<String>,
    },
    Rename {
        id: String,
        name: String,
    },
    /// Adds a case at the end; a case already in the deck is not added twice.
    AddCase {
        id: String,
        case: String,
    },
    RemoveCase {
        id: String,
        index: usize,
    },
    MoveCase {
        id: String,
        from: usize,
        to: usize,
    },
    /// A copy placed right after the original.
    Duplicate {
        id: String,
        new_id: String,
        name: String,
    },
    Delete {
        id: String,
    },
    /// The votes of a show of the deck so far: the record of that show is replaced or added.
    RecordSession {
        id: String,
        session: SessionRecord,
    },
    DeleteSession {
        id: String,
        session: String,
    },
}

/// Trims a name and cuts it to [`MAX_NAME`] characters.
pub fn clean_name(name: &str) -> String {
    // No direction overrides: a deck name from a shared link could otherwise reverse the app's text.
    crate::i18n::user_text::clean(name).chars().take(MAX_NAME).collect()
}

impl Decks {
    pub fn get(&self, id: &str) -> Option<&Deck> {
        self.decks.iter().find(|d| d.id == id)
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut Deck> {
        self.decks.iter_mut().find(|d| d.id == id)
    }

    /// A saved deck with this name and these cases, so a shared link is not saved twice.
    pub fn find_same(&self, name: &str, cases: &[String]) -> Option<&Deck> {
        self.decks.iter().find(|d| d.name == name && d.cases == cases)
    }

    /// Applies an edit; returns whether anything changed, so only real changes are saved.
    pub fn apply(&mut self, edit: DeckEdit) -> bool {
        let before = self.clone();
        match edit {
            DeckEdit::Create { id, name, mut cases } => {
                if self.get(&id).is_none() {
                    dedup_in_order(&mut cases);
                    cases.truncate(MAX_CASES);
                    self.decks.push(Deck {
                        unknown: Default::default(),
                        id,
                        name: clean_name(&name),
                        cases,
                        sessions: Vec::new(),
                    });
                }
            }
            DeckEdit::Rename { id, name } => {
                if let Some(deck) = self.get_mut(&id) {
                    // Not trimmed here: the name is edited as typed, spaces included.
                    deck.name = name.chars().take(MAX_NAME).collect();
                }
            }
            DeckEdit::AddCase { id, case } => {
                if let Some(deck) = self.get_mut(&id) {
                    if !deck.cases.contains(&case) && deck.cases.len() < MAX_CASES {
                        deck.cases.push(case);
                    }
                }
            }
            DeckEdit::RemoveCase { id, index } => {
                if let Some(deck) = self.get_mut(&id) {
                    if index < deck.cases.len() {
                        deck.cases.remove(index);
                    }
                }
            }
            DeckEdit::MoveCase { id, from, to } => {
                if let Some(deck) = self.get_mut(&id) {
                    if from < deck.cases.len() && to < deck.cases.len() {
                        let case = deck.cases.remove(from);
                        deck.cases.insert(to, case);
                    }
                }
            }
            DeckEdit::Duplicate { id, new_id, name } => {
                if self.get(&new_id).is_none() {
                    if let Some(position) = self.decks.iter().position(|d| d.id == id) {
                        let copy = Deck {
                            id: new_id,
                            name: clean_name(&name),
                            cases: self.decks[position].cases.clone(),
                            // A copy is a new deck: the original's sessions stay with it.
                            sessions: Vec::new(),
                            unknown: self.decks[position].unknown.clone(),
                        };
                        self.decks.insert(position + 1, copy);
                    }
                }
            }
            DeckEdit::Delete { id } => self.decks.retain(|d| d.id != id),
            DeckEdit::RecordSession { id, session } => {
                return self
                    .get_mut(&id)
                    .is_some_and(|deck| super::sessions::record(&mut deck.sessions, session));
            }
            DeckEdit::DeleteSession { id, session } => {
                if let Some(deck) = self.get_mut(&id) {
                    deck.sessions.retain(|s| s.id != session);
                }
            }
        }
        *self != before
    }
}

fn dedup_in_order(cases: &mut Vec<String>) {
    let mut seen = std::collections::BTreeSet::new();
    cases.retain(|c| seen.insert(c.clone()));
}
