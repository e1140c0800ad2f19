//! `use_show_keys`: the keyboard and presentation clickers drive the show from anywhere on the page.

use crate::domain::presenter::keys::{command_for, letter, KeyPress};
use crate::domain::presenter::Command;
use crate::web::adapters::clock;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether a key press belongs to a form field, where arrows and letters mean typing.
fn in_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.get_attribute("contenteditable").is_some()
        })
}

/// Calls `on_command` for the show's keys and `on_letter` for other letters (the page's own keys,
/// such as `F` for full screen). The key's default action is prevented, so Space on a focused
/// button moves the show instead of pressing the button.
#[hook]
pub fn use_show_keys(on_command: Callback<Command>, on_letter: Callback<char>) {
    // The listener is added once and reads the latest callbacks from here.
    let callbacks = use_mut_ref(|| (on_command.clone(), on_letter.clone()));
    *callbacks.borrow_mut() = (on_command, on_letter);
    use_effect_with((), move |_| {
        let callbacks: Rc<RefCell<(Callback<Command>, Callback<char>)>> = callbacks;
        let listener = web_sys::window().map(|window| {
            EventListener::new_with_options(
                &window,
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if event.repeat() || in_field(event) {
                        return;
                    }
                    let key = event.key();
                    let code = event.code();
                    let press = KeyPress {
                        key: &key,
                        code: &code,
                        shift: event.shift_key(),
                        modified: event.ctrl_key() || event.alt_key() || event.meta_key(),
                    };
                    if let Some(command) = command_for(&press, clock::now()) {
                        event.prevent_default();
                        callbacks.borrow().0.emit(command);
                    } else if let Some(c) = letter(&press).filter(|_| !press.modified) {
                        callbacks.borrow().1.emit(c);
                    }
                },
            )
        });
        move || drop(listener)
    });
}
