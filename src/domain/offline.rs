//! Whether the app is ready to use offline, as the service worker reports it (`postMessage`
//! from `scripts/sw-template.js`, relayed by the page script as `window.__tipsomOffline`).

/// The offline copy as the learner is told about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineState {
    /// Nothing heard yet (the worker is starting).
    Unknown,
    /// Files being downloaded for offline use.
    Downloading {
        done: u32,
        total: u32,
    },
    Ready,
    /// This window cannot keep an offline copy (no service worker: a private window, a setting).
    Unsupported,
    /// The download stopped (a file failed); the worker tries again on the next visit.
    Failed,
}

impl OfflineState {
    /// Reads the page script's report: its `state` and counts.
    pub fn from_report(state: &str, done: u32, total: u32) -> OfflineState {
        match state {
            "ready" => OfflineState::Ready,
            "unsupported" => OfflineState::Unsupported,
            "failed" => OfflineState::Failed,
            "downloading" if total > 0 && done >= total => OfflineState::Ready,
            "downloading" => OfflineState::Downloading {
                done: done.min(total),
                total,
            },
            _ => OfflineState::Unknown,
        }
    }
}
