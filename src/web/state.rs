//! The app's state and the actions that change it; reducers are pure, effects do the I/O.

use crate::domain::content::{ContentDoc, ContentKey};
use crate::domain::pack::docs::apply_packs;
use crate::domain::pack::PackShelf;
use crate::domain::progress::{Attempt, Preferences, Progress, StepRecord};
use crate::i18n::Locale;
use crate::storage::StorageStatus;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

/// A piece of content in one language.
pub type DocId = (Locale, ContentKey);

/// Everything the pages read.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub locale: Locale,
    /// Content downloaded so far.
    pub docs: BTreeMap<DocId, Rc<ContentDoc>>,
    /// Content being downloaded, so it is asked for once.
    pub loading: BTreeSet<DocId>,
    /// Content that failed to download, until the learner retries.
    pub failed: BTreeSet<DocId>,
    pub progress: Progress,
    pub storage: StorageStatus,
    /// A stored progress was read or written by this tab since it started afresh, so finding
    /// none at the next save means another tab erased it (see `storage::slot`).
    pub storage_seen: bool,
    /// Another tab erased everything ("Forget me"); this tab started afresh and says so.
    pub forgotten_elsewhere: bool,
    pub notice_dismissed: bool,
    /// Bumped by every local change of progress, so the save effect runs once per change.
    pub unsaved: u64,
    /// A new version of the app is installed and waits for the learner to switch.
    pub update_ready: bool,
    /// Content packs added by the learner; their cases are also in `docs`.
    pub packs: Rc<PackShelf>,
    /// How the packs' storage stands (`tipsom.packs`).
    pub packs_storage: StorageStatus,
    /// A stored shelf of packs was read or written by this tab (as `storage_seen`).
    pub packs_seen: bool,
    /// Bumped by every local change of the packs, so the save effect runs once per change.
    pub packs_unsaved: u64,
}

/// What can happen to the app's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLocale {
        locale: Locale,
        now: f64,
    },
    ContentRequested(DocId),
    ContentLoaded(DocId, Rc<ContentDoc>),
    ContentFailed(DocId),
    RetryContent,
    RecordStep {
        attempt: Attempt,
        record: StepRecord,
    },
    /// Progress as another tab just wrote it.
    ProgressSynced(Progress),
    /// Progress as stored by this tab's save (merged with other tabs), and the storage status
    /// the save leaves (a save that works again clears "cannot be saved").
    ProgressSaved {
        progress: Progress,
        status: StorageStatus,
    },
    /// A save was not made, and why (a newer version's data, or an unreadable value with no room
    /// for a copy): the status to show.
    StorageStatusChanged(StorageStatus),
    StorageFailed,
    DismissNotice,
    /// Progress read from an export file, already merged with what is here.
    Imported(Progress),
    SetPreferences {
        preferences: Preferences,
        now: f64,
    },
    /// Everything stored was erased: start afresh, and save nothing until the learner acts.
    Forgotten,
    /// Another tab erased everything: start afresh here too, and say so.
    ForgottenElsewhere,
    UpdateReady,
    UpdateLater,
    /// A pack was added or removed here: the packs to use from now on.
    PacksChanged(PackShelf),
    /// The packs as another tab just stored them.
    PacksSynced(PackShelf),
    /// The packs were saved here, leaving this status.
    PacksSaved(StorageStatus),
    /// Packs were not saved, and why.
    PacksStorageChanged(StorageStatus),
    PacksStorageFailed,
}

/// Where a piece of content stands for the page asking for it.
#[derive(Debug, Clone, PartialEq)]
pub enum ContentView {
    /// In the current language, or, while that loads, in the language shown before.
    Ready(Rc<ContentDoc>),
    Loading,
    Failed,
}

impl AppState {
    pub fn new(locale: Locale, progress: Progress, storage: StorageStatus, storage_seen: bool) -> Self {
        AppState {
            locale,
            docs: BTreeMap::new(),
            loading: BTreeSet::new(),
            failed: BTreeSet::new(),
            progress,
            storage,
            storage_seen,
            forgotten_elsewhere: false,
            notice_dismissed: false,
            unsaved: 0,
            update_ready: false,
            packs: Rc::new(PackShelf::default()),
            packs_storage: StorageStatus::Saving,
            packs_seen: false,
            packs_unsaved: 0,
        }
    }

    /// Starts with the packs kept on the device, their cases in the content.
    pub fn with_packs(mut self, packs: PackShelf, status: StorageStatus, seen: bool) -> Self {
        apply_packs(&mut self.docs, &[], &packs.installed);
        self.packs = Rc::new(packs);
        self.packs_storage = status;
        self.packs_seen = seen;
        self
    }

