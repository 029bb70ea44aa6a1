//! Hugging Face JSONL, whose label columns have one type whatever the
//! data, and the dataset card that describes it.
use crate::formats::training::sentences;
use crate::formats::training::{multi_hot, sentence_labels};

use crate::model::work::Work;
use crate::{
    formats::export::{Scope, APP_VERSION},
    formats::hamish::write::hamish_file,
    formats::sentences::whereabouts,
};
use serde_json::json;

/// Hugging Face JSONL, one sentence a line: `text`; `labels`, one `0`/`1`
/// per label in palette order (always a list of integers, so every export
/// has the same column types, labeled or not); for a single-label set also
/// `label`, the index of the sentence's label or `-1` when it has none
/// (labels for spans only are not classes: they have no column);
/// then `document`, `title`, `source_file`, `source_id`, `sentence`,
/// `start`, `end` and `reviewed`. [`hf_dataset_card`] names the labels.
pub fn export_hf_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for (document, sentence) in sentences(work, scope) {
        let mut line = whereabouts(&document, &sentence);
        line.insert("text".into(), json!(sentence.text));
        line.insert("labels".into(), json!(multi_hot(work.labels(), &sentence)));
        if !work.labels().multiple {
            let first = sentence.labels.first();
            let index =
                first.and_then(|name| sentence_labels(work.labels()).iter().position(|label| &label.name == name));
            line.insert("label".into(), json!(index.map_or(-1, |index| index as i64)));
        }
        line.insert("reviewed".into(), json!(!sentence.suggested));
        out.push_str(&serde_json::Value::Object(line).to_string());
        out.push('\n');
    }
    out
}

/// `text` inside a Markdown table cell: pipes escaped, line breaks as spaces.
fn markdown_cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The dataset card (a `README.md`) for [`export_hf_jsonl`]: YAML metadata
/// that `datasets` reads (the data files `*.hf.jsonl` beside it, and the column
/// types: `label` as a `ClassLabel` with the label names), then the labels
/// and columns in words.
pub fn hf_dataset_card(work: &Work, scope: &Scope, exported_at: &str) -> String {
    let rows = sentences(work, scope);
    let labeled = rows.iter().filter(|(_, sentence)| !sentence.labels.is_empty()).count();
    let documents = hamish_file(work, "", scope, "").documents.len();
    let single = !work.labels().multiple;
    let mut yaml = String::from("---\nlanguage:\n- ar\ntask_categories:\n- text-classification\ntask_ids:\n");
    yaml.push_str(if single { "- multi-class-classification\n" } else { "- multi-label-classification\n" });
    yaml.push_str("pretty_name: Hamish export\nconfigs:\n- config_name: default\n  data_files:\n  - split: train\n    path: \"*.hf.jsonl\"\n");
    yaml.push_str("dataset_info:\n  features:\n  - name: text\n    dtype: string\n  - name: labels\n    list: int64\n");
    if single {
        yaml.push_str("  - name: label\n    dtype:\n      class_label:\n        names:\n");
        for (index, label) in sentence_labels(work.labels()).iter().enumerate() {
            let name = serde_json::to_string(&label.name).unwrap_or_default();
            yaml.push_str(&format!("          '{index}': {name}\n"));
        }
    }
    for (name, dtype) in [
        ("document", "string"),
        ("title", "string"),
        ("source_file", "string"),
        ("source_id", "string"),
        ("sentence", "int64"),
        ("start", "int64"),
        ("end", "int64"),
        ("reviewed", "bool"),
    ] {
        yaml.push_str(&format!("  - name: {name}\n    dtype: {dtype}\n"));
    }
    yaml.push_str("---\n\n");
    let mut card = yaml;
    card.push_str(&format!(
        "# Hamish export\n\nSentences labeled in Hamish {APP_VERSION}, exported {exported_at}: {} sentences \
         from {documents} documents, {labeled} of them labeled. Arabic text; offsets are Unicode code points \
         into each document's text.\n\n## Labels\n\n",
        rows.len()
    ));
    card.push_str(if single {
        "One label per sentence: `label` is its index below (`-1`: none); `labels` has a `1` at that index.\n\n"
    } else {
        "Several labels per sentence: `labels` has one `0`/`1` per label, in the order below.\n\n"
    });
    card.push_str("| index | name | English |\n| --- | --- | --- |\n");
    for (index, label) in sentence_labels(work.labels()).iter().enumerate() {
        card.push_str(&format!("| {index} | {} | {} |\n", markdown_cell(&label.name), markdown_cell(&label.name_en)));
    }
    card.push_str(
        "\n## Columns\n\n- `text`: the sentence.\n- `labels`: one `0`/`1` per label above.\n\
         - `label` (single-label sets): the label's index, `-1` when none.\n\
         - `document`, `title`: the document's id and title; `source_file`, `source_id`: the file it was \
         imported from and the row's id (else its number), empty for other texts.\n\
         - `sentence`, `start`, `end`: the sentence's index and code-point offsets in its document.\n\
         - `reviewed`: `false` while the labels are a suggestion still to review.\n\n\
         A sentence without labels may not have been annotated yet: filter on `labels` before training \
         if that matters.\n",
    );
    card
}
