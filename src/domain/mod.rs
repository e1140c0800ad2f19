//! The learning logic: the facts vocabulary, the legal analysis engine, cases, scoring and progress.

pub mod analysis;
pub mod case;
pub mod citation;
pub mod element;
pub mod facts;
pub mod frame;
pub mod progress;
pub mod scoring;
pub mod session;
pub mod validate;
pub mod verdict;

#[cfg(not(target_arch = "wasm32"))]
pub mod source;
