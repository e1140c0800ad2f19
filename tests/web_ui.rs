//! Browser tests of the web layer, in headless Chromium: the real components and adapters.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeSet;
use std::rc::Rc;
use tipsom::domain::case::{ActionOption, Case, FrameVerdicts, LocalCase, Question, Step, Track, TrainerNotes};
use tipsom::domain::content::{CaseSummary, ContentDoc, ContentIndex, ContentKey};
use tipsom::domain::deck::link::encode;
use tipsom::domain::deck::Deck;
use tipsom::domain::facts::{Act, Facts, Means, Purpose};
use tipsom::domain::frame::Frame;
use tipsom::domain::progress::Progress;
use tipsom::domain::verdict::Verdict;
use tipsom::i18n::Locale;
use tipsom::storage::{KeyValueStore, LoadOutcome, StorageStatus};
use tipsom::web::adapters::local_store::LocalStore;
use tipsom::web::app::{App, AppProps, PacksSaving};
use tipsom::web::route::Route;
use tipsom::web::surface::{learner_routes, trainer_routes};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::{Callback, Html};

wasm_bindgen_test_configure!(run_in_browser);

fn facts() -> Facts {
    Facts {
        acts: BTreeSet::from([Act::Recruitment]),
        means: BTreeSet::from([Means::Deception]),
        purposes: BTreeSet::from([Purpose::ForcedLabour]),
        consent: true,
        ..Facts::default()
    }
}

fn test_case() -> LocalCase {
    Case {
        id: "test-case".to_string(),
        version: 1,
        tracks: vec![Track::Justice],
        topics: vec![],
        title: "A test case".to_string(),
        summary: "Summary".to_string(),
        content_warning: None,
        steps: vec![
            Step {
                text: "Amina was promised a job.".to_string(),
                facts: Some(facts()),
                verdict: Some(FrameVerdicts {
                    international: Verdict::Trafficking,
                    morocco: Verdict::Trafficking,
                }),
                question: Question::Classify {
                    prompt: "What is it?".into(),
                    frame: Frame::International,
                    answer: Verdict::Trafficking,
                },
                explanation: "Deception voids consent.".into(),
            },
            Step {
                text: "She asks for help.".to_string(),
                facts: None,
                verdict: None,
                question: Question::Action {
                    prompt: "What do you do?".into(),
                    multiple: false,
                    options: vec![
                        ActionOption {
                            text: "Listen in private".into(),
                            correct: true,
                            feedback: "Yes.".into(),
                        },
                        ActionOption {
                            text: "Call the employer".into(),
                            correct: false,
                            feedback: "No.".into(),
                        },
                    ],
                },
                explanation: "Safety first.".into(),
            },
        ],
        trainer: TrainerNotes {
            point: "Point".into(),
            questions: vec!["Q?".into()],
        },
        sources: vec![],
        glossary: vec![],
    }
}

/// The index and the case, as the app would download them.
fn docs(locale: Locale, case: LocalCase) -> Vec<((Locale, ContentKey), Rc<ContentDoc>)> {
    let summary = CaseSummary {
        id: case.id.clone(),
        version: case.version,
        tracks: case.tracks.clone(),
        topics: vec![],
        title: case.title.clone(),
        summary: case.summary.clone(),
        content_warning: false,
        steps: case.steps.len(),
        verdict: Some(Verdict::Trafficking),
        concepts: vec![vec![]; case.steps.len()],
        pack: String::new(),
    };
    let index = ContentIndex {
        locale,
        content_version: "test".into(),
        cases: vec![summary],
    };
    vec![
        ((locale, ContentKey::Index), Rc::new(ContentDoc::Index(index))),
        (
            (locale, ContentKey::Case(case.id.clone())),
            Rc::new(ContentDoc::Case(Box::new(case))),
        ),
    ]
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn query(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).unwrap()
}

fn click(selector: &str) {
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

/// An app at `hash`, started from this storage outcome and these packs.
fn mount_with(
    hash: &str,
    status: StorageStatus,
    packs: Option<tipsom::storage::packs::PacksOutcome>,
    trainer: bool,
) -> web_sys::Element {
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let (routes, save_packs): (fn(Route) -> Html, _) = if trainer {
        (trainer_routes, PacksSaving(Some(tipsom::storage::packs::save_packs)))
    } else {
        (learner_routes, PacksSaving(None))
    };
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            outcome: LoadOutcome {
                value: Progress::default(),
                seen: false,
                status,
            },
            locale: Locale::En,
            initial_docs: docs(Locale::En, test_case()),
            packs,
            routes: Callback::from(routes),
            save_packs,
        },
    )
    .render();
    root
}

