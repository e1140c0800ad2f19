//! `#/start` and `#/start/<audience>`: where the home page's "Start" leads. The static home page
//! links here before its module has run, so a tap made early still lands on the right case; the
//! audience named in the address is kept as the learner's preference.

use crate::domain::audience::Audience;
use crate::domain::content::ContentKey;
use crate::domain::progress::Preferences;
use crate::domain::start::start_target;
use crate::web::adapters::clock;
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::{use_app, use_content};
use crate::web::route::{replace_with, Route};
use crate::web::state::{Action, ContentView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartPageProps {
    #[prop_or_default]
    pub audience: Option<String>,
}

#[function_component(StartPage)]
pub fn start_page(props: &StartPageProps) -> Html {
    let app = use_app();
    let index = use_content(ContentKey::Index);
    let cases = index.doc().and_then(|d| d.as_index()).map(|i| i.cases.clone());
    {
        let app = app.clone();
        let named = props.audience.as_deref().and_then(Audience::from_code);
        use_effect_with(cases, move |cases| {
            let Some(cases) = cases else { return };
            let audience = named.or(app.progress.preferences.audience);
            if named.is_some() && named != app.progress.preferences.audience {
                app.dispatch(Action::SetPreferences {
                    preferences: Preferences {
                        audience: named,
                        ..app.progress.preferences.clone()
                    },
                    now: clock::now(),
                });
            }
            replace_with(&match start_target(&app.progress, cases, audience) {
                Some(target) => Route::Case { id: target.case_id },
                None => Route::Library,
            });
        });
    }
    html! { <div class="page"><LoadStatus failed={index == ContentView::Failed} /></div> }
}
