//! The document around the app: language and direction, title, focus, the boot screen.

use crate::i18n::Locale;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// The browser's language preferences, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return vec![];
    };
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `lang` and `dir` on `<html>`, so the whole page, not only the app, mirrors for Arabic.
pub fn apply_locale(locale: Locale) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", locale.code());
        let _ = html.set_attribute("dir", locale.direction().as_str());
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Discreet mode's identity, or the app's own: the tab's icon, the home-screen icon and the web
/// app manifest (the name and icon an install would take). The app's own href, and its integrity
/// (which would not fit the neutral file), wait beside each link to be put back, as the page
/// script that runs first leaves them (`assets/boot-lang.js`).
pub fn set_discreet_identity(on: bool) {
    use crate::domain::safety::{DISCREET_ICON, DISCREET_MANIFEST, DISCREET_TOUCH_ICON};
    let Some(links) = document().and_then(|d| {
        d.query_selector_all(r#"link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]"#)
            .ok()
    }) else {
        return;
    };
    for link in (0..links.length()).filter_map(|i| links.item(i)?.dyn_into::<web_sys::Element>().ok()) {
        let neutral = match link.get_attribute("rel").as_deref() {
            Some("icon") => DISCREET_ICON,
            Some("apple-touch-icon") => DISCREET_TOUCH_ICON,
            _ => DISCREET_MANIFEST,
        };
        let usual = link.get_attribute("data-usual-href");
        match (on, usual) {
            (true, None) => {
                let _ = link.set_attribute("data-usual-href", &link.get_attribute("href").unwrap_or_default());
                if let Some(integrity) = link.get_attribute("integrity") {
                    let _ = link.set_attribute("data-usual-integrity", &integrity);
                    let _ = link.remove_attribute("integrity");
                }
                let _ = link.set_attribute("href", neutral);
            }
            (false, Some(usual)) => {
                if let Some(integrity) = link.get_attribute("data-usual-integrity") {
                    let _ = link.set_attribute("integrity", &integrity);
                    let _ = link.remove_attribute("data-usual-integrity");
                }
                let _ = link.set_attribute("href", &usual);
                let _ = link.remove_attribute("data-usual-href");
            }
            // Already as asked.
            _ => {}
        }
    }
}

/// Whether `<html>` has a class (a preference the page script or the app set on the page).
pub fn has_root_flag(class: &str) -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.class_list().contains(class))
}

/// Removes the HTML-only first screen (home page, case opening or loading bar) once the app is
/// ready to draw; harmless once it is gone.
pub fn remove_boot_screen() {
    if let Some(boot) = element_by_id("boot") {
        boot.remove();
    }
    // The stylesheet hides the app's root while a case's static opening is shown.
    set_root_flag("boot-story", false);
}

/// The value of the `<select>` an event came from; empty if it came from something else.
pub fn select_value(e: &web_sys::Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The value of the `<input>` an event came from; empty if it came from something else.
pub fn input_value(e: &web_sys::Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// The value of the `<input>` or `<textarea>` an event came from; empty if from something else.
pub fn text_value(e: &web_sys::Event) -> String {
    let target = e.target();
    if let Some(area) = target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        return area.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Moves keyboard and screen-reader focus to an element.
pub fn focus(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

/// Adds or removes a class on `<html>`, for preferences that restyle the whole page.
pub fn set_root_flag(class: &str, on: bool) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let list = html.class_list();
        let _ = if on { list.add_1(class) } else { list.remove_1(class) };
    }
}

/// Scrolls an element into view and gives it focus, for a jump within a page (the glossary's
/// letters): the hash holds the route, so a `#letter` link cannot be used.
pub fn jump_to(id: &str) {
    if let Some(element) = element_by_id(id) {
        element.scroll_into_view();
        focus(&element);
    }
}
