//! Other windows and the screen: the app's own address, opening the audience window, full screen,
//! and copying a link.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The address of the app with `hash` as its route (`#/audience`), keeping any sub-folder.
pub fn app_url(hash: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{hash}")
}

/// Opens `url` in a separate window named `name`, sized for a projector; `false` when a pop-up
/// blocker stopped it.
pub fn open_window(url: &str, name: &str) -> bool {
    web_sys::window()
        .and_then(|w| {
            w.open_with_url_and_target_and_features(url, name, "popup,width=1280,height=720")
                .ok()
        })
        .flatten()
        .is_some()
}

/// Whether the app runs from an address only this computer can reach (phones cannot open it).
pub fn is_local_address() -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let host = location.hostname().unwrap_or_default();
    location.protocol().unwrap_or_default() == "file:"
        || host == "localhost"
        || host.starts_with("127.")
        || host == "[::1]"
}

/// Enters full screen, or leaves it.
pub fn toggle_fullscreen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Copies text to the clipboard; `false` where the clipboard is out of reach (a page served
/// over plain HTTP from another machine has none), so the caller can offer to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}
