//! The audience window (the projector): follows the presenter window through `BroadcastChannel`,
//! asks for the show when it opens, and passes clicker keys back to the presenter.

use crate::domain::content::ContentKey;
use crate::i18n::{Msg, TrainerMsg};
use crate::web::adapters::{clock, windows};
use crate::web::components::audience_view::AudienceView;
use crate::web::hooks::use_audience::use_audience;
use crate::web::hooks::use_show_keys::use_show_keys;
use crate::web::hooks::{use_app, use_optional_content};
use crate::web::route::Route;
use crate::web::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// The routes drawn on the whole window, without the site's header and footer: the projector's
/// views, and the presenter window, whose own bar holds what the trainer needs of the header.
pub fn fills_window(route: &Route) -> bool {
    matches!(
        route,
        Route::Audience { .. } | Route::OneScreen { .. } | Route::Present { .. }
    )
}

#[derive(Properties, PartialEq)]
pub struct AudienceProps {
    /// The room key of the presenter window that opened this one (in its address).
    pub room: String,
}

#[function_component(Audience)]
pub fn audience(props: &AudienceProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let (model, remote) = use_audience(props.room.clone());
    let follower = &model.0;

    // The room reads the language the presenter uses.
    {
        let app = app.clone();
        use_effect_with(follower.locale, move |locale| {
            if let Some(locale) = *locale {
                if locale != app.locale {
                    app.dispatch(Action::SetLocale {
                        locale,
                        now: clock::now(),
                    });
                }
            }
        });
    }
    use_show_keys(
        remote,
        Callback::from(|c: char| {
            if c == 'f' {
                windows::toggle_fullscreen();
            }
        }),
    );
    let show = follower.show.clone();
    let case_view = use_optional_content(
        show.as_ref()
            .and_then(|s| s.current_case())
            .map(|c| ContentKey::Case(c.id.clone())),
    );
    let case = case_view
        .as_ref()
        .and_then(|v| v.doc())
        .and_then(|d| d.as_case())
        .map(|c| Rc::new(c.clone()));

    match show {
        Some(show) => html! { <AudienceView {show} {case} locale={l} /> },
        None => {
            let onfull = Callback::from(|_: MouseEvent| windows::toggle_fullscreen());
            html! {
                <div class="stage stage--waiting" data-testid="audience-waiting">
                    <h1 class="stage__title">{ Msg::AppName.text(l) }</h1>
                    <p class="stage__message" role="status">{ TrainerMsg::AudienceWaiting.text(l) }</p>
                    <p>{ if crate::domain::presenter::protocol::is_room_key(&props.room) {
                        TrainerMsg::AudienceWaitingHint.text(l)
                    } else {
                        TrainerMsg::AudienceNoRoom.text(l)
                    } }</p>
                    <p><button type="button" class="button" onclick={onfull}>{ TrainerMsg::FullScreen.text(l) }</button></p>
                </div>
            }
        }
    }
}
