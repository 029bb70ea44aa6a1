//! spaCy JSONL: `text`, `cats` (every sentence label, 0 or 1) and the
//! spans as `spans.sc` and, where they do not overlap, `ents`.
use crate::formats::training::sentence_triples;
use crate::formats::training::sentences;
use crate::formats::training::spans_apart;

use crate::model::work::Work;
use crate::{formats::export::Scope, formats::sentences::whereabouts};
use serde_json::json;

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
            .labels()
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
