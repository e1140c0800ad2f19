//! The home page before the app: a small module (`tipsom-home`) that brings the static home page
//! of `index.html` to life, so a first visit downloads this, not the whole app.
//!
//! It fills in the learner's progress and the case "Start" opens (for the audience the learner
//! ticks, kept as a preference), switches language, and keeps the quick exit. Everything else is the app's: leaving the home page (any link) loads the app,
//! and so does anything this module does not handle itself (unreadable or newer stored data,
//! content packs, content that fails to load, a new version waiting), by the `tipsom-load-app`
//! event that the page's boot script listens to (`scripts/boot-learner.js`).

use crate::domain::audience::Audience;
use crate::domain::content::{ContentIndex, ContentKey};
use crate::domain::home_summary::HomeSummary;
use crate::domain::progress::Progress;
use crate::domain::route::Route;
use crate::domain::start::start_target;
use crate::i18n::phone_catalogue::{offline_line, start_label};
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, Msg};
use crate::storage::envelope::STORAGE_KEY;
use crate::storage::packs::PACKS_KEY;
use crate::storage::{decode, load, save, Decoded, KeyValueStore, Saved, StorageStatus};
use crate::web::adapters::{clock, content_fetch, document, local_store::LocalStore, quick_exit};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Starts the home page, or hands over to the app at once when the home page needs it.
pub fn start() {
    let store = LocalStore::new();
    let outcome = load(&store);
    let has_packs = store.get(PACKS_KEY).ok().flatten().is_some();
    // Discreet mode: the static page names the app; the app draws the home page in neutral words.
    if outcome.status != StorageStatus::Saving || has_packs || outcome.value.preferences.discreet {
        return hand_over();
    }
    let locale = outcome
        .value
        .preferences
        .locale
        .unwrap_or_else(|| Locale::negotiate(document::browser_languages().iter().map(String::as_str)));
    let gesture = outcome.value.preferences.exit_gesture;
    show(locale, outcome.value);
    listen(gesture);
}

/// Asks the page's boot script for the app.
fn hand_over() {
    announce("tipsom-load-app");
}

/// Tells the page's boot script (`scripts/boot-learner.js`) something, by an event on the window.
fn announce(name: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new(name) {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Fetches the opening of the case Start leads to (`case_id`), through the page script, which
/// knows whether it would be shown (`assets/boot-lang.js`), so a tap on Start shows its story at
/// once; then says the home page is ready, after which the service worker may start its offline
/// download.
fn prefetch_then_ready(case_id: Option<String>) {
    let Some(window) = web_sys::window() else { return };
    let prefetch = js_sys::Reflect::get(&window, &"__tipsomPrefetchStory".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let pending = case_id
        .zip(prefetch)
        .and_then(|(id, f)| f.call1(&window, &id.into()).ok());
    match pending {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            // A failed download only means the story waits for the app.
            let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await;
            announce("tipsom-home-ready");
        }),
        None => announce("tipsom-home-ready"),
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
    // Discreet mode turned on in another tab meanwhile: the app's neutral home page.
    if progress.preferences.discreet {
        return hand_over();
    }
    document::apply_locale(locale);
    document::set_title(Msg::AppName.text(locale));
    // Each language's index is fetched once, however often the page is filled in again.
    if let Some(index) = INDEXES.with(|i| i.borrow().iter().find(|x| x.locale == locale).cloned()) {
        return fill_in(locale, &progress, &index);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = content_fetch::fetch_text(&ContentKey::Index, locale).await;
        match text.and_then(|t| serde_json::from_str::<ContentIndex>(&t).map_err(|e| e.to_string())) {
            Ok(index) => {
                let index = Rc::new(index);
                INDEXES.with(|i| i.borrow_mut().push(index.clone()));
                fill_in(locale, &progress, &index);
            }
            // The app says what failed, and offers to try again.
            _ => hand_over(),
        }
    });
}

thread_local! {
    /// The indexes fetched so far, one per language.
    static INDEXES: RefCell<Vec<Rc<ContentIndex>>> = const { RefCell::new(Vec::new()) };
}

/// The audience ticked on the page (perhaps before this module ran), else the one kept.
fn ticked_audience(shell: &web_sys::Element) -> Option<Audience> {
    shell
        .query_selector(".audience input:checked")
        .ok()
        .flatten()
        .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| Audience::from_code(&input.value()))
}