async fn mount(hash: &str, locale: Locale) -> web_sys::Element {
    mount_app(learner_routes, hash, locale).await
}

/// The learner app (`learner_routes`) or the trainer app (`trainer_routes`) at `hash`.
async fn mount_app(routes: fn(Route) -> Html, hash: &str, locale: Locale) -> web_sys::Element {
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let outcome = LoadOutcome {
        value: Progress::default(),
        seen: false,
        status: StorageStatus::Saving,
    };
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            outcome,
            locale,
            initial_docs: docs(locale, test_case()),
            packs: None,
            routes: Callback::from(routes),
            save_packs: PacksSaving(None),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn a_shared_deck_is_played_in_the_learner_app_and_saved_in_the_trainer_app() {
    let deck = Deck {
        id: "d".into(),
        name: "Oujda".into(),
        cases: vec!["test-case".into(), "not-in-this-version".into()],
        unknown: Default::default(),
    };
    let hash = format!("#/deck/{}", encode(&deck));
    let root = mount_app(learner_routes, &hash, Locale::En).await;
    assert_eq!(
        query("[data-testid=shared-deck] h1").unwrap().text_content().as_deref(),
        Some("Oujda")
    );
    let case = query("[data-testid=shared-cases] li[data-case-id=test-case] a").expect("the case is offered");
    assert_eq!(case.get_attribute("href").as_deref(), Some("#/case/test-case"));
    assert!(root.text_content().unwrap().contains("not-in-this-version"));
    // No decks here: saving is a link to the same deck in the trainer app.
    assert!(query("[data-testid=save-deck]").is_none());
    let save = query("[data-testid=save-in-trainer]").expect("the trainer app is offered");
    assert_eq!(save.get_attribute("href"), Some(format!("trainer.html{hash}")));
    root.remove();

    let _ = LocalStore::new().remove("tipsom.decks");
    let root = mount_app(trainer_routes, &hash, Locale::En).await;
    assert!(query("[data-testid=save-in-trainer]").is_none());
    click("[data-testid=save-deck]");
    yew::scheduler::flush().await;
    assert!(query("[data-testid=deck-saved]").is_some());
    let stored = LocalStore::new()
        .get("tipsom.decks")
        .unwrap()
        .expect("the deck is saved");
    assert!(stored.contains("Oujda"));
    let _ = LocalStore::new().remove("tipsom.decks");
    root.remove();
}

#[wasm_bindgen_test]
fn local_store_round_trips_through_real_local_storage() {
    let store = LocalStore::new();
    store.set("tipsom.test", "value").unwrap();
    assert_eq!(store.get("tipsom.test").unwrap().as_deref(), Some("value"));
    assert!(store.keys().unwrap().contains(&"tipsom.test".to_string()));
    store.remove("tipsom.test").unwrap();
    assert_eq!(store.get("tipsom.test").unwrap(), None);
}

#[wasm_bindgen_test]
async fn answering_shows_feedback_from_the_legal_engine_and_saves_the_attempt() {
    let _ = LocalStore::new().remove("tipsom");
    let root = mount("#/case/test-case", Locale::En).await;
    assert!(root.text_content().unwrap().contains("Amina was promised a job."));
    // Nothing picked: the check button asks for a choice instead of scoring.
    click("form.question button[type=submit]");
    yew::scheduler::flush().await;
    assert!(query(".question__error").is_some());
    // Trafficking is the first verdict option.
    click(".options__list li:first-child label");
    yew::scheduler::flush().await;
    click("form.question button[type=submit]");
    yew::scheduler::flush().await;
    let feedback = query("[data-testid=feedback]").expect("feedback is shown");
    assert_eq!(
        query(".outcome").unwrap().get_attribute("data-outcome").as_deref(),
        Some("correct")
    );
    let text = feedback.text_content().unwrap();
    assert!(
        text.contains("Trafficking Protocol, Art. 3(b)"),
        "consent note cites Art. 3(b): {text}"
    );
    assert!(text.contains("deception"));
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("data-testid"))
            .as_deref(),
        Some("feedback")
    );
    // The save effect wrote the attempt to localStorage.
    let stored = LocalStore::new().get("tipsom").unwrap().expect("progress saved");
    assert!(stored.contains("test-case"));
    root.remove();
}

