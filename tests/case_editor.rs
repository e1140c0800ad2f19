//! The case editor's core: a case written from blank, edit by edit, with the engine's verdict,
//! the live checks beside their fields, missing translations listed, and saving into a pack;
//! starting from a bank or pack case; and the drafts of two tabs merged without undoing either.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;
use tipsom::domain::analysis::analyse;
use tipsom::domain::case::{Question, Track};
use tipsom::domain::editor::draft::engine_verdict;
use tipsom::domain::editor::edit::facts_at;
use tipsom::domain::editor::{
    live_checks, missing_translations, problems_at, save_into_pack, unique_id, Draft, DraftEdit, Drafts, QuestionKind,
    TextField,
};
use tipsom::domain::facts::{Act, FactKey, Means, Purpose};
use tipsom::domain::frame::Frame;
use tipsom::domain::pack::{PackContext, PackShelf};
use tipsom::domain::source::load_content;
use tipsom::domain::validate::validate_case;
use tipsom::domain::verdict::Verdict;
use tipsom::i18n::Locale;

fn bank() -> tipsom::domain::source::Content {
    load_content(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
}

fn bank_ids() -> BTreeSet<String> {
    bank().cases.iter().map(|c| c.case.id.clone()).collect()
}

fn ctx() -> PackContext {
    PackContext {
        bank_ids: bank_ids(),
        ..Default::default()
    }
}

fn text(d: &mut Draft, field: TextField, t: &str) {
    d.apply(
        DraftEdit::Text {
            field,
            locale: Locale::Fr,
            text: t.into(),
        },
        d.updated + 1,
    );
}

fn edit(d: &mut Draft, e: DraftEdit) {
    d.apply(e, d.updated + 1);
}

/// The two-step case of the acceptance, in French: a classify question, then an action question.
fn two_step_case() -> Draft {
    let mut d = Draft::blank("e-1", Locale::Fr, &BTreeSet::new(), 1000);
    text(&mut d, TextField::Title, "Le verger d'Agadir");
    text(&mut d, TextField::Summary, "Une offre de travail saisonnier.");
    edit(&mut d, DraftEdit::Track(Track::CivilSociety, true));
    text(
        &mut d,
        TextField::Story(0),
        "Amina est recrutée par un voisin qui lui ment sur le salaire.",
    );
    for key in [
        FactKey::Act(Act::Recruitment),
        FactKey::Means(Means::Deception),
        FactKey::Purpose(Purpose::ForcedLabour),
    ] {
        edit(&mut d, DraftEdit::Fact { step: 0, key, on: true });
    }
    edit(&mut d, DraftEdit::UseEngineKey(0));
    text(&mut d, TextField::Prompt(0), "De quoi s'agit-il ?");
    text(&mut d, TextField::Explanation(0), "Les trois éléments sont réunis.");
    edit(&mut d, DraftEdit::AddStep);
    text(&mut d, TextField::Story(1), "Elle vous appelle depuis le verger.");
    text(&mut d, TextField::Prompt(1), "Que faites-vous ?");
    text(&mut d, TextField::OptionText(1, 0), "L'orienter vers une association.");
    text(
        &mut d,
        TextField::OptionFeedback(1, 0),
        "Oui : elle a besoin de protection.",
    );
    text(&mut d, TextField::OptionText(1, 1), "Appeler son employeur.");
    text(
        &mut d,
        TextField::OptionFeedback(1, 1),
        "Non : cela peut la mettre en danger.",
    );
    edit(&mut d, DraftEdit::Correct(1, 0, true));
    text(&mut d, TextField::Explanation(1), "La sécurité d'abord.");
    text(
        &mut d,
        TextField::Point,
        "Le consentement ne compte pas quand on a menti.",
    );
    text(&mut d, TextField::Discussion(0), "Qu'auriez-vous demandé à Amina ?");
    d
}

#[test]
fn a_blank_draft_is_incomplete_and_says_where() {
    let d = Draft::blank("e-1", Locale::Fr, &BTreeSet::new(), 1);
    let problems = live_checks(&d, &ctx(), None, Locale::Fr);
    assert!(!problems.is_empty());
    assert!(!problems_at(&problems, "title").is_empty(), "{problems:#?}");
    assert!(!problems_at(&problems, "tracks").is_empty());
    assert!(!problems_at(&problems, "steps[0].text").is_empty());
    // In the trainer's language.
    assert!(
        problems_at(&problems, "tracks")[0].message.contains("public"),
        "{problems:#?}"
    );
    // Only French is asked for: nothing is said of English or Arabic.
    assert!(problems
        .iter()
        .all(|p| !p.field.ends_with(".en") && !p.field.ends_with(".ar")));
}

#[test]
fn a_two_step_case_written_from_blank_passes_and_its_verdict_follows_the_facts() {
    let d = two_step_case();
    assert_eq!(live_checks(&d, &ctx(), None, Locale::Fr), vec![]);
    let case = d.to_case();
    assert!(validate_case(&case).is_empty());
    assert_eq!(case.languages, vec![Locale::Fr]);
    assert_eq!(case.steps.len(), 2);
    assert_eq!(case.steps[0].verdict.unwrap().international, Verdict::Trafficking);
    assert!(case.title.en.is_empty() && case.title.ar.is_empty());
    // Switching the means off changes the engine's verdict at once.
    let mut d2 = d.clone();
    edit(
        &mut d2,
        DraftEdit::Fact {
            step: 0,
            key: FactKey::Means(Means::Deception),
            on: false,
        },
    );
    assert_ne!(
        analyse(&facts_at(&d2, 0), Frame::International).verdict,
        analyse(&facts_at(&d, 0), Frame::International).verdict
    );
    // The second step keeps the first step's facts.
    assert_eq!(facts_at(&d, 1), facts_at(&d, 0));
}

#[test]
fn a_key_the_engine_contradicts_is_an_error_beside_the_key_until_fixed() {
    let mut d = two_step_case();
    edit(&mut d, DraftEdit::Verdict(0, Verdict::Smuggling));
    let problems = live_checks(&d, &ctx(), None, Locale::Fr);
    let at_key = problems_at(&problems, "steps[0].question.answer");
    assert_eq!(at_key.len(), 1, "{problems:#?}");
    assert!(at_key[0].message.contains("Traite"), "{}", at_key[0].message);
    // The pack refuses it.
    assert!(save_into_pack(&PackShelf::default(), "Atelier", &d, bank_ids(), None).is_err());
    edit(&mut d, DraftEdit::UseEngineKey(0));
    assert!(live_checks(&d, &ctx(), None, Locale::Fr).is_empty());
    assert_eq!(
        d.case.steps[0].question.correct_options(),
        vec![Verdict::ALL
            .iter()
            .position(|v| Some(*v) == engine_verdict(&facts_at(&d, 0), Frame::International))
            .unwrap()]
    );
}

#[test]
fn missing_translations_are_listed_per_language_never_filled() {
    let mut d = two_step_case();
    assert!(missing_translations(&d).is_empty());
    edit(&mut d, DraftEdit::Language(Locale::Ar, true));
    let missing = missing_translations(&d);
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].0, Locale::Ar);
    assert!(missing[0].1.contains(&"title".to_string()));
    assert!(d.to_case().title.ar.is_empty());
    let problems = live_checks(&d, &ctx(), None, Locale::Ar);
    assert!(problems.iter().any(|p| p.field == "title.ar"));
    // Text typed in a language the case does not list stays in the draft, out of the case.
    let mut d = two_step_case();
    d.apply(
        DraftEdit::Text {
            field: TextField::Title,
            locale: Locale::En,
            text: "The orchard".into(),
        },
        99_999,
    );
    assert_eq!(d.case.title.en, "The orchard");
    assert!(d.to_case().title.en.is_empty());
}

