//! The preview of a table or of a text whose encoding the bytes do not
//! decide: the encoding (when it is a guess), the first rows, and a
//! labelled choice of the text, id, title, label and grouping columns.

use crate::browser::form;
use crate::core::formats::reading::Preview;
use crate::core::formats::table::preview::preview_counts;
use crate::core::formats::table::read::{Cell, Table, TableFormat};
use crate::core::formats::table::rows::{data_rows, labels_to_add, TableChoice};
use crate::core::formats::table::spans::span_columns;
use crate::core::i18n::said::import;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::labels::LabelSet;
use crate::core::text::encoding::Encoding;
use crate::ui::dialogs::dialog::Dialog;
use crate::ui::dialogs::import_dialog::isolated;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`TablePreview`].
#[derive(Properties, PartialEq)]
pub struct TablePreviewProps {
    /// The file waiting.
    pub preview: Rc<Preview>,
    /// The app's labels (to say which the rows would add).
    pub labels: Rc<LabelSet>,
    /// Rows made so far, of how many, while importing.
    pub progress: Option<(usize, usize)>,
    /// Interface language.
    pub lang: Lang,
    /// Reads the file in another encoding.
    pub on_encoding: Callback<Encoding>,
    /// Imports with the choice made, or (`None`) skips the file.
    pub on_preview: Callback<Option<TableChoice>>,
}

/// Makes a callback that changes the choice with a column (or none).
type ChoiceSetter<'a> = dyn Fn(fn(&mut TableChoice, Option<usize>)) -> Callback<Option<usize>> + 'a;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 5;

/// A labelled select of the table's columns (with a "none" option when optional).
fn column_select(
    id: &str,
    label: String,
    table: &Table,
    chosen: Option<usize>,
    none: Option<String>,
    on_change: Callback<Option<usize>>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        on_change.emit(form::event_value(&event).parse().ok());
    });
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} {onchange}>
                if let Some(none) = none {
                    <option value="" selected={chosen.is_none()}>{ none }</option>
                }
                { for table.columns.iter().enumerate().map(|(index, name)| html! {
                    <option value={index.to_string()} selected={chosen == Some(index)}><bdi>{ name.clone() }</bdi></option>
                }) }
            </select>
        </div>
    }
}

/// The dialog.
#[function_component(TablePreview)]
pub fn table_preview(props: &TablePreviewProps) -> Html {
    let (lang, preview) = (props.lang, &props.preview);
    let choice = {
        let table = preview.table.clone();
        use_state(move || table.as_deref().map(TableChoice::default_for))
    };
    let set = |change: fn(&mut TableChoice, Option<usize>)| {
        let choice = choice.clone();
        Callback::from(move |value: Option<usize>| {
            if let Some(mut next) = (*choice).clone() {
                change(&mut next, value);
                choice.set(Some(next));
            }
        })
    };
    let on_close = props.on_preview.reform(|_| None);
    let cancel = props.on_preview.reform(|_: MouseEvent| None);
    let import = {
        let (choice, on_preview) = (choice.clone(), props.on_preview.clone());
        Callback::from(move |_: MouseEvent| on_preview.emit(Some((*choice).clone().unwrap_or_default())))
    };
    let on_encoding = {
        let on_encoding = props.on_encoding.clone();
        Callback::from(move |event: Event| {
            if let Some(encoding) = Encoding::from_label(&form::event_value(&event)) {
                on_encoding.emit(encoding);
            }
        })
    };
    let encoding = (!preview.decided).then(|| html! {
        <div class="field encoding-choice">
            <p class="hint">{ tr(lang, Text::PreviewEncodingGuess) }</p>
            <label for="preview-encoding">{ tr(lang, Text::PreviewEncoding) }</label>
            <select id="preview-encoding" onchange={on_encoding}>
                { for Encoding::ALL.iter().map(|encoding| html! {
                    <option value={encoding.label()} selected={*encoding == preview.encoding}>{ encoding.name() }</option>
                }) }
            </select>
        </div>
    });
    let body = match (&preview.text, &preview.table, (*choice).as_ref()) {
        (Err(error), _, _) => html! { <p class="error-detail" role="alert">{ isolated(&error.describe(lang)) }</p> },
        (Ok(_), Some(table), Some(chosen)) => table_body(lang, table, chosen, &props.labels, &set),
        (Ok(text), _, _) => {
            let sample: String = text.lines().take(12).collect::<Vec<_>>().join("\n");
            html! { <figure class="text-sample"><figcaption>{ tr(lang, Text::PreviewSample) }</figcaption><pre dir="auto">{ sample }</pre></figure> }
        }
    };
    let busy = props.progress.is_some();
    html! {
        <Dialog id="table-preview" title={import::preview_title(lang, &format!("\u{2068}{}\u{2069}", preview.name))} {lang} {on_close}>
            { for encoding }
            { body }
            if let Some((done, total)) = props.progress {
                <p role="status">
                    <progress max={total.to_string()} value={done.to_string()}></progress>
                    { import::importing(lang, done, total) }
                </p>
            }
            <div class="dialog-actions">
                <button type="button" class="primary" data-action="import-rows" disabled={busy || preview.text.is_err()} onclick={import}>{ tr(lang, Text::PreviewImport) }</button>
                <button type="button" class="quiet" disabled={busy} onclick={cancel}>{ tr(lang, Text::Cancel) }</button>
            </div>
        </Dialog>
    }
}

