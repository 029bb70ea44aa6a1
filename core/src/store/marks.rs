//! What makes two devices' versions of one record agree without losing
//! either: the record seen as atoms (a label on a sentence, a span, a
//! note), each with a mark saying when, and by which device, it was last
//! set or taken off. Joining two sets of marks keeps, per atom, the later
//! mark; so devices that sync in any order, offline for any time, and
//! resolve the same conflict at once, end with the same record: each
//! label and span as its last change left it. A label taken off stays off
//! (its mark remains), which a merge from a common ancestor cannot promise
//! once two devices have merged each other's work.

use crate::model::annotations::Chunk;
use crate::model::labels::{LabelId, LabelSet};
use crate::model::spans::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A record as atoms: atom name → value (an absent atom is not set).
pub type Atoms = BTreeMap<String, String>;

/// When an atom was last set or taken off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Milliseconds since 1970, or later than every mark the device had seen.
    pub t: u64,
    /// The device that made the change.
    pub d: String,
    /// The value set; `None`: taken off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub v: Option<String>,
}

impl Mark {
    /// Whether this mark is later than `other`: by time, then by device name.
    fn after(&self, other: &Mark) -> bool {
        (self.t, &self.d) > (other.t, &other.d)
    }
}

/// Every atom's mark.
pub type Marks = BTreeMap<String, Mark>;

/// The latest time among `marks` (0: none).
pub fn latest(marks: &Marks) -> u64 {
    marks.values().map(|mark| mark.t).max().unwrap_or(0)
}

/// `marks` with this device's change from `before` to `after` marked at
/// `time` (every atom that differs).
pub fn stamp(marks: &Marks, before: &Atoms, after: &Atoms, time: u64, device: &str) -> Marks {
    let mut stamped = marks.clone();
    for name in before.keys().chain(after.keys()) {
        let value = after.get(name);
        let differs = before.get(name) != value || marks.get(name).is_some_and(|mark| mark.v.as_ref() != value);
        if differs {
            stamped.insert(name.clone(), Mark { t: time, d: device.to_string(), v: value.cloned() });
        }
    }
    stamped
}

/// Both sets of marks, per atom the later one.
pub fn join(a: &Marks, b: &Marks) -> Marks {
    let mut joined = a.clone();
    for (name, mark) in b {
        match joined.get(name) {
            Some(kept) if !mark.after(kept) => {}
            _ => drop(joined.insert(name.clone(), mark.clone())),
        }
    }
    joined
}

/// `atoms`, whose marks are `own`, with every atom `joined` marks later
/// set to that mark's value.
pub fn settle(atoms: &Atoms, own: &Marks, joined: &Marks) -> Atoms {
    let mut settled = atoms.clone();
    for (name, mark) in joined {
        if own.get(name).is_some_and(|kept| !mark.after(kept)) {
            continue;
        }
        match &mark.v {
            Some(value) => settled.insert(name.clone(), value.clone()),
            None => settled.remove(name),
        };
    }
    settled
}

/// A chunk as atoms: per sentence, `<i>/l/<label>`, `<i>/s/<start>/<end>/<label>`,
/// `<i>/n` (the note), `<i>/h` (a heading), `<i>/g` (a suggestion).
pub fn chunk_atoms(chunk: &Chunk) -> Atoms {
    let mut atoms = Atoms::new();
    for (index, annotation) in chunk {
        for label in &annotation.labels {
            atoms.insert(format!("{index}/l/{}", label.0), String::new());
        }
        for span in &annotation.spans {
            atoms.insert(format!("{index}/s/{}/{}/{}", span.start, span.end, span.label.0), String::new());
        }
        if !annotation.note.is_empty() {
            atoms.insert(format!("{index}/n"), annotation.note.clone());
        }
        if annotation.heading {
            atoms.insert(format!("{index}/h"), String::new());
        }
        if annotation.suggested {
            atoms.insert(format!("{index}/g"), String::new());
        }
    }
    atoms
}

/// The chunk `atoms` describe, labels in the order of `labels`; atoms it
/// cannot read are left out.
pub fn atoms_chunk(atoms: &Atoms, labels: &LabelSet) -> Chunk {
    let mut chunk = Chunk::new();
    for (name, value) in atoms {
        let parts: Vec<&str> = name.split('/').collect();
        let Some(index) = parts.first().and_then(|index| index.parse::<usize>().ok()) else {
            continue;
        };
        let number = |at: usize| parts.get(at).and_then(|part| part.parse::<u32>().ok());
        let annotation = chunk.entry(index).or_default();
        match parts.get(1).copied() {
            Some("l") => annotation.labels.extend(number(2).map(LabelId)),
            Some("s") => annotation.spans.extend(
                (number(2).zip(number(3)).zip(number(4)))
                    .and_then(|((start, end), label)| Span::new(start as usize, end as usize, LabelId(label))),
            ),
            Some("n") => annotation.note = value.clone(),
            Some("h") => annotation.heading = true,
            Some("g") => annotation.suggested = true,
            _ => {}
        }
    }
    for annotation in chunk.values_mut() {
        let known = labels.sorted(&annotation.labels);
        // Labels not in the set (yet) are kept, after the others.
        let unknown: Vec<LabelId> = annotation.labels.iter().filter(|id| !known.contains(id)).copied().collect();
        annotation.labels = known.into_iter().chain(unknown).collect();
        annotation.spans.sort();
        annotation.spans.dedup();
        annotation.suggested &= !annotation.labels.is_empty() || !annotation.spans.is_empty();
    }
    chunk.retain(|_, annotation| !annotation.is_empty());
    chunk
}
