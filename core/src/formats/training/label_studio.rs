//! Label Studio: tasks with the labels as annotations, and the labeling
//! config that reads them. Sentence labels are `choices` (control
//! `label`), spans are `labels` regions (control `span`), notes a
//! `textarea` (control `note`); [`crate::formats::back`] reads Label
//! Studio's own export of them back onto the documents.
use crate::formats::training::{sentence_labels, sentences};

use crate::model::labels::{LabelSet, Target};
use crate::model::work::Work;
use crate::{formats::export::Scope, formats::hamish::write::FileSentence, formats::sentences::whereabouts};
use serde_json::json;

/// The control names of the labeling config.
pub const CHOICES: &str = "label";
/// The control of span regions.
pub const SPANS: &str = "span";
/// The control of notes.
pub const NOTE: &str = "note";

/// One Label Studio result list for a sentence: its labels as `choices`
/// (from `label` to `text`), each span as a `labels` region (from `span`,
/// in code points of the sentence, with its words), its note as a
/// `textarea` (from `note`).
fn label_studio_result(sentence: &FileSentence) -> Vec<serde_json::Value> {
    let mut result = Vec::new();
    if !sentence.labels.is_empty() {
        result.push(json!({"from_name": CHOICES, "to_name": "text", "type": "choices",
            "value": {"choices": sentence.labels}}));
    }
    for (n, span) in sentence.spans.iter().enumerate() {
        let (start, end) = (span.start.saturating_sub(sentence.start), span.end.saturating_sub(sentence.start));
        result.push(json!({"id": format!("s{}-{n}", sentence.index), "from_name": SPANS, "to_name": "text",
            "type": "labels", "value": {"start": start, "end": end, "text": span.text, "labels": [span.label]}}));
    }
    if !sentence.note.is_empty() {
        result.push(json!({"from_name": NOTE, "to_name": "text", "type": "textarea",
            "value": {"text": [sentence.note]}}));
    }
    result
}

/// Label Studio tasks (a JSON array), one per sentence: `data` holds `text`
/// and where the sentence is; confirmed labels, spans and the note arrive
/// as an annotation, labels and spans still to review as a prediction
/// (`model_version` `hamish-suggestion`); a sentence without either is a
/// task to annotate. [`label_studio_config`] reads them.
pub fn export_label_studio(work: &Work, scope: &Scope) -> String {
    let tasks: Vec<serde_json::Value> = sentences(work, scope)
        .into_iter()
        .map(|(document, sentence)| {
            let mut data = whereabouts(&document, &sentence);
            data.insert("text".into(), json!(sentence.text));
            let mut task = json!({"data": data});
            let result = label_studio_result(&sentence);
            if sentence.suggested && !result.is_empty() {
                task["predictions"] = json!([{"model_version": "hamish-suggestion", "result": result}]);
            } else if !result.is_empty() {
                task["annotations"] = json!([{"result": result}]);
            }
            task
        })
        .collect();
    serde_json::to_string_pretty(&tasks).unwrap_or_default()
}

/// `text` as an XML attribute value: markup characters as entities, line
/// breaks and tabs as character references, other control characters left out.
fn xml_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The Label Studio labeling config for [`export_label_studio`]: the text;
/// the labels sentences can have as `<Choices>` (several allowed when the
/// set allows them); the labels spans can have as `<Labels>`; the note as
/// a text area. A label for spans only is never a choice, one for
/// sentences only never a region's label.
pub fn label_studio_config(labels: &LabelSet) -> String {
    let option = |tag: &str, label: &crate::model::labels::Label| {
        let hint = if label.name_en.is_empty() {
            String::new()
        } else {
            format!(" hint=\"{}\"", xml_attribute(&label.name_en))
        };
        format!("    <{tag} value=\"{}\"{hint}/>\n", xml_attribute(&label.name))
    };
    let mut xml = String::from("<View>\n");
    let spans: Vec<_> = labels.for_target(Target::Spans).collect();
    if !spans.is_empty() {
        xml.push_str(&format!("  <Labels name=\"{SPANS}\" toName=\"text\">\n"));
        xml.extend(spans.iter().map(|label| option("Label", label)));
        xml.push_str("  </Labels>\n");
    }
    xml.push_str("  <Text name=\"text\" value=\"$text\"/>\n");
    let choices = sentence_labels(labels);
    if !choices.is_empty() {
        let choice = if labels.multiple { "multiple" } else { "single" };
        xml.push_str(&format!(
            "  <Choices name=\"{CHOICES}\" toName=\"text\" choice=\"{choice}\" showInline=\"true\">\n"
        ));
        xml.extend(choices.iter().map(|label| option("Choice", label)));
        xml.push_str("  </Choices>\n");
    }
    xml.push_str(&format!(
        "  <TextArea name=\"{NOTE}\" toName=\"text\" editable=\"true\" maxSubmissions=\"1\"/>\n</View>\n"
    ));
    xml
}
