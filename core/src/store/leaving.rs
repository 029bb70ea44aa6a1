//! What a tab that is going away keeps when a change has not reached the
//! store yet: a page that is reloaded, closed or navigated away aborts the
//! IndexedDB transactions it has not finished, so the records that would
//! take the store to the work are written synchronously to localStorage
//! instead, where the next start moves them into the store as it moves an
//! earlier version's records ([`super::plan_migration`]: each key takes the
//! newer record).

use super::keys::{key_kind, KeyKind};
use super::records::encode_chunk;
use super::writer::Writer;
use super::writes::Write;
use crate::model::annotations::Chunk;
use crate::model::work::Work;
use std::collections::HashSet;

/// The most a leaving tab writes to localStorage, in bytes: more (an
/// import on its way) would not fit there; the browser's warning before
/// leaving is what protects it.
pub const LEAVING_LIMIT: usize = 1 << 20;

impl Writer {
    /// The records that take the store from what it holds, as far as this
    /// tab knows, to `work`, when some are not stored yet: chunks, labels,
    /// orphans, the exercise, the comparison and students' work set aside
    /// (an emptied chunk as an empty record, since localStorage cannot
    /// carry a removal). Imported texts, their list, and chunks of
    /// documents whose text is not stored yet are left to the store; none
    /// at all when the records would pass `limit` bytes or nothing is
    /// known stored. The next batch's `seq` comes after theirs, so that a
    /// tab that stays after all writes over them.
    ///
    /// A batch on its way may still commit after the page has gone, so the
    /// records that differ from what it writes are kept too: a change undone
    /// while its write is on its way is back where the store stood, and
    /// would otherwise be lost to that write.
    pub fn leaving(&mut self, work: &Work, now: u64, limit: usize) -> Vec<Write> {
        let Some(stored) = self.stored.clone() else { return Vec::new() };
        if !self.busy() && stored.same_as(work) {
            return Vec::new();
        }
        let seq = self.next_seq(now);
        let mut writes = self.records_between(Some(&stored), work, seq);
        if let Some(flying) = self.in_flight_work() {
            let known: HashSet<String> = writes.iter().map(|write| write.key.clone()).collect();
            let more = self.records_between(Some(flying), work, seq);
            writes.extend(more.into_iter().filter(|write| !known.contains(&write.key)));
        }
        let mut kept = Vec::new();
        let mut size = 0;
        for write in writes {
            let value = match (key_kind(&write.key), write.value) {
                (KeyKind::Chunk(doc, _), _) if stored.position(&doc).is_none() => continue,
                (KeyKind::Chunk(doc, _), None) => match work.document(&doc) {
                    Some(document) => encode_chunk(seq, document, &Chunk::default()),
                    None => continue,
                },
                (KeyKind::Text(_) | KeyKind::Imported | KeyKind::Meta, _) | (_, None) => continue,
                (_, Some(value)) => value,
            };
            size += write.key.len() + value.len();
            if size > limit {
                return Vec::new();
            }
            kept.push(Write { key: write.key, value: Some(value) });
        }
        kept
    }
}
