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

/// How many minutes this device's clock is ahead of UTC at `ms` (Morocco: +60), for writing a
/// stored time as the trainer's local time.
pub fn utc_offset_minutes(ms: f64) -> i32 {
    let offset = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms)).get_timezone_offset();
    // The browser counts the other way: minutes behind UTC.
    if offset.is_finite() {
        -(offset as i32)
    } else {
        0
    }
}

/// A stored time written in the interface's language, in this device's local time.
pub fn written(ms: f64, l: crate::i18n::Locale) -> String {
    crate::i18n::dates::LocalTime::of(ms, utc_offset_minutes(ms)).written(l)
}
