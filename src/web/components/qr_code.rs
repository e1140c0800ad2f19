//! A QR code drawn as inline SVG from the core's modules: made on the device, crisp at any size.

use crate::domain::deck::qr::qr_code;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub text: String,
    /// What the code holds, for screen readers.
    pub label: String,
    /// Shown instead when the text is too long for a QR code.
    pub too_long: String,
}

/// Modules of light margin around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

#[function_component(QrCode)]
pub fn qr_code_view(props: &QrCodeProps) -> Html {
    let picture = use_memo(props.text.clone(), |text| qr_code(text));
    let Some(picture) = picture.as_ref() else {
        return html! { <p class="notice notice--info">{ &props.too_long }</p> };
    };
    let side = picture.size + 2 * QUIET_ZONE;
    html! {
        <svg class="qr-code" role="img" aria-label={props.label.clone()} data-testid="qr-code"
            viewBox={format!("0 0 {side} {side}")} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
            <rect width={side.to_string()} height={side.to_string()} fill="#ffffff" />
            <path d={picture.path.clone()} fill="#000000" transform={format!("translate({QUIET_ZONE} {QUIET_ZONE})")} />
        </svg>
    }
}