#[wasm_bindgen_test]
async fn arabic_sets_direction_and_language_on_the_page() {
    let root = mount("#/", Locale::Ar).await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    // Switching to French from the header flips it back.
    click(".language-switch button[data-locale=fr]");
    yew::scheduler::flush().await;
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("fr"));
    root.remove();
}

#[wasm_bindgen_test]
async fn texts_are_rendered_as_text_never_as_html() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/case/test-case")
        .unwrap();
    let mut case = test_case();
    case.steps[0].text = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>".into();
    case.title = "<a href=\"javascript:window.__pwned=3\">click</a>".into();
    case.steps[0].explanation = "javascript:window.__pwned=4".into();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let outcome = LoadOutcome {
        value: Progress::default(),
        seen: false,
        status: StorageStatus::Saving,
    };
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            outcome,
            locale: Locale::En,
            initial_docs: docs(Locale::En, case),
            packs: None,
            routes: Callback::from(learner_routes),
            save_packs: PacksSaving(None),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".case__story img").unwrap().is_none());
    assert!(
        root.query_selector("script").unwrap().is_none(),
        "no script element was created"
    );
    assert!(
        root.query_selector("a[href^='javascript:']").unwrap().is_none(),
        "no javascript: link was created"
    );
    assert!(
        root.text_content().unwrap().contains("<a href=\"javascript:"),
        "the title is shown as text"
    );
    assert!(root.text_content().unwrap().contains("<img src=x"));
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_packs_cases_are_in_the_library_with_its_name_play_and_show_their_texts_as_text() {
    use tipsom::domain::pack::{read_pack, PackContext, PackShelf};
    use tipsom::storage::packs::PacksOutcome;
    let mut value: serde_json::Value = serde_json::from_str(include_str!("fixtures/packs/valid.json")).unwrap();
    value["cases"][0]["title"]["en"] = serde_json::json!("<b>Bold</b> orchard <img src=x>");
    let pack = read_pack(&serde_json::to_vec(&value).unwrap(), &PackContext::default()).unwrap();
    let mut shelf = PackShelf::default();
    shelf.install(pack);
    let mount_with_pack = |hash: &str| {
        let packs = PacksOutcome {
            value: shelf.clone(),
            seen: false,
            status: StorageStatus::Saving,
        };
        mount_with(hash, StorageStatus::Saving, Some(packs), true)
    };
    let root = mount_with_pack("#/cases");
    yew::scheduler::flush().await;
    let card = root
        .query_selector("[data-case-id=\"workshop-agadir-orchard\"]")
        .unwrap()
        .expect("the pack's case is in the library");
    assert!(card.text_content().unwrap().contains("Agadir workshop"));
    assert!(card.text_content().unwrap().contains("<b>Bold</b> orchard <img src=x>"));
    assert!(card.query_selector("b, img").unwrap().is_none());
    assert!(root.query_selector("[data-case-id=\"test-case\"]").unwrap().is_some());
    root.remove();

    let root = mount_with_pack("#/case/workshop-agadir-orchard");
    yew::scheduler::flush().await;
    let player = root
        .query_selector("[data-testid=\"case-player\"]")
        .unwrap()
        .expect("the pack's case plays");
    assert!(player.text_content().unwrap().contains("Youssef"));
    root.remove();
}

// Issue "Nothing lost, nothing crashes", item 5: backups of values with lone surrogates were not
// identical to the original (a Rust `String` cannot hold them; the copy is made in JavaScript).
#[wasm_bindgen_test]
fn a_backup_is_the_stored_value_exactly_even_with_lone_surrogates() {
    use tipsom::storage::slot::back_up;
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    let _ = storage.clear();
    // "{\uD800x" written by JavaScript: not valid UTF-16, read lossily by Rust as "{\u{FFFD}x".
    let lone: wasm_bindgen::JsValue = js_sys::eval("'{\\uD800x'").unwrap();
    let set = js_sys::Reflect::get(&storage, &"setItem".into()).unwrap();
    js_sys::Function::from(set)
        .call2(&storage, &"tipsom".into(), &lone)
        .unwrap();
    let store = LocalStore::new();
    let lossy = store.get("tipsom").unwrap().unwrap();
    let key = back_up(&store, "tipsom", "tipsom.backup.", &lossy).unwrap();
    let get = js_sys::Reflect::get(&storage, &"getItem".into()).unwrap();
    let copy = js_sys::Function::from(get)
        .call1(&storage, &key.clone().into())
        .unwrap();
    assert_eq!(copy, lone, "the backup holds the lone surrogate, not U+FFFD");
    // A second value differing only there gets its own backup; the same value, none more.
    js_sys::Function::from(js_sys::Reflect::get(&storage, &"setItem".into()).unwrap())
        .call2(&storage, &"tipsom".into(), &"{\u{FFFD}x".into())
        .unwrap();
    let other = back_up(&store, "tipsom", "tipsom.backup.", &lossy).unwrap();
    assert_ne!(other, key);
    assert_eq!(back_up(&store, "tipsom", "tipsom.backup.", &lossy).unwrap(), other);
    let _ = storage.clear();
}