    /// Everything erased: the state of a first visit, in the same language, content kept.
    fn start_afresh(&mut self) {
        self.set_packs(PackShelf::default());
        self.packs_storage = StorageStatus::Saving;
        self.packs_seen = false;
        self.packs_unsaved = 0;
        self.progress = Progress::default();
        self.storage = StorageStatus::Saving;
        self.storage_seen = false;
        self.unsaved = 0;
    }

    fn set_packs(&mut self, packs: PackShelf) {
        apply_packs(&mut self.docs, &self.packs.installed, &packs.installed);
        self.packs = Rc::new(packs);
    }

    /// A piece of content for the page: switching language never blanks the page or loses the
    /// answer being given, because the other language's copy stays on screen until the new one arrives.
    pub fn content(&self, key: &ContentKey) -> ContentView {
        let id = (self.locale, key.clone());
        if let Some(doc) = self.docs.get(&id) {
            return ContentView::Ready(doc.clone());
        }
        if self.failed.contains(&id) {
            return ContentView::Failed;
        }
        match Locale::ALL.iter().find_map(|l| self.docs.get(&(*l, key.clone()))) {
            Some(doc) => ContentView::Ready(doc.clone()),
            None => ContentView::Loading,
        }
    }

    /// Whether a piece in the current language still has to be asked for.
    pub fn needs(&self, key: &ContentKey) -> bool {
        let id = (self.locale, key.clone());
        !self.docs.contains_key(&id) && !self.loading.contains(&id) && !self.failed.contains(&id)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLocale { locale, now } => {
                next.locale = locale;
                next.progress.set_locale(locale, now);
                next.unsaved += 1;
            }
            Action::ContentRequested(id) => {
                next.loading.insert(id);
            }
            Action::ContentLoaded(id, doc) => {
                next.loading.remove(&id);
                next.failed.remove(&id);
                let merges = matches!(id.1, ContentKey::Index | ContentKey::Search);
                next.docs.insert(id, doc);
                // The packs' cases join every index and search as it arrives.
                if merges {
                    let packs = next.packs.clone();
                    apply_packs(&mut next.docs, &packs.installed, &packs.installed);
                }
            }
            Action::ContentFailed(id) => {
                next.loading.remove(&id);
                next.failed.insert(id);
            }
            Action::RetryContent => next.failed.clear(),
            Action::RecordStep { attempt, record } => {
                next.progress.record_step(attempt, record);
                next.unsaved += 1;
            }
            Action::ProgressSynced(progress) => {
                next.progress = next.progress.merge(&progress);
                next.storage_seen = true;
            }
            Action::ProgressSaved { progress, status } => {
                next.progress = next.progress.merge(&progress);
                next.storage_seen = true;
                match status {
                    // Saving works (again): "cannot be saved" goes; a recovery notice stays.
                    StorageStatus::Saving => {
                        if matches!(next.storage, StorageStatus::Unavailable | StorageStatus::Unreadable) {
                            next.storage = StorageStatus::Saving;
                        }
                    }
                    other => {
                        next.storage = other;
                        next.notice_dismissed = false;
                    }
                }
            }
            Action::StorageStatusChanged(status) => {
                if next.storage != status {
                    next.storage = status;
                    next.notice_dismissed = false;
                }
            }
            Action::StorageFailed => {
                if next.storage != StorageStatus::Unavailable {
                    next.storage = StorageStatus::Unavailable;
                    next.notice_dismissed = false;
                }
            }
            Action::DismissNotice => next.notice_dismissed = true,
            Action::Imported(progress) => {
                next.progress = progress;
                next.unsaved += 1;
            }
            Action::SetPreferences { preferences, now } => {
                next.progress.set_preferences(preferences, now);
                next.unsaved += 1;
            }
            Action::UpdateReady => next.update_ready = true,
            Action::UpdateLater => next.update_ready = false,
            Action::PacksChanged(packs) => {
                next.set_packs(packs);
                next.packs_unsaved += 1;
            }
            Action::PacksSynced(packs) => {
                // An empty shelf is stored as no key at all.
                next.packs_seen = !packs.is_empty();
                next.set_packs(packs);
            }
            Action::PacksSaved(status) => {
                next.packs_seen = true;
                if status != StorageStatus::Saving
                    || matches!(
                        next.packs_storage,
                        StorageStatus::Unavailable | StorageStatus::Unreadable
                    )
                {
                    next.packs_storage = status;
                }
            }
            Action::PacksStorageChanged(status) => next.packs_storage = status,
            Action::PacksStorageFailed => next.packs_storage = StorageStatus::Unavailable,
            Action::Forgotten => {
                next.start_afresh();
                next.forgotten_elsewhere = false;
            }
            Action::ForgottenElsewhere => {
                next.start_afresh();
                next.forgotten_elsewhere = true;
                next.notice_dismissed = false;
            }
        }
        Rc::new(next)
    }
}
