//! Keeping tabs in step when they write at the same instant.
//!
//! A browser shows a tab another tab's localStorage writes a moment late, so
//! two tabs can each write a chunk without having seen the other's write: the
//! later write would drop the earlier one's labels. Each chunk record
//! therefore says which writes it already includes: for every tab, the
//! newest `seq` of that tab's that it contains (a version vector). A tab that
//! receives a record missing some of its own writes puts them back on top
//! (sentence by sentence, as they changed) and writes the merge, so no
//! write is ever lost, however the writes interleave.

use crate::annotations::Chunk;
use std::collections::{BTreeMap, HashMap};

/// For each tab (by its id), the newest of its writes a record includes.
pub type Seen = BTreeMap<String, u64>;

/// How long a tab remembers its own writes, in `seq` units (milliseconds):
/// far longer than any tab takes to hear of another's write.
pub const SYNC_WINDOW: u64 = 10 * 60 * 1000;

/// One of this tab's chunk writes: what it changed.
#[derive(Clone, Debug, PartialEq)]
struct OwnWrite {
    seq: u64,
    before: Chunk,
    after: Chunk,
}

/// What to do with a chunk record another tab wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// It includes every write of this tab: take it as it is.
    Take(Chunk),
    /// It misses some of this tab's writes: take this merge, and write it.
    Merge(Chunk),
}

/// One tab's memory of its own recent chunk writes, of which writes each
/// key's records include, and of each key's chunk as last stored.
#[derive(Clone, Debug, Default)]
pub struct TabSync {
    tab: String,
    own: HashMap<String, Vec<OwnWrite>>,
    seen: HashMap<String, Seen>,
    stored: HashMap<String, Chunk>,
}

impl TabSync {
    /// The memory of tab `tab` (an id no other open tab has).
    pub fn new(tab: impl Into<String>) -> Self {
        Self { tab: tab.into(), ..Self::default() }
    }

    /// This tab's id.
    pub fn tab(&self) -> &str {
        &self.tab
    }

    /// The chunk of `key` as last stored (by this tab or another), if this
    /// tab knows it.
    pub fn stored(&self, key: &str) -> Option<&Chunk> {
        self.stored.get(key)
    }

    /// Notes that this tab writes `after` under `key` as write `seq` (the
    /// stored chunk was `before`, unless this tab knows better); returns what
    /// the record includes, to store with it, or `None` when `after` is what
    /// is stored already (nothing to write).
    pub fn wrote(&mut self, key: &str, seq: u64, before: Chunk, after: Chunk) -> Option<Seen> {
        let before = self.stored.remove(key).unwrap_or(before);
        if before == after {
            self.stored.insert(key.to_string(), after);
            return None;
        }
        self.stored.insert(key.to_string(), after.clone());
        let own = self.own.entry(key.to_string()).or_default();
        own.retain(|write| write.seq + SYNC_WINDOW >= seq);
        own.push(OwnWrite { seq, before, after });
        let seen = self.seen.entry(key.to_string()).or_default();
        seen.insert(self.tab.clone(), seq);
        seen.retain(|_, newest| *newest + SYNC_WINDOW >= seq);
        Some(seen.clone())
    }

    /// Takes in a record of `key` another tab wrote (`theirs`, including
    /// the writes `their_seen`): as it is, or merged with this tab's writes
    /// it misses.
    pub fn received(&mut self, key: &str, theirs: Chunk, their_seen: &Seen) -> Incoming {
        let included = their_seen.get(&self.tab).copied().unwrap_or(0);
        let missing: Vec<&OwnWrite> =
            self.own.get(key).map(|own| own.iter().filter(|write| write.seq > included).collect()).unwrap_or_default();
        // This tab now holds their chunk (plus, below, its own missing
        // writes): it includes exactly what theirs includes.
        self.seen.insert(key.to_string(), their_seen.clone());
        self.stored.insert(key.to_string(), theirs.clone());
        if missing.is_empty() {
            return Incoming::Take(theirs);
        }
        let merged = missing.iter().fold(theirs, |merged, write| merge_chunk(&write.before, &write.after, &merged));
        Incoming::Merge(merged)
    }
}

/// Merges a chunk written by another tab (`theirs`) with this tab's change
/// from `ours_before` to `ours_after`: their chunk, with every sentence this
/// tab changed set as this tab set it. Neither side's work is lost.
pub fn merge_chunk(ours_before: &Chunk, ours_after: &Chunk, theirs: &Chunk) -> Chunk {
    let mut merged = theirs.clone();
    let indexes: std::collections::BTreeSet<usize> = ours_before.keys().chain(ours_after.keys()).copied().collect();
    for index in indexes {
        let (before, after) = (ours_before.get(&index), ours_after.get(&index));
        if before != after {
            match after {
                Some(annotation) => merged.insert(index, annotation.clone()),
                None => merged.remove(&index),
            };
        }
    }
    merged
}
