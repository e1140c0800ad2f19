//! One component per route.

pub mod answer_cards;
pub mod audience;
pub mod cards;
pub mod case_editor;
pub mod case_page;
pub mod certificate;
pub mod deck_editor;
pub mod explorer;
pub mod glossary;
pub mod handout;
pub mod home;
pub mod library;
pub mod not_found;
pub mod one_screen;
pub mod presenter;
pub mod progress;
pub mod settings;
pub mod shared_deck;
pub mod start;
pub mod trainer;
