//! Actions on the selection and on history, printing, and the progress counters.

use crate::browser::dom;
use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Annotate, Panel, Panels, Select};
use yew::prelude::*;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// Labeled and total sentences of the open document (`None` while the
    /// document to open is still being read: no figure to show yet).
    pub progress: Option<(usize, usize)>,
    /// Labeled and total sentences of all documents in sight (`None`, as
    /// above).
    pub progress_all: Option<(usize, usize)>,
    /// Sentences whose labels are a suggestion still to review: in the
    /// open document and in all documents.
    #[prop_or_default]
    pub to_review: (usize, usize),
    /// Whether there is something to undo.
    pub can_undo: bool,
    /// Whether there is something to redo.
    pub can_redo: bool,
    /// Whether a student's exercise is open (the teacher's tools are hidden).
    #[prop_or_default]
    pub in_exercise: bool,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

fn meter(lang: Lang, label: Text, progress: Option<(usize, usize)>, to_review: usize, class: &'static str) -> Html {
    let Some((done, total)) = progress else {
        return html! {
            <div class={classes!("progress", class)} aria-busy="true">
                <span class="progress-label">{ tr(lang, label) }</span>
                <span class="progress-figure">{ "…" }</span>
            </div>
        };
    };
    let words = reading::progress(lang, &done.to_string(), &total.to_string());
    html! {
        <div class={classes!("progress", class)}>
            <span class="progress-label">{ tr(lang, label) }</span>
            <span class="progress-figure">{ words }</span>
            <progress max={total.max(1).to_string()} value={done.to_string()} aria-label={tr(lang, label)}></progress>
            if to_review > 0 {
                <span class="progress-review">{ reading::to_review(lang, to_review) }</span>
            }
        </div>
    }
}

/// The toolbar.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let button = |text: Text, action: Action, disabled: bool, key: &'static str| {
        let onclick = props.on_action.reform(move |_: MouseEvent| action.clone());
        // The shortcuts list is of no use on a touch screen with no keyboard.
        let class = classes!("tool", (key == "help").then_some("keyboard-only"));
        html! {
            <button type="button" {class} {disabled} {onclick} data-action={key}>{ tr(lang, text) }</button>
        }
    };
    let print = Callback::from(|_: MouseEvent| dom::print());
    html! {
        <section class="toolbar" aria-label={tr(lang, Text::Tools)}>
            { meter(lang, Text::ProgressDocument, props.progress, props.to_review.0, "progress-document") }
            { meter(lang, Text::ProgressAll, props.progress_all, props.to_review.1, "progress-all") }
            <div class="tools">
                { button(Text::Undo, Action::Undo, !props.can_undo, "undo") }
                { button(Text::Redo, Action::Redo, !props.can_redo, "redo") }
                { button(Text::NextUnlabeled, Action::Select(Select::NextUnlabeled), false, "next-unlabeled") }
                { button(Text::ClearLabels, Action::Annotate(Annotate::ClearLabels), false, "clear") }
                { button(Text::Note, Action::Panels(Panels::OpenNote), false, "note") }
                { button(Text::MarkHeading, Action::Annotate(Annotate::ToggleHeading), false, "heading") }
                { button(Text::Search, Action::Panels(Panels::Open(Panel::Search)), false, "search") }
                { button(Text::Shortcuts, Action::Panels(Panels::Open(Panel::Help)), false, "help") }
                { button(Text::Statistics, Action::Panels(Panels::Open(Panel::Statistics)), false, "statistics") }
                // Printing changes nothing in the state: the browser prints the page as it is.
                <button type="button" class="tool" data-action="print" title={tr(lang, Text::PrintHint)} onclick={print}>
                    { tr(lang, Text::Print) }
                </button>
                { button(Text::Settings, Action::Panels(Panels::Open(Panel::Settings)), false, "settings") }
            </div>
            // A student in an exercise has no use for the teacher's tools.
            if !props.in_exercise {
                <div class="tools teacher-tools">
                    { button(Text::MakeExercise, Action::Panels(Panels::Open(Panel::MakeExercise)), false, "make-exercise") }
                    { button(Text::CompareSubmissions, Action::Panels(Panels::Open(Panel::Compare)), false, "compare") }
                </div>
            }
        </section>
    }
}
