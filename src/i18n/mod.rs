//! Languages, text direction, multilingual text and the typed message catalogue.

pub mod boot_shell;
pub mod catalogue;
pub mod dates;
pub mod editor_catalogue;
pub mod grammar;
pub mod inventory;
pub mod labels;
pub mod law_labels;
pub mod local_text;
pub mod locale;
pub mod packs_catalogue;
pub mod phone_catalogue;
pub mod place_names;
pub mod placeholders;
pub mod references;
pub mod safety_catalogue;
pub mod story_opening;
pub mod trainer_catalogue;
pub mod typography;
pub mod user_text;

pub use catalogue::Msg;
pub use local_text::LocalText;
pub use locale::{Direction, Locale};
pub use phone_catalogue::PhoneMsg;
pub use safety_catalogue::SafetyMsg;
pub use trainer_catalogue::TrainerMsg;
