//! Span mode's bar above the labels: what the keys do, whether a span snaps
//! to whole words, the spans of the sentence being marked (buttons that put
//! the cursor on one, for the keyboard), a way out; and the live region a
//! screen reader hears as the span cursor moves ("span: <text>, <label>").

use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, SpanMode};
use crate::ui::reading::sentence::SpanPaint;
use yew::prelude::*;

/// Props of [`SpanBar`].
#[derive(Properties, PartialEq)]
pub struct SpanBarProps {
    /// In span mode.
    pub active: bool,
    /// What the cursor is on, said to screen readers.
    pub said: Option<AttrValue>,
    /// Spans may be any range (else whole words).
    pub any_range: bool,
    /// The browser paints highlights.
    pub painted: bool,
    /// The open document has spans.
    pub has_spans: bool,
    /// The sentence being marked and its spans.
    #[prop_or_default]
    pub marking: Option<(usize, Vec<SpanPaint>)>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The bar, the live region and, where highlights are missing, a note.
#[function_component(SpanBar)]
pub fn span_bar(props: &SpanBarProps) -> Html {
    let lang = props.lang;
    let any_range = props.any_range;
    let toggle_snap = props.on_action.reform(move |_: Event| Action::SpanMode(SpanMode::SetAnyRange(!any_range)));
    let done = props.on_action.reform(|_: MouseEvent| Action::SpanMode(SpanMode::Leave));
    let items = props.marking.iter().flat_map(|(index, spans)| spans.iter().map(move |span| (*index, span))).map(|(index, span)| {
        let (start, end) = (span.start, span.end);
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::SpanMode(SpanMode::SetCursor { index, start, end, snap: false }));
        let class = classes!("chip", "span-item", format!("label-{}", span.color.name()), span.suggested.then_some("suggested"));
        html! {
            <li>
                <button type="button" {class} data-span={format!("{start}-{end}")} title={span.said.clone()} {onclick}>
                    <span class="visually-hidden">{ tr(lang, Text::SpanWord) }{ ": " }</span>{ span.name.clone() }{ ": " }<span class="span-quote" dir="rtl">{ span.quote.clone() }</span>
                </button>
            </li>
        }
    });
    html! {
        <>
            <p id="span-status" class="visually-hidden" aria-live="polite" aria-atomic="true">
                { props.said.clone().unwrap_or_default() }
            </p>
            if props.active {
                <div class="span-bar" role="region" aria-label={tr(lang, Text::SpanModeTitle)}>
                    <strong class="span-bar-title">{ tr(lang, Text::SpanModeTitle) }</strong>
                    <span class="span-bar-hint">{ tr(lang, Text::SpanModeHint) }</span>
                    <label class="span-bar-snap">
                        <input type="checkbox" checked={!any_range} onchange={toggle_snap} />
                        { tr(lang, Text::SpanSnapToWords) }
                    </label>
                    if props.marking.as_ref().is_some_and(|(_, spans)| !spans.is_empty()) {
                        <ul class="span-list" aria-label={tr(lang, Text::SpanList)}>{ for items }</ul>
                    }
                    <button type="button" class="quiet" data-action="leave-span-mode" onclick={done}>
                        { tr(lang, Text::SpanModeDone) }
                    </button>
                </div>
            }
            if !props.painted && (props.active || props.has_spans) {
                <p class="span-fallback" role="note">{ tr(lang, Text::SpanNoHighlights) }</p>
            }
        </>
    }
}
