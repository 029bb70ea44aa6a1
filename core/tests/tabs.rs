//! Tabs writing at the same instant lose nothing. A model of the browser:
//! each tab's journal writes are merges into the stored record, run one
//! after another but late and in any interleaving with the other tabs'
//! presses, writes and reads; a tab takes in the stored chunk when it hears
//! of a write and it is newer than what it holds. Every interleaving ends
//! with the store and every tab holding every tab's last word on each of
//! its sentences.
#![cfg(not(target_arch = "wasm32"))]

use hamish_core::annotations::{Chunk, SentenceAnnotation};
use hamish_core::document::{Document, DocumentId, DocumentSource};
use hamish_core::labels::LabelId;
use hamish_core::store::{merge_stored, stored_chunk, ChunkSync, StoredUpdate};
use proptest::prelude::*;
use std::collections::VecDeque;

const SENTENCES: usize = 120;

fn document() -> Document {
    let text: String = (0..SENTENCES).map(|i| format!("الجملة رقم {i}.\n")).collect();
    Document::new(DocumentId("d".into()), text, "d", DocumentSource::Imported)
}

fn label(tab: usize) -> SentenceAnnotation {
    SentenceAnnotation { labels: vec![LabelId(tab as u32 + 1)], ..SentenceAnnotation::default() }
}

const KEY: &str = "hamish/v1/doc/d/0";

struct Tab {
    view: Chunk,
    /// Pressed but not yet saved (the app saves after it renders).
    dirty: bool,
    sync: ChunkSync,
    /// Merges queued in the journal, not yet run: (base, after, seq).
    pending: VecDeque<(Chunk, Chunk, u64)>,
}

struct Browser {
    document: Document,
    stored: Option<String>,
    tabs: Vec<Tab>,
    clock: u64,
}

impl Browser {
    fn new(tabs: usize) -> Self {
        let tabs = (0..tabs)
            .map(|_| Tab { view: Chunk::new(), dirty: false, sync: ChunkSync::default(), pending: VecDeque::new() })
            .collect();
        Self { document: document(), stored: None, tabs, clock: 1_000 }
    }

    fn press(&mut self, tab: usize, sentence: usize) {
        self.clock += 1;
        let me = &mut self.tabs[tab];
        if me.view.remove(&sentence).is_none() {
            me.view.insert(sentence, label(tab));
        }
        me.dirty = true;
    }

    /// Tab `tab` saves its view (as the app does once it has rendered).
    fn save(&mut self, tab: usize) {
        let me = &mut self.tabs[tab];
        if !std::mem::take(&mut me.dirty) {
            return;
        }
        if let Some(base) = me.sync.queue(KEY, Chunk::new(), &me.view) {
            me.pending.push_back((base, me.view.clone(), self.clock));
        }
    }

    /// An update from storage, applied as the app's reducer applies it.
    fn take(&mut self, tab: usize, update: StoredUpdate) {
        let view = &mut self.tabs[tab].view;
        match update {
            StoredUpdate::Chunk { entries, .. } => *view = entries,
            StoredUpdate::ChunkChange { before, after, .. } => {
                let indexes: std::collections::BTreeSet<usize> = before.keys().chain(after.keys()).copied().collect();
                for index in indexes {
                    if before.get(&index) != after.get(&index) {
                        match after.get(&index) {
                            Some(annotation) => view.insert(index, annotation.clone()),
                            None => view.remove(&index),
                        };
                    }
                }
            }
            _ => {}
        }
        // A change to the view is saved like any other.
        self.tabs[tab].dirty = true;
    }

    /// Tab `tab`'s oldest queued merge runs.
    fn commit(&mut self, tab: usize) {
        let Some((base, after, seq)) = self.tabs[tab].pending.pop_front() else {
            return;
        };
        let merged = merge_stored(&self.document, 0, self.stored.as_deref(), &base, &after, seq);
        let update = self.tabs[tab].sync.committed(KEY, &self.document.id, 0, &merged);
        self.stored = Some(merged.value);
        if let Some(update) = update {
            self.take(tab, update);
        }
    }

