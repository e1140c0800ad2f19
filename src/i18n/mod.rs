//! Languages, text direction, multilingual text and the typed message catalogue.

pub mod boot_shell;
pub mod catalogue;
pub mod labels;
pub mod local_text;
pub mod locale;
pub mod packs_catalogue;
pub mod phone_catalogue;
pub mod placeholders;
pub mod trainer_catalogue;
pub mod user_text;

pub use catalogue::Msg;
pub use local_text::LocalText;
pub use locale::{Direction, Locale};
pub use phone_catalogue::PhoneMsg;
pub use trainer_catalogue::TrainerMsg;
