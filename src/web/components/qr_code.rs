//! A QR code drawn as inline SVG from the core's modules: made on the device, crisp at any size.

use crate::domain::deck::qr::qr_code;
use yew::prelude::*;

/// Modules of light margin around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// The QR code of `text`, labelled for screen readers with `label`; `too_long` is shown instead
/// when the text does not fit in a QR code.
pub fn qr_code_svg(text: &str, label: String, too_long: &str) -> Html {
    let Some(picture) = qr_code(text) else {
        return html! { <p class="notice notice--info">{ too_long }</p> };
    };
    let side = picture.size + 2 * QUIET_ZONE;
    html! {
        <svg class="qr-code" role="img" aria-label={label} data-testid="qr-code"
            viewBox={format!("0 0 {side} {side}")} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
            <rect width={side.to_string()} height={side.to_string()} fill="#ffffff" />
            <path d={picture.path.clone()} fill="#000000" transform={format!("translate({QUIET_ZONE} {QUIET_ZONE})")} />
        </svg>
    }
}
