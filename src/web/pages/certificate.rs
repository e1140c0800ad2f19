//! A printable, one-page certificate for a completed track, honestly labelled as self-assessed.

use crate::domain::case::Track;
use crate::domain::content::ContentKey;
use crate::domain::learning::track_progress;
use crate::domain::progress::Preferences;
use crate::i18n::placeholders::fill;
use crate::i18n::{labels, Msg};
use crate::web::adapters::clock;
use crate::web::adapters::document;
use crate::web::components::load_status::LoadStatus;
use crate::web::hooks::{use_app, use_content};
use crate::web::state::{Action, ContentView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CertificateProps {
    pub track: String,
}

#[function_component(CertificatePage)]
pub fn certificate_page(props: &CertificateProps) -> Html {
    let app = use_app();
    let l = app.locale;
    let index = use_content(ContentKey::Index);
    let Some(index) = index.doc().and_then(|d| d.as_index().cloned()) else {
        return html! { <div class="page"><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    let Some(track) = Track::from_code(&props.track) else {
        return html! { <div class="page"><h1>{ Msg::NotFoundHeading.text(l) }</h1></div> };
    };
    let p = track_progress(&app.progress, &index.cases, track);
    let (true, Some(score)) = (p.earns_certificate(), p.score) else {
        return html! { <div class="page"><h1>{ Msg::CertificateTitle.text(l) }</h1><p data-testid="certificate-not-earned">{ Msg::CertificateNotEarned.text(l) }</p></div> };
    };
    let name = app.progress.preferences.certificate_name.clone();
    let onname = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let preferences = Preferences {
                certificate_name: document::input_value(&e),
                ..app.progress.preferences.clone()
            };
            app.dispatch(Action::SetPreferences {
                preferences,
                now: clock::now(),
            });
        })
    };
    let onprint = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let date = js_sys::Date::new_0();
    let date = date
        .to_locale_date_string(l.code(), &js_sys::Object::new())
        .as_string()
        .unwrap_or_default();
    html! {
        <div class="page page--certificate">
            <div class="certificate__controls">
                <label for="certificate-name">{ Msg::CertificateName.text(l) }</label>
                <input id="certificate-name" type="text" dir="auto" value={name.clone()} oninput={onname} autocomplete="name" />
                <p><button type="button" class="button button--primary" onclick={onprint}>{ Msg::Print.text(l) }</button></p>
            </div>
            <article class="certificate" data-testid="certificate">
                <h1>{ Msg::CertificateTitle.text(l) }</h1>
                <p class="certificate__body" dir="auto">{ fill(Msg::CertificateBody.text(l), &[
                    ("name", if name.trim().is_empty() { "…" } else { name.trim() }),
                    ("track", labels::track(track, l)),
                    ("score", &score.to_string()),
                ]) }</p>
                <p>{ fill(Msg::CertificateDate.text(l), &[("date", &date)]) }</p>
                <p>{ fill(Msg::CertificateVersion.text(l), &[("version", &index.content_version)]) }</p>
                <p class="certificate__note">{ Msg::CertificateSelfAssessed.text(l) }</p>
            </article>
        </div>
    }
}