    /// Tab `tab` hears of a write and reads the stored record.
    fn read(&mut self, tab: usize) {
        let update = self.tabs[tab].sync.read(KEY, &self.document, 0, self.stored.as_deref(), Chunk::new());
        if let Some(update) = update {
            self.take(tab, update);
        }
    }
}

fn run(tabs: usize, steps: &[(usize, u8, usize)]) -> Result<(), TestCaseError> {
    let mut browser = Browser::new(tabs);
    let mut expected = Chunk::new();
    for &(tab, kind, sentence) in steps {
        let tab = tab % tabs;
        match kind % 4 {
            0 => {
                // Tab t owns sentences t, t + tabs, …
                let sentence = (sentence * tabs + tab) % (SENTENCES - SENTENCES % tabs);
                browser.press(tab, sentence);
                if expected.remove(&sentence).is_none() {
                    expected.insert(sentence, label(tab));
                }
            }
            1 => browser.commit(tab),
            2 => browser.read(tab),
            _ => browser.save(tab),
        }
    }
    // Everything settles: saves, queued merges, and each tab hearing of the last write.
    for _ in 0..4 {
        for tab in 0..tabs {
            browser.save(tab);
            while !browser.tabs[tab].pending.is_empty() {
                browser.commit(tab);
                browser.save(tab);
            }
        }
        for tab in 0..tabs {
            browser.read(tab);
            browser.save(tab);
        }
    }
    let stored = stored_chunk(&browser.document, 0, browser.stored.as_deref());
    prop_assert_eq!(&stored, &expected, "the store lost or kept something");
    for (index, tab) in browser.tabs.iter().enumerate() {
        prop_assert_eq!(&tab.view, &expected, "tab {} shows something else", index);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn two_tabs_lose_nothing_whatever_the_interleaving(steps in prop::collection::vec((0usize..2, 0u8..4, 0usize..60), 1..200)) {
        run(2, &steps)?;
    }

    #[test]
    fn three_tabs_lose_nothing_whatever_the_interleaving(steps in prop::collection::vec((0usize..3, 0u8..4, 0usize..40), 1..300)) {
        run(3, &steps)?;
    }
}

#[test]
fn two_tabs_pressing_at_the_same_instant_keep_both_labels() {
    // Both press before either's write runs or either reads.
    run(2, &[(0, 0, 0), (1, 0, 0), (0, 3, 0), (1, 3, 0), (0, 1, 0), (1, 1, 0)]).expect("no label lost");
    // Sixty presses each, all written before either hears of the other.
    let mut steps: Vec<(usize, u8, usize)> =
        (0..60).flat_map(|i| [(0, 0, i), (0, 3, 0), (1, 0, i), (1, 3, 0)]).collect();
    steps.extend((0..120).map(|i| (i % 2, 1, 0)));
    run(2, &steps).expect("no label lost");
}

/// One tab alone: localStorage (written at each save, and by a merge only
/// when it is the last one queued) always holds the chunk as last saved, so
/// a reload at any instant finds it, even while an undo's merge runs late.
#[test]
fn a_late_merge_never_puts_back_an_older_chunk_in_local_storage() {
    let document = document();
    let encode = |chunk: &Chunk| hamish_core::store::encode_chunk(1, &document, chunk);
    let labeled: Chunk = [(1, label(0))].into_iter().collect();
    // Label, undo, redo: three saves before any merge runs.
    let views = [labeled.clone(), Chunk::new(), labeled.clone()];
    let mut sync = ChunkSync::default();
    let (mut stored, mut local, mut queued) = (None::<String>, None::<String>, VecDeque::new());
    for (seq, view) in views.iter().enumerate() {
        let base = sync.queue(KEY, Chunk::new(), view).expect("a change");
        queued.push_back((base, view.clone(), seq as u64 + 1));
        local = Some(encode(view));
    }
    while let Some((base, after, seq)) = queued.pop_front() {
        let merged = merge_stored(&document, 0, stored.as_deref(), &base, &after, seq);
        stored = Some(merged.value.clone());
        if sync.committed(KEY, &document.id, 0, &merged).is_some() {
            local = Some(merged.value);
        }
        assert_eq!(stored_chunk(&document, 0, local.as_deref()), labeled, "a reload now would lose the label");
    }
    assert_eq!(stored_chunk(&document, 0, stored.as_deref()), labeled);
}
