//! A progress bar drawn as SVG: its width is an attribute, not an inline style, so a strict
//! Content-Security-Policy (no `unsafe-inline` styles) allows it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// 0 to 100.
    pub percent: usize,
}

#[function_component(ProgressBar)]
pub fn progress_bar(props: &ProgressBarProps) -> Html {
    let width = props.percent.min(100).to_string();
    html! {
        <svg class="progress-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="progress-bar__track" x="0" y="0" width="100" height="4" />
            <rect class="progress-bar__fill" x="0" y="0" {width} height="4" />
        </svg>
    }
}
