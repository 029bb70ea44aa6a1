//! W3C Web Annotation JSON-LD export: one annotation per annotated
//! sentence and one per span, selected by quote and by code-point position, with where an
//! imported document came from in Hamish's own terms. Every id is a URI
//! (so also an IRI): document ids are percent-encoded; no value is `null`;
//! every key is a term of the annotation context or a `hamish:` or
//! `schema:` compact IRI; each annotation carries its own `@context`.

use crate::formats::export::{documents_in, label_names, Scope, APP_VERSION};
use crate::model::annotations::SentenceAnnotation;
use crate::model::work::Work;
use crate::text::document::{Document, Origin};
use serde_json::json;

/// The IRI prefix of Hamish's own terms in W3C exports (`hamish:documentId`
/// on every target; `hamish:sourceFile`, `hamish:sourceRow`,
/// `hamish:sourceId` on a target whose document was imported from a file),
/// declared in the second context.
pub const HAMISH_TERMS: &str = "urn:hamish:terms:";

/// The Web Annotation context.
pub const ANNOTATION_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// `text` made safe inside a URI (and so an IRI, RFC 3987): every byte of
/// its UTF-8 other than ASCII letters, digits, `-`, `.`, `_` and `~` is
/// percent-encoded, so spaces, `:`, `#`, `/`, `<>"{}|\^` and Arabic letters
/// cannot end or break the identifier.
pub fn iri_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The IRI of a document, the `source` of its annotations' targets.
pub fn document_iri(document: &Document) -> String {
    format!("urn:hamish:document:{}", iri_segment(&document.id.0))
}

