//! Work put off until the browser has painted what is on screen now: the next animation frame,
//! then a task, which runs once that frame's paint is done. What the learner needs first (the
//! feedback's verdict and Next) is drawn in the frame of the answer; the rest follows at once after.
//! And work that measures the page, put just before the next paint.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `f` after the next paint (at once, without a window). A page that is not painting (a
/// tab in the background, a test runner's page) gets no frames: a timeout then calls `f` anyway,
/// so what follows (the record of an answer, its save) never waits for the tab to be shown.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let once: Pending = Rc::new(RefCell::new(Some(Box::new(f))));
    let run = move |once: &Pending| {
        // Taken out before the call: `f` may schedule more work.
        let f = once.borrow_mut().take();
        if let Some(f) = f {
            f();
        }
    };
    let (in_frame, fallback) = (once.clone(), once);
    let task = Closure::once_into_js(move || run(&in_frame));
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            // A timeout set in a frame callback runs after that frame has been painted.
            let _ = w.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
    let late = Closure::once_into_js(move || run(&fallback));
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(late.unchecked_ref(), FALLBACK_MS);
}

/// Work waiting to be done once, by whichever comes first.
type Pending = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// How long `after_paint` waits for a frame before it goes ahead without one.
const FALLBACK_MS: i32 = 100;

/// Calls `f` just before the next paint, once every change of the current task is in the page:
/// a measurement there lays the page out once, for that frame, instead of once now and again
/// for the frame.
pub fn before_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let frame = Closure::once_into_js(f);
    let _ = window.request_animation_frame(frame.unchecked_ref());
}
