//! Reading back a W3C Web Annotation export onto the documents the app
//! already has (the export carries no document text): each annotation's
//! document is found by `hamish:documentId` (or its `source` IRI), its
//! words by position, checked against the quote (and found again by the
//! quote, nearest the old position, when the text moved). Sentence
//! annotations give labels and notes, span annotations give spans of the
//! sentence holding them; what cannot be placed is counted in
//! [`LeftOut`], never dropped silently.

use crate::formats::batch::scope_for;
use crate::formats::errors::json_error;
use crate::formats::w3c::write::{document_id_from_iri, ANNOTATION_CONTEXT};
use crate::i18n::said::{import, isolate};
use crate::i18n::Lang;
use crate::model::anchor::{StoredAnnotation, QUOTE_CHARS};
use crate::model::annotations::SentenceAnnotation;
use crate::model::labels::{clean_label_name, Label, LabelColor, LabelId, LabelSet};
use crate::model::spans::{tidy, Span};
use crate::text::basics::byte_offsets;
use crate::text::document::Document;
use crate::{
    formats::errors::{invalid, ImportError, Problem},
    formats::plan::{LeftOut, ValidDocument, ValidFile},
};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Whether `text` looks like W3C Web Annotation JSON: a JSON object or
/// array naming the annotation context or an annotation collection or page
/// near its start.
pub fn looks_like_w3c(text: &str) -> bool {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let head: String = start.chars().take(4096).collect();
    (start.starts_with('{') || start.starts_with('['))
        && (head.contains(ANNOTATION_CONTEXT)
            || head.contains("\"AnnotationCollection\"")
            || head.contains("\"AnnotationPage\""))
}

/// One annotation of the file: its document, where it points, and what it
/// carries.
struct Item {
    doc: String,
    exact: Option<String>,
    context: (String, String),
    position: Option<(usize, usize)>,
    span: bool,
    labels: Vec<String>,
    note: String,
    creator: String,
}

fn string_at<'a>(
    map: &'a serde_json::Map<String, Value>,
    name: &str,
    path: &str,
) -> Result<Option<&'a str>, ImportError> {
    match map.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => {
            value.as_str().map(Some).ok_or_else(|| invalid(&format!("{path}.{name}"), Problem::ExpectedString))
        }
    }
}

/// `value` as a list: a list as it is, anything else alone.
fn as_list(value: Option<&Value>) -> Vec<&Value> {
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list.iter().collect(),
        Some(other) => vec![other],
    }
}