/// Sends this window a `storage` event, as the browser does when another tab writes.
fn storage_event(key: Option<&str>, new_value: Option<&str>) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(key);
    init.set_new_value(new_value);
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

// Item 1: "Forget me" in another tab arrives as a removed key (or a cleared store); this tab starts
// afresh and says so, instead of writing everything back at its next answer.
#[wasm_bindgen_test]
async fn forget_me_in_another_tab_empties_this_one() {
    let _ = LocalStore::new().remove("tipsom");
    let root = mount("#/case/test-case", Locale::Fr).await;
    click(".options__list li:first-child label");
    yew::scheduler::flush().await;
    click("form.question button[type=submit]");
    yew::scheduler::flush().await;
    assert!(
        LocalStore::new().get("tipsom").unwrap().is_some(),
        "the answer was saved"
    );
    // The other tab erases everything.
    LocalStore::new().remove("tipsom").unwrap();
    storage_event(Some("tipsom"), None);
    yew::scheduler::flush().await;
    let notice = query("[data-testid=storage-notice]").expect("the erasure is said");
    assert!(
        notice.text_content().unwrap().contains("M’oublier"),
        "{:?}",
        notice.text_content()
    );
    root.remove();
    // Nothing of the forgotten progress came back.
    assert_eq!(LocalStore::new().get("tipsom").unwrap(), None);
    // `localStorage.clear()` names no key: the same.
    let root = mount("#/", Locale::En).await;
    storage_event(None, None);
    yew::scheduler::flush().await;
    assert!(query("[data-testid=storage-notice]").is_some());
    root.remove();
}

// Item 11: the learner app played stored packs that the trainer app's checks refuse, and said
// nothing when stored packs were unreadable.
#[wasm_bindgen_test]
async fn the_learner_app_sets_aside_a_stored_pack_that_fails_the_checks_and_says_why() {
    use tipsom::storage::packs::{load_packs, PACKS_KEY};
    let mut pack: serde_json::Value = serde_json::from_str(include_str!("fixtures/packs/valid.json")).unwrap();
    pack["cases"][0]["steps"][0]["question"]["answer"] = serde_json::json!("neither");
    let envelope = serde_json::json!({"app": "tipsom", "kind": "packs", "schema": 1, "packs": [pack]});
    let store = LocalStore::new();
    store.set(PACKS_KEY, &envelope.to_string()).unwrap();
    let packs = load_packs(&store);
    assert!(packs.value.installed.is_empty(), "the learner app checks the pack too");
    let root = mount_with("#/cases", StorageStatus::Saving, Some(packs), false);
    yew::scheduler::flush().await;
    let notice = query("[data-testid=packs-notice]").expect("the learner is told");
    let text = notice.text_content().unwrap();
    assert!(text.contains("Agadir workshop") && text.contains("not shown"), "{text}");
    assert!(root
        .query_selector("[data-case-id=\"workshop-agadir-orchard\"]")
        .unwrap()
        .is_none());
    root.remove();
    store.remove(PACKS_KEY).unwrap();
}

// Item 14: "cannot be saved" stayed on screen after saving worked again.
#[wasm_bindgen_test]
async fn the_cannot_be_saved_notice_goes_once_a_save_works() {
    let _ = LocalStore::new().remove("tipsom");
    let root = mount_with("#/case/test-case", StorageStatus::Unavailable, None, false);
    yew::scheduler::flush().await;
    assert!(
        query("[data-testid=storage-notice]").is_some(),
        "the notice is shown at first"
    );
    click(".options__list li:first-child label");
    yew::scheduler::flush().await;
    click("form.question button[type=submit]");
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    assert!(LocalStore::new().get("tipsom").unwrap().is_some(), "saved");
    assert!(
        query("[data-testid=storage-notice]").is_none(),
        "and the notice is gone"
    );
    root.remove();
    let _ = LocalStore::new().remove("tipsom");
}
