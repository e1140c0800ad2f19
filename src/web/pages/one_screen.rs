//! One-screen mode, for a laptop that mirrors its display on the projector: the audience view,
//! with a small control panel that hides (H), and every control on the keyboard.

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
    let panel = use_state(|| true);
    let on_command = {
        let model = model.clone();
        Callback::from(move |command: Command| model.dispatch(ShowAction::Command(command)))
    };
    let on_letter = {
        let panel = panel.clone();
        Callback::from(move |c: char| match c {
            'h' => panel.set(!*panel),
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
    html! {
        <div class="one-screen" data-testid="one-screen">
            <AudienceView show={s.clone()} case={case.clone()} locale={l} />
            if *panel {
                <aside class="one-screen__panel" data-testid="one-screen-panel" aria-label={TrainerMsg::ControlsLabel.text(l)}>
                    <div class="one-screen__head">
                        <p><strong dir="auto">{ &s.deck_name }</strong><br />{ position(&s, steps, l) }<br />
                            <span role="status" data-testid="room-status">{ room_status(&s, l) }</span></p>
                        <button type="button" class="button" onclick={toggle.clone()} data-testid="panel-hide">{ TrainerMsg::HidePanel.text(l) }</button>
                    </div>
                    <ShowControls show={s.clone()} {option_count} {has_law} locale={l} {on_command} />
                    { keys_help(l, true) }
                    <div class="one-screen__foot">
                        <LanguageSwitch />
                        <a href={Route::Trainer.href()} class="button">{ TrainerMsg::LeaveShow.text(l) }</a>
                    </div>
                </aside>
            } else {
                <button type="button" class="one-screen__show" onclick={toggle} data-testid="panel-show">{ TrainerMsg::ShowPanel.text(l) }</button>
            }
        </div>
    }
}
