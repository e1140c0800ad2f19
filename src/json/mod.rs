//! JSON for the browser app without serde: a small reader and writer ([`Json`]) and typed codecs
//! for content and progress.
//!
//! serde's derived code is monomorphised for every type and every format and carries float
//! formatting; it was a fifth of the learner's wasm. The native tools (content compiler, pack
//! checks with error paths) keep serde; the browser reads and writes through this module, and
//! `tests/json_codec.rs` checks both sides read each other's output.

mod codec;
mod content_codec;
mod progress_codec;
mod value;

pub use codec::{field, field_or_default, from_text, kebab, members, object, FromJson, KebabEnum, ToJson};
pub use value::{Json, JsonError};
