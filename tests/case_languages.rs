//! Languages per case: a case says which languages it is written in (all three unless it says
//! otherwise), the checks ask for those only, and it shows only in those languages' libraries.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::path::PathBuf;
use std::rc::Rc;
use tipsom::domain::content::{ContentDoc, ContentKey};
use tipsom::domain::pack::docs::{apply_packs, Docs};
use tipsom::domain::pack::{export_pack, read_pack, ContentIssue, PackContext, PackError};
use tipsom::domain::source::load_content;
use tipsom::domain::validate::validate_case;
use tipsom::i18n::Locale;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample pack with every text kept in French only.
fn french_only(with_languages: bool) -> Value {
    fn keep_fr(v: &mut Value) {
        match v {
            Value::Object(m) if m.contains_key("fr") && m.keys().all(|k| ["en", "fr", "ar"].contains(&k.as_str())) => {
                m.retain(|k, _| k == "fr");
            }
            Value::Object(m) => m.values_mut().for_each(keep_fr),
            Value::Array(a) => a.iter_mut().for_each(keep_fr),
            _ => {}
        }
    }
    let bytes = std::fs::read(root().join("tests/fixtures/packs/valid.json")).unwrap();
    let mut pack: Value = serde_json::from_slice(&bytes).unwrap();
    keep_fr(&mut pack);
    if with_languages {
        for case in pack["cases"].as_array_mut().unwrap() {
            case["languages"] = json!(["fr"]);
        }
    }
    pack
}

fn context() -> PackContext {
    let content = load_content(&root().join("content")).unwrap();
    PackContext {
        bank_ids: content.cases.iter().map(|c| c.case.id.clone()).collect(),
        pack_ids: Default::default(),
        glossary: Some(content.glossary.terms.iter().map(|t| t.id.clone()).collect()),
    }
}

#[test]
fn the_bank_cases_have_all_three_languages_and_do_not_write_them() {
    let content = load_content(&root().join("content")).unwrap();
    assert_eq!(content.cases.len(), 49);
    for c in &content.cases {
        assert_eq!(c.case.languages, Locale::ALL.to_vec(), "{}", c.case.id);
        let written = serde_json::to_value(&c.case).unwrap();
        assert!(written.get("languages").is_none(), "{}", c.case.id);
    }
}

#[test]
fn a_french_only_case_passes_the_checks_when_it_says_so() {
    let bytes = serde_json::to_vec(&french_only(true)).unwrap();
    let pack = read_pack(&bytes, &context()).expect("a French-only pack is accepted");
    for case in &pack.cases {
        assert_eq!(case.languages, vec![Locale::Fr]);
        assert!(validate_case(case).is_empty());
    }
    // Written again, it reads back the same, without the languages it lacks.
    let again = export_pack(&pack.name, &pack.cases);
    assert!(!again.contains("\"en\":") && again.contains("\"languages\""));
    assert_eq!(read_pack(again.as_bytes(), &context()).unwrap(), pack);
}

#[test]
fn a_case_without_its_languages_lists_each_missing_translation() {
    let bytes = serde_json::to_vec(&french_only(false)).unwrap();
    let problems = read_pack(&bytes, &context()).expect_err("all three languages are expected");
    assert!(problems
        .iter()
        .any(|p| p.field == "title.en" && p.error == PackError::MissingLanguage { locale: Locale::En }));
    assert!(problems
        .iter()
        .any(|p| p.field == "title.ar" && p.error == PackError::MissingLanguage { locale: Locale::Ar }));
    assert!(
        problems
            .iter()
            .all(|p| matches!(p.error, PackError::MissingLanguage { .. })),
        "{problems:#?}"
    );
}

#[test]
fn an_empty_or_repeated_list_of_languages_is_refused() {
    for languages in [json!([]), json!(["fr", "fr"])] {
        let mut pack = french_only(true);
        pack["cases"][0]["languages"] = languages;
        let problems = read_pack(&serde_json::to_vec(&pack).unwrap(), &context()).unwrap_err();
        assert!(problems
            .iter()
            .any(|p| p.field == "languages" && p.error == PackError::Content(ContentIssue::Languages)));
    }
}

#[test]
fn a_french_only_case_shows_in_the_french_library_only() {
    let content = load_content(&root().join("content")).unwrap();
    let mut docs: Docs = Docs::new();
    for (path, json) in content.compile() {
        for locale in Locale::ALL {
            if path == ContentKey::Index.path(locale) {
                docs.insert(
                    (locale, ContentKey::Index),
                    Rc::new(ContentDoc::Index(serde_json::from_str(&json).unwrap())),
                );
            }
        }
    }
    let pack = read_pack(&serde_json::to_vec(&french_only(true)).unwrap(), &context()).unwrap();
    let id = pack.cases[0].id.clone();
    apply_packs(&mut docs, &[], std::slice::from_ref(&pack));
    for locale in Locale::ALL {
        let index = docs[&(locale, ContentKey::Index)].as_index().unwrap();
        let listed = index.cases.iter().any(|c| c.id == id);
        assert_eq!(listed, locale == Locale::Fr, "{locale:?}");
        assert_eq!(
            docs.contains_key(&(locale, ContentKey::Case(id.clone()))),
            locale == Locale::Fr
        );
    }
}

#[test]
fn a_french_only_case_exports_questions_in_french_only() {
    let pack = read_pack(&serde_json::to_vec(&french_only(true)).unwrap(), &context()).unwrap();
    assert!(!tipsom::domain::lms::questions(&pack.cases, Locale::Fr).is_empty());
    assert!(tipsom::domain::lms::questions(&pack.cases, Locale::En).is_empty());
    assert!(tipsom::domain::lms::questions(&pack.cases, Locale::Ar).is_empty());
}
