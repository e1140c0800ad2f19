//! The quick exit: hide the page at once, then replace it (and its history entry) with a neutral page.

/// The neutral page, served from the app's own origin so it works offline and tells no one.
pub const NEUTRAL_PAGE: &str = "exit.html";

/// Blanks the page in the same frame, then leaves without leaving a history entry behind.
pub fn leave() {
    let Some(window) = web_sys::window() else { return };
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        // Hiding first means nothing of the app is painted again while the next page loads.
        // The stylesheet hides `html[data-exiting]` (an inline style would break the CSP).
        let _ = html.set_attribute("data-exiting", "");
    }
    let _ = window.location().replace(NEUTRAL_PAGE);
}

/// Leaves when Escape is pressed twice within a second, as long as `active` says this page is
/// still the one to leave from. Drop the listener to stop.
pub fn on_escape_twice(doc: &web_sys::Document, active: impl Fn() -> bool + 'static) -> gloo::events::EventListener {
    use wasm_bindgen::JsCast;
    let last = std::cell::Cell::new(0.0);
    gloo::events::EventListener::new(doc, "keydown", move |event| {
        let is_escape = event
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if is_escape && active() {
            let now = js_sys::Date::now();
            if now - last.get() < 1000.0 {
                leave();
            }
            last.set(now);
        }
    })
}
