//! The learning logic: the facts vocabulary, the legal analysis engine, cases, scoring and progress.

pub mod analysis;
pub mod audience;
pub mod case;
pub mod citation;
pub mod concept;
pub mod content;
pub mod deck;
pub mod element;
pub mod facts;
pub mod first_sentence;
pub mod frame;
pub mod home_summary;
pub mod indicator;
pub mod law_grid;
pub mod learning;
pub mod lms;
pub mod offline;
pub mod order;
pub mod pack;
pub mod presenter;
pub mod progress;
pub mod reference;
pub mod route;
pub mod scoring;
pub mod session;
pub mod start;
pub mod validate;
pub mod validate_reference;
pub mod verdict;
pub mod wire_name;

#[cfg(not(target_arch = "wasm32"))]
pub mod source;
