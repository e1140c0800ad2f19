//! Reusable pieces of the interface.

pub mod audience_view;
pub mod case_card;
pub mod deck_share;
pub mod decks_provider;
pub mod draft_preview;
pub mod feedback;
pub mod filter_select;
pub mod language_switch;
pub mod layout;
pub mod legal_breakdown;
pub mod load_status;
pub mod mastery_chart;
pub mod offline_status;
pub mod pack_panel;
pub mod packs_notice;
pub mod past_sessions;
pub mod progress_bar;
pub mod qr_code;
pub mod question_form;
pub mod room_screen;
pub mod save_shared_deck;
pub mod session_summary;
pub mod show_controls;
pub mod storage_notice;
pub mod timer_display;
pub mod update_notice;
