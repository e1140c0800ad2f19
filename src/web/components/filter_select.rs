//! A filter menu (audience, verdict, topic...): "All" or one value; used by the library and the deck editor.

use crate::domain::collate::compare;
use crate::domain::order;
use crate::i18n::{Locale, Msg};
use crate::web::adapters::document::select_value;
use yew::prelude::*;

/// A labelled menu of `all`, with "All" (the empty value) first; `onchange` gets the value picked.
pub fn filter_select<T: Copy + PartialEq + std::fmt::Debug + 'static>(
    id: &'static str,
    label: Msg,
    l: Locale,
    all: &[T],
    current: Option<T>,
    name: impl Fn(T) -> &'static str,
    onchange: Callback<Option<T>>,
) -> Html {
    // Options in the page's alphabetical order, as a reader looks for them.
    let mut options = all.to_vec();
    order::sort_by(&mut options, |a, b| compare(name(*a), name(*b), l));
    let parse = options.clone();
    let onchange = Callback::from(move |e: Event| {
        let value = select_value(&e);
        onchange.emit(parse.iter().copied().find(|x| format!("{x:?}") == value));
    });
    html! {
        <div class="filter">
            <label for={id}>{ label.text(l) }</label>
            <select {id} {onchange}>
                <option value="" selected={current.is_none()}>{ Msg::FilterAll.text(l) }</option>
                { for options.iter().map(|x| html! {
                    <option value={format!("{x:?}")} selected={current == Some(*x)}>{ name(*x) }</option>
                }) }
            </select>
        </div>
    }
}
