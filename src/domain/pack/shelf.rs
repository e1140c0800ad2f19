//! The packs a learner has added: those in use, and those kept but refused by this version of
//! the app (its engine or bank changed since), which are never thrown away unasked.

use super::problem::PackProblem;
use super::read::{read_pack_value, PackContext};
use super::write::export_pack;
use super::Pack;
use crate::domain::order;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// A kept pack that does not pass this version's checks, with the file as it was stored.
#[derive(Debug, Clone, PartialEq)]
pub struct RefusedPack {
    pub name: String,
    pub raw: Value,
    pub problems: Vec<PackProblem>,
}

/// The name a stored pack file gives itself, or "?" when it has none.
fn stored_name(raw: &Value) -> String {
    raw.get("name").and_then(Value::as_str).unwrap_or("?").to_string()
}

/// Every pack on the device.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PackShelf {
    pub installed: Vec<Pack>,
    pub refused: Vec<RefusedPack>,
}

impl PackShelf {
    /// Reads stored pack files again, with this version's checks; each must also not reuse the
    /// ids of a pack read before it.
    pub fn from_stored(files: Vec<Value>) -> PackShelf {
        let mut shelf = PackShelf::default();
        for raw in files {
            let ctx = shelf.context(BTreeSet::new(), None);
            match read_pack_value(raw.clone(), &ctx) {
                Ok(pack) => shelf.installed.push(pack),
                Err(problems) => shelf.refused.push(RefusedPack {
                    name: stored_name(&raw),
                    raw,
                    problems,
                }),
            }
        }
        shelf
    }

    /// Reads stored pack files as the trainer app stored them, once checked: no checks again.
    /// A file that does not even have the shape of a pack is set aside, kept as it was.
    /// The files to store, in order: packs in use, then refused ones as they came.
    pub fn to_stored(&self) -> Vec<Value> {
        self.installed
            .iter()
            .filter_map(|p| serde_json::from_str(&export_pack(&p.name, &p.cases)).ok())
            .chain(self.refused.iter().map(|r| r.raw.clone()))
            .collect()
    }

    /// What a new pack is checked against.
    pub fn context(&self, bank_ids: BTreeSet<String>, glossary: Option<BTreeSet<String>>) -> PackContext {
        let pack_ids: BTreeMap<String, String> = order::map_of(
            self.installed
                .iter()
                .flat_map(|p| p.cases.iter().map(move |c| (c.id.clone(), p.name.clone()))),
        );
        PackContext {
            bank_ids,
            pack_ids,
            glossary,
        }
    }

    /// Adds a checked pack; one of the same name is replaced in place (a new edition of it).
    pub fn install(&mut self, pack: Pack) {
        self.refused.retain(|r| r.name != pack.name);
        match self.installed.iter_mut().find(|p| p.name == pack.name) {
            Some(existing) => *existing = pack,
            None => self.installed.push(pack),
        }
    }

    /// Removes the pack of that name, in use or refused.
    pub fn remove(&mut self, name: &str) {
        self.installed.retain(|p| p.name != name);
        self.refused.retain(|r| r.name != name);
    }

    pub fn is_empty(&self) -> bool {
        self.installed.is_empty() && self.refused.is_empty()
    }

    /// The name of the pack a case comes from, if any.
    pub fn pack_of(&self, case_id: &str) -> Option<&str> {
        self.installed
            .iter()
            .find(|p| p.cases.iter().any(|c| c.id == case_id))
            .map(|p| p.name.as_str())
    }
}