/// Writes the summary and the Start button into the static page, with the markup the app's home
/// page draws.
fn fill_in(locale: Locale, progress: &Progress, index: &ContentIndex) {
    let Some(shell) = shell(locale) else { return };
    let ids: Vec<&str> = index.cases.iter().map(|c| c.id.as_str()).collect();
    let summary = HomeSummary::of(progress, &ids);
    let summary = &summary;
    let audience = progress.preferences.audience.or_else(|| ticked_audience(&shell));
    // One Start link from now on: the module points it at the case itself.
    each(&shell, ".home__start[data-audience]", |link| link.remove());
    each(&shell, ".audience input", |input| {
        if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
            input.set_checked(Audience::from_code(&input.value()) == audience);
        }
    });
    let target = start_target(progress, &index.cases, audience);
    if let Some(start) = shell.query_selector(".page--home .home__start").ok().flatten() {
        let href = match &target {
            Some(t) => Route::Case { id: t.case_id.clone() }.href(),
            None => Route::Library.href(),
        };
        let _ = start.set_attribute("href", &href);
        start.set_text_content(Some(&start_label(target.as_ref(), locale)));
    }
    prefetch_then_ready(target.as_ref().map(|t| t.case_id.clone()));
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
}

/// The language buttons, the quick exit (with its gesture, if the learner turned it on), and
/// progress saved by another tab.
fn listen(gesture: bool) {
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

    // Who the learner is: kept as a preference (saved as the language is), and Start follows.
    each(&boot, ".audience input", |input| {
        EventListener::new(&input, "change", move |event| {
            let Some(audience) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|input| Audience::from_code(&input.value()))
            else {
                return;
            };
            let store = LocalStore::new();
            let loaded = load(&store);
            let mut progress = loaded.value;
            progress.set_preferences(
                crate::domain::progress::Preferences {
                    audience: Some(audience),
                    ..progress.preferences.clone()
                },
                clock::now(),
            );
            match save(&store, &progress, loaded.seen) {
                Ok(Saved::Written(saved)) => show(current_locale(), saved),
                // The app tells the learner why progress cannot be kept.
                _ => hand_over(),
            }
        })
        .forget();
    });

    // How the offline copy stands, as the service worker reports (the app shows the same line).
    // Each language's page, so switching language shows it too.
    let offline = || {
        let report = crate::web::adapters::offline::read_report();
        for locale in Locale::ALL {
            let Some(line) = shell(locale).and_then(|s| s.query_selector(".offline-status").ok().flatten()) else {
                continue;
            };
            if let Some((class, text)) = offline_line(report, locale) {
                line.set_class_name(class);
                line.set_text_content(Some(&text));
                let _ = line.remove_attribute("hidden");
            }
        }
    };
    offline();
    EventListener::new(&window, "tipsom-offline", move |_| offline()).forget();

    // The menu opens right under the bar, whatever the bar's height, as in the app.
    each(&boot, ".menu-toggle", |button| {
        EventListener::new(&button, "click", move |_| {
            let Some(shell) = shell(current_locale()) else { return };
            let bottom = shell
                .query_selector(".site-header")
                .ok()
                .flatten()
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
                .map_or(0, |h| h.offset_height());
            if let Some(menu) = shell
                .query_selector(".site-menu")
                .ok()
                .flatten()
                .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = menu.style().set_property("--bar-bottom", &format!("{bottom}px"));
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
            quick_exit::leave(current_locale());
        })
        .forget();
    });

    // Escape twice within a second, and the three taps, as in the app (which takes over once it
    // has drawn). The language is the page's at the moment of leaving.
    let here = || document::element_by_id("boot").is_some().then(current_locale);
    quick_exit::on_escape_twice(&doc, here).forget();
    if gesture {
        for listener in quick_exit::on_three_taps(&doc, here) {
            listener.forget();
        }
    }

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
