//! Content packs: whole-pack checks with typed, translated errors; round trips; storage; the
//! packs' place in the app's content; and the GIFT and Moodle XML exports.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;
use tipsom::domain::case::SourceCase;
use tipsom::domain::content::{ContentDoc, ContentIndex, ContentKey, SearchIndex};
use tipsom::domain::element::Element;
use tipsom::domain::frame::Frame;
use tipsom::domain::lms::{self, fraction::Fraction, LmsQuestion};
use tipsom::domain::pack::docs::{apply_packs, Docs};
use tipsom::domain::pack::problem::Expected;
use tipsom::domain::pack::{
    combine_locales, export_pack, read_pack, select_cases, ContentIssue, Pack, PackContext, PackError, PackProblem,
    PackShelf, MAX_PACK_BYTES,
};
use tipsom::domain::source::{load_content, Content};
use tipsom::domain::verdict::Verdict;
use tipsom::i18n::Locale;
use tipsom::storage::envelope::BACKUP_PREFIX;
use tipsom::storage::packs::{load_packs, save_packs, PACKS_KEY};
use tipsom::storage::{KeyValueStore, MemoryStore, StorageStatus};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn content() -> Content {
    load_content(&root().join("content")).expect("the bank loads")
}

fn bank_context(content: &Content) -> PackContext {
    PackContext {
        bank_ids: content.cases.iter().map(|c| c.case.id.clone()).collect(),
        pack_ids: Default::default(),
        glossary: Some(content.glossary.terms.iter().map(|t| t.id.clone()).collect()),
    }
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/packs").join(name)).expect("fixture exists")
}

fn valid_value() -> Value {
    serde_json::from_slice(&fixture("valid.json")).unwrap()
}

fn refused(bytes: &[u8], ctx: &PackContext) -> Vec<PackProblem> {
    match read_pack(bytes, ctx) {
        Ok(pack) => panic!("pack `{}` was accepted", pack.name),
        Err(problems) => problems,
    }
}

fn only(problems: Vec<PackProblem>) -> PackProblem {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn the_valid_sample_is_accepted_with_its_cases_in_order() {
    let content = content();
    let pack = read_pack(&fixture("valid.json"), &bank_context(&content)).expect("valid pack");
    assert_eq!(pack.name, "Agadir workshop");
    let ids: Vec<&str> = pack.cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["workshop-agadir-orchard", "sample-uncle-drives-nephew"]);
}

