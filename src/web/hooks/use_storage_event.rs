//! `use_storage_event`: what another tab writes under one localStorage key, as it happens.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on_change` with the new value (`None` when removed, or when the whole store was cleared)
/// whenever another tab of this origin writes `key`. The browser sends the `storage` event only to
/// the other tabs, never to the writer.
#[hook]
pub fn use_storage_event(key: &'static str, on_change: impl Fn(Option<String>) + 'static) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                match event.key() {
                    Some(k) if k == key => on_change(event.new_value()),
                    // `localStorage.clear()` names no key: every key is gone.
                    None => on_change(None),
                    Some(_) => {}
                }
            })
        });
        move || drop(listener)
    });
}
