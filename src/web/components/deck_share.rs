//! Sharing a deck: its link, a button to copy it, and its QR code for phones to scan.

use crate::domain::deck::link::share_url;
use crate::domain::deck::Deck;
use crate::i18n::placeholders::fill;
use crate::i18n::{Locale, TrainerMsg};
use crate::web::adapters::windows;
use crate::web::components::qr_code::qr_code_svg;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeckShareProps {
    pub deck: Deck,
    pub locale: Locale,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    ByHand,
}

#[function_component(DeckShare)]
pub fn deck_share(props: &DeckShareProps) -> Html {
    let l = props.locale;
    let url = share_url(&windows::app_url(""), &props.deck);
    let copied = use_state(|| Copied::Not);
    let input_ref = use_node_ref();
    let oncopy = {
        let url = url.clone();
        let copied = copied.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let url = url.clone();
            let copied = copied.clone();
            let input = input_ref.cast::<web_sys::HtmlInputElement>();
            wasm_bindgen_futures::spawn_local(async move {
                if windows::copy_text(&url).await {
                    copied.set(Copied::Yes);
                } else {
                    // No clipboard here: select the link so Ctrl+C copies it.
                    if let Some(input) = input {
                        let _ = input.focus();
                        input.select();
                    }
                    copied.set(Copied::ByHand);
                }
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
        }
    });
    let input_id = format!("share-{}", props.deck.id);
    let name = props.deck.name.clone();
    html! {
        <section class="deck-share" data-testid="deck-share">
            <h3>{ TrainerMsg::ShareHeading.text(l) }</h3>
            <p>{ TrainerMsg::ShareIntro.text(l) }</p>
            <div class="deck-share__body">
                <div class="deck-share__link">
                    <label for={input_id.clone()}>{ TrainerMsg::ShareLinkLabel.text(l) }</label>
                    <input id={input_id} type="url" readonly=true dir="ltr" value={url.clone()} ref={input_ref} {onfocus} data-testid="share-link" />
                    <p class="actions">
                        <button type="button" class="button" onclick={oncopy}>{ TrainerMsg::CopyLink.text(l) }</button>
                    </p>
                    <p role="status" class="deck-share__status">
                        { match *copied {
                            Copied::Not => "",
                            Copied::Yes => TrainerMsg::LinkCopied.text(l),
                            Copied::ByHand => TrainerMsg::CopyByHand.text(l),
                        } }
                    </p>
                    if windows::is_local_address() {
                        <p class="notice notice--warning">{ TrainerMsg::ShareLocalWarning.text(l) }</p>
                    }
                </div>
                { qr_code_svg(&url, fill(TrainerMsg::QrLabel.text(l), &[("name", &name)]), TrainerMsg::QrTooLong.text(l)) }
            </div>
        </section>
    }
}
