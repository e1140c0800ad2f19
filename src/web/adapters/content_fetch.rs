//! Fetching a language's content bundle from the app's own origin.

use crate::domain::case::Bundle;
use crate::i18n::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Downloads and parses `content/<lang>.json`, next to the page.
pub async fn fetch_bundle(locale: Locale) -> Result<Bundle, String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = format!("content/{}.json", locale.code());
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let text = text.as_string().ok_or("not text")?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}
