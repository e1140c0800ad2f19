//! The quick exit: hide the page at once, take the app's pages out of the tab's history where the
//! browser allows it, and put the neutral page of the learner's language in their place; by the
//! button, by Escape pressed twice, or by three quick taps on a touch screen (if turned on).

use crate::domain::safety::neutral_page;
use crate::i18n::Locale;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Blanks the page in the same frame, then leaves for the neutral page in place of the app's.
pub fn leave(locale: Locale) {
    let Some(window) = web_sys::window() else { return };
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        // Hiding first means nothing of the app is painted again while the next page loads (or
        // while the history is gone back over). The stylesheet hides `html[data-exiting]` (an
        // inline style would break the CSP).
        let _ = html.set_attribute("data-exiting", "");
    }
    let page = neutral_page(locale);
    if !back_over_this_page(&window, page) {
        let _ = window.location().replace(page);
    }
}

/// Reads a member of a JS object by name (the Navigation API has no web-sys bindings here).
fn member(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls a method of a JS object by name, with at most one argument.
fn call(object: &JsValue, name: &str, arg: Option<&JsValue>) -> Option<JsValue> {
    let f = member(object, name)?.dyn_into::<js_sys::Function>().ok()?;
    match arg {
        Some(arg) => f.call1(object, arg),
        None => f.call0(object),
    }
    .ok()
}

/// The pages of the app opened in this tab by links before this one, in this same document
/// (before "leave no trail" was on, or with it off), are still behind it in the history: with
/// the Navigation API, goes back over them in one step (same document: nothing loads, and the
/// page is hidden), then puts the neutral page in place of the first. Those left ahead of it are
/// dropped by the neutral page itself (`assets/recipe.js`), so neither Back nor Forward finds
/// them. Returns false when there is nothing to go back over, or no Navigation API.
fn back_over_this_page(window: &web_sys::Window, page: &'static str) -> bool {
    let Some(navigation) = member(window, "navigation") else {
        return false;
    };
    let Some(entries) = call(&navigation, "entries", None).and_then(|e| e.dyn_into::<js_sys::Array>().ok()) else {
        return false;
    };
    let Some(current) = member(&navigation, "currentEntry")
        .and_then(|c| member(&c, "index"))
        .and_then(|i| i.as_f64())
        .filter(|i| *i >= 0.0)
        .map(|i| i as u32)
    else {
        return false;
    };
    let same_document = |i: u32| member(&entries.get(i), "sameDocument").and_then(|s| s.as_bool()) == Some(true);
    let mut first = current;
    while first > 0 && same_document(first - 1) {
        first -= 1;
    }
    if first == current {
        return false;
    }
    let Some(key) = member(&entries.get(first), "key") else {
        return false;
    };
    let Some(committed) = call(&navigation, "traverseTo", Some(&key))
        .and_then(|result| member(&result, "committed"))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    // Once there (or, whatever happens, after half a second), the neutral page in its place.
    let done = Rc::new(Cell::new(false));
    let replace = {
        let done = done.clone();
        move || {
            if !done.replace(true) {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace(page);
                }
            }
        }
    };
    let later = replace.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(committed).await;
        replace();
    });
    gloo::timers::callback::Timeout::new(500, later).forget();
    true
}

/// Leaves when Escape is pressed twice within a second, for the neutral page of the language
/// `leaving` gives, as long as it gives one (this page is still the one to leave from). Drop the
/// listener to stop.
pub fn on_escape_twice(
    doc: &web_sys::Document,
    leaving: impl Fn() -> Option<Locale> + 'static,
) -> gloo::events::EventListener {
    let last = Cell::new(0.0);
    gloo::events::EventListener::new(doc, "keydown", move |event| {
        let is_escape = event
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if let Some(locale) = leaving().filter(|_| is_escape) {
            let now = js_sys::Date::now();
            if now - last.get() < 1000.0 {
                leave(locale);
            }
            last.set(now);
        }
    })
}

/// How three taps make a gesture: each a touch that lifts within `TAP_MS` and moves less than
/// `TAP_SLOP` pixels (so scrolling, even fast flicks, never counts), all three within `WITHIN_MS`.
const TAP_MS: f64 = 350.0;
const TAP_SLOP: f64 = 16.0;
const WITHIN_MS: f64 = 1000.0;

/// Where and when the finger on the screen went down, while it may still be a tap.
#[derive(Clone, Copy)]
struct Touch {
    x: f64,
    y: f64,
    at: f64,
}

/// The first finger of a touch event's `touches` (or `changedTouches`), where it is.
fn point(event: &web_sys::TouchEvent, changed: bool) -> Option<(f64, f64)> {
    let list = if changed {
        event.changed_touches()
    } else {
        event.touches()
    };
    let touch = list.get(0)?;
    Some((f64::from(touch.client_x()), f64::from(touch.client_y())))
}

/// Leaves on three quick taps anywhere on the page (one finger each), for the neutral page of
/// the language `leaving` gives, as long as it gives one: a gesture for one hand on a phone,
/// whose thumb reaches the middle of the screen more easily than the button at its top. Drop the
/// listeners to stop.
pub fn on_three_taps(
    doc: &web_sys::Document,
    leaving: impl Fn() -> Option<Locale> + 'static,
) -> [gloo::events::EventListener; 3] {
    let down: Rc<Cell<Option<Touch>>> = Rc::new(Cell::new(None));
    let taps: Rc<RefCell<Vec<f64>>> = Rc::new(RefCell::new(Vec::new()));
    let start = {
        let down = down.clone();
        gloo::events::EventListener::new(doc, "touchstart", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::TouchEvent>() else {
                return;
            };
            // A second finger (a pinch) is not a tap.
            down.set(match (event.touches().length(), point(event, false)) {
                (1, Some((x, y))) => Some(Touch {
                    x,
                    y,
                    at: js_sys::Date::now(),
                }),
                _ => None,
            });
        })
    };
    let moved = {
        let down = down.clone();
        gloo::events::EventListener::new(doc, "touchmove", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::TouchEvent>() else {
                return;
            };
            if let (Some(touch), Some((x, y))) = (down.get(), point(event, false)) {
                if (x - touch.x).hypot(y - touch.y) > TAP_SLOP {
                    down.set(None);
                }
            }
        })
    };
    let end = gloo::events::EventListener::new(doc, "touchend", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::TouchEvent>() else {
            return;
        };
        let (Some(touch), Some((x, y))) = (down.take(), point(event, true)) else {
            return;
        };
        let now = js_sys::Date::now();
        if now - touch.at > TAP_MS || (x - touch.x).hypot(y - touch.y) > TAP_SLOP {
            return;
        }
        let mut taps = taps.borrow_mut();
        taps.retain(|t| now - t < WITHIN_MS);
        taps.push(now);
        if taps.len() >= 3 {
            taps.clear();
            if let Some(locale) = leaving() {
                leave(locale);
            }
        }
    });
    [start, moved, end]
}
