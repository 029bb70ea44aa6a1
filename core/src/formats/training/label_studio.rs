//! Label Studio: tasks with the labels as annotations, and the labeling
//! config that reads them.
use crate::formats::training::sentences;

use crate::model::labels::LabelSet;
use crate::model::work::Work;
use crate::{formats::export::Scope, formats::hamish::write::FileSentence, formats::sentences::whereabouts};
use serde_json::json;

/// One Label Studio result list for a sentence: its labels as `choices`
/// (from `label` to `text`), its note as a `textarea` (from `note`).
fn label_studio_result(sentence: &FileSentence) -> Vec<serde_json::Value> {
    let mut result = Vec::new();
    if !sentence.labels.is_empty() {
        result.push(json!({"from_name": "label", "to_name": "text", "type": "choices",
            "value": {"choices": sentence.labels}}));
    }
    if !sentence.note.is_empty() {
        result.push(json!({"from_name": "note", "to_name": "text", "type": "textarea",
            "value": {"text": [sentence.note]}}));
    }
    result
}

/// Label Studio tasks (a JSON array), one per sentence: `data` holds `text`
/// and where the sentence is; confirmed labels and the note arrive as an
/// annotation, labels still to review as a prediction; a sentence without
/// either is a task to annotate. [`label_studio_config`] reads them.
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

/// The Label Studio labeling config for [`export_label_studio`]: the text,
/// one choice per label (several allowed when the set allows them), and the
/// note as a text area.
pub fn label_studio_config(labels: &LabelSet) -> String {
    let choice = if labels.multiple { "multiple" } else { "single" };
    let mut xml = format!(
        "<View>\n  <Text name=\"text\" value=\"$text\"/>\n  <Choices name=\"label\" toName=\"text\" choice=\"{choice}\" showInline=\"true\">\n"
    );
    for label in &labels.labels {
        let hint = if label.name_en.is_empty() {
            String::new()
        } else {
            format!(" hint=\"{}\"", xml_attribute(&label.name_en))
        };
        xml.push_str(&format!("    <Choice value=\"{}\"{hint}/>\n", xml_attribute(&label.name)));
    }
    xml.push_str(
        "  </Choices>\n  <TextArea name=\"note\" toName=\"text\" editable=\"true\" maxSubmissions=\"1\"/>\n</View>\n",
    );
    xml
}
