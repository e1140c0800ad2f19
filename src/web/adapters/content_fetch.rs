//! Fetching a piece of content from the app's own origin, once per page: through the page
//! script's shared downloads when it offers them.

use crate::domain::content::{is_content_id, ContentDoc, ContentKey};
use crate::i18n::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Downloads and parses one piece of content, next to the page.
pub async fn fetch(key: &ContentKey, locale: Locale) -> Result<ContentDoc, String> {
    ContentDoc::parse(key, &fetch_text(key, locale).await?)
}

/// Downloads one piece of content as text, for a caller that reads only that kind of piece.
pub async fn fetch_text(key: &ContentKey, locale: Locale) -> Result<String, String> {
    // An id from a link or a message that is not a case id names no file: nothing is asked for.
    if let ContentKey::Case(id) = key {
        if !is_content_id(id) {
            return Err("not a case id".into());
        }
    }
    let window = web_sys::window().ok_or("no window")?;
    let path = key.path(locale);
    // The page script's shared downloads (`assets/boot-lang.js`): a file the page, the home page's
    // module or an earlier call already asked for is not downloaded again.
    if let Some(shared) = js_sys::Reflect::get(&window, &"__tipsomFetch".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let promise = shared
            .call1(&window, &path.as_str().into())
            .map_err(|e| format!("{e:?}"))?;
        let text = JsFuture::from(js_sys::Promise::from(promise))
            .await
            .map_err(|e| format!("{e:?}"))?;
        return text.as_string().ok_or_else(|| "not text".to_string());
    }
    let response = JsFuture::from(window.fetch_with_str(&path))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}
