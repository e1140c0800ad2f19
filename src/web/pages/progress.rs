//! The progress page: completion per audience, mastery, today's reviews, calibration, keeping and
//! moving progress, erasing it, and certificates.

use crate::domain::case::Track;
use crate::domain::content::ContentKey;
use crate::domain::learning::{calibration, mastery, review_queue, track_progress};
use crate::domain::safety::case_number;
use crate::i18n::placeholders::fill;
use crate::i18n::safety_catalogue::case_title;
use crate::i18n::{labels, Msg};
use crate::storage::transfer::{export, import, ImportError, ImportReport, MAX_IMPORT_ATTEMPTS, MAX_IMPORT_BYTES};
use crate::web::adapters::files::{download, read_chosen, ReadError};
use crate::web::adapters::{clock, forget};
use crate::web::components::load_status::LoadStatus;
use crate::web::components::mastery_chart::MasteryChart;
use crate::web::components::progress_bar::ProgressBar;
use crate::web::hooks::{use_app, use_content};
use crate::web::route::Route;
use crate::web::state::{Action, ContentView};
use yew::prelude::*;

/// The button that saves progress to a file; also offered by the storage notice.
#[function_component(ExportButton)]
pub fn export_button() -> Html {
    let app = use_app();
    let onclick = {
        let app = app.clone();
        Callback::from(move |_| {
            let name = format!(
                "tipsom-progress-{}.json",
                js_sys::Date::new_0()
                    .to_iso_string()
                    .as_string()
                    .unwrap_or_default()
                    .get(..10)
                    .unwrap_or("")
            );
            let _ = download(&name, &export(&app.progress, clock::now()), "application/json");
        })
    };
    html! { <button type="button" class="button" {onclick} data-testid="export">{ Msg::ExportButton.text(app.locale) }</button> }
}

/// What an import merged and what it refused, in the learner's language.
fn import_report_text(report: &ImportReport, l: crate::i18n::Locale) -> String {
    let n = |v: usize| v.to_string();
    let mut lines = vec![fill(
        Msg::ImportReport.text(l),
        &[
            ("added", &n(report.added)),
            ("known", &n(report.known)),
            ("count", &n(report.progress.attempts.len())),
        ],
    )];
    if report.repeated > 0 {
        lines.push(fill(Msg::ImportRepeated.text(l), &[("repeated", &n(report.repeated))]));
    }
    if report.refused > 0 {
        lines.push(fill(
            Msg::ImportRefused.text(l),
            &[("refused", &n(report.refused)), ("max", &n(MAX_IMPORT_ATTEMPTS))],
        ));
    }
    if report.clamped > 0 {
        lines.push(fill(Msg::ImportClamped.text(l), &[("clamped", &n(report.clamped))]));
    }
    lines.join(" ")
}

