//! Packs inside the app's content: their cases join the index, the search and the case pieces of
//! every language, so every page shows, plays and counts them like built-in cases.

use super::Pack;
use crate::domain::case::LocalCase;
use crate::domain::content::{CaseSummary, ContentDoc, ContentIndex, ContentKey, SearchIndex};
use crate::domain::order;
use crate::i18n::Locale;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The downloaded content, as the app keeps it.
pub type Docs = BTreeMap<(Locale, ContentKey), Rc<ContentDoc>>;

/// The summaries of a pack's cases for the library, marked with the pack's name: only the cases
/// written in `locale`, since a case in another language is hidden there (the README says why).
pub fn summaries(pack: &Pack, locale: Locale) -> Vec<CaseSummary> {
    pack.cases
        .iter()
        .filter(|case| case.has_language(locale))
        .map(|case| CaseSummary {
            pack: pack.name.clone(),
            ..CaseSummary::of(case, locale)
        })
        .collect()
}

/// A pack's cases in one language, with the keys the engine derives, as the build compiles them;
/// a case not written in `locale` has no copy in it (its link there finds no case).
pub fn local_cases(pack: &Pack, locale: Locale) -> Vec<LocalCase> {
    pack.cases
        .iter()
        .filter(|case| case.has_language(locale))
        .map(|case| {
            let mut case = case.clone();
            case.derive_keys();
            case.localize(locale)
        })
        .collect()
}

/// The ids of the bank's cases, from whichever index has arrived.
fn bank_ids(docs: &Docs) -> BTreeSet<String> {
    order::set_of(
        docs.values()
            .filter_map(|d| d.as_index())
            .flat_map(|i| i.cases.iter().filter(|c| c.pack.is_empty()).map(|c| c.id.clone())),
    )
}

/// The bank's index with the packs' cases after its own; a pack case whose id the bank has
/// (a later version of the app may add one) is left out: the bank wins.
pub fn merge_index(index: &ContentIndex, packs: &[Pack]) -> ContentIndex {
    let mut merged = index.clone();
    merged.cases.retain(|c| c.pack.is_empty());
    let bank: BTreeSet<String> = order::set_of(merged.cases.iter().map(|c| c.id.clone()));
    for pack in packs {
        merged.cases.extend(
            summaries(pack, index.locale)
                .into_iter()
                .filter(|c| !bank.contains(&c.id)),
        );
    }
    merged
}

/// Brings `docs` from the packs `before` to the packs `after`: index and search entries, and the
/// case pieces of every language. Idempotent, so it also runs whenever an index or a search arrives.
pub fn apply_packs(docs: &mut Docs, before: &[Pack], after: &[Pack]) {
    let bank = bank_ids(docs);
    let pack_ids: BTreeSet<String> = order::set_of(
        before
            .iter()
            .chain(after)
            .flat_map(|p| p.cases.iter().map(|c| c.id.clone()))
            .filter(|id| !bank.contains(id)),
    );
    for locale in Locale::ALL {
        for id in &pack_ids {
            docs.remove(&(locale, ContentKey::Case(id.clone())));
        }
        let mut searchable = Vec::new();
        for pack in after {
            for case in local_cases(pack, locale).into_iter().filter(|c| !bank.contains(&c.id)) {
                searchable.push(case.clone());
                docs.insert(
                    (locale, ContentKey::Case(case.id.clone())),
                    Rc::new(ContentDoc::Case(Box::new(case))),
                );
            }
        }
        let index_key = (locale, ContentKey::Index);
        if let Some(index) = docs.get(&index_key).and_then(|d| d.as_index()) {
            let merged = merge_index(index, after);
            docs.insert(index_key, Rc::new(ContentDoc::Index(merged)));
        }
        let search_key = (locale, ContentKey::Search);
        if let Some(search) = docs.get(&search_key).and_then(|d| d.as_search()) {
            let mut merged = search.clone();
            merged.cases.retain(|(id, _)| !pack_ids.contains(id));
            merged.cases.extend(SearchIndex::of(&searchable).cases);
            docs.insert(search_key, Rc::new(ContentDoc::Search(merged)));
        }
    }
}
