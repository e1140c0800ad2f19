//! Writing packs: the bank or any list of cases (a deck) as a pack file, which reads back to
//! the same cases; and a case put together again from its three compiled languages.

use super::{MAX_PACK_BYTES, PACK_KIND, PACK_SCHEMA};
use crate::domain::case::{LocalCase, SourceCase};
use crate::i18n::LocalText;
use crate::storage::envelope::APP_ID;
use serde::Serialize;
use std::cell::RefCell;

#[derive(Serialize)]
struct PackFile<'a> {
    app: &'a str,
    kind: &'a str,
    schema: u64,
    name: &'a str,
    cases: &'a [SourceCase],
}

/// The pack file for `cases`: indented for authors, or compact when indenting would pass the
/// import limit, so an exported pack can always be imported again.
pub fn export_pack(name: &str, cases: &[SourceCase]) -> String {
    let file = PackFile {
        app: APP_ID,
        kind: PACK_KIND,
        schema: PACK_SCHEMA,
        name,
        cases,
    };
    let pretty = serde_json::to_string_pretty(&file).expect("a pack serialises");
    if pretty.len() <= MAX_PACK_BYTES {
        pretty
    } else {
        serde_json::to_string(&file).expect("a pack serialises")
    }
}

/// The cases named by `ids`, in that order (a deck's order); unknown ids are skipped.
pub fn select_cases(cases: &[SourceCase], ids: &[String]) -> Vec<SourceCase> {
    ids.iter()
        .filter_map(|id| cases.iter().find(|c| &c.id == id))
        .cloned()
        .collect()
}

/// A case in every language from its three compiled copies, or `None` if they differ other
/// than in their texts (copies of two versions of the case, say).
pub fn combine_locales(en: &LocalCase, fr: &LocalCase, ar: &LocalCase) -> Option<SourceCase> {
    let shape = |c: &LocalCase| c.map_text(&|_| ());
    if shape(en) != shape(fr) || shape(en) != shape(ar) {
        return None;
    }
    // `map_text` visits the texts in one fixed order, so the n-th text of each copy is the same text.
    let texts = |c: &LocalCase| {
        let out = RefCell::new(Vec::new());
        c.map_text(&|t: &String| out.borrow_mut().push(t.clone()));
        out.into_inner().into_iter()
    };
    let fr_texts = RefCell::new(texts(fr));
    let ar_texts = RefCell::new(texts(ar));
    Some(en.map_text(&|t: &String| LocalText {
        en: t.clone(),
        fr: fr_texts.borrow_mut().next().unwrap_or_default(),
        ar: ar_texts.borrow_mut().next().unwrap_or_default(),
    }))
}