/// The document id in an IRI made by [`document_iri`], if it is one.
pub fn document_id_from_iri(iri: &str) -> Option<String> {
    let encoded = iri.strip_prefix("urn:hamish:document:")?;
    let mut bytes = Vec::new();
    let mut rest = encoded.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' && tail.len() >= 2 {
            let hex = std::str::from_utf8(&tail[..2]).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

/// The IRI of the annotation on sentence `index` of `document`.
pub fn annotation_iri(document: &Document, index: usize) -> String {
    format!("urn:hamish:annotation:{}:{index}", iri_segment(&document.id.0))
}

/// The IRI of an export's collection: what it holds and when it was made.
pub fn collection_iri(scope: &Scope, exported_at: &str) -> String {
    let what = match scope {
        Scope::All => "all".to_string(),
        Scope::Document(id) => format!("document:{}", iri_segment(&id.0)),
        Scope::Exercise => "exercise".to_string(),
    };
    format!("urn:hamish:export:{what}:{}", iri_segment(exported_at))
}

/// The two contexts: the Web Annotation one, and Hamish's own prefix.
fn context() -> serde_json::Value {
    json!([ANNOTATION_CONTEXT, {"hamish": HAMISH_TERMS}])
}

/// Adds where the target's document came from, in Hamish's own terms.
fn with_origin(target: &mut serde_json::Value, origin: &Origin) {
    if !origin.file.is_empty() {
        target["hamish:sourceFile"] = json!(origin.file);
    }
    if let Some(row) = origin.row {
        target["hamish:sourceRow"] = json!(row);
    }
    if let Some(id) = &origin.id {
        target["hamish:sourceId"] = json!(id);
    }
}

/// Code points of context kept before and after a quote.
const CONTEXT_CHARS: usize = 32;

/// The target of code points `start..end` of the document: its IRI, a
/// quote (with the context around it, when there is any) and the positions.
fn target(document: &Document, chars: &[char], start: usize, end: usize) -> Option<serde_json::Value> {
    let exact: String = chars.get(start..end)?.iter().collect();
    let prefix: String = chars.get(start.saturating_sub(CONTEXT_CHARS)..start)?.iter().collect();
    let suffix: String = chars.get(end..(end + CONTEXT_CHARS).min(chars.len()))?.iter().collect();
    let mut quote = json!({"type": "TextQuoteSelector", "exact": exact});
    if !prefix.is_empty() {
        quote["prefix"] = json!(prefix);
    }
    if !suffix.is_empty() {
        quote["suffix"] = json!(suffix);
    }
    let mut target = json!({
        "source": document_iri(document),
        "selector": [quote, {"type": "TextPositionSelector", "start": start, "end": end}],
        "hamish:documentId": document.id.as_str(),
    });
    if let Some(origin) = &document.origin {
        with_origin(&mut target, origin);
    }
    Some(target)
}

/// One annotation per span of sentence `index`: its label as a `tagging`
/// body, its words by quote and by position in code points of the
/// document, `hamish:scope` `span` and `hamish:sentence` the sentence.
fn span_items(
    work: &Work,
    document: &Document,
    chars: &[char],
    index: usize,
    annotation: &SentenceAnnotation,
) -> Vec<serde_json::Value> {
    let Some(sentence) = document.sentences().get(index) else {
        return Vec::new();
    };
    let mut items = Vec::new();
    for (number, span) in annotation.spans.iter().enumerate() {
        let Some(label) = work.labels().get(span.label) else {
            continue;
        };
        let Some(target) = target(document, chars, sentence.start + span.start, sentence.start + span.end) else {
            continue;
        };
        items.push(json!({
            "@context": context(),
            "id": format!("{}:span:{number}", annotation_iri(document, index)),
            "type": "Annotation",
            "motivation": "tagging",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": label.name, "language": "ar"}],
            "target": target,
            "hamish:scope": "span",
            "hamish:sentence": index,
        }));
    }
    items
}

/// W3C Web Annotation JSON-LD: an `AnnotationCollection` (with an id) whose
/// embedded `AnnotationPage` (with an id) holds one annotation per
/// annotated sentence, each with a `TextQuoteSelector` and a
/// `TextPositionSelector` (code points), labels as `tagging` bodies and the
/// note as a `commenting` body; then one annotation per span of the
/// sentence (see [`span_items`]); a sentence with spans and neither labels
/// nor note has only its spans' annotations. `creator` only when
/// `annotator` is named.
pub fn export_w3c(work: &Work, annotator: &str, scope: &Scope, exported_at: &str) -> String {
    let mut items = Vec::new();
    for document in documents_in(work, scope) {
        let Some(annotations) = work.annotations().get(&document.id) else {
            continue;
        };
        let chars: Vec<char> = document.text().chars().collect();
        for (index, annotation) in annotations.iter() {
            let spans = span_items(work, document, &chars, index, annotation);
            let Some(sentence) = document.sentences().get(index) else {
                continue;
            };
            let Some(target) = target(document, &chars, sentence.start, sentence.end) else {
                continue;
            };
            let mut body: Vec<serde_json::Value> = label_names(work.labels(), Some(annotation))
                .into_iter()
                .map(|name| json!({"type": "TextualBody", "purpose": "tagging", "value": name, "language": "ar"}))
                .collect();
            if !annotation.note.is_empty() {
                body.push(json!({"type": "TextualBody", "purpose": "commenting", "value": annotation.note}));
            }
            let item = json!({
                "@context": context(),
                "id": annotation_iri(document, index),
                "type": "Annotation",
                "motivation": if annotation.labels.is_empty() { "commenting" } else { "classifying" },
                "body": body,
                "target": target
            });
            let mut made = if body.is_empty() && !spans.is_empty() { spans } else { [vec![item], spans].concat() };
            for item in &mut made {
                item["created"] = json!(exported_at);
                if !annotator.is_empty() {
                    item["creator"] = json!({"type": "Person", "name": annotator});
                }
            }
            items.extend(made);
        }
    }
    let id = collection_iri(scope, exported_at);
    let collection = json!({
        "@context": context(),
        "id": id,
        "type": "AnnotationCollection",
        "label": "Hamish export",
        "generator": {"type": "Software", "name": "Hamish", "schema:softwareVersion": APP_VERSION},
        "generated": exported_at,
        "total": items.len(),
        "first": {"id": format!("{id}:page:1"), "type": "AnnotationPage", "startIndex": 0, "items": items}
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}
