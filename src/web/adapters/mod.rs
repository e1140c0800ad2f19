//! Adapters from the pure core to browser APIs: storage, network, clock and document.

pub mod channel;
pub mod clock;
pub mod content_fetch;
pub mod document;
pub mod files;
pub mod forget;
pub mod frame;
pub mod local_store;
pub mod offline;
pub mod place;
pub mod quick_exit;
pub mod windows;
