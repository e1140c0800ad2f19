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
        languages: tipsom::domain::case::all_languages(),
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
        review: None,
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
        minutes: 3,
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

/// Waits `ms` milliseconds, for the browser's own events (a `hashchange`) to arrive.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
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
        sessions: vec![],
        unknown: Default::default(),
    };
    let hash = format!("#/deck/{}", encode(&deck));
    let root = mount_app(learner_routes, &hash, Locale::En).await;
    assert_eq!(
        query("[data-testid=shared-deck] h1").unwrap().text_content().as_deref(),
        Some("Oujda")
    );
    let code = encode(&deck);
    let case = query("[data-testid=shared-cases] li[data-case-id=test-case] a").expect("the case is offered");
    assert_eq!(
        case.get_attribute("href"),
        Some(format!("#/deck/{code}/case/test-case"))
    );
    assert!(root.text_content().unwrap().contains("not-in-this-version"));
    // "Start" opens the first case this version has, in the deck.
    let start = query("[data-testid=deck-start]").expect("Start is the main button");
    assert_eq!(
        start.get_attribute("href"),
        Some(format!("#/deck/{code}/case/test-case"))
    );
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

/// A case opened from a deck names the deck and leads back to it; its last case says the deck is done.
#[wasm_bindgen_test]
async fn a_case_played_from_a_deck_stays_in_the_deck() {
    let _ = LocalStore::new().remove("tipsom");
    let deck = Deck {
        id: "d".into(),
        name: "Oujda".into(),
        cases: vec!["test-case".into(), "not-in-this-version".into()],
        sessions: vec![],
        unknown: Default::default(),
    };
    let code = encode(&deck);
    let root = mount(&format!("#/deck/{code}/case/test-case"), Locale::En).await;
    let bar = query("[data-testid=deck-bar]").expect("the deck is named above the case");
    // A case this version lacks is not counted: the case is the deck's only one.
    assert!(
        bar.text_content().unwrap().contains("Case 1 of 1"),
        "{:?}",
        bar.text_content()
    );
    assert_eq!(
        query("[data-testid=deck-bar-back]").unwrap().get_attribute("href"),
        Some(format!("#/deck/{code}"))
    );
    // Both steps, to the result: the end of the deck, and the way back to it.
    click(".options__list li:first-child label");
    yew::scheduler::flush().await;
    click("form.question button[type=submit]");
    yew::scheduler::flush().await;
    click("[data-testid=next]");
    yew::scheduler::flush().await;
    click(".options__list li:first-child label");
    yew::scheduler::flush().await;
    click("form.question button[type=submit]");
    yew::scheduler::flush().await;
    click("[data-testid=next]");
    yew::scheduler::flush().await;
    assert!(query("[data-testid=case-complete]").is_some());
    assert!(
        query("[data-testid=next-case]").is_none(),
        "no case after the deck's last"
    );
    let end = query("[data-testid=deck-end]").expect("the deck's end is said");
    assert!(end.text_content().unwrap().contains("every case of this deck"));
    assert_eq!(
        query("[data-testid=deck-end-back]").unwrap().get_attribute("href"),
        Some(format!("#/deck/{code}"))
    );
    // Back to the deck (in the same app, which holds the progress just made): the case is done,
    // with its score, and the deck finished.
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("#/deck/{code}"))
        .unwrap();
    pause(50).await;
    yew::scheduler::flush().await;
    let status = query("[data-testid=shared-cases] li[data-case-id=test-case]").unwrap();
    assert_eq!(status.get_attribute("data-status").as_deref(), Some("done"));
    assert!(status.text_content().unwrap().contains("Done: 100%"));
    assert!(query("[data-testid=deck-finished]").is_some());
    let _ = LocalStore::new().remove("tipsom");
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
    // The summary (verdict, why, Next) in the frame of the answer; the rest right after its paint.
    assert!(
        query("[data-testid=feedback] [data-testid=next]").is_some(),
        "the way on at once"
    );
    for _ in 0..50 {
        if query("[data-testid=feedback][data-drawn=whole]").is_some() {
            break;
        }
        pause(20).await;
        yew::scheduler::flush().await;
    }
    let feedback = query("[data-testid=feedback][data-drawn=whole]").expect("the whole feedback follows");
    assert_eq!(
        query(".outcome").unwrap().get_attribute("data-outcome").as_deref(),
        Some("correct")
    );
    let text = feedback.text_content().unwrap();
    assert!(
        text.contains("Trafficking Protocol, Art.\u{A0}3(b)"),
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

/// The learner app at `hash` with these preferences (discreet mode and the like).
async fn mount_with_preferences(hash: &str, preferences: tipsom::domain::progress::Preferences) -> web_sys::Element {
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            outcome: LoadOutcome {
                value: Progress {
                    preferences,
                    ..Progress::default()
                },
                seen: false,
                status: StorageStatus::Saving,
            },
            locale: Locale::Fr,
            initial_docs: docs(Locale::Fr, test_case()),
            packs: None,
            routes: Callback::from(learner_routes as fn(Route) -> Html),
            save_packs: PacksSaving(None),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn discreet() -> tipsom::domain::progress::Preferences {
    tipsom::domain::progress::Preferences {
        discreet: true,
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn discreet_mode_names_the_page_notes_numbers_the_cases_and_swaps_the_icon_and_manifest() {
    let _ = LocalStore::new().remove("tipsom");
    // The links a built page has (the test page has none of its own).
    let head = document().head().unwrap();
    for (rel, href) in [("icon", "./icon-0123.svg"), ("manifest", "manifest.webmanifest")] {
        let link = document().create_element("link").unwrap();
        link.set_attribute("rel", rel).unwrap();
        link.set_attribute("href", href).unwrap();
        link.set_attribute("integrity", "sha384-x").unwrap();
        head.append_child(&link).unwrap();
    }
    let href = |rel: &str| {
        query(&format!("link[rel={rel}]"))
            .unwrap()
            .get_attribute("href")
            .unwrap()
    };
    let root = mount_with_preferences("#/", discreet()).await;
    assert_eq!(document().title(), "Notes");
    assert_eq!(query(".brand").unwrap().text_content().as_deref(), Some("Notes"));
    assert_eq!(
        query(".page--home h1").unwrap().text_content().as_deref(),
        Some("Notes")
    );
    assert!(query(".primer").is_none(), "the primer names the offences");
    assert_eq!(href("icon"), "icons/notes.svg");
    assert_eq!(href("manifest"), "notes.webmanifest");
    assert!(query("link[rel=icon]").unwrap().get_attribute("integrity").is_none());
    // The quick exit keeps its name and leads to the French neutral page.
    let exit = query("[data-testid=quick-exit]").unwrap();
    assert_eq!(exit.text_content().as_deref(), Some("Sortie rapide"));
    assert_eq!(exit.get_attribute("href").as_deref(), Some("the-a-la-menthe.html"));
    root.remove();

    let root = mount_with_preferences("#/cases", discreet()).await;
    assert_eq!(
        query(".case-card__title").unwrap().text_content().as_deref(),
        Some("Cas 1")
    );
    assert!(query(".case-card__summary").is_none());
    assert!(!root.text_content().unwrap().contains("A test case"));
    root.remove();

    // Turned off: the app's own icon and manifest again, integrity included.
    let root = mount_with_preferences("#/cases", Default::default()).await;
    assert_eq!(
        query(".case-card__title").unwrap().text_content().as_deref(),
        Some("A test case")
    );
    assert_eq!(href("icon"), "./icon-0123.svg");
    assert_eq!(href("manifest"), "manifest.webmanifest");
    assert_eq!(
        query("link[rel=icon]").unwrap().get_attribute("integrity").as_deref(),
        Some("sha384-x")
    );
    assert_eq!(document().title(), "Traite ou trafic illicite\u{202F}?");
    root.remove();
    for rel in ["icon", "manifest"] {
        query(&format!("link[rel={rel}]")).unwrap().remove();
    }
}

#[wasm_bindgen_test]
async fn in_discreet_mode_a_case_opens_folded_until_the_learner_asks() {
    let _ = LocalStore::new().remove("tipsom");
    let root = mount_with_preferences("#/case/test-case", discreet()).await;
    let text = root.text_content().unwrap();
    assert!(query("[data-testid=case-folded]").is_some());
    assert!(!text.contains("Amina"), "the story is folded: {text}");
    assert!(!text.contains("A test case"));
    assert_eq!(query("main h1").unwrap().text_content().as_deref(), Some("Cas 1"));
    click("[data-testid=show-text]");
    yew::scheduler::flush().await;
    assert!(root.text_content().unwrap().contains("Amina was promised a job."));
    assert_eq!(query("main h1").unwrap().text_content().as_deref(), Some("Cas 1"));
    root.remove();
}

#[wasm_bindgen_test]
async fn with_leave_no_trail_the_apps_own_moves_add_no_history_entry() {
    let _ = LocalStore::new().remove("tipsom");
    let length = || web_sys::window().unwrap().history().unwrap().length().unwrap();
    let trail = tipsom::domain::progress::Preferences {
        no_trail: Some(true),
        ..Default::default()
    };
    let root = mount_with_preferences("#/cases", trail).await;
    let html = document().document_element().unwrap();
    assert!(
        html.class_list().contains("no-trail"),
        "the page script reads this class"
    );
    let before = length();
    tipsom::web::route::go_to(&Route::Glossary);
    tipsom::web::route::go_to(&Route::Settings);
    assert_eq!(length(), before, "go_to took the current entry's place");
    root.remove();

    // Without it, each move is an entry of its own (so the check above can fail).
    let root = mount_with_preferences("#/cases", Default::default()).await;
    assert!(!html.class_list().contains("no-trail"));
    let before = length();
    tipsom::web::route::go_to(&Route::Glossary);
    tipsom::web::route::go_to(&Route::Cards);
    assert_eq!(length(), before + 2);
    root.remove();
}