#[function_component(ProgressPage)]
pub fn progress_page() -> Html {
    let app = use_app();
    let l = app.locale;
    let index = use_content(ContentKey::Index);
    let import_message = use_state(|| None::<(bool, String)>);
    let confirming = use_state(|| false);
    let input_ref = use_node_ref();

    let onimport = {
        let app = app.clone();
        let import_message = import_message.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |_: Event| {
            let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let app = app.clone();
            let import_message = import_message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = match read_chosen(&input, MAX_IMPORT_BYTES).await {
                    Ok(bytes) => import(&app.progress, &bytes, clock::now()),
                    Err(ReadError::TooLarge) => Err(ImportError::TooLarge),
                    Err(_) => Err(ImportError::Malformed),
                };
                input.set_value("");
                let l = app.locale;
                match result {
                    Ok(report) => {
                        let message = import_report_text(&report, l);
                        app.dispatch(Action::Imported(report.progress));
                        import_message.set(Some((true, message)));
                    }
                    Err(e) => {
                        let msg = match e {
                            ImportError::TooLarge => Msg::ImportTooLarge,
                            ImportError::Malformed => Msg::ImportMalformed,
                            ImportError::Foreign => Msg::ImportForeign,
                            ImportError::FromFuture => Msg::ImportFromFuture,
                        };
                        import_message.set(Some((false, msg.text(l).to_string())));
                    }
                }
            });
        })
    };
    let onforget = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let oncancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let onconfirm = {
        let app = app.clone();
        let confirming = confirming.clone();
        let import_message = import_message.clone();
        Callback::from(move |_| {
            forget::erase_local_storage();
            forget::erase_caches();
            app.dispatch(Action::Forgotten);
            confirming.set(false);
            import_message.set(Some((true, Msg::ForgetDone.text(app.locale).to_string())));
        })
    };

    let Some(index) = index.doc().and_then(|d| d.as_index().cloned()) else {
        return html! { <div class="page"><h1>{ Msg::ProgressHeading.text(l) }</h1><LoadStatus failed={index == ContentView::Failed} /></div> };
    };
    let cases = &index.cases;
    let now = clock::now();
    let mastery = mastery(&app.progress, cases);
    let reviews = review_queue(&app.progress, cases, now);
    let calibration = calibration(&app.progress);
    html! {
        <div class="page page--progress">
            <h1>{ Msg::ProgressHeading.text(l) }</h1>
            <p class="lead">{ Msg::ProgressIntro.text(l) }</p>

            <section aria-labelledby="tracks-heading">
                <h2 id="tracks-heading">{ Msg::TracksHeading.text(l) }</h2>
                <ul class="tracks" role="list" data-testid="tracks">
                    { for Track::ALL.iter().map(|t| {
                        let p = track_progress(&app.progress, cases, *t);
                        html! {
                            <li class="track" data-track={format!("{t:?}")}>
                                <h3>{ labels::track(*t, l) }</h3>
                                <p>
                                    { fill(Msg::TrackLine.text(l), &[("done", &p.done.to_string()), ("total", &p.total.to_string())]) }
                                    if let Some(score) = p.score { { " · " }{ fill(Msg::TrackScore.text(l), &[("score", &score.to_string())]) } }
                                </p>
                                <ProgressBar percent={(p.done * 100).checked_div(p.total).unwrap_or(0)} />
                                if p.earns_certificate() {
                                    <p><a href={Route::Certificate { track: t.code().to_string() }.href()} class="button">{ Msg::CertificateOpen.text(l) }</a></p>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>

            <section aria-labelledby="mastery-heading">
                <h2 id="mastery-heading">{ Msg::MasteryHeading.text(l) }</h2>
                <p>{ Msg::MasteryIntro.text(l) }</p>
                <MasteryChart mastery={mastery} locale={l} />
            </section>

            <section aria-labelledby="review-heading">
                <h2 id="review-heading">{ Msg::ReviewHeading.text(l) }</h2>
                <p>{ Msg::ReviewIntro.text(l) }</p>
                if reviews.is_empty() {
                    <p data-testid="review-none">{ Msg::ReviewNone.text(l) }</p>
                } else {
                    <ul data-testid="review-queue">
                        { for reviews.iter().filter_map(|r| cases.iter().find(|c| c.id == r.case_id)).map(|c| html! {
                            <li><a href={Route::Case { id: c.id.clone() }.href()}>{ case_title(&c.title, case_number(&index, &c.id), app.progress.preferences.discreet, l) }</a></li>
                        }) }
                    </ul>
                }
            </section>

            <section aria-labelledby="calibration-heading">
                <h2 id="calibration-heading">{ Msg::CalibrationHeading.text(l) }</h2>
                if calibration.is_empty() {
                    <p>{ Msg::CalibrationNone.text(l) }</p>
                } else {
                    <ul data-testid="calibration">
                        { for calibration.values().map(|(c, cal)| html! {
                            <li>{ fill(Msg::CalibrationLine.text(l), &[
                                ("level", labels::confidence(*c, l)),
                                ("right", &cal.right.to_string()),
                                ("total", &cal.total.to_string()),
                                ("percent", &cal.percent().unwrap_or(0).to_string()),
                            ]) }</li>
                        }) }
                    </ul>
                }
            </section>

            <section aria-labelledby="keep-heading">
                <h2 id="keep-heading">{ Msg::KeepHeading.text(l) }</h2>
                <p>{ Msg::KeepIntro.text(l) }</p>
                <p class="actions"><ExportButton /></p>
                <p class="file-field">
                    <label for="import-file">{ Msg::ImportLabel.text(l) }</label>
                    <input id="import-file" type="file" accept="application/json,.json" ref={input_ref} onchange={onimport} data-testid="import" />
                </p>
                if let Some((ok, message)) = &*import_message {
                    <p class={if *ok { "notice notice--info" } else { "notice notice--error" }} role="status" data-testid="import-message">{ message }</p>
                }
            </section>

            <section aria-labelledby="forget-heading">
                <h2 id="forget-heading">{ Msg::ForgetHeading.text(l) }</h2>
                <p>{ Msg::ForgetIntro.text(l) }</p>
                <p data-testid="forget-offline">{ crate::i18n::PhoneMsg::ForgetOfflineCopy.text(l) }</p>
                if *confirming {
                    <div class="notice notice--warning" role="alertdialog" aria-labelledby="forget-question">
                        <p id="forget-question">{ Msg::ForgetQuestion.text(l) }</p>
                        <p class="actions">
                            <button type="button" class="button button--danger" onclick={onconfirm} data-testid="forget-confirm">{ Msg::ForgetConfirm.text(l) }</button>
                            <button type="button" class="button" onclick={oncancel}>{ Msg::Cancel.text(l) }</button>
                        </p>
                    </div>
                } else {
                    <p><button type="button" class="button button--danger" onclick={onforget} data-testid="forget">{ Msg::ForgetButton.text(l) }</button></p>
                }
            </section>

            <section aria-labelledby="certificate-heading">
                <h2 id="certificate-heading">{ Msg::CertificateHeading.text(l) }</h2>
                <p>{ Msg::CertificateIntro.text(l) }</p>
            </section>
        </div>
    }
}
