//! One component per route.

pub mod cards;
pub mod case_page;
pub mod certificate;
pub mod explorer;
pub mod glossary;
pub mod home;
pub mod library;
pub mod not_found;
pub mod progress;
pub mod settings;