/// Reads the annotation `value` at `path`.
fn read_item(value: &Value, path: &str) -> Result<Item, ImportError> {
    let map = value.as_object().ok_or_else(|| invalid(path, Problem::ExpectedObject))?;
    let target_path = format!("{path}.target");
    let target =
        as_list(map.get("target")).into_iter().next().ok_or_else(|| invalid(&target_path, Problem::Missing))?;
    let target = target.as_object().ok_or_else(|| invalid(&target_path, Problem::ExpectedObject))?;
    let doc = match string_at(target, "hamish:documentId", &target_path)? {
        Some(id) => id.to_string(),
        None => string_at(target, "source", &target_path)?
            .and_then(document_id_from_iri)
            .ok_or_else(|| invalid(&format!("{target_path}.hamish:documentId"), Problem::Missing))?,
    };
    let mut item = Item {
        doc,
        exact: None,
        context: Default::default(),
        position: None,
        span: map.get("hamish:scope").and_then(Value::as_str) == Some("span"),
        labels: Vec::new(),
        note: String::new(),
        creator: map
            .get("creator")
            .and_then(|creator| creator.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .into(),
    };
    for (s, selector) in as_list(target.get("selector")).into_iter().enumerate() {
        let at = format!("{target_path}.selector[{s}]");
        let selector = selector.as_object().ok_or_else(|| invalid(&at, Problem::ExpectedObject))?;
        match selector.get("type").and_then(Value::as_str) {
            Some("TextQuoteSelector") => {
                let exact = string_at(selector, "exact", &at)?
                    .ok_or_else(|| invalid(&format!("{at}.exact"), Problem::Missing))?;
                let side = |name| string_at(selector, name, &at).map(|side| side.unwrap_or("").to_string());
                item.exact = Some(exact.to_string());
                item.context = (side("prefix")?, side("suffix")?);
            }
            Some("TextPositionSelector") => {
                let number = |name: &str| {
                    let at = format!("{at}.{name}");
                    let value = selector.get(name).ok_or_else(|| invalid(&at, Problem::Missing))?;
                    value.as_u64().map(|n| n as usize).ok_or_else(|| invalid(&at, Problem::ExpectedNumber))
                };
                item.position = Some((number("start")?, number("end")?));
            }
            _ => {}
        }
    }
    if item.exact.is_none() && item.position.is_none() {
        return Err(invalid(&format!("{target_path}.selector"), Problem::Missing));
    }
    for (b, body) in as_list(map.get("body")).into_iter().enumerate() {
        let at = format!("{path}.body[{b}]");
        let body = body.as_object().ok_or_else(|| invalid(&at, Problem::ExpectedObject))?;
        let value = string_at(body, "value", &at)?.unwrap_or("");
        match body.get("purpose").and_then(Value::as_str) {
            Some("tagging" | "classifying") => {
                let name = clean_label_name(value).ok_or_else(|| invalid(&format!("{at}.value"), Problem::Empty))?;
                if !item.labels.contains(&name) {
                    item.labels.push(name);
                }
            }
            Some("commenting") if !value.is_empty() => item.note = value.to_string(),
            _ => {}
        }
    }
    Ok(item)
}

/// Each item of `list` with its path under `path`.
fn numbered<'a>(list: &'a [Value], path: &str) -> Vec<(&'a Value, String)> {
    list.iter().enumerate().map(|(i, item)| (item, format!("{path}[{i}]"))).collect()
}

/// The list `value` at `path`.
fn list_at<'a>(value: Option<&'a Value>, path: &str) -> Result<&'a [Value], ImportError> {
    match value {
        Some(Value::Array(list)) => Ok(list.as_slice()),
        Some(_) => Err(invalid(path, Problem::ExpectedList)),
        None => Err(invalid(path, Problem::Missing)),
    }
}

/// The annotations of the file: a collection's embedded first page, a
/// page, one annotation, or a list of annotations; with the path of each.
fn items(root: &Value) -> Result<Vec<(&Value, String)>, ImportError> {
    match root {
        Value::Array(list) => Ok(numbered(list, "")),
        Value::Object(map) => match map.get("type").and_then(Value::as_str) {
            Some("AnnotationCollection") => {
                let first = map.get("first").ok_or_else(|| invalid("first", Problem::Missing))?;
                Ok(numbered(list_at(first.get("items"), "first.items")?, "first.items"))
            }
            Some("AnnotationPage") => Ok(numbered(list_at(map.get("items"), "items")?, "items")),
            Some("Annotation") => Ok(vec![(root, "(file)".to_string())]),
            _ => Err(ImportError::NotW3c),
        },
        _ => Err(ImportError::NotW3c),
    }
}

/// A document's text as code points, with where each starts in bytes.
struct DocText {
    chars: Vec<char>,
    offsets: Vec<usize>,
}

/// Where `item` points in `document` (code points): its position when the
/// text there is its quote, else the quote's occurrence whose context
/// matches best and lies nearest the position; `None` when the quote is
/// nowhere.
fn locate(document: &Document, text: &DocText, item: &Item) -> Option<(usize, usize)> {
    let length = text.chars.len();
    let slice = |(start, end): (usize, usize)| -> Option<String> {
        (start < end && end <= length).then(|| text.chars[start..end].iter().collect())
    };
    let Some(exact) = item.exact.as_deref().filter(|exact| !exact.is_empty()) else {
        return item.position.filter(|&(start, end)| start < end && end <= length);
    };
    if let Some(position) = item.position.filter(|&position| slice(position).as_deref() == Some(exact)) {
        return Some(position);
    }
    let (prefix, suffix) = &item.context;
    let wanted = item.position.map_or(0, |(start, _)| start);
    let source = document.text();
    source
        .match_indices(exact)
        .filter_map(|(byte, _)| {
            let start = text.offsets.binary_search(&byte).ok()?;
            let end = start + exact.chars().count();
            let before: String = text.chars[start.saturating_sub(prefix.chars().count())..start].iter().collect();
            let after: String = text.chars[end..(end + suffix.chars().count()).min(length)].iter().collect();
            let misses = usize::from(before != *prefix) + usize::from(after != *suffix);
            Some((misses, start.abs_diff(wanted), start, end))
        })
        .min()
        .map(|(_, _, start, end)| (start, end))
}

