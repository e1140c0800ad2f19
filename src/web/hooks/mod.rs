//! Hooks: the facade pages use to read and change the app's state.

pub mod use_app;

pub use use_app::{use_app, AppContext};
