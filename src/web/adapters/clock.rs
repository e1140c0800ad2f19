//! The time and unique ids, from the browser.

/// Milliseconds since the Unix epoch; 0 from a clock that gives no number, since a time that is
/// not a number would be stored as `null` and make the saved progress unreadable.
pub fn now() -> f64 {
    let now = js_sys::Date::now();
    if now.is_finite() {
        now
    } else {
        0.0
    }
}

/// An id unique across tabs and devices, for attempts.
pub fn unique_id() -> String {
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("a-{}-{random:x}", now() as u64)
}