/// A sentence's label names, note and spans (code points of the sentence,
/// label name) as read.
type Found = (Vec<String>, String, Vec<(usize, usize, String)>);

/// The sentence of `document` that `start..end` overlaps most.
fn sentence_of(document: &Document, (start, end): (usize, usize)) -> Option<usize> {
    let sentences = document.sentences();
    let first = sentences.partition_point(|sentence| sentence.end <= start);
    (first..sentences.len())
        .take_while(|&index| sentences[index].start < end)
        .max_by_key(|&index| end.min(sentences[index].end) - start.max(sentences[index].start))
}

/// The file's labels: the app's labels it uses (matched by name in either
/// language) in the app's order with their colours and names, widened to
/// what the file uses them for; then its new names in first-seen order.
fn label_set(uses: &[(String, bool, bool)], known: &LabelSet) -> (LabelSet, HashMap<String, LabelId>) {
    let mut labels: Vec<Label> = Vec::new();
    let mut ids: HashMap<String, LabelId> = HashMap::new();
    for label in &known.labels {
        for (name, sentence, span) in uses.iter().filter(|(name, ..)| *name == label.name || *name == label.name_en) {
            let id = match labels.iter_mut().find(|existing| existing.name == label.name) {
                Some(existing) => {
                    existing.scope = scope_for(Some(existing.scope), *sentence, *span);
                    existing.id
                }
                None => {
                    let id = LabelId(labels.len() as u32 + 1);
                    labels.push(Label { id, scope: scope_for(Some(label.scope), *sentence, *span), ..label.clone() });
                    id
                }
            };
            ids.entry(name.clone()).or_insert(id);
        }
    }
    for (name, sentence, span) in uses {
        if !ids.contains_key(name) {
            let id = LabelId(labels.len() as u32 + 1);
            let (color, scope) = (LabelColor::for_position(labels.len()), scope_for(None, *sentence, *span));
            labels.push(Label { id, name: name.clone(), name_en: String::new(), color, scope });
            ids.insert(name.clone(), id);
        }
    }
    (LabelSet { labels, multiple: known.multiple }, ids)
}

