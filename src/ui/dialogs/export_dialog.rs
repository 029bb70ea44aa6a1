//! The export dialog: what (this document or all), which format, and the
//! annotator's name written into the file; for a format that has one, a
//! second button downloads its companion file.

use crate::browser::form;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Panels, Setting};
use crate::ui::dialogs::dialog::Dialog;
use yew::prelude::*;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Hamish JSON.
    Hamish,
    /// JSONL, one sentence a line.
    Jsonl,
    /// CSV with a byte order mark.
    Csv,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// spaCy text classification JSONL.
    Spacy,
    /// Label Studio tasks JSON.
    LabelStudio,
    /// Hugging Face JSONL.
    HuggingFace,
    /// doccano's sequence-labeling JSONL (spans).
    DoccanoSpans,
}

impl ExportFormat {
    const ALL: [ExportFormat; 8] = [
        ExportFormat::Hamish,
        ExportFormat::Jsonl,
        ExportFormat::Csv,
        ExportFormat::W3c,
        ExportFormat::Spacy,
        ExportFormat::LabelStudio,
        ExportFormat::HuggingFace,
        ExportFormat::DoccanoSpans,
    ];

    fn text(self) -> Text {
        match self {
            ExportFormat::Hamish => Text::FormatHamish,
            ExportFormat::Jsonl => Text::FormatJsonl,
            ExportFormat::Csv => Text::FormatCsv,
            ExportFormat::W3c => Text::FormatW3c,
            ExportFormat::Spacy => Text::FormatSpacy,
            ExportFormat::LabelStudio => Text::FormatLabelStudio,
            ExportFormat::HuggingFace => Text::FormatHuggingFace,
            ExportFormat::DoccanoSpans => Text::FormatDoccanoSpans,
        }
    }

    /// The value of its radio button.
    pub fn key(self) -> &'static str {
        match self {
            ExportFormat::Hamish => "json",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::W3c => "w3c",
            ExportFormat::Spacy => "spacy",
            ExportFormat::LabelStudio => "label-studio",
            ExportFormat::HuggingFace => "huggingface",
            ExportFormat::DoccanoSpans => "doccano-spans",
        }
    }

    /// The button of its companion file, if it has one: the documents'
    /// texts for JSONL and CSV, the labeling config for Label Studio, the
    /// dataset card for Hugging Face.
    pub fn companion(self) -> Option<Text> {
        match self {
            ExportFormat::Jsonl | ExportFormat::Csv => Some(Text::CompanionDocuments),
            ExportFormat::LabelStudio => Some(Text::CompanionLabelConfig),
            ExportFormat::HuggingFace => Some(Text::CompanionDatasetCard),
            ExportFormat::Hamish | ExportFormat::W3c | ExportFormat::Spacy | ExportFormat::DoccanoSpans => None,
        }
    }
}

/// What the dialog asks to download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportRequest {
    /// Every document (else the open one).
    pub all: bool,
    /// The format.
    pub format: ExportFormat,
    /// The format's companion file rather than the export itself.
    pub companion: bool,
}

/// Props of [`ExportDialog`].
#[derive(Properties, PartialEq)]
pub struct ExportDialogProps {
    /// The annotator's name.
    pub annotator: AttrValue,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
    /// Downloads an export or its companion file.
    pub on_export: Callback<ExportRequest>,
}

/// The dialog.
#[function_component(ExportDialog)]
pub fn export_dialog(props: &ExportDialogProps) -> Html {
    let lang = props.lang;
    let all = use_state(|| false);
    let format = use_state(|| ExportFormat::Hamish);
    let on_name = props.on_action.reform(|event: Event| Action::Set(Setting::Annotator(form::event_value(&event))));
    let scope_choice = |value: bool, text: Text| {
        let all = all.clone();
        html! {
            <label class="choice">
                <input type="radio" name="export-scope" value={if value { "all" } else { "document" }} checked={*all == value} onchange={Callback::from(move |_| all.set(value))} />
                { tr(lang, text) }
            </label>
        }
    };
    let formats = ExportFormat::ALL.iter().map(|&choice| {
        let format = format.clone();
        html! {
            <label class="choice">
                <input type="radio" name="export-format" value={choice.key()} checked={*format == choice}
                    onchange={Callback::from(move |_| format.set(choice))} />
                <span>{ tr(lang, choice.text()) }</span>
            </label>
        }
    });
    let request = |companion: bool| {
        let (all, format, on_export) = (all.clone(), format.clone(), props.on_export.clone());
        Callback::from(move |_: MouseEvent| on_export.emit(ExportRequest { all: *all, format: *format, companion }))
    };
    let companion = format.companion().map(|text| {
        html! {
            <button type="button" class="tool" data-action="download-companion" onclick={request(true)}>{ tr(lang, text) }</button>
        }
    });
    let has_companion = companion.is_some();
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    html! {
        <Dialog id="export-dialog" title={tr(lang, Text::ExportTitle)} {lang} {on_close}>
            <label class="field">
                <span>{ tr(lang, Text::AnnotatorName) }</span>
                <input id="annotator-name" type="text" dir="auto" maxlength="80" value={props.annotator.clone()}
                    autofocus={props.annotator.is_empty()} onchange={on_name} />
                <small class="hint">{ tr(lang, Text::AnnotatorHint) }</small>
            </label>
            <fieldset class="choices">
                <legend>{ tr(lang, Text::ExportWhat) }</legend>
                { scope_choice(false, Text::ExportThisDocument) }
                { scope_choice(true, Text::ExportAllDocuments) }
            </fieldset>
            <fieldset class="choices">
                <legend>{ tr(lang, Text::ExportFormat) }</legend>
                { for formats }
            </fieldset>
            if has_companion {
                <small class="hint">{ tr(lang, Text::CompanionHint) }</small>
            }
            <div class="dialog-actions">
                { for companion }
                <button type="button" class="primary" data-action="download" autofocus={!props.annotator.is_empty()} onclick={request(false)}>{ tr(lang, Text::Download) }</button>
            </div>
        </Dialog>
    }
}
