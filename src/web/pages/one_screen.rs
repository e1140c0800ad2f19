//! One-screen mode, for a laptop that mirrors its display on the projector: the audience view,
//! with a small control panel that hides (H), and every control on the keyboard.
//!
//! The panel is docked beside the stage, never over it: at the bottom, or at the side (D), in
//! the page's flow, so the stage's type is fitted to the room the panel leaves and no option is
//! ever covered.

use crate::domain::content::ContentKey;
use crate::domain::presenter::{Command, Show};
use crate::i18n::TrainerMsg;
use crate::web::adapters::windows;
use crate::web::components::audience_view::AudienceView;
use crate::web::components::language_switch::LanguageSwitch;
use crate::web::components::show_controls::{keys_help, ShowControls};
use crate::web::hooks::use_show::{use_show, ShowAction};
use crate::web::hooks::use_show_keys::use_show_keys;
use crate::web::hooks::{use_app, use_optional_content};
use crate::web::pages::presenter::{position, room_status};
use crate::web::route::Route;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OneScreenStageProps {
    pub initial: Show,
}

#[function_component(OneScreenStage)]
pub fn one_screen_stage(props: &OneScreenStageProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let model = use_show(props.initial.clone(), false, l, String::new());
    crate::web::hooks::use_show::use_keep_summary(&model.show);
    let panel = use_state(|| true);
    let side = use_state(|| false);
    // At the bottom, the controls used once a session fold under "More", so the panel keeps to
    // three lines; opened, it grows and the stage is fitted again.
    let more = use_state(|| false);
    let on_command = {
        let model = model.clone();
        Callback::from(move |command: Command| model.dispatch(ShowAction::Command(command)))
    };
    let on_letter = {
        let panel = panel.clone();
        let side = side.clone();
        Callback::from(move |c: char| match c {
            'h' => panel.set(!*panel),
            'd' => side.set(!*side),
            'f' => windows::toggle_fullscreen(),
            _ => {}
        })
    };
    use_show_keys(on_command.clone(), on_letter);
    let s = model.show.clone();
    let case_view = use_optional_content(s.current_case().map(|c| ContentKey::Case(c.id.clone())));
    let case = case_view
        .as_ref()
        .and_then(|v| v.doc())
        .and_then(|d| d.as_case())
        .map(|c| Rc::new(c.clone()));
    let question = case
        .as_ref()
        .and_then(|c| c.steps.get(s.step))
        .map(|step| &step.question);
    let option_count = question.map_or(0, |q| q.option_count());
    let has_law = case
        .as_ref()
        .is_some_and(|c| c.effective_facts().get(s.step).is_some_and(|f| f.is_some()));
    let steps = s.current_case().map_or(1, |c| c.steps);
    let toggle = {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| panel.set(!*panel))
    };
    let dock = {
        let side = side.clone();
        Callback::from(move |_: MouseEvent| side.set(!*side))
    };
    let ontoggle = {
        let more = more.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|d| d.has_attribute("open"));
            more.set(open);
        })
    };
    let extra = html! {
        <div class="one-screen__extra">
            <button type="button" class="button" onclick={dock} data-testid="panel-dock">
                { if *side { TrainerMsg::DockBottom.text(l) } else { TrainerMsg::DockSide.text(l) } }
            </button>
            <LanguageSwitch />
            <a href={Route::Trainer.href()} class="button">{ TrainerMsg::LeaveShow.text(l) }</a>
            { keys_help(l, true) }
        </div>
    };
    html! {
        <div class={classes!("one-screen", side.then_some("one-screen--side"))} data-testid="one-screen" data-dock={if *side { "side" } else { "bottom" }}>
            // The stage is fitted again whenever the panel takes another place.
            <AudienceView show={s.clone()} case={case.clone()} locale={l} frame={format!("{}-{}-{}", *panel, *side, *more)} />
            if *panel {
                <aside class="one-screen__panel" data-testid="one-screen-panel" aria-label={TrainerMsg::ControlsLabel.text(l)}>
                    // At the bottom, the deck's name and the room's status are for screen readers only
                    // (the pressed buttons show the status): the line is the show's place.
                    <p class="one-screen__head"><strong class="one-screen__deck" dir="auto">{ &s.deck_name }{ " · " }</strong>{ position(&s, steps, l) }
                        <span class="one-screen__status">{ " · " }<span role="status" data-testid="room-status">{ room_status(&s, l) }</span></span></p>
                    <ShowControls show={s.clone()} {option_count} {has_law} locale={l} {on_command} />
                    <button type="button" class="button" onclick={toggle.clone()} data-testid="panel-hide">{ TrainerMsg::HidePanel.text(l) }</button>
                    if *side {
                        { extra }
                    } else {
                        <details class="one-screen__more" open={*more} {ontoggle}>
                            <summary data-testid="panel-more">{ TrainerMsg::MoreControls.text(l) }</summary>
                            { extra }
                        </details>
                    }
                </aside>
            } else {
                <button type="button" class="one-screen__show" onclick={toggle} data-testid="panel-show">{ TrainerMsg::ShowPanel.text(l) }</button>
            }
        </div>
    }
}
