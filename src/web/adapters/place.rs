//! The learner's place in a page, kept in the browser's history entry (`history.state`), so Back
//! from a reference card or a glossary term returns to the very step and scroll position left.
//! Scrolling and quiet focus live here too.

use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Whether the learner has moved within this page since it loaded (a link, Back, Forward).
    static MOVED: Cell<bool> = const { Cell::new(false) };
}

/// Called on every change of the address within the page: from then on, a page opened again by
/// Back returns to its place. A page loaded afresh (a reload, an update) opens where progress
/// says, as it always has: the step to answer next.
pub fn moved() {
    MOVED.with(|m| m.set(true));
}

/// The marker of a place of ours in `history.state`: `tipsom-place <key> <step> <scroll y>`.
const MARK: &str = "tipsom-place";

/// Records, in the current history entry, that `key` (a case) was at `step`, scrolled to `y`.
pub fn remember(key: &str, step: usize, y: f64) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // Whole pixels: formatting a float would bring float printing into the wasm (about 20 KB).
        let state = JsValue::from_str(&format!("{MARK} {key} {step} {}", y.max(0.0) as u32));
        // The same address: only the entry's state changes, and no `hashchange` follows.
        let _ = history.replace_state(&state, "");
    }
}

/// The step and scroll position recorded for `key` in the current history entry, if any, once
/// the learner has moved within the page (see [`moved`]).
pub fn recall(key: &str) -> Option<(usize, f64)> {
    if !MOVED.with(Cell::get) {
        return None;
    }
    let state = web_sys::window()?.history().ok()?.state().ok()?.as_string()?;
    let mut parts = state.split(' ');
    if parts.next()? != MARK || parts.next()? != key {
        return None;
    }
    let step = parts.next()?.parse().ok()?;
    let y: u32 = parts.next()?.parse().ok()?;
    Some((step, f64::from(y)))
}

/// How far the page is scrolled down.
pub fn scroll_y() -> f64 {
    web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

pub fn scroll_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Brings the top of an element to the top of the screen, just below the bar that stays there on
/// a phone (whatever its height: large text, a long title).
pub fn scroll_to_start(element: &web_sys::Element) {
    let top = |el: &JsValue| -> Option<f64> {
        // Read by name: no web-sys feature for one rectangle.
        let rect = js_sys::Reflect::get(el, &"getBoundingClientRect".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?
            .call0(el)
            .ok()?;
        js_sys::Reflect::get(&rect, &"top".into()).ok()?.as_f64()
    };
    let bar = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".site-header").ok().flatten())
        .filter(|h| {
            // Only a bar that stays at the top (a phone) hides what scrolls under it.
            web_sys::window()
                .and_then(|w| w.get_computed_style(h).ok().flatten())
                .and_then(|style| style.get_property_value("position").ok())
                .is_some_and(|p| p == "sticky")
        })
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        .map_or(0, |h| h.offset_height());
    match top(element) {
        Some(top) => scroll_to(scroll_y() + top - f64::from(bar) - 8.0),
        None => element.scroll_into_view_with_bool(true),
    }
}

/// Moves focus without scrolling: the page has just been placed where the learner should look.
pub fn focus_quietly(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = html.focus_with_options(&options);
    }
}

/// Whether a click landed on a link (or inside one).
pub fn is_link_click(event: &web_sys::MouseEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .is_some()
}
