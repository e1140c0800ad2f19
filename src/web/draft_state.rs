//! The case editor's drafts as app state: the pure [`Drafts`] behind a reducer, with how their
//! storage stands. Saving happens in the editor page's effect (debounced), never here.

use crate::domain::editor::{Draft, DraftEdit, Drafts};
use crate::storage::StorageStatus;
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct DraftsState {
    pub drafts: Drafts,
    pub status: StorageStatus,
    /// Stored drafts were read or written by this tab (see `storage::slot`).
    pub seen: bool,
    /// Bumped by every local change, so the save effect runs after each (debounced).
    pub unsaved: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DraftsAction {
    /// One edit to one draft, at this time (ms).
    Edit {
        id: String,
        edit: DraftEdit,
        now: u64,
    },
    /// A new draft, or one replaced whole.
    Put(Box<Draft>),
    Remove {
        id: String,
        now: u64,
    },
    /// The drafts as another tab just stored them: merged, never replacing this tab's.
    Synced(Drafts),
    /// Saved here, the drafts now stored (merged with another tab's).
    Saved(Drafts, StorageStatus),
    StatusChanged(StorageStatus),
    StorageFailed,
    /// Erased in another tab ("Forget me"): none here either, and nothing written back.
    Erased,
}

impl Reducible for DraftsState {
    type Action = DraftsAction;

    fn reduce(self: Rc<Self>, action: DraftsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DraftsAction::Edit { id, edit, now } => {
                if let Some(mut draft) = next.drafts.get(&id).cloned() {
                    draft.apply(edit, now);
                    next.drafts.put(draft);
                    next.unsaved += 1;
                }
            }
            DraftsAction::Put(draft) => {
                next.drafts.put(*draft);
                next.unsaved += 1;
            }
            DraftsAction::Remove { id, now } => {
                next.drafts.remove(&id, now);
                next.unsaved += 1;
            }
            DraftsAction::Synced(stored) => {
                next.drafts = next.drafts.merge(&stored);
                next.seen = true;
            }
            DraftsAction::Saved(stored, status) => {
                next.drafts = next.drafts.merge(&stored);
                next.seen = true;
                next.status = status;
            }
            DraftsAction::StatusChanged(status) => next.status = status,
            DraftsAction::StorageFailed => next.status = StorageStatus::Unavailable,
            DraftsAction::Erased => {
                next.drafts = Drafts::default();
                next.seen = false;
                next.status = StorageStatus::Saving;
            }
        }
        Rc::new(next)
    }
}
