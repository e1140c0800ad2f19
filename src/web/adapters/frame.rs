//! Work put off until the browser has painted what is on screen now: the next animation frame,
//! then a task, which runs once that frame's paint is done. What the learner needs first (the
//! feedback's verdict and Next) is drawn in the frame of the answer; the rest follows at once after.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `f` after the next paint (at once, without a window).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let task = Closure::once_into_js(f);
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            // A timeout set in a frame callback runs after that frame has been painted.
            let _ = w.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}
