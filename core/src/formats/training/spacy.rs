//! spaCy JSONL: `text`, `cats` (every sentence label, 0 or 1), the spans
//! as `spans.sc` and, where they do not overlap, `ents`, and `words` and
//! `spaces`, tokens on which every span starts and ends.
use crate::formats::sentences::sentence_triples;
use crate::formats::training::sentence_labels;
use crate::formats::training::sentences;
use crate::formats::training::spans_apart;

use crate::model::work::Work;
use crate::{formats::export::Scope, formats::sentences::whereabouts};
use serde_json::json;

/// spaCy JSONL, one sentence a line: `{"text", "cats": {label: 0 or 1, for
/// every label}, "spans": {"sc": [[start, end, label], ...]}, "ents":
/// [...], "words": [...], "spaces": [...], "meta": {document, title,
/// source_file, source_id, sentence, start, end, reviewed}}` — `cats` as spaCy's text classification reads
/// it into `Doc.cats`; the spans in code points of the sentence (Python
/// string indexes, what `Doc.char_span` takes) for `Doc.spans["sc"]`, and
/// again as `ents` for `Doc.ents` only when no two of them overlap (spaCy's
/// entities cannot; the line then has no `ents`, every span stays in
/// `spans.sc`). Sentences without labels have every category `0`. `words`
/// and `spaces` make `Doc(nlp.vocab, words=..., spaces=...)`, whose text is
/// the sentence and on whose tokens every span begins and ends, so that
/// `Doc.char_span` (strict) gives exactly the marked words, whatever
/// spaCy's own tokenizer would split.
pub fn export_spacy_jsonl(work: &Work, scope: &Scope) -> String {
    let mut out = String::new();
    for (document, sentence) in sentences(work, scope) {
        let cats: serde_json::Map<String, serde_json::Value> = sentence_labels(work.labels())
            .into_iter()
            .map(|label| (label.name.clone(), json!(u8::from(sentence.labels.contains(&label.name)))))
            .collect();
        let mut meta = whereabouts(&document, &sentence);
        meta.insert("reviewed".into(), json!(!sentence.suggested));
        let triples = sentence_triples(&sentence);
        let cuts: Vec<usize> = sentence
            .spans
            .iter()
            .flat_map(|span| [span.start.saturating_sub(sentence.start), span.end.saturating_sub(sentence.start)])
            .collect();
        let (words, spaces) = tokens(&sentence.text, &cuts);
        let mut line = json!({"text": sentence.text, "cats": cats, "spans": {"sc": triples},
            "words": words, "spaces": spaces, "meta": meta});
        if spans_apart(&sentence) {
            line["ents"] = json!(triples);
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// Whether `c` is a token of its own: punctuation, Latin or Arabic.
fn punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟' | '«' | '»' | '…' | '“' | '”' | '‘' | '’' | '–' | '—')
}

/// `text` as spaCy tokens: `words`, and `spaces` saying which word a
/// single space follows. Words break at whitespace, around punctuation and
/// at every code point offset in `cuts`; other whitespace (a second space, a
/// line break) is a token of its own, so the words and spaces give the text
/// back exactly.
pub fn tokens(text: &str, cuts: &[usize]) -> (Vec<String>, Vec<bool>) {
    let (mut words, mut spaces) = (Vec::<String>::new(), Vec::<bool>::new());
    let mut current = String::new();
    let flush = |current: &mut String, words: &mut Vec<String>, spaces: &mut Vec<bool>| {
        if !current.is_empty() {
            words.push(std::mem::take(current));
            spaces.push(false);
        }
    };
    for (at, c) in text.chars().enumerate() {
        let blank = current.starts_with(char::is_whitespace);
        if cuts.contains(&at) || punctuation(c) || (!current.is_empty() && c.is_whitespace() != blank) {
            flush(&mut current, &mut words, &mut spaces);
        }
        let after_word = words.last().is_some_and(|word| !word.starts_with(char::is_whitespace));
        if c == ' ' && current.is_empty() && after_word && spaces.last() == Some(&false) {
            if let Some(space) = spaces.last_mut() {
                *space = true;
            }
            continue;
        }
        current.push(c);
        if punctuation(c) {
            flush(&mut current, &mut words, &mut spaces);
        }
    }
    flush(&mut current, &mut words, &mut spaces);
    (words, spaces)
}
