//! The time and unique ids, from the browser.

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// An id unique across tabs and devices, for attempts.
pub fn unique_id() -> String {
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("a-{}-{random:x}", now() as u64)
}
