//! The record of the teacher's comparison: submissions, decisions, notes
//! and the answer key, under `hamish/v1/adjudication`.

use super::records::{check_version, encode, malformed, Envelope, RecordError, SCHEMA_VERSION};
use crate::model::comparison::{Adjudication, AnswerKey, Answers, LabelKey, Notes, SpanAnswers};
use crate::model::spans::{tidy, Span};
use crate::text::document::DocumentId;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct FileRecord {
    name: String,
    text: String,
}

#[derive(Serialize, Deserialize)]
struct AnswerRecord {
    document: String,
    sentence: usize,
    labels: Vec<LabelKey>,
}

#[derive(Serialize, Deserialize)]
struct SpansRecord {
    document: String,
    sentence: usize,
    spans: Vec<Span>,
}

#[derive(Serialize, Deserialize)]
struct NoteRecord {
    document: String,
    sentence: usize,
    note: String,
}

#[derive(Serialize, Deserialize)]
struct KeyRecord {
    #[serde(default)]
    source: String,
    answers: Vec<AnswerRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    spans: Vec<SpansRecord>,
    #[serde(default)]
    notes: Vec<NoteRecord>,
}

#[derive(Serialize, Deserialize)]
struct AdjudicationBody {
    files: Vec<FileRecord>,
    #[serde(default)]
    decisions: Vec<AnswerRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    span_decisions: Vec<SpansRecord>,
    #[serde(default)]
    notes: Vec<NoteRecord>,
    #[serde(default)]
    key: Option<KeyRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_points: Option<u32>,
}

fn answers_out(answers: &Answers) -> Vec<AnswerRecord> {
    let record = |((doc, sentence), labels): (&(DocumentId, usize), &Vec<LabelKey>)| AnswerRecord {
        document: doc.0.to_string(),
        sentence: *sentence,
        labels: labels.clone(),
    };
    answers.iter().map(record).collect()
}

fn notes_out(notes: &Notes) -> Vec<NoteRecord> {
    let record = |((doc, sentence), note): (&(DocumentId, usize), &String)| NoteRecord {
        document: doc.0.to_string(),
        sentence: *sentence,
        note: note.clone(),
    };
    notes.iter().map(record).collect()
}

fn answers_in(records: Vec<AnswerRecord>) -> Answers {
    records.into_iter().map(|r| ((DocumentId(r.document.into()), r.sentence), r.labels)).collect()
}

fn spans_out(spans: &SpanAnswers) -> Vec<SpansRecord> {
    let record = |((doc, sentence), spans): (&(DocumentId, usize), &Vec<Span>)| SpansRecord {
        document: doc.0.to_string(),
        sentence: *sentence,
        spans: spans.clone(),
    };
    spans.iter().map(record).collect()
}

/// Spans read back; a span that is empty or reversed is dropped.
fn spans_in(records: Vec<SpansRecord>) -> SpanAnswers {
    let kept = |mut spans: Vec<Span>| {
        spans.retain(|span| span.start < span.end);
        tidy(&mut spans);
        spans
    };
    records.into_iter().map(|r| ((DocumentId(r.document.into()), r.sentence), kept(r.spans))).collect()
}

fn notes_in(records: Vec<NoteRecord>) -> Notes {
    records.into_iter().map(|r| ((DocumentId(r.document.into()), r.sentence), r.note)).collect()
}

/// Encodes the teacher's comparison.
pub fn encode_adjudication(seq: u64, adjudication: &Adjudication) -> String {
    let files =
        (adjudication.files.iter()).map(|(name, text)| FileRecord { name: name.clone(), text: text.clone() }).collect();
    let key = adjudication.key.as_ref().map(|key| KeyRecord {
        source: key.source.clone(),
        answers: answers_out(&key.answers),
        spans: spans_out(&key.spans),
        notes: notes_out(&key.notes),
    });
    let body = AdjudicationBody {
        files,
        decisions: answers_out(&adjudication.decisions),
        span_decisions: spans_out(&adjudication.span_decisions),
        notes: notes_out(&adjudication.notes),
        key,
        max_points: adjudication.max_points,
    };
    encode(seq, body)
}

/// Reads the teacher's comparison.
pub fn decode_adjudication(value: &str) -> Result<Adjudication, RecordError> {
    let envelope: Envelope<AdjudicationBody> = serde_json::from_str(value).map_err(malformed)?;
    check_version(envelope.v, SCHEMA_VERSION)?;
    let body = envelope.body;
    Ok(Adjudication {
        files: body.files.into_iter().map(|file| (file.name, file.text)).collect(),
        decisions: answers_in(body.decisions),
        span_decisions: spans_in(body.span_decisions),
        notes: notes_in(body.notes),
        key: body.key.map(|key| AnswerKey {
            source: key.source,
            answers: answers_in(key.answers),
            spans: spans_in(key.spans),
            notes: notes_in(key.notes),
        }),
        max_points: body.max_points,
    })
}
