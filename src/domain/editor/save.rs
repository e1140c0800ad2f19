//! Saving a finished case into a pack on the device: the pack as it would be with the case in it
//! (a new one, or the case replaced where its id already was) is read and checked whole, as an
//! imported file is, so nothing that would fail an import reaches the shelf.

use super::draft::Draft;
use crate::domain::pack::{export_pack, read_pack, Pack, PackProblem, PackShelf};
use std::collections::BTreeSet;

/// The pack named `name` with the draft's case in it, checked; or every problem found.
pub fn save_into_pack(
    shelf: &PackShelf,
    name: &str,
    draft: &Draft,
    bank_ids: BTreeSet<String>,
    glossary: Option<BTreeSet<String>>,
) -> Result<Pack, Vec<PackProblem>> {
    let case = draft.to_case();
    let mut cases = shelf
        .installed
        .iter()
        .find(|p| p.name == name.trim())
        .map(|p| p.cases.clone())
        .unwrap_or_default();
    match cases.iter().position(|c| c.id == case.id) {
        Some(i) => cases[i] = case,
        None => cases.push(case),
    }
    let ctx = shelf.context(bank_ids, glossary);
    read_pack(export_pack(name.trim(), &cases).as_bytes(), &ctx)
}
