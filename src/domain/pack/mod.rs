//! Content packs: trainers' own cases in one JSON file, checked whole before anything is accepted.
//!
//! A pack is `{"app":"tipsom","kind":"pack","schema":1,"name":"...","cases":[...]}`, its cases in
//! the very shape of the TOML sources (`SourceCase`), so the same checks and the same legal engine
//! apply to them. `content/pack.schema.json` publishes the format.

pub mod docs;
pub mod problem;
pub mod read;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod shelf;
pub mod write;

pub use problem::{ContentIssue, PackError, PackProblem};
pub use read::{read_pack, PackContext};
pub use shelf::{PackShelf, RefusedPack};
pub use write::{combine_locales, export_pack, select_cases};

use super::case::SourceCase;

/// Files larger than this are refused unread.
pub const MAX_PACK_BYTES: usize = 2 * 1024 * 1024;
/// A pack holds at most this many cases.
pub const MAX_PACK_CASES: usize = 500;
/// The longest pack name, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// The `kind` of a pack file.
pub const PACK_KIND: &str = "pack";
/// The pack format this version reads and writes.
pub const PACK_SCHEMA: u64 = 1;

/// A checked pack: its name and its cases, in every language.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub name: String,
    pub cases: Vec<SourceCase>,
}