#[test]
fn the_elements_and_what_if_keys_come_from_the_engine() {
    let mut d = two_step_case();
    edit(&mut d, DraftEdit::Kind(0, QuestionKind::Elements));
    let case = d.to_case();
    let Question::Elements { answer, options, .. } = &case.steps[0].question else {
        panic!("elements")
    };
    assert_eq!(answer, options, "act, means and purpose are all present");
    edit(&mut d, DraftEdit::Kind(0, QuestionKind::WhatIf));
    assert!(matches!(d.to_case().steps[0].question, Question::WhatIf { .. }));
    // The prompt is kept across kinds.
    assert_eq!(d.case.steps[0].question.prompt().fr, "De quoi s'agit-il ?");
}

#[test]
fn a_passing_case_is_saved_into_a_new_or_existing_pack() {
    let d = two_step_case();
    let pack = save_into_pack(&PackShelf::default(), "Atelier Agadir", &d, bank_ids(), None).expect("saved");
    assert_eq!(pack.cases.len(), 1);
    let mut shelf = PackShelf::default();
    shelf.install(pack);
    // Saved again after a change, it replaces itself.
    let mut d2 = d.clone();
    text(&mut d2, TextField::Title, "Le verger");
    let pack = save_into_pack(&shelf, "Atelier Agadir", &d2, bank_ids(), None).expect("saved again");
    assert_eq!(pack.cases.len(), 1);
    assert_eq!(pack.cases[0].title.fr, "Le verger");
    // Its id in another pack clashes.
    shelf.install(pack);
    assert!(save_into_pack(&shelf, "Autre pack", &d2, bank_ids(), None).is_err());
    // Its id in the bank clashes.
    let mut d3 = d.clone();
    edit(&mut d3, DraftEdit::CaseId(bank().cases[0].case.id.clone()));
    let problems = live_checks(&d3, &ctx(), None, Locale::Fr);
    assert!(problems.iter().any(|p| p.field == "id"), "{problems:#?}");
}

