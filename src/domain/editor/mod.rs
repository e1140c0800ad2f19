//! The case editor's pure core: a draft (a case in any state, incomplete allowed), the edits a
//! trainer makes to it, the live checks beside each field, and saving a finished case into a pack.

pub mod checks;
pub mod draft;
pub mod drafts;
pub mod edit;
pub mod save;

pub use checks::{field_label, live_checks, missing_translations, problems_at, FieldProblem};
pub use draft::{unique_id, Draft};
pub use drafts::Drafts;
pub use edit::{DraftEdit, QuestionKind, TextField};
pub use save::save_into_pack;
