//! Training-ready exports, one sentence a record: spaCy JSONL (`text`,
//! `cats`, and the spans as `spans.sc` and `ents`), doccano's sequence
//! labeling JSONL, Label Studio tasks with the
//! labels as annotations (and the labeling config that reads them), and a
//! Hugging Face JSONL whose label columns have one type whatever the data,
//! with its dataset card.

use super::export::{hamish_file, whereabouts, FileDocument, FileSentence, Scope, APP_VERSION};
use super::labels::LabelSet;
use super::work::Work;
use serde_json::json;

/// Every exported sentence with its document, in export order.
fn sentences(work: &Work, scope: &Scope) -> Vec<(FileDocument, FileSentence)> {
    let mut out = Vec::new();
    for mut document in hamish_file(work, "", scope, "").documents {
        let sentences = std::mem::take(&mut document.sentences);
        for sentence in sentences {
            out.push((document.clone(), sentence));
        }
    }
    out
}

/// One `0`/`1` per label of `labels`, in palette order: `1` when the
/// sentence has it.
fn multi_hot(labels: &LabelSet, sentence: &FileSentence) -> Vec<u8> {
    labels.labels.iter().map(|label| u8::from(sentence.labels.contains(&label.name))).collect()
}

/// A sentence's spans as `[start, end, label]` in code points of the
/// sentence (Python string indexes).
fn sentence_triples(sentence: &FileSentence) -> Vec<serde_json::Value> {
    let relative = |offset: usize| offset.saturating_sub(sentence.start);
    sentence.spans.iter().map(|span| json!([relative(span.start), relative(span.end), span.label])).collect()
}

/// Whether no two of the sentence's spans share a code point.
fn spans_apart(sentence: &FileSentence) -> bool {
    let mut ranges: Vec<(usize, usize)> = sentence.spans.iter().map(|span| (span.start, span.end)).collect();
    ranges.sort();
    ranges.windows(2).all(|pair| pair[0].1 <= pair[1].0)
}

/// spaCy JSONL, one sentence a line: `{"text", "cats": {label: 0 or 1, for
/// every label}, "spans": {"sc": [[start, end, label], ...]}, "ents":
/// [...], "meta": {document, title, source_file, source_id, sentence,
/// start, end, reviewed}}` — `cats` as spaCy's text classification reads
/// it into `Doc.cats`; the spans in code points of the sentence (Python
/// string indexes, what `Doc.char_span` takes) for `Doc.spans["sc"]`, and
/// again as `ents` for `Doc.ents` only when no two of them overlap (spaCy's
/// entities cannot; the line then has no `ents`, every span stays in
/// `spans.sc`). Sentences without labels have every category `0`.
pub fn export_spacy_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for (document, sentence) in sentences(work, scope) {
        let cats: serde_json::Map<String, serde_json::Value> = work
            .labels
            .labels
            .iter()
            .map(|label| (label.name.clone(), json!(u8::from(sentence.labels.contains(&label.name)))))
            .collect();
        let mut meta = whereabouts(&document, &sentence);
        meta.insert("reviewed".into(), json!(!sentence.suggested));
        let triples = sentence_triples(&sentence);
        let mut line = json!({"text": sentence.text, "cats": cats, "spans": {"sc": triples}, "meta": meta});
        if spans_apart(&sentence) {
            line["ents"] = json!(triples);
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// doccano's sequence-labeling JSONL, one sentence a line: `text`, and
/// `label`, its spans as `[start, end, name]` in code points of the
/// sentence (Python string indexes), with where the sentence is beside
/// them; doccano keeps the other fields as metadata.
pub fn export_doccano_spans(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for (document, sentence) in sentences(work, scope) {
        let spans = sentence_triples(&sentence);
        let mut line = whereabouts(&document, &sentence);
        line.insert("text".into(), json!(sentence.text));
        line.insert("label".into(), json!(spans));
        out.push_str(&serde_json::Value::Object(line).to_string());
        out.push('\n');
    }
    out
}

/// Hugging Face JSONL, one sentence a line: `text`; `labels`, one `0`/`1`
/// per label in palette order (always a list of integers, so every export
/// has the same column types, labeled or not); for a single-label set also
/// `label`, the index of the sentence's label or `-1` when it has none;
/// then `document`, `title`, `source_file`, `source_id`, `sentence`,
/// `start`, `end` and `reviewed`. [`hf_dataset_card`] names the labels.
pub fn export_hf_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for (document, sentence) in sentences(work, scope) {
        let mut line = whereabouts(&document, &sentence);
        line.insert("text".into(), json!(sentence.text));
        line.insert("labels".into(), json!(multi_hot(&work.labels, &sentence)));
        if !work.labels.multiple {
            let first = sentence.labels.first();
            let index = first.and_then(|name| work.labels.labels.iter().position(|label| &label.name == name));
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
    let single = !work.labels.multiple;
    let mut yaml = String::from("---\nlanguage:\n- ar\ntask_categories:\n- text-classification\ntask_ids:\n");
    yaml.push_str(if single { "- multi-class-classification\n" } else { "- multi-label-classification\n" });
    yaml.push_str("pretty_name: Hamish export\nconfigs:\n- config_name: default\n  data_files:\n  - split: train\n    path: \"*.hf.jsonl\"\n");
    yaml.push_str("dataset_info:\n  features:\n  - name: text\n    dtype: string\n  - name: labels\n    list: int64\n");
    if single {
        yaml.push_str("  - name: label\n    dtype:\n      class_label:\n        names:\n");
        for (index, label) in work.labels.labels.iter().enumerate() {
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
    for (index, label) in work.labels.labels.iter().enumerate() {
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
