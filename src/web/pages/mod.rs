//! One component per route.

pub mod case_page;
pub mod home;
pub mod library;
pub mod not_found;
