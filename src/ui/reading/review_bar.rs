//! The review bar: shown while the open document carries suggestions to
//! review, with their count, how to review them and a button that accepts
//! them all (one undoable change).

use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Review};
use yew::prelude::*;

/// Props of [`ReviewBar`].
#[derive(Properties, PartialEq)]
pub struct ReviewBarProps {
    /// Sentences of the open document whose labels are a suggestion.
    pub count: usize,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The bar, or nothing when there is nothing to review.
#[function_component(ReviewBar)]
pub fn review_bar(props: &ReviewBarProps) -> Html {
    if props.count == 0 {
        return html! {};
    }
    let lang = props.lang;
    let accept_all = props.on_action.reform(|_: MouseEvent| Action::Review(Review::AcceptAll));
    html! {
        <section class="review-bar" aria-label={tr(lang, Text::Review)}>
            <p class="review-count">{ reading::suggestions_to_review(lang, props.count) }</p>
            <p class="review-hint keyboard-only">{ tr(lang, Text::ReviewHint) }</p>
            <button type="button" class="primary" data-action="accept-all" onclick={accept_all}>
                { tr(lang, Text::AcceptAllSuggestions) }
            </button>
        </section>
    }
}
