//! W3C Web Annotation JSON-LD export: one annotation per annotated
//! sentence, selected by quote and by code-point position, with where an
//! imported document came from in Hamish's own terms.

use super::document::Origin;
use super::export::{documents_in, label_names, Scope, APP_VERSION};
use super::work::Work;
use serde_json::json;

/// The IRI prefix of Hamish's own terms in W3C exports (`hamish:sourceFile`,
/// `hamish:sourceRow`, `hamish:sourceId` on a target whose document was
/// imported from a file), declared in a second context.
pub const HAMISH_TERMS: &str = "urn:hamish:terms:";

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

/// W3C Web Annotation JSON-LD: an `AnnotationCollection` of one annotation
/// per annotated sentence, each with a `TextQuoteSelector` and a
/// `TextPositionSelector` (code points), labels as `tagging` bodies and the
/// note as a `commenting` body.
pub fn export_w3c(work: &Work, annotator: &str, scope: &Scope, exported_at: &str) -> String {
    let mut items = Vec::new();
    let mut has_origins = false;
    for document in documents_in(work, scope) {
        let Some(annotations) = work.annotations.get(&document.id) else {
            continue;
        };
        let chars: Vec<char> = document.text().chars().collect();
        for (index, annotation) in annotations.iter() {
            let Some(sentence) = document.sentences().get(index) else {
                continue;
            };
            let prefix: String = chars[sentence.start.saturating_sub(CONTEXT_CHARS)..sentence.start].iter().collect();
            let suffix: String = chars[sentence.end..(sentence.end + CONTEXT_CHARS).min(chars.len())].iter().collect();
            let mut body: Vec<serde_json::Value> = label_names(&work.labels, Some(annotation))
                .into_iter()
                .map(|name| json!({"type": "TextualBody", "purpose": "tagging", "value": name, "language": "ar"}))
                .collect();
            if !annotation.note.is_empty() {
                body.push(json!({"type": "TextualBody", "purpose": "commenting", "value": annotation.note}));
            }
            let mut target = json!({
                "source": format!("urn:hamish:document:{}", document.id),
                "selector": [
                    {"type": "TextQuoteSelector", "exact": document.sentence_text(index).unwrap_or_default(), "prefix": prefix, "suffix": suffix},
                    {"type": "TextPositionSelector", "start": sentence.start, "end": sentence.end}
                ]
            });
            if let Some(origin) = &document.origin {
                with_origin(&mut target, origin);
                has_origins = true;
            }
            items.push(json!({
                "id": format!("urn:hamish:{}:{}", document.id, index),
                "type": "Annotation",
                "motivation": if annotation.labels.is_empty() { "commenting" } else { "classifying" },
                "creator": if annotator.is_empty() { serde_json::Value::Null } else { json!({"type": "Person", "name": annotator}) },
                "created": exported_at,
                "body": body,
                "target": target
            }));
        }
    }
    let context = if has_origins {
        json!(["http://www.w3.org/ns/anno.jsonld", {"hamish": HAMISH_TERMS}])
    } else {
        json!("http://www.w3.org/ns/anno.jsonld")
    };
    let collection = json!({
        "@context": context,
        "type": "AnnotationCollection",
        "label": "Hamish export",
        "generator": {"type": "Software", "name": "Hamish", "version": APP_VERSION},
        "generated": exported_at,
        "total": items.len(),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}
