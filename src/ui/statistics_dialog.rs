//! Label statistics for the open document and for all documents: counts
//! per label drawn as a bar chart (inline SVG), progress and notes.

use crate::core::labels::LabelSet;
use crate::core::state::{Action, State};
use crate::core::strings::{tr, tr_count, tr_with, Lang, Text};
use crate::ui::dialog::Dialog;
use yew::prelude::*;

/// Props of [`StatisticsDialog`].
#[derive(Properties, PartialEq)]
pub struct StatisticsDialogProps {
    /// The state (read only).
    pub state: State,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// One table: per label its count and a bar, then progress and notes.
fn section(
    lang: Lang,
    title: &str,
    labels: &LabelSet,
    counts: &[usize],
    (done, total): (usize, usize),
    notes: usize,
) -> Html {
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let rows = labels.labels.iter().zip(counts).map(|(label, count)| {
        let width = 100.0 * *count as f64 / most as f64;
        html! {
            <tr>
                <th scope="row" dir="auto">{ label.display_name(lang).to_string() }</th>
                <td class="figure" dir="ltr">{ count }</td>
                <td class="bar-cell">
                    <svg class={classes!("bar", format!("label-{}", label.color.name()))} viewBox="0 0 100 10"
                        preserveAspectRatio="none" role="img" aria-label={format!("{}: {count}", label.display_name(lang))}>
                        <rect class="bar-track" x="0" y="0" width="100" height="10" rx="2" />
                        <rect class="bar-fill" x="0" y="0" width={format!("{width:.1}")} height="10" rx="2" />
                    </svg>
                </td>
            </tr>
        }
    });
    html! {
        <section class="stats-section">
            <h3 class="panel-title" dir="auto">{ title.to_string() }</h3>
            <table class="figures stats">
                <thead><tr><th></th><th scope="col">{ tr(lang, Text::StatsCount) }</th><th></th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="stats-progress">
                { tr_with(lang, Text::Progress, &[("done", &done.to_string()), ("total", &total.to_string())]) }
                { " · " }{ tr_count(lang, Text::NotesCount, notes) }
            </p>
        </section>
    }
}

/// The dialog.
#[function_component(StatisticsDialog)]
pub fn statistics_dialog(props: &StatisticsDialogProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let labels = &state.work.labels;
    let open = state.open_annotations();
    let document_counts: Vec<usize> =
        labels.labels.iter().map(|label| open.map_or(0, |annotations| annotations.label_count(label.id))).collect();
    let all_counts: Vec<usize> = labels
        .labels
        .iter()
        .map(|label| state.work.annotations.values().map(|a| a.label_count(label.id)).sum())
        .collect();
    let document_notes = open.map_or(0, |annotations| annotations.note_count());
    let all_notes = state.work.annotations.values().map(|annotations| annotations.note_count()).sum();
    let title = state.open_document().map(|document| document.title.clone()).unwrap_or_default();
    let on_close = props.on_action.reform(|_| Action::ClosePanel);
    html! {
        <Dialog id="statistics-dialog" title={tr(lang, Text::Statistics)} {lang} {on_close}>
            { section(lang, &title, labels, &document_counts, state.progress(), document_notes) }
            { section(lang, tr(lang, Text::ProgressAll), labels, &all_counts, state.work.progress(), all_notes) }
        </Dialog>
    }
}
