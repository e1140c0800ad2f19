//! Hooks: the facade pages use to read and change the app's state, and to get content.

pub mod use_app;
pub mod use_audience;
pub mod use_content;
pub mod use_decks;
pub mod use_packs_sync;
pub mod use_show;
pub mod use_show_keys;
pub mod use_storage_event;

pub use use_app::{use_app, AppContext};
pub use use_content::{use_content, use_contents, use_optional_content};
pub use use_decks::use_decks;