/// Reads a W3C Web Annotation export onto `documents` (the app's), with
/// label names matched against `known` (the app's labels): a file Hamish
/// can import, whose documents are those of `documents` that the file
/// annotates. Refused when it is not JSON, not Web Annotations, malformed,
/// or annotates none of `documents`; annotations of other documents, quotes
/// no longer found and spans across sentences are counted in
/// [`ValidFile::left_out`].
pub fn read_w3c(text: &str, documents: &[Rc<Document>], known: &LabelSet) -> Result<ValidFile, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    let root: Value = serde_json::from_str(text).map_err(|error| json_error(text, &error))?;
    let read: Vec<Item> =
        items(&root)?.into_iter().map(|(value, path)| read_item(value, &path)).collect::<Result<_, _>>()?;
    let by_id: HashMap<&str, (usize, &Rc<Document>)> =
        documents.iter().enumerate().map(|(at, document)| (document.id.as_str(), (at, document))).collect();
    let mut left_out = LeftOut::default();
    let mut texts: HashMap<usize, DocText> = HashMap::new();
    let mut uses: Vec<(String, bool, bool)> = Vec::new();
    let mut found: BTreeMap<(usize, usize), Found> = BTreeMap::new();
    let mut matched = false;
    for item in &read {
        let Some(&(at, document)) = by_id.get(item.doc.as_str()) else {
            left_out.other_documents += 1;
            if !left_out.document_ids.contains(&item.doc) {
                left_out.document_ids.push(item.doc.clone());
            }
            continue;
        };
        matched = true;
        let text = texts.entry(at).or_insert_with(|| DocText {
            chars: document.text().chars().collect(),
            offsets: byte_offsets(document.text()),
        });
        let located = locate(document, text, item);
        let Some(((start, end), index)) = located.and_then(|range| Some((range, sentence_of(document, range)?))) else {
            left_out.quotes_not_found += 1;
            continue;
        };
        let sentence = &document.sentences()[index];
        if item.span && (start < sentence.start || end > sentence.end) {
            left_out.spans_across += item.labels.len().max(1);
            continue;
        }
        for name in &item.labels {
            match uses.iter_mut().find(|(used, ..)| used == name) {
                Some(used) => (used.1, used.2) = (used.1 || !item.span, used.2 || item.span),
                None => uses.push((name.clone(), !item.span, item.span)),
            }
        }
        let (names, note, spans) = found.entry((at, index)).or_default();
        if item.span {
            let (from, to) = (start - sentence.start, end - sentence.start);
            spans.extend(item.labels.iter().map(|name| (from, to, name.clone())));
            continue;
        }
        for name in &item.labels {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        if !item.note.is_empty() && !note.split('\n').any(|line| line == item.note) {
            *note = if note.is_empty() { item.note.clone() } else { format!("{note}\n{}", item.note) };
        }
    }
    if !matched && !left_out.document_ids.is_empty() {
        return Err(ImportError::UnknownDocuments { ids: left_out.document_ids });
    }
    let (mut labels, ids) = label_set(&uses, known);
    let mut valid: Vec<ValidDocument> = Vec::new();
    for ((at, index), (names, note, spans)) in found {
        let document = &documents[at];
        let ids_of = |names: &[String]| names.iter().filter_map(|name| ids.get(name).copied()).collect::<Vec<_>>();
        let mut spans: Vec<Span> =
            spans.into_iter().filter_map(|(from, to, name)| Span::new(from, to, *ids.get(&name)?)).collect();
        tidy(&mut spans);
        let chosen = labels.sorted(&ids_of(&names));
        labels.multiple |= chosen.len() > 1;
        let annotation = SentenceAnnotation { labels: chosen, note, spans, ..SentenceAnnotation::default() };
        if annotation.is_empty() {
            continue;
        }
        let sentence = &document.sentences()[index];
        let quote = document.sentence_text(index).unwrap_or_default().chars().take(QUOTE_CHARS).collect();
        let stored = StoredAnnotation {
            start: sentence.start,
            end: sentence.end,
            hash: sentence.hash.to_string(),
            quote,
            annotation,
        };
        match valid.last_mut().filter(|last| last.id == document.id) {
            Some(last) => last.annotations.push(stored),
            None => valid.push(ValidDocument {
                id: document.id.clone(),
                title: document.title.clone(),
                text: document.text().to_string(),
                annotations: vec![stored],
                origin: document.origin.clone(),
                split: document.split,
            }),
        }
    }
    let annotator = read.iter().map(|item| item.creator.clone()).find(|name| !name.is_empty()).unwrap_or_default();
    Ok(ValidFile { labels, documents: valid, annotator, left_out })
}

/// What the import dialog says of what a file leaves out, in `lang`: one
/// line per kind of annotation left out (none when nothing is).
pub fn left_out_lines(left_out: &LeftOut, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if left_out.other_documents > 0 {
        let ids: Vec<String> = left_out.document_ids.iter().map(|id| isolate(lang, id)).collect();
        lines.push(import::import_other_documents(lang, left_out.other_documents, &ids.join(lang.list_separator())));
    }
    if left_out.quotes_not_found > 0 {
        lines.push(import::import_quotes_not_found(lang, left_out.quotes_not_found));
    }
    if left_out.spans_across > 0 {
        lines.push(import::import_spans_across(lang, left_out.spans_across));
    }
    lines
}
