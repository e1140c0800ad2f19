//! The learning logic: the facts vocabulary, the legal analysis engine, cases, scoring and progress.

pub mod aggravation;
pub mod analysis;
pub mod border;
pub mod case;
pub mod citation;
pub mod concept;
pub mod content;
pub mod deck;
pub mod element;
pub mod fact_group;
pub mod facts;
pub mod finding;
pub mod frame;
pub mod home_summary;
pub mod indicator;
pub mod learning;
pub mod lms;
pub mod order;
pub mod pack;
pub mod presenter;
pub mod progress;
pub mod reference;
pub mod route;
pub mod scoring;
pub mod session;
pub mod stage;
pub mod threshold;
pub mod validate;
pub mod validate_reference;
pub mod verdict;
pub mod victim;
pub mod wire_name;

#[cfg(not(target_arch = "wasm32"))]
pub mod source;
