//! One record kept in step between this device's store and its copy of
//! the server's database: what to write where, decided from the record as
//! stored here, the revision this device last wrote or took in (its
//! base), and the document's live revisions (one, or several when devices
//! wrote it apart). See [`super::marks`] for why nothing is lost.

use super::keys::{key_kind, KeyKind};
use super::marks::{atoms_chunk, chunk_atoms, join, latest, settle, stamp, Atoms, Marks};
use super::records::{decode_imported, encode_chunk, encode_imported, ImportedEntry};
use super::sync::stored_chunk;
use crate::model::labels::LabelSet;
use crate::text::document::Document;
use serde::{Deserialize, Serialize};

/// A revision of a record's server document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// Its revision id (`""`: not written yet).
    #[serde(default)]
    pub rev: String,
    /// The record (`None`: there is none).
    #[serde(default)]
    pub record: Option<String>,
    /// Its atoms' marks.
    #[serde(default)]
    pub marks: Marks,
}

/// A record's server document as this device's copy holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct RemoteState {
    /// The record's key.
    pub key: String,
    /// The revision this device last wrote or took in.
    #[serde(default)]
    pub base: Option<Revision>,
    /// The live revisions, the winner first.
    #[serde(default)]
    pub leaves: Vec<Revision>,
}

/// What syncing a record does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// The record's key.
    pub key: String,
    /// The store's new value, when it changes (`Some(None)`: deleted).
    pub store: Option<Option<String>>,
    /// The revision written on top of (`None`: a new document).
    pub over: Option<String>,
    /// What is written there (`None`: `over` holds it already, and becomes
    /// the base).
    pub write: Option<Revision>,
    /// Revisions closed (the other live ones, now joined in).
    pub close: Vec<String>,
    /// The revision `over`, when it becomes the base as it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep: Option<Revision>,
}

/// Name of the one atom of a record taken whole (the newer wins).
const WHOLE: &str = "record";

/// Record `key` as atoms; `None` when it cannot be read here (an
/// annotation chunk of a document this device does not hold yet).
fn atoms_of(key: &str, value: Option<&str>, document: Option<&Document>) -> Option<Atoms> {
    Some(match key_kind(key) {
        KeyKind::Chunk(_, chunk) => chunk_atoms(&stored_chunk(document?, chunk, value)),
        KeyKind::Imported => {
            let entries = value.map(decode_imported).transpose().ok()?.unwrap_or_default();
            (entries.iter())
                .filter_map(|entry| Some((entry.id.to_string(), serde_json::to_string(entry).ok()?)))
                .collect()
        }
        _ => value.map(|value| Atoms::from([(WHOLE.to_string(), value.to_string())])).unwrap_or_default(),
    })
}

/// The record `atoms` describe (`None`: no record), written with `seq`; the
/// list of imported documents keeps the order `stored` has.
fn record_of(
    key: &str,
    atoms: &Atoms,
    document: Option<&Document>,
    labels: &LabelSet,
    seq: u64,
    stored: Option<&str>,
) -> Option<String> {
    match key_kind(key) {
        KeyKind::Chunk(..) => Some(encode_chunk(seq, document?, &atoms_chunk(atoms, labels))),
        KeyKind::Imported => {
            let mut left = atoms.clone();
            let order = stored.and_then(|stored| decode_imported(stored).ok()).unwrap_or_default();
            let mut entries: Vec<ImportedEntry> = Vec::new();
            for id in order.iter().map(|entry| entry.id.to_string()).chain(atoms.keys().cloned()) {
                if let Some(entry) = left.remove(&id).and_then(|json| serde_json::from_str(&json).ok()) {
                    entries.push(entry);
                }
            }
            Some(encode_imported(seq, entries))
        }
        _ => atoms.get(WHOLE).cloned(),
    }
}

/// What syncing record `state.key` does, with the store holding `stored`:
/// this device's change since its base is marked at `time` (later than
/// every mark seen) by `device`. `None`: nothing to do, or not yet (its
/// document is not here). A store write uses `seq`.
pub fn plan(
    state: &RemoteState,
    stored: Option<&str>,
    document: Option<&Document>,
    labels: &LabelSet,
    clock: (u64, &str),
    seq: u64,
) -> Option<Plan> {
    let key = state.key.as_str();
    let base = state.base.clone().unwrap_or_default();
    let base_atoms = atoms_of(key, base.record.as_deref(), document)?;
    let store_atoms = atoms_of(key, stored, document)?;
    let seen = state.leaves.iter().map(|leaf| latest(&leaf.marks)).chain([latest(&base.marks)]).max().unwrap_or(0);
    let server = state.leaves.iter().fold(Marks::new(), |marks, leaf| join(&marks, &leaf.marks));
    // This device's own changes since its base: not what the server holds
    // already (a value taken from it whose base was not kept), and, with no
    // base at all (sync just turned on), not an atom the server has marked:
    // there the server's word stands, or stale work here would undo it.
    let mut own = base.marks.clone();
    for (name, mark) in stamp(&base.marks, &base_atoms, &store_atoms, clock.0.max(seen + 1), clock.1) {
        let counts = match server.get(&name) {
            _ if base.marks.get(&name) == Some(&mark) => false,
            Some(_) if state.base.is_none() => false,
            Some(theirs) => theirs.v != mark.v,
            None => true,
        };
        if counts {
            own.insert(name, mark);
        }
    }
    let over = (!base.rev.is_empty()).then(|| base.rev.clone());
    let others: Vec<&Revision> = state.leaves.iter().filter(|leaf| leaf.rev != base.rev).collect();
    if others.is_empty() {
        if own == base.marks && (over.is_some() || stored.is_none()) {
            return None;
        }
        let write = Revision { rev: String::new(), record: stored.map(str::to_string), marks: own };
        return Some(Plan {
            key: key.to_string(),
            store: None,
            over,
            write: Some(write),
            close: Vec::new(),
            keep: None,
        });
    }
    let joined = state.leaves.iter().fold(own.clone(), |marks, leaf| join(&marks, &leaf.marks));
    let settled = settle(&store_atoms, &own, &joined);
    let store = (settled != store_atoms).then(|| record_of(key, &settled, document, labels, seq, stored));
    let record = match &store {
        Some(changed) => changed.clone(),
        None => stored.map(str::to_string),
    };
    let winner = &state.leaves[0];
    let write = (winner.marks != joined).then(|| Revision { rev: String::new(), record, marks: joined });
    let close = state.leaves[1..].iter().map(|leaf| leaf.rev.clone()).collect();
    let keep = write.is_none().then(|| winner.clone());
    Some(Plan { key: key.to_string(), store, over: Some(winner.rev.clone()), write, close, keep })
}