#[test]
fn each_malformed_sample_is_refused_with_the_right_error_case_and_field() {
    let ctx = bank_context(&content());
    let case = Some("workshop-agadir-orchard".to_string());
    let expected: Vec<(&str, Option<String>, &str, PackError)> = vec![
        (
            "malformed/wrong-type.json",
            case.clone(),
            "version",
            PackError::WrongType {
                expected: Expected::Number,
            },
        ),
        (
            "malformed/unknown-fact.json",
            case.clone(),
            "steps[0].facts.acts[1]",
            PackError::UnknownFact {
                value: "kidnapping".into(),
            },
        ),
        (
            "refused/missing-language.json",
            case.clone(),
            "title.ar",
            PackError::MissingLanguage { locale: Locale::Ar },
        ),
        (
            "malformed/empty-arabic.json",
            case.clone(),
            "summary.ar",
            PackError::MissingLanguage { locale: Locale::Ar },
        ),
        (
            "malformed/unknown-field.json",
            case.clone(),
            "author",
            PackError::UnknownField { name: "author".into() },
        ),
        (
            "malformed/unknown-question-kind.json",
            case.clone(),
            "steps[1].question.kind",
            PackError::UnknownValue { value: "essay".into() },
        ),
        (
            "malformed/bad-id.json",
            Some("Orchard Near Agadir".into()),
            "id",
            PackError::Content(ContentIssue::IdFormat),
        ),
        ("malformed/not-a-pack.json", None, "", PackError::NotPack),
        ("malformed/no-cases.json", None, "", PackError::NoCases),
        (
            "refused/wrong-answer-key.json",
            case.clone(),
            "steps[0].question.answer",
            PackError::Content(ContentIssue::Contradicts {
                stated: Verdict::Smuggling,
                derived: Verdict::Trafficking,
                frame: Frame::International,
            }),
        ),
        (
            "refused/id-clash.json",
            Some("debt-after-the-crossing".into()),
            "id",
            PackError::IdInBank,
        ),
        (
            "refused/unknown-glossary-term.json",
            case.clone(),
            "glossary",
            PackError::UnknownTerm {
                id: "no-such-term".into(),
            },
        ),
    ];
    let mut files: Vec<String> = ["malformed", "refused"]
        .iter()
        .flat_map(|dir| {
            std::fs::read_dir(root().join("tests/fixtures/packs").join(dir))
                .unwrap()
                .map(move |e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
        })
        .collect();
    files.sort();
    let mut listed: Vec<String> = expected.iter().map(|e| e.0.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "every sample has its expected error here");
    for (file, case, field, error) in expected {
        let problem = only(refused(&fixture(file), &ctx));
        assert_eq!(
            problem,
            PackProblem {
                case,
                field: field.into(),
                error
            },
            "{file}"
        );
    }
}

#[test]
fn errors_are_said_in_the_learners_language() {
    let problem = only(refused(
        &fixture("refused/wrong-answer-key.json"),
        &bank_context(&content()),
    ));
    let en = problem.message(Locale::En);
    let fr = problem.message(Locale::Fr);
    let ar = problem.message(Locale::Ar);
    assert!(
        en.contains("legal engine") && en.contains("Trafficking in persons"),
        "{en}"
    );
    assert!(
        fr.contains("moteur juridique") && fr.contains("Traite des êtres humains"),
        "{fr}"
    );
    assert!(ar.contains("المحرّك القانوني") && ar.contains("اتجار بالبشر"), "{ar}");
    assert_eq!(
        problem.to_string(),
        format!("case `workshop-agadir-orchard`, field `steps[0].question.answer`: {en}")
    );
}

#[test]
fn oversized_files_and_too_many_cases_are_refused() {
    let ctx = PackContext::default();
    let big = vec![b' '; MAX_PACK_BYTES + 1];
    assert_eq!(only(refused(&big, &ctx)).error, PackError::TooLarge);

    // 501 small cases fit in 2 MB but not in a pack.
    let mut pack = valid_value();
    let small = small_case("x");
    let cases: Vec<Value> = (0..501)
        .map(|i| {
            let mut c = small.clone();
            c["id"] = json!(format!("case-{i}"));
            c
        })
        .collect();
    pack["cases"] = Value::Array(cases.clone());
    let bytes = serde_json::to_vec(&pack).unwrap();
    assert!(bytes.len() < MAX_PACK_BYTES);
    assert_eq!(
        only(refused(&bytes, &ctx)).error,
        PackError::TooManyCases { count: 501 }
    );
    pack["cases"] = Value::Array(cases[..500].to_vec());
    assert_eq!(
        read_pack(&serde_json::to_vec(&pack).unwrap(), &ctx)
            .unwrap()
            .cases
            .len(),
        500
    );
}

/// A one-step case with short texts.
fn small_case(id: &str) -> Value {
    let t = |s: &str| json!({ "en": format!("{s} text here"), "fr": format!("{s} texte ici"), "ar": "نص قصير" });
    json!({
        "id": id, "version": 1, "tracks": ["justice"], "title": t("Title"), "summary": t("Summary"),
        "steps": [{
            "text": t("Story"),
            "facts": { "acts": ["recruitment"], "means": ["deception"], "purposes": ["forced-labour"],
                       "exploitation-effects": ["will-alienated", "no-freedom-to-change", "dignity-harmed"] },
            "verdict": { "international": "trafficking", "morocco": "trafficking" },
            "question": { "kind": "classify", "prompt": t("Prompt"), "frame": "morocco", "answer": "trafficking" },
            "explanation": t("Because"),
        }],
        "trainer": { "point": t("Point"), "questions": [t("Question")] },
    })
}

#[test]
fn json_syntax_schema_and_name_problems_are_named() {
    let ctx = PackContext::default();
    assert_eq!(
        only(refused(b"{\n  \"app\": tipsom\n}", &ctx)).error,
        PackError::NotJson { line: 2, column: 11 }
    );
    let mut pack = valid_value();
    pack["schema"] = json!(2);
    assert_eq!(
        only(refused(&serde_json::to_vec(&pack).unwrap(), &ctx)).error,
        PackError::FromFuture { schema: 2 }
    );
    let mut pack = valid_value();
    pack["name"] = json!("  ");
    pack["extra"] = json!(true);
    let problems = refused(&serde_json::to_vec(&pack).unwrap(), &ctx);
    assert!(problems.contains(&PackProblem::pack(PackError::BadName)));
    assert!(problems.contains(&PackProblem::pack(PackError::UnknownField { name: "extra".into() })));
}

#[test]
fn every_problem_of_a_pack_is_reported_at_once() {
    let mut pack = valid_value();
    let broken = pack["cases"][0].clone();
    pack["cases"][0]["title"]["fr"] = json!("");
    pack["cases"][1]["tracks"] = json!([]);
    let mut no_id = broken.clone();
    no_id.as_object_mut().unwrap().remove("id");
    pack["cases"].as_array_mut().unwrap().push(no_id);
    pack["cases"].as_array_mut().unwrap().push(broken);
    let problems = refused(&serde_json::to_vec(&pack).unwrap(), &PackContext::default());
    let summary: Vec<(Option<&str>, &str)> = problems.iter().map(|p| (p.case.as_deref(), p.field.as_str())).collect();
    assert!(
        summary.contains(&(Some("workshop-agadir-orchard"), "title.fr")),
        "{summary:?}"
    );
    assert!(
        summary.contains(&(Some("sample-uncle-drives-nephew"), "tracks")),
        "{summary:?}"
    );
    assert!(
        summary.contains(&(Some("#3"), "")),
        "a case without id is named by position: {summary:?}"
    );
    assert!(problems.contains(&PackProblem::case(
        "workshop-agadir-orchard",
        "id",
        PackError::DuplicateId
    )));
}

#[test]
fn ids_are_unique_across_packs_and_a_pack_added_again_replaces_itself() {
    let mut shelf = PackShelf::default();
    let first = read_pack(&fixture("valid.json"), &shelf.context(BTreeSet::new(), None)).unwrap();
    shelf.install(first.clone());
    // The same pack again: a new edition, replacing the first.
    let again = read_pack(&fixture("valid.json"), &shelf.context(BTreeSet::new(), None)).unwrap();
    shelf.install(again);
    assert_eq!(shelf.installed.len(), 1);
    // Another pack reusing an id is refused, and the shelf is as it was.
    let before = shelf.clone();
    let mut other = valid_value();
    other["name"] = json!("Fez workshop");
    let problems = refused(
        &serde_json::to_vec(&other).unwrap(),
        &shelf.context(BTreeSet::new(), None),
    );
    assert!(problems.contains(&PackProblem::case(
        "workshop-agadir-orchard",
        "id",
        PackError::IdInPack {
            pack: "Agadir workshop".into()
        }
    )));
    assert_eq!(shelf, before, "a refused pack changes nothing");
    shelf.remove("Agadir workshop");
    assert!(shelf.is_empty());
}

/// Mutations of the valid sample, each breaking one rule of the content checks.
type Mutation = (&'static str, Box<dyn Fn(&mut Value)>);

fn content_mutations() -> Vec<Mutation> {
    let t = |en: &str, fr: &str, ar: &str| json!({ "en": en, "fr": fr, "ar": ar });
    vec![
        (
            "no track",
            Box::new(|p: &mut Value| p["cases"][0]["tracks"] = json!([])),
        ),
        (
            "latin arabic",
            Box::new(|p: &mut Value| p["cases"][0]["title"]["ar"] = json!("Al bustan")),
        ),
        (
            "french copy",
            Box::new(move |p: &mut Value| {
                p["cases"][0]["summary"] = t("The same words in both", "The same words in both", "نص")
            }),
        ),
        (
            "placeholders",
            Box::new(move |p: &mut Value| p["cases"][0]["summary"] = t("Hello {name}", "Bonjour", "مرحبا {name}")),
        ),
        (
            "no discussion",
            Box::new(|p: &mut Value| p["cases"][0]["trainer"]["questions"] = json!([])),
        ),
        ("no steps", Box::new(|p: &mut Value| p["cases"][0]["steps"] = json!([]))),
        (
            "open question key",
            // Under Moroccan law, exploitation without the three effects of Art. 448-1 ¶4 is a question for the court.
            Box::new(|p: &mut Value| p["cases"][0]["steps"][0]["question"]["frame"] = json!("morocco")),
        ),
        (
            "facts contradict",
            Box::new(|p: &mut Value| {
                p["cases"][0]["steps"][0]["facts"]["within-one-country"] = json!(true);
                p["cases"][0]["steps"][0]["facts"]["moroccan-exit"] = json!("completed");
                p["cases"][0]["steps"][0]["verdict"]["morocco"] = json!("both");
            }),
        ),
        (
            "verdict missing",
            Box::new(|p: &mut Value| {
                p["cases"][0]["steps"][0].as_object_mut().unwrap().remove("verdict");
            }),
        ),
        (
            "stated verdict wrong",
            Box::new(|p: &mut Value| p["cases"][0]["steps"][0]["verdict"]["international"] = json!("neither")),
        ),
        (
            "needs facts",
            Box::new(|p: &mut Value| {
                let step = p["cases"][0]["steps"][0].as_object_mut().unwrap();
                step.remove("facts");
                step.remove("verdict");
            }),
        ),
        (
            "elements options",
            Box::new(|p: &mut Value| {
                p["cases"][0]["steps"][0]["question"] = json!({
            "kind": "elements", "prompt": p["cases"][0]["steps"][0]["question"]["prompt"].clone(), "frame": "international",
            "options": ["act", "act"], "answer": ["act", "child"] })
            }),
        ),
        (
            "element key",
            Box::new(|p: &mut Value| {
                p["cases"][0]["steps"][0]["question"] = json!({
            "kind": "elements", "prompt": p["cases"][0]["steps"][0]["question"]["prompt"].clone(), "frame": "international",
            "options": ["act", "benefit"], "answer": ["benefit"] })
            }),
        ),
        (
            "indicators",
            Box::new(move |p: &mut Value| {
                p["cases"][0]["steps"][1]["question"] = json!({
            "kind": "indicators", "prompt": t("Tap", "Touchez", "المس"),
            "sentences": [{ "text": t("One", "Un", "واحد") }, { "text": t("Two", "Deux", "اثنان") }] })
            }),
        ),
        (
            "what-if",
            Box::new(|p: &mut Value| {
                p["cases"][0]["steps"][1]["question"] = json!({
            "kind": "what-if", "prompt": p["cases"][0]["steps"][0]["question"]["prompt"].clone(), "frame": "international",
            "target": "trafficking", "options": [{ "fact": "act:recruitment", "set": true }], "answer": [0] })
            }),
        ),
        (
            "action",
            Box::new(|p: &mut Value| {
                let q = &mut p["cases"][0]["steps"][1]["question"];
                q["options"][1]["correct"] = json!(true);
            }),
        ),
        (
            "action alone",
            Box::new(|p: &mut Value| {
                let q = &mut p["cases"][0]["steps"][1]["question"];
                q["options"] = json!([q["options"][1].clone()]);
            }),
        ),
    ]
}

#[test]
fn every_finding_of_the_content_checks_is_typed_and_translated() {
    let mut seen = Vec::new();
    for (name, mutate) in content_mutations() {
        let mut pack = valid_value();
        mutate(&mut pack);
        let problems = refused(&serde_json::to_vec(&pack).unwrap(), &PackContext::default());
        for p in &problems {
            if let PackError::Content(ContentIssue::Other(message)) = &p.error {
                panic!("{name}: the finding “{message}” has no typed issue");
            }
            for l in Locale::ALL {
                assert!(!p.message(l).trim().is_empty());
            }
            seen.push(std::mem::discriminant(&p.error));
            if let PackError::Content(issue) = &p.error {
                seen.push(std::mem::discriminant(&PackError::Content(issue.clone())));
            }
        }
        assert!(!problems.is_empty(), "{name}");
    }
    // The typed issues parse back from what validate_case says.
    assert_eq!(
        ContentIssue::parse("Benefit is not among the options"),
        ContentIssue::AnswerNotOption {
            element: Element::Benefit
        }
    );
    assert_eq!(
        ContentIssue::parse("Act is present in the facts under Moroccan law"),
        ContentIssue::ElementKey {
            element: Element::Act,
            present: true,
            frame: Frame::Morocco
        }
    );
}

#[test]
fn exporting_the_bank_or_a_deck_then_importing_gives_the_same_cases() {
    let content = content();
    let bank = content.source_cases();
    let file = export_pack("tipsom", &bank);
    assert!(file.len() <= MAX_PACK_BYTES);
    // Read where the bank is not (another installation), the pack is the bank itself.
    let pack = read_pack(file.as_bytes(), &PackContext::default()).expect("the bank as a pack");
    assert_eq!(pack.cases, bank);
    // A deck: some cases, in the deck's order.
    let ids = vec!["uncle-drives-nephew".to_string(), "debt-after-the-crossing".to_string()];
    let deck = select_cases(&bank, &ids);
    let pack = read_pack(export_pack("My deck", &deck).as_bytes(), &PackContext::default()).unwrap();
    assert_eq!(pack.name, "My deck");
    assert_eq!(pack.cases.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids);
    assert_eq!(pack.cases, deck);
}

#[test]
fn a_case_put_together_from_its_three_compiled_languages_is_the_source_case() {
    for case in content().source_cases() {
        let mut source = case.clone();
        source.derive_keys();
        let [en, fr, ar] = Locale::ALL.map(|l| source.localize(l));
        // The compiled copies are typeset and leave the authors' source notes and review trail out.
        let mut expected = source.map_text(&|t: &tipsom::i18n::LocalText| tipsom::i18n::LocalText {
            en: t.typeset(Locale::En),
            fr: t.typeset(Locale::Fr),
            ar: t.typeset(Locale::Ar),
        });
        expected.sources.clear();
        expected.review = None;
        assert_eq!(combine_locales(&en, &fr, &ar).as_ref(), Some(&expected), "{}", case.id);
    }
    let cases = content().source_cases();
    let other = cases[1].localize(Locale::Fr);
    let one = cases[0].localize(Locale::En);
    assert_eq!(
        combine_locales(&one, &other, &one),
        None,
        "copies of different cases do not combine"
    );
}

#[test]
fn packs_are_kept_in_storage_and_a_corrupt_value_is_backed_up_not_dropped() {
    let store = MemoryStore::new();
    let mut shelf = PackShelf::default();
    shelf.install(read_pack(&fixture("valid.json"), &PackContext::default()).unwrap());
    save_packs(&store, &shelf, false).unwrap();
    let loaded = load_packs(&store);
    assert_eq!(loaded.status, StorageStatus::Saving);
    assert_eq!(loaded.value, shelf);

    store
        .set(PACKS_KEY, "{\"app\":\"tipsom\",\"kind\":\"packs\",\"sch")
        .unwrap();
    let loaded = load_packs(&store);
    assert!(loaded.value.is_empty());
    let StorageStatus::Recovered { backup_key } = loaded.status else {
        panic!("not recovered")
    };
    assert!(backup_key.starts_with(BACKUP_PREFIX));
    assert_eq!(
        store.get(&backup_key).unwrap().as_deref(),
        Some("{\"app\":\"tipsom\",\"kind\":\"packs\",\"sch")
    );
    // Met again, the same value is not copied twice.
    load_packs(&store);
    let backups = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .count();
    assert_eq!(backups, 1);

    // A newer version's packs are never written over.
    let future = "{\"app\":\"tipsom\",\"kind\":\"packs\",\"schema\":9,\"packs\":[]}";
    store.set(PACKS_KEY, future).unwrap();
    assert_eq!(load_packs(&store).status, StorageStatus::FromFuture { schema: 9 });
    save_packs(&store, &shelf, true).unwrap();
    assert_eq!(store.get(PACKS_KEY).unwrap().as_deref(), Some(future));
}

#[test]
fn a_stored_pack_that_no_longer_passes_is_kept_aside_not_lost() {
    let store = MemoryStore::new();
    let mut broken = valid_value();
    broken["cases"][0]["steps"][0]["question"]["answer"] = json!("neither");
    let envelope = json!({ "app": "tipsom", "kind": "packs", "schema": 1, "packs": [broken.clone()] });
    store.set(PACKS_KEY, &envelope.to_string()).unwrap();
    let loaded = load_packs(&store);
    assert!(loaded.value.installed.is_empty());
    assert_eq!(loaded.value.refused.len(), 1);
    assert_eq!(loaded.value.refused[0].name, "Agadir workshop");
    // Saving keeps it as it was.
    save_packs(&store, &loaded.value, loaded.seen).unwrap();
    let stored: Value = serde_json::from_str(&store.get(PACKS_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(stored["packs"][0], broken);
}

fn bank_docs(content: &Content) -> Docs {
    let mut docs = Docs::new();
    for (path, json) in content.compile() {
        for locale in Locale::ALL {
            for key in [ContentKey::Index, ContentKey::Search] {
                if key.path(locale) == path {
                    docs.insert(
                        (locale, key.clone()),
                        std::rc::Rc::new(ContentDoc::parse(&key, &json).unwrap()),
                    );
                }
            }
        }
    }
    docs
}

#[test]
fn a_packs_cases_join_the_index_search_and_case_pieces_of_every_language_and_leave_with_it() {
    let content = content();
    let mut docs = bank_docs(&content);
    let bank_count = content.cases.len();
    let pack = read_pack(&fixture("valid.json"), &bank_context(&content)).unwrap();
    apply_packs(&mut docs, &[], std::slice::from_ref(&pack));
    for locale in Locale::ALL {
        let index: &ContentIndex = docs[&(locale, ContentKey::Index)].as_index().unwrap();
        assert_eq!(index.cases.len(), bank_count + 2);
        let added = index
            .position("workshop-agadir-orchard")
            .map(|i| &index.cases[i])
            .unwrap();
        assert_eq!(added.pack, "Agadir workshop");
        let case = docs[&(locale, ContentKey::Case("workshop-agadir-orchard".into()))]
            .as_case()
            .unwrap();
        assert_eq!(case.title, pack.cases[0].title.get(locale));
        let search: &SearchIndex = docs[&(locale, ContentKey::Search)].as_search().unwrap();
        assert!(search.cases.iter().any(|(id, _)| id == "sample-uncle-drives-nephew"));
    }
    assert_eq!(
        docs[&(Locale::Fr, ContentKey::Search)]
            .as_search()
            .unwrap()
            .matches("verger"),
        vec!["workshop-agadir-orchard".to_string()]
    );
    // Applying again changes nothing; removing the pack removes its cases everywhere.
    let once = docs.clone();
    apply_packs(&mut docs, std::slice::from_ref(&pack), std::slice::from_ref(&pack));
    assert_eq!(docs, once);
    apply_packs(&mut docs, std::slice::from_ref(&pack), &[]);
    assert_eq!(docs, bank_docs(&content));
}

#[test]
fn a_pack_case_whose_id_the_bank_later_takes_gives_way_to_the_bank() {
    let content = content();
    let mut docs = bank_docs(&content);
    let mut value = valid_value();
    value["cases"][0]["id"] = json!("debt-after-the-crossing");
    let pack: Pack = read_pack(&serde_json::to_vec(&value).unwrap(), &PackContext::default()).unwrap();
    apply_packs(&mut docs, &[], std::slice::from_ref(&pack));
    let index = docs[&(Locale::En, ContentKey::Index)].as_index().unwrap();
    assert_eq!(
        index.cases.iter().filter(|c| c.id == "debt-after-the-crossing").count(),
        1
    );
    assert!(index
        .cases
        .iter()
        .all(|c| c.id != "debt-after-the-crossing" || c.pack.is_empty()));
    assert!(!docs.contains_key(&(Locale::En, ContentKey::Case("debt-after-the-crossing".into()))));
}

#[test]
fn the_published_schema_is_the_one_generated_from_the_types() {
    let published = std::fs::read_to_string(root().join("content/pack.schema.json")).unwrap();
    assert_eq!(
        published,
        tipsom::domain::pack::schema::pack_schema(),
        "run `cargo run --bin tipsom-pack -- schema content/pack.schema.json`"
    );
}

fn expected_answers(case: &SourceCase) -> Vec<usize> {
    use tipsom::domain::case::Question;
    case.steps
        .iter()
        .map(|s| match &s.question {
            Question::Elements { answer, options, .. } => options.len() + usize::from(answer.is_empty()),
            q => q.option_count(),
        })
        .collect()
}

fn check_weights(q: &LmsQuestion) {
    assert!(
        q.answers.iter().all(|a| a.fraction.is_valid()),
        "{}: weights Moodle accepts",
        q.id
    );
    let positive: i64 = q.answers.iter().map(|a| i64::from(a.fraction.0.max(0))).sum();
    if q.single {
        assert_eq!(
            q.answers.iter().filter(|a| a.fraction == Fraction::FULL).count(),
            1,
            "{}",
            q.id
        );
        assert!(q
            .answers
            .iter()
            .all(|a| a.fraction == Fraction::FULL || a.fraction == Fraction::ZERO));
    } else {
        assert!(
            (positive - 10_000_000).abs() <= 10,
            "{}: right answers add up to 100%",
            q.id
        );
    }
}

#[test]
fn every_step_of_the_bank_becomes_one_question_with_every_answer_and_sound_weights() {
    let bank = content().source_cases();
    for l in Locale::ALL {
        let questions = lms::questions(&bank, l);
        let steps: usize = bank.iter().map(|c| c.steps.len()).sum();
        assert_eq!(questions.len(), steps);
        let expected: Vec<usize> = bank.iter().flat_map(expected_answers).collect();
        let got: Vec<usize> = questions.iter().map(|q| q.answers.len()).collect();
        assert_eq!(got, expected);
        for q in &questions {
            check_weights(q);
            assert!(q
                .answers
                .iter()
                .all(|a| !a.text.trim().is_empty() && !a.feedback.trim().is_empty()));
        }
    }
}

#[test]
fn classify_feedback_gives_the_engines_reasons_per_verdict() {
    let bank = content().source_cases();
    let case = bank.iter().find(|c| c.id == "debt-after-the-crossing").unwrap();
    let questions = lms::questions(std::slice::from_ref(case), Locale::En);
    let classify = &questions[0];
    assert!(classify.single);
    let right = classify.answers.iter().find(|a| a.fraction == Fraction::FULL).unwrap();
    assert!(right.feedback.starts_with("Right."), "{}", right.feedback);
    for wrong in classify.answers.iter().filter(|a| a.fraction != Fraction::FULL) {
        assert!(wrong.feedback.starts_with("Not this one."), "{}", wrong.feedback);
        assert!(wrong.feedback.contains("Art."), "cites the law: {}", wrong.feedback);
    }
}

#[test]
fn gift_and_xml_escape_what_would_break_them() {
    assert_eq!(
        lms::gift::escape("a~b=c#d{e}f:g\\h\n\ni"),
        "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\n\\ni"
    );
    assert_eq!(lms::moodle_xml::escape("<b>&\"'\u{1}"), "&lt;b&gt;&amp;&quot;&apos;");
    let mut value = valid_value();
    value["cases"][0]["title"]["en"] = json!("[html]<b>Orchard</b> :: { x } ~ = #");
    value["cases"][0]["steps"][1]["question"]["options"][0]["text"]["en"] = json!("[html]<i>ask</i>");
    let pack = read_pack(&serde_json::to_vec(&value).unwrap(), &PackContext::default()).unwrap();
    let questions = lms::questions(&pack.cases, Locale::En);
    let gift = lms::gift::write(&questions, "test");
    assert!(
        gift.contains("::[html]<b>Orchard</b> \\:\\: \\{ x \\} \\~ \\= \\# (1/2)::[plain]"),
        "{gift}"
    );
    assert!(gift.contains("\t=[plain][html]<i>ask</i>#"), "{gift}");
    // No blank line inside a question: each is one block.
    let blocks = gift.split("\n\n").filter(|b| b.contains("::")).count();
    assert_eq!(blocks, questions.len());
    let xml = lms::moodle_xml::write(&questions, "test -- header");
    assert!(xml.contains("&lt;b&gt;Orchard&lt;/b&gt;"));
    assert!(!xml.contains("<b>"));
    assert!(xml.contains("<!-- test \u{2010}\u{2010} header -->"));
    // A pack named with dashes (issue "Nothing lost", item 12): the comment stays well-formed.
    for name in ["---", "a---", "-", "x-"] {
        let xml = lms::moodle_xml::write(&questions, name);
        let comment = xml.split("<!--").nth(1).unwrap().split("-->").next().unwrap();
        assert!(!comment.contains("--") && !comment.ends_with('-'), "{name}: {comment}");
    }
}

// Issue "Nothing lost, nothing crashes", item 11: a refused pack listed one structural problem
// per case; every one is listed now.
#[test]
fn every_structural_problem_of_a_case_is_listed() {
    let mut pack = valid_value();
    let case = &mut pack["cases"][0];
    case["version"] = json!("one");
    case["author"] = json!("me");
    case["colour"] = json!("red");
    // (A missing language is no longer a structural problem: a case may name its languages, so
    // the content checks report it, by language, once the case reads.)
    case["steps"][0]["facts"]["acts"] = json!(["kidnapping", "recruitment"]);
    let problems = refused(pack.to_string().as_bytes(), &PackContext::default());
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["version", "author", "colour", "steps[0].facts.acts[0]"] {
        assert!(fields.contains(&field), "{field} missing from {problems:#?}");
    }
    assert_eq!(
        problems.len(),
        4,
        "nothing reported twice, nothing invented: {problems:#?}"
    );
}

// Item 12: names made of invisible characters, or that turn the text's direction, are refused;
// a name that looks like a placeholder is shown as typed.
#[test]
fn pack_names_that_would_hide_or_turn_text_are_refused() {
    for name in [
        "\u{200B}\u{200B}",
        "\u{3164}",
        "Nador\u{202E}",
        "\u{2067}x",
        "\u{2800} ",
    ] {
        let mut pack = valid_value();
        pack["name"] = json!(name);
        let problems = refused(pack.to_string().as_bytes(), &PackContext::default());
        assert!(
            problems.iter().any(|p| p.error == PackError::BadName),
            "{name:?}: {problems:#?}"
        );
    }
    let line = tipsom::i18n::placeholders::fill("Pack {name} ({count} cases)", &[("name", "{count}"), ("count", "3")]);
    assert_eq!(line, "Pack {count} (3 cases)");
}

// Item 12: every export escapes what its format needs, the header (a pack's name) included.
#[test]
fn a_header_with_line_breaks_stays_a_comment_in_gift() {
    let gift = lms::gift::write(&[], "Pack\r$CATEGORY: evil\u{2028}::x::{=y}\nsecond");
    for line in gift.lines().take_while(|l| !l.is_empty()) {
        assert!(line.starts_with("// "), "{line:?} escaped the comment");
    }
}

/// A trainer's pack gets the same typography as the bank when it is added: its authors type
/// plain spaces, its French learners read « Pourquoi ? » with a narrow no-break space.
#[test]
fn a_packs_cases_are_typeset_like_the_banks() {
    use tipsom::domain::pack::docs::{local_cases, summaries};
    let mut value = valid_value();
    value["cases"][0]["title"]["fr"] = json!("Le verger : 4 000 euros ?");
    value["cases"][0]["steps"][0]["text"]["fr"] = json!("« Non » dit-elle ; 36% des cas.");
    let bytes = serde_json::to_vec(&value).unwrap();
    let pack = read_pack(&bytes, &bank_context(&content())).expect("valid pack");
    let fr = local_cases(&pack, Locale::Fr);
    assert_eq!(fr[0].title, "Le verger\u{202F}: 4\u{202F}000\u{A0}euros\u{202F}?");
    assert_eq!(
        fr[0].steps[0].text,
        "«\u{202F}Non\u{202F}» dit-elle\u{202F}; 36\u{202F}% des cas."
    );
    assert_eq!(summaries(&pack, Locale::Fr)[0].title, fr[0].title);
    assert!(summaries(&pack, Locale::Fr)[0].minutes >= 1);
}
