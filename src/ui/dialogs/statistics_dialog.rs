//! Label statistics for the open document and for all documents: counts
//! per label drawn as a bar chart (inline SVG), progress and notes.
//! Suggestions still to review are counted apart, never as labeled; spans
//! are counted per label beside the sentences, once there are any.

use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::annotations::DocAnnotations;
use crate::core::model::labels::{Label, LabelId, LabelSet};
use crate::core::state::{Action, Panels, State};
use crate::ui::dialogs::dialog::Dialog;
use yew::prelude::*;

/// Props of [`StatisticsDialog`].
#[derive(Properties, PartialEq)]
pub struct StatisticsDialogProps {
    /// The state (read only).
    pub state: State,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// What one section counts: per label, sentences with it confirmed and
/// with it suggested; progress; suggestions to review; notes.
struct Figures {
    counts: Vec<usize>,
    suggested: Vec<usize>,
    spans: Vec<usize>,
    progress: (usize, usize),
    to_review: usize,
    notes: usize,
}

impl Figures {
    fn of<'a>(
        labels: &LabelSet,
        annotations: impl Iterator<Item = &'a DocAnnotations> + Clone,
        progress: (usize, usize),
    ) -> Self {
        let count = |label: &Label, of: fn(&DocAnnotations, LabelId) -> usize| -> usize {
            annotations.clone().map(|annotations| of(annotations, label.id)).sum()
        };
        Self {
            suggested: labels.labels.iter().map(|label| count(label, DocAnnotations::suggested_label_count)).collect(),
            spans: labels.labels.iter().map(|label| count(label, DocAnnotations::span_count)).collect(),
            counts: labels
                .labels
                .iter()
                .map(|label| {
                    count(label, DocAnnotations::label_count) - count(label, DocAnnotations::suggested_label_count)
                })
                .collect(),
            progress,
            to_review: annotations.clone().map(DocAnnotations::suggested_count).sum(),
            notes: annotations.map(DocAnnotations::note_count).sum(),
        }
    }
}

/// One table: per label its confirmed count and a bar (and, while there
/// are suggestions, how many suggest it), then progress and notes.
fn section(lang: Lang, title: &str, labels: &LabelSet, figures: &Figures) -> Html {
    let Figures { counts, suggested, spans, progress: (done, total), to_review, notes } = figures;
    // The bar: a label's uses, on sentences and as spans.
    let uses: Vec<usize> = counts.iter().zip(spans).map(|(count, spans)| count + spans).collect();
    let most = uses.iter().copied().max().unwrap_or(0).max(1);
    let reviewing = *to_review > 0;
    let spanned = spans.iter().any(|spans| *spans > 0);
    let rows = labels.labels.iter().zip(counts).zip(suggested).zip(spans).zip(uses).map(
        |((((label, count), suggested), spans), uses)| {
            let width = 100.0 * uses as f64 / most as f64;
            let said = match spanned {
                true => format!("{}: {count}, {}: {spans}", label.display_name(lang), tr(lang, Text::StatsSpans)),
                false => format!("{}: {count}", label.display_name(lang)),
            };
            html! {
                <tr>
                    <th scope="row" dir="auto">{ label.display_name(lang).to_string() }</th>
                    <td class="figure" dir="ltr">{ count }</td>
                    if reviewing {
                        <td class="figure to-review" dir="ltr">{ suggested }</td>
                    }
                    if spanned {
                        <td class="figure spans" dir="ltr">{ spans }</td>
                    }
                    <td class="bar-cell">
                        <svg class={classes!("bar", format!("label-{}", label.color.name()))} viewBox="0 0 100 10"
                            preserveAspectRatio="none" role="img" aria-label={said}>
                            <rect class="bar-track" x="0" y="0" width="100" height="10" rx="2" />
                            <rect class="bar-fill" x="0" y="0" width={format!("{width:.1}")} height="10" rx="2" />
                        </svg>
                    </td>
                </tr>
            }
        },
    );
    html! {
        <section class="stats-section">
            <h3 class="panel-title" dir="auto">{ title.to_string() }</h3>
            <table class="figures stats">
                <thead>
                    <tr>
                        <th></th>
                        <th scope="col">{ tr(lang, Text::StatsCount) }</th>
                        if reviewing {
                            <th scope="col">{ tr(lang, Text::StatsToReview) }</th>
                        }
                        if spanned {
                            <th scope="col">{ tr(lang, Text::StatsSpans) }</th>
                        }
                        <th></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="stats-progress">
                { reading::progress(lang, &done.to_string(), &total.to_string()) }
                if reviewing {
                    { " · " }{ reading::to_review(lang, *to_review) }
                }
                { " · " }{ reading::notes_count(lang, *notes) }
            </p>
        </section>
    }
}

/// The dialog.
#[function_component(StatisticsDialog)]
pub fn statistics_dialog(props: &StatisticsDialogProps) -> Html {
    let state = &props.state;
    let lang = state.prefs.lang;
    let labels = state.work.labels();
    let document = Figures::of(labels, state.open_annotations().into_iter(), state.progress());
    let all =
        Figures::of(labels, state.work.annotations().values().map(|annotations| &**annotations), state.work.progress());
    let title = state.open_document().map(|document| document.title.clone()).unwrap_or_default();
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    html! {
        <Dialog id="statistics-dialog" title={tr(lang, Text::Statistics)} {lang} {on_close}>
            { section(lang, &title, labels, &document) }
            { section(lang, tr(lang, Text::ProgressAll), labels, &all) }
        </Dialog>
    }
}