/// Takes column `value` out of `columns`, or puts it in.
fn toggle(columns: &mut Vec<usize>, value: Option<usize>) {
    if let Some(index) = value {
        match columns.iter().position(|known| *known == index) {
            Some(at) => {
                columns.remove(at);
            }
            None => columns.push(index),
        }
    }
}

/// The column choices, the first rows and what the import would make.
fn table_body(lang: Lang, table: &Table, chosen: &TableChoice, labels: &LabelSet, set: &ChoiceSetter<'_>) -> Html {
    let none = || Some(tr(lang, Text::PreviewNone).to_string());
    let delimited = matches!(table.format, TableFormat::Csv | TableFormat::Tsv);
    let counts = preview_counts(table, chosen);
    let mut header = Vec::new();
    let rows: Vec<&[Cell]> = data_rows(table, chosen, &mut header).take(PREVIEW_ROWS).map(|(_, row)| row).collect();
    let adds = labels_to_add(table, chosen, labels);
    let toggle_header = set(|choice, _| choice.header = !choice.header);
    let toggle_whole = set(|choice, _| choice.whole_rows = !choice.whole_rows);
    let toggle_suggestions = set(|choice, _| choice.as_suggestions = !choice.as_suggestions);
    // A column of span lists is chosen (or not) as spans, the others as labels.
    let span_capable = span_columns(table, chosen.text);
    let label_boxes = table.columns.iter().enumerate().map(|(index, name)| {
        let is_spans = span_capable.contains(&index);
        let checked = if is_spans { chosen.spans.contains(&index) } else { chosen.labels.contains(&index) };
        let on_toggle = if is_spans {
            set(|choice, value| toggle(&mut choice.spans, value))
        } else {
            set(|choice, value| toggle(&mut choice.labels, value))
        };
        let onchange = Callback::from(move |_: Event| on_toggle.emit(Some(index)));
        let kind = is_spans.then(|| format!(" ({})", tr(lang, Text::PreviewSpanColumn)));
        html! {
            <label class="check" data-spans={is_spans.then_some("true")}>
                <input type="checkbox" {checked} {onchange} /><bdi>{ name.clone() }</bdi>{ kind.unwrap_or_default() }
            </label>
        }
    });
    let span_count = counts.spans;
    html! {
        <>
            if delimited {
                <label class="check"><input id="preview-header" type="checkbox" checked={chosen.header} onchange={toggle_header.reform(|_: Event| None)} />{ tr(lang, Text::PreviewHeader) }</label>
            }
            <div class="column-choices">
                { column_select("preview-text", tr(lang, Text::PreviewTextColumn).into(), table, Some(chosen.text), None, set(|c, v| c.text = v.unwrap_or(c.text))) }
                { column_select("preview-id", tr(lang, Text::PreviewIdColumn).into(), table, chosen.id, none(), set(|c, v| c.id = v)) }
                { column_select("preview-title", tr(lang, Text::PreviewTitleColumn).into(), table, chosen.title, none(), set(|c, v| c.title = v)) }
                { column_select("preview-group", tr(lang, Text::PreviewGroupColumn).into(), table, chosen.group, Some(tr(lang, Text::PreviewOneDocumentARow).into()), set(|c, v| c.group = v)) }
            </div>
            <fieldset class="label-columns">
                <legend>{ tr(lang, Text::PreviewLabelColumns) }</legend>
                { for label_boxes }
                if !chosen.labels.is_empty() || !chosen.spans.is_empty() {
                    <label class="check"><input id="preview-as-suggestions" type="checkbox" checked={chosen.as_suggestions} onchange={toggle_suggestions.reform(|_: Event| None)} />{ tr(lang, Text::ImportAsSuggestions) }</label>
                }
            </fieldset>
            if chosen.group.is_none() {
                <label class="check"><input id="preview-whole-rows" type="checkbox" checked={chosen.whole_rows} onchange={toggle_whole.reform(|_: Event| None)} />{ tr(lang, Text::PreviewWholeRows) }</label>
            }
            <div class="table-scroll">
                <table class="preview-rows">
                    <caption>{ tr(lang, Text::PreviewFirstRows) }</caption>
                    <thead><tr>{ for table.columns.iter().map(|name| html! { <th scope="col"><bdi>{ name.clone() }</bdi></th> }) }</tr></thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr>{ for row.iter().enumerate().map(|(index, cell)| html! {
                                <td dir="auto" class={classes!((index == chosen.text).then_some("is-text"))}>{ cell.text().chars().take(120).collect::<String>() }</td>
                            }) }</tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="preview-plan" role="status">{ import::preview_rows(lang, counts.rows, counts.documents, counts.empty_rows) }</p>
            if span_count > 0 {
                <p class="preview-spans">{ import::preview_spans(lang, span_count) }</p>
            }
            if !adds.is_empty() {
                <p class="preview-labels">{ import::preview_adds_labels(lang, &adds.join(lang.list_separator())) }</p>
            }
        </>
    }
}
