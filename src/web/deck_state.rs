//! The trainer's decks as app state: the pure [`Decks`] behind a reducer, with how their storage
//! stands. Saving happens in [`crate::web::components::decks_provider`]'s effect, never here.

use crate::domain::deck::{DeckEdit, Decks};
use crate::storage::StorageStatus;
use crate::web::adapters::clock;
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct DecksState {
    pub decks: Decks,
    pub status: StorageStatus,
    /// Stored decks were read or written by this tab (see `storage::slot`).
    pub seen: bool,
    /// Bumped by every local change, so the save effect runs once per change.
    pub unsaved: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DecksAction {
    Edit(DeckEdit),
    /// The decks as another tab just stored them.
    Synced(Decks),
    /// Saved here, leaving this status.
    Saved(StorageStatus),
    /// Not saved, and why.
    StatusChanged(StorageStatus),
    /// Erased in another tab ("Forget me"): none here either, and nothing written back.
    Erased,
    StorageFailed,
}

impl Reducible for DecksState {
    type Action = DecksAction;

    fn reduce(self: Rc<Self>, action: DecksAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DecksAction::Edit(edit) => {
                if next.decks.apply(edit) {
                    next.unsaved += 1;
                } else {
                    return self;
                }
            }
            DecksAction::Synced(decks) => {
                next.decks = decks;
                next.seen = true;
            }
            DecksAction::Saved(status) => {
                next.seen = true;
                if status != StorageStatus::Saving
                    || matches!(next.status, StorageStatus::Unavailable | StorageStatus::Unreadable)
                {
                    next.status = status;
                }
            }
            DecksAction::StatusChanged(status) => next.status = status,
            DecksAction::Erased => {
                next.decks = Decks::default();
                next.seen = false;
                next.unsaved = 0;
                next.status = StorageStatus::Saving;
            }
            DecksAction::StorageFailed => next.status = StorageStatus::Unavailable,
        }
        Rc::new(next)
    }
}

/// A new deck id, unique on the device.
pub fn new_deck_id() -> String {
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("d-{}-{random:x}", clock::now() as u64)
}
