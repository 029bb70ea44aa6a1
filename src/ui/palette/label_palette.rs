//! The label palette: one button a label (click toggles it on the
//! selection), its key, how often it is used, and a filter toggle. In span
//! mode it shows the labels for spans, numbered as their keys are, and a
//! click marks the span being made.

use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::labels::{LabelId, LabelSet, Target};
use crate::core::state::{Action, Annotate, Panel, Panels, Select, SpanMode};
use crate::ui::dialogs::label_editor::lock_icon;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`LabelPalette`].
#[derive(Properties, PartialEq)]
pub struct LabelPaletteProps {
    /// The label set.
    pub labels: Rc<LabelSet>,
    /// Sentences (spans, in span mode) of the open document carrying each
    /// label, in palette order.
    pub counts: Rc<Vec<usize>>,
    /// What the label keys act on.
    #[prop_or(Target::Sentences)]
    pub target: Target,
    /// The active filter.
    pub filter: Option<LabelId>,
    /// Whether the exercise locks the label set: the edit button then shows
    /// a padlock and opens the label set read-only.
    #[prop_or_default]
    pub locked: bool,
    /// Whether there is a change to undo (the palette's own Undo, for a
    /// phone, where the tools are below the text).
    #[prop_or_default]
    pub can_undo: bool,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
    /// Shown above the labels (span mode's bar).
    #[prop_or_default]
    pub children: Html,
}

/// The palette.
#[function_component(LabelPalette)]
pub fn label_palette(props: &LabelPaletteProps) -> Html {
    let lang = props.lang;
    let spans = props.target == Target::Spans;
    let shown = props.labels.labels.iter().enumerate().filter(|(_, label)| label.scope.applies_to(props.target));
    // A label keeps its key (its place in the whole set) in both modes.
    let items = shown.map(|(position, label)| {
        let id = label.id;
        let name = label.display_name(lang).to_string();
        let toggle = props.on_action.reform(move |_: MouseEvent| {
            if spans {
                Action::SpanMode(SpanMode::ToggleLabel(id))
            } else {
                Action::Annotate(Annotate::ToggleLabel(id))
            }
        });
        let filtering = props.filter == Some(id);
        let filter =
            props.on_action.reform(move |_: MouseEvent| Action::Select(Select::Filter((!filtering).then_some(id))));
        let count = props.counts.get(position).copied().unwrap_or(0);
        html! {
            <li class="palette-item">
                <button type="button" class={classes!("palette-label", format!("label-{}", label.color.name()))}
                    data-label={label.token()} onclick={toggle}>
                    if let Some(key) = LabelSet::key_of(position) {
                        <kbd class="key">{ key }</kbd>
                    }
                    <span class="palette-name" dir="auto">{ name.clone() }</span>
                    <span class="palette-count">{ count }</span>
                </button>
                if !spans {
                <button type="button" class="palette-filter" aria-pressed={if filtering { "true" } else { "false" }}
                    aria-label={reading::filter_by(lang, &name)}
                    title={reading::filter_by(lang, &name)} onclick={filter}>
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                        <path d="M1 2h14l-5.5 6.5V14l-3-1.5V8.5z" fill="currentColor" />
                    </svg>
                </button>
                }
            </li>
        }
    });
    let edit = props.on_action.reform(|_: MouseEvent| Action::Panels(Panels::Open(Panel::Labels)));
    let show_all = props.on_action.reform(|_: MouseEvent| Action::Select(Select::Filter(None)));
    let undo = props.on_action.reform(|_: MouseEvent| Action::Undo);
    html! {
        <section class={classes!("palette", spans.then_some("marking-spans"))} aria-labelledby="palette-title">
            { props.children.clone() }
            <h2 id="palette-title" class="panel-title">{ tr(lang, if spans { Text::SpanLabels } else { Text::Labels }) }</h2>
            <ul class="palette-list" data-target={if spans { "spans" } else { "sentences" }}>{ for items }</ul>
            if spans && !props.labels.has_span_labels() {
                <p class="hint">{ tr(lang, Text::NoSpanLabels) }</p>
            }
            <div class="palette-actions">
                <button type="button" class="quiet palette-undo" data-action="palette-undo" aria-label={tr(lang, Text::Undo)}
                    title={tr(lang, Text::Undo)} disabled={!props.can_undo} onclick={undo}>
                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                        <path d="M6 3 2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor"
                            stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round" />
                    </svg>
                </button>
                if props.filter.is_some() {
                    <button type="button" class="quiet" onclick={show_all}>{ tr(lang, Text::ShowAll) }</button>
                }
                if props.locked {
                    <button type="button" class="quiet edit-labels locked" data-action="edit-labels" data-locked=""
                        aria-label={tr(lang, Text::LabelsLockedViewHint)} title={tr(lang, Text::LabelsLockedViewHint)}
                        onclick={edit}>
                        { lock_icon() }
                        <span class="button-text">{ tr(lang, Text::LabelsLockedView) }</span>
                    </button>
                } else {
                    <button type="button" class="quiet edit-labels" data-action="edit-labels" aria-label={tr(lang, Text::EditLabels)} onclick={edit}>
                        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                            <path d="M11.3 1.7a1.5 1.5 0 0 1 2.1 0l.9.9a1.5 1.5 0 0 1 0 2.1L5.6 13.4 2 14l.6-3.6z" fill="none"
                                stroke="currentColor" stroke-width="1.4" stroke-linejoin="round" />
                        </svg>
                        <span class="button-text">{ tr(lang, Text::EditLabels) }</span>
                    </button>
                }
            </div>
        </section>
    }
}
