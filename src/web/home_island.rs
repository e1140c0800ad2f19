//! The home page before the app: a small module (`tipsom-home`) that brings the static home page
//! of `index.html` to life, so a first visit downloads this, not the whole app.
//!
//! It fills in the learner's progress and the case "Start" opens, switches language, and keeps
//! the quick exit. Everything else is the app's: leaving the home page (any link) loads the app,
//! and so does anything this module does not handle itself (unreadable or newer stored data,
//! content packs, content that fails to load, a new version waiting), by the `tipsom-load-app`
//! event that the page's boot script listens to (`scripts/boot-learner.js`).

use crate::domain::content::{ContentIndex, ContentKey};
use crate::domain::home_summary::HomeSummary;
use crate::domain::progress::Progress;
use crate::domain::route::Route;
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, Msg};
use crate::storage::envelope::STORAGE_KEY;
use crate::storage::packs::PACKS_KEY;
use crate::storage::{decode, load, save, Decoded, KeyValueStore, Saved, StorageStatus};
use crate::web::adapters::{clock, content_fetch, document, local_store::LocalStore, quick_exit};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// Starts the home page, or hands over to the app at once when the home page needs it.
pub fn start() {
    let store = LocalStore::new();
    let outcome = load(&store);
    let has_packs = store.get(PACKS_KEY).ok().flatten().is_some();
    if outcome.status != StorageStatus::Saving || has_packs {
        return hand_over();
    }
    let locale = outcome
        .value
        .preferences
        .locale
        .unwrap_or_else(|| Locale::negotiate(document::browser_languages().iter().map(String::as_str)));
    show(locale, outcome.value);
    listen();
}

/// Asks the page's boot script for the app.
fn hand_over() {
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new("tipsom-load-app") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Calls `f` on every element under `root` that matches `selector`.
fn each(root: &web_sys::Element, selector: &str, mut f: impl FnMut(web_sys::Element)) {
    let Ok(list) = root.query_selector_all(selector) else {
        return;
    };
    for element in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()) {
        f(element);
    }
}

/// Options for a listener that may cancel the event (gloo's listeners are passive by default).
fn active() -> EventListenerOptions {
    EventListenerOptions::enable_prevent_default()
}

/// The language of the page, as the page shows it (`<html lang>`).
fn current_locale() -> Locale {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Locale::from_code(&code))
        .unwrap_or_default()
}

/// The static home page of one language; gone once the app has drawn its own.
fn shell(locale: Locale) -> Option<web_sys::Element> {
    document::element_by_id("boot")?
        .query_selector(&format!(".shell[lang=\"{}\"]", locale.code()))
        .ok()
        .flatten()
}

/// Shows the home page in `locale` and fills in the learner's progress once the library's index
/// (of that language only) has arrived.
fn show(locale: Locale, progress: Progress) {
    document::apply_locale(locale);
    document::set_title(if progress.preferences.discreet {
        Msg::DiscreetTitle.text(locale)
    } else {
        Msg::AppName.text(locale)
    });
    wasm_bindgen_futures::spawn_local(async move {
        let text = content_fetch::fetch_text(&ContentKey::Index, locale).await;
        match text.and_then(|t| serde_json::from_str::<ContentIndex>(&t).map_err(|e| e.to_string())) {
            Ok(index) => {
                let ids: Vec<&str> = index.cases.iter().map(|c| c.id.as_str()).collect();
                fill_in(locale, &HomeSummary::of(&progress, &ids));
            }
            // The app says what failed, and offers to try again.
            _ => hand_over(),
        }
    });
}

/// Writes the summary into the static page, with the markup the app's home page draws.
fn fill_in(locale: Locale, summary: &HomeSummary) {
    let Some(shell) = shell(locale) else { return };
    let find = |selector: &str| shell.query_selector(selector).ok().flatten();
    if let Some(line) = find(".page--home .progress-line") {
        let counts = [("done", summary.done.to_string()), ("total", summary.total.to_string())];
        let counts: Vec<(&str, &str)> = counts.iter().map(|(k, v)| (*k, v.as_str())).collect();
        line.set_text_content(Some(&fill(Msg::HomeProgress.text(locale), &counts)));
        line.set_class_name("progress-line");
        let _ = line.remove_attribute("role");
    }
    if let Some(bar) = find(".page--home .progress-bar") {
        let fill_rect = match bar.query_selector(".progress-bar__fill").ok().flatten() {
            Some(rect) => Some(rect),
            None => web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element_ns(Some("http://www.w3.org/2000/svg"), "rect").ok())
                .inspect(|rect| {
                    for (name, value) in [("class", "progress-bar__fill"), ("x", "0"), ("y", "0"), ("height", "4")] {
                        let _ = rect.set_attribute(name, value);
                    }
                    let _ = bar.append_child(rect);
                }),
        };
        if let Some(rect) = fill_rect {
            let _ = rect.set_attribute("width", &summary.percent().min(100).to_string());
        }
    }
    if let (Some(start), Some(next)) = (find(".page--home .actions .button--primary"), &summary.next) {
        let _ = start.set_attribute("href", &Route::Case { id: next.clone() }.href());
    }
}

/// The language buttons, the quick exit, and progress saved by another tab.
fn listen() {
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    let Some(boot) = document::element_by_id("boot") else {
        return;
    };

    // Language: the same preference the app keeps, saved the same way (merged with other tabs').
    each(&boot, ".language-switch button[data-locale]", |button| {
        let Some(locale) = button.get_attribute("data-locale").and_then(|c| Locale::from_code(&c)) else {
            return;
        };
        let _ = button.remove_attribute("disabled");
        EventListener::new(&button, "click", move |_| {
            let store = LocalStore::new();
            let loaded = load(&store);
            let mut progress = loaded.value;
            progress.set_locale(locale, clock::now());
            let Ok(Saved::Written(saved)) = save(&store, &progress, loaded.seen) else {
                // The app tells the learner why progress cannot be kept.
                return hand_over();
            };
            show(locale, saved);
            // The pressed button belongs to the page just hidden: keep focus on the same button.
            let selector = format!("button[data-locale=\"{}\"]", locale.code());
            if let Some(same) = shell(locale).and_then(|s| s.query_selector(&selector).ok().flatten()) {
                document::focus(&same);
            }
        })
        .forget();
    });

    // The skip link moves focus to the page's content, as in the app.
    each(&boot, ".skip-link", |link| {
        EventListener::new_with_options(&link, "click", active(), |event| {
            event.prevent_default();
            if let Some(main) = shell(current_locale()).and_then(|s| s.query_selector("main").ok().flatten()) {
                document::focus(&main);
            }
        })
        .forget();
    });

    // The quick exit: the link works without script; with it, the page is hidden at once.
    each(&boot, ".quick-exit", |link| {
        EventListener::new_with_options(&link, "click", active(), |event| {
            event.prevent_default();
            quick_exit::leave();
        })
        .forget();
    });

    // Escape twice within a second, as in the app (which takes over once it has drawn).
    quick_exit::on_escape_twice(&doc, || document::element_by_id("boot").is_some()).forget();

    // Another tab answered a question or erased progress: show the new figures. What this module
    // cannot show (unreadable or newer data) is the app's to explain, as in `start`.
    EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // A cleared store names no key.
        if event.key().is_some_and(|k| k != STORAGE_KEY) || document::element_by_id("boot").is_none() {
            return;
        }
        match event.new_value().map(|raw| decode(&raw)) {
            Some(Decoded::Current(progress)) => show(current_locale(), progress),
            None => show(current_locale(), Progress::default()),
            Some(_) => hand_over(),
        }
    })
    .forget();
}