#[test]
fn a_bank_case_is_copied_with_a_new_id_and_passes_as_it_is() {
    let content = bank();
    let taken = bank_ids();
    for loaded in content.cases.iter().take(5) {
        let d = Draft::copy_of("e-2", &loaded.case, &taken, 5);
        assert_ne!(d.case.id, loaded.case.id);
        assert!(!taken.contains(&d.case.id));
        assert!(d.case.review.is_none());
        assert_eq!(live_checks(&d, &ctx(), None, Locale::En), vec![], "{}", loaded.case.id);
    }
}

#[test]
fn ids_are_made_unique_and_kebab_case() {
    let taken: BTreeSet<String> = ["new-case".to_string(), "new-case-2".to_string()].into();
    assert_eq!(unique_id("new-case", &taken), "new-case-3");
    assert_eq!(unique_id("Le Verger d'Agadir", &taken), "le-verger-d-agadir");
    assert_eq!(unique_id("", &taken), "case");
    assert_eq!(unique_id("العربية", &taken), "case");
}

#[test]
fn two_tabs_editing_drafts_do_not_undo_each_other() {
    let base = two_step_case();
    let mut a = Drafts::default();
    a.put(base.clone());
    let mut b = a.clone();
    // Tab A edits the draft; tab B starts another.
    let mut edited = base.clone();
    edited.apply(
        DraftEdit::Text {
            field: TextField::Title,
            locale: Locale::Fr,
            text: "Nouveau titre".into(),
        },
        base.updated + 10,
    );
    a.put(edited.clone());
    b.put(Draft::blank("e-9", Locale::Ar, &BTreeSet::new(), base.updated + 5));
    let merged = a.merge(&b);
    assert_eq!(merged, b.merge(&a));
    assert_eq!(merged.get("e-1").unwrap().case.title.fr, "Nouveau titre");
    assert!(merged.get("e-9").is_some());
    // A deletion stays a deletion, unless the draft changed after it.
    let mut c = merged.clone();
    c.remove("e-9", base.updated + 20);
    let again = c.merge(&merged);
    assert!(again.get("e-9").is_none());
    let mut later = merged.get("e-9").unwrap().clone();
    later.updated = base.updated + 30;
    let mut d = merged.clone();
    d.put(later);
    assert!(c.merge(&d).get("e-9").is_some());
}

#[test]
fn each_field_is_named_for_the_trainer_in_their_language() {
    use tipsom::domain::editor::field_label;
    assert_eq!(field_label("title.fr", Locale::Fr), "Titre (Français)");
    assert_eq!(
        field_label("steps[1].question.options[0].feedback.ar", Locale::En),
        "Step 2 · Feedback on option 1 (العربية)"
    );
    assert_eq!(
        field_label("steps[0].question.answer", Locale::Fr),
        "Étape 1 · Bonne réponse"
    );
    assert_eq!(field_label("trainer.questions[2]", Locale::En), "Discussion question 3");
    assert_eq!(field_label("something-else", Locale::En), "something-else");
    // Every problem of a blank draft has a name that is not its path.
    let d = Draft::blank("e-1", Locale::Ar, &BTreeSet::new(), 1);
    for p in live_checks(&d, &ctx(), None, Locale::Ar) {
        assert_ne!(field_label(&p.field, Locale::Ar), p.field, "{}", p.field);
    }
}
