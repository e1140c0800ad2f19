//! Reusable pieces of the interface.

pub mod case_card;
pub mod feedback;
pub mod language_switch;
pub mod layout;
pub mod legal_breakdown;
pub mod load_status;
pub mod mastery_chart;
pub mod pack_panel;
pub mod progress_bar;
pub mod question_form;
pub mod storage_notice;
pub mod update_notice;
