//! The app's state and the actions that change it; reducers are pure, effects do the I/O.

use crate::domain::case::Bundle;
use crate::domain::progress::{Attempt, Progress, StepRecord};
use crate::i18n::Locale;
use crate::storage::StorageStatus;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// Everything the pages read.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub locale: Locale,
    /// Content bundles loaded so far, by language.
    pub bundles: BTreeMap<Locale, Rc<Bundle>>,
    /// The language whose bundle failed to load, if any.
    pub load_failed: Option<Locale>,
    pub progress: Progress,
    pub storage: StorageStatus,
    pub notice_dismissed: bool,
    /// Bumped by every local change of progress, so the save effect runs once per change.
    pub unsaved: u64,
}

/// What can happen to the app's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLocale {
        locale: Locale,
        now: f64,
    },
    BundleLoaded(Rc<Bundle>),
    BundleFailed(Locale),
    RetryLoad,
    RecordStep {
        attempt: Attempt,
        record: StepRecord,
    },
    /// Progress as stored after a save (merged with other tabs) or as another tab just wrote it.
    ProgressSynced(Progress),
    StorageFailed,
    DismissNotice,
}

impl AppState {
    pub fn new(locale: Locale, progress: Progress, storage: StorageStatus) -> Self {
        AppState {
            locale,
            bundles: BTreeMap::new(),
            load_failed: None,
            progress,
            storage,
            notice_dismissed: false,
            unsaved: 0,
        }
    }

    /// The bundle to show: the current language's, or while it loads the last one loaded, so
    /// switching language never blanks the page or loses the answer being given.
    pub fn bundle(&self) -> Option<&Rc<Bundle>> {
        self.bundles.get(&self.locale).or_else(|| self.bundles.values().next())
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
            Action::BundleLoaded(bundle) => {
                if next.load_failed == Some(bundle.locale) {
                    next.load_failed = None;
                }
                next.bundles.insert(bundle.locale, bundle);
            }
            Action::BundleFailed(locale) => next.load_failed = Some(locale),
            Action::RetryLoad => next.load_failed = None,
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
        }
        Rc::new(next)
    }
}
