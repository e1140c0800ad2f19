//! The room screen: the slide a trainer puts on the projector so that participants open the deck on
//! their phones: the deck's link as a QR code a third of the screen high or more (readable from the
//! back of a room), the address in large type, and the room's Wi-Fi with a QR code that joins it.

use crate::domain::presenter::Show;
use crate::i18n::{Locale, TrainerMsg};
use crate::web::components::qr_code::qr_code_svg;
use yew::prelude::*;

/// The address without its scheme, and without the deck's code: what a participant can type.
fn short_address(link: &str) -> String {
    let without_scheme = link.split_once("://").map_or(link, |(_, rest)| rest);
    without_scheme
        .split('#')
        .next()
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_string()
}

pub fn room_screen(show: &Show, l: Locale) -> Html {
    let join = show.wifi.join_code();
    html! {
        <div class="stage stage--room" data-testid="room-screen">
            <h1 class="stage__title" dir="auto">{ &show.deck_name }</h1>
            <div class="room-screen">
                <figure class="room-screen__code">
                    { qr_code_svg(&show.link, TrainerMsg::RoomScreenQrLabel.text(l).to_string(), TrainerMsg::QrTooLong.text(l)) }
                    <figcaption>
                        <span>{ TrainerMsg::RoomScreenScan.text(l) }</span>
                        <span class="room-screen__address" dir="ltr" data-testid="room-address">{ short_address(&show.link) }</span>
                    </figcaption>
                </figure>
                if let Some(code) = join {
                    <figure class="room-screen__code room-screen__code--wifi">
                        { qr_code_svg(&code, TrainerMsg::RoomScreenWifiQrLabel.text(l).to_string(), "") }
                        <figcaption data-testid="room-wifi">
                            <span>{ TrainerMsg::RoomScreenWifi.text(l) }</span>
                            <span class="room-screen__address" dir="auto">{ &show.wifi.name }</span>
                            if !show.wifi.password.is_empty() {
                                <span>{ TrainerMsg::RoomScreenPassword.text(l) }</span>
                                <span class="room-screen__address" dir="ltr">{ &show.wifi.password }</span>
                            }
                        </figcaption>
                    </figure>
                }
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::short_address;

    #[test]
    fn the_address_to_type_has_no_scheme_and_no_deck_code() {
        assert_eq!(
            short_address("http://192.168.1.20:8080/#/deck/1.T3VqZGE.a"),
            "192.168.1.20:8080"
        );
        assert_eq!(
            short_address("https://example.org/tipsom/#/deck/x"),
            "example.org/tipsom"
        );
    }
}
