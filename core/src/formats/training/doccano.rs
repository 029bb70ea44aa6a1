//! doccano's sequence labeling JSONL: `text` and `label`, the spans as
//! `[start, end, label]`.
use crate::formats::sentences::sentence_triples;
use crate::formats::training::sentences;

use crate::model::work::Work;
use crate::{formats::export::Scope, formats::sentences::whereabouts};
use serde_json::json;

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
