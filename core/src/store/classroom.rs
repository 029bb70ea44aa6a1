//! The record of the teacher's comparison: submissions, decisions, notes
//! and the answer key, under `hamish/v1/adjudication`.

use super::records::{check_version, encode, malformed, Envelope, RecordError, SCHEMA_VERSION};
use crate::classroom::{Adjudication, AnswerKey, Answers, LabelKey, Notes};
use crate::document::DocumentId;
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
    #[serde(default)]
    notes: Vec<NoteRecord>,
}

#[derive(Serialize, Deserialize)]
struct AdjudicationBody {
    files: Vec<FileRecord>,
    #[serde(default)]
    decisions: Vec<AnswerRecord>,
    #[serde(default)]
    notes: Vec<NoteRecord>,
    #[serde(default)]
    key: Option<KeyRecord>,
}

fn answers_out(answers: &Answers) -> Vec<AnswerRecord> {
    let record = |((doc, sentence), labels): (&(DocumentId, usize), &Vec<LabelKey>)| AnswerRecord {
        document: doc.0.clone(),
        sentence: *sentence,
        labels: labels.clone(),
    };
    answers.iter().map(record).collect()
}

fn notes_out(notes: &Notes) -> Vec<NoteRecord> {
    let record = |((doc, sentence), note): (&(DocumentId, usize), &String)| NoteRecord {
        document: doc.0.clone(),
        sentence: *sentence,
        note: note.clone(),
    };
    notes.iter().map(record).collect()
}

fn answers_in(records: Vec<AnswerRecord>) -> Answers {
    records.into_iter().map(|r| ((DocumentId(r.document), r.sentence), r.labels)).collect()
}

fn notes_in(records: Vec<NoteRecord>) -> Notes {
    records.into_iter().map(|r| ((DocumentId(r.document), r.sentence), r.note)).collect()
}

/// Encodes the teacher's comparison.
pub fn encode_adjudication(seq: u64, adjudication: &Adjudication) -> String {
    let files =
        (adjudication.files.iter()).map(|(name, text)| FileRecord { name: name.clone(), text: text.clone() }).collect();
    let key = adjudication.key.as_ref().map(|key| KeyRecord {
        source: key.source.clone(),
        answers: answers_out(&key.answers),
        notes: notes_out(&key.notes),
    });
    let body = AdjudicationBody {
        files,
        decisions: answers_out(&adjudication.decisions),
        notes: notes_out(&adjudication.notes),
        key,
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
        notes: notes_in(body.notes),
        key: body.key.map(|key| AnswerKey {
            source: key.source,
            answers: answers_in(key.answers),
            notes: notes_in(key.notes),
        }),
    })
}
