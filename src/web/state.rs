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
    pub notice_dismissed: bool,
    /// Bumped by every local change of progress, so the save effect runs once per change.
    pub unsaved: u64,
    /// A new version of the app is installed and waits for the learner to switch.
    pub update_ready: bool,
    /// Content packs added by the learner; their cases are also in `docs`.
    pub packs: Rc<PackShelf>,
    /// How the packs' storage stands (`tipsom.packs`).
    pub packs_storage: StorageStatus,
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
    /// Progress as stored after a save (merged with other tabs) or as another tab just wrote it.
    ProgressSynced(Progress),
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
    UpdateReady,
    UpdateLater,
    /// A pack was added or removed here: the packs to use from now on.
    PacksChanged(PackShelf),
    /// The packs as another tab just stored them.
    PacksSynced(PackShelf),
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
    pub fn new(locale: Locale, progress: Progress, storage: StorageStatus) -> Self {
        AppState {
            locale,
            docs: BTreeMap::new(),
            loading: BTreeSet::new(),
            failed: BTreeSet::new(),
            progress,
            storage,
            notice_dismissed: false,
            unsaved: 0,
            update_ready: false,
            packs: Rc::new(PackShelf::default()),
            packs_storage: StorageStatus::Saving,
            packs_unsaved: 0,
        }
    }

    /// Starts with the packs kept on the device, their cases in the content.
    pub fn with_packs(mut self, packs: PackShelf, status: StorageStatus) -> Self {
        apply_packs(&mut self.docs, &[], &packs.installed);
        self.packs = Rc::new(packs);
        self.packs_storage = status;
        self
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
            Action::ProgressSynced(progress) => next.progress = next.progress.merge(&progress),
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
            Action::PacksSynced(packs) => next.set_packs(packs),
            Action::PacksStorageFailed => next.packs_storage = StorageStatus::Unavailable,
            Action::Forgotten => {
                next.set_packs(PackShelf::default());
                next.packs_storage = StorageStatus::Saving;
                next.packs_unsaved = 0;
                next.progress = Progress::default();
                next.storage = StorageStatus::Saving;
                next.unsaved = 0;
            }
        }
        Rc::new(next)
    }
}
