//! Tabs writing at the same instant lose nothing: a model of the browser's
//! localStorage (last write wins; other tabs hear of a write late, in any
//! interleaving) with tabs that label and unlabel their own sentences, run
//! through `TabSync` as the app runs it. Every interleaving ends with every
//! tab and the storage holding every tab's last word on each sentence.
#![cfg(not(target_arch = "wasm32"))]

use hamish_core::annotations::{Chunk, SentenceAnnotation};
use hamish_core::labels::LabelId;
use hamish_core::store::{Incoming, Seen, TabSync};
use proptest::prelude::*;
use std::collections::VecDeque;

const KEY: &str = "hamish/v1/doc/d/0";

#[derive(Clone, Debug)]
struct Record {
    seq: u64,
    chunk: Chunk,
    seen: Seen,
}

struct Tab {
    sync: TabSync,
    view: Chunk,
    /// Records other tabs wrote, not yet heard of.
    inbox: VecDeque<Record>,
    /// The newest record taken in or written.
    known: u64,
}

struct Browser {
    tabs: Vec<Tab>,
    stored: Option<Record>,
    clock: u64,
    writes: usize,
}

fn label(tab: usize) -> SentenceAnnotation {
    SentenceAnnotation { labels: vec![LabelId(tab as u32 + 1)], note: String::new() }
}

impl Browser {
    fn new(tabs: usize) -> Self {
        let tabs = (0..tabs)
            .map(|tab| Tab {
                sync: TabSync::new(format!("t{tab}")),
                view: Chunk::new(),
                inbox: VecDeque::new(),
                known: 0,
            })
            .collect();
        Self { tabs, stored: None, clock: 1_000, writes: 0 }
    }

    /// Tab `tab` saves its view, as the app does after every change.
    fn save(&mut self, tab: usize, before: Chunk) {
        self.clock += 1;
        let seq = self.clock;
        let me = &mut self.tabs[tab];
        let Some(seen) = me.sync.wrote(KEY, seq, before, me.view.clone()) else {
            return;
        };
        me.known = seq;
        let record = Record { seq, chunk: me.view.clone(), seen };
        self.writes += 1;
        self.stored = Some(record.clone());
        for (other, them) in self.tabs.iter_mut().enumerate() {
            if other != tab {
                them.inbox.push_back(record.clone());
            }
        }
    }

    /// Tab `tab` toggles sentence `sentence` (its own: no other tab touches it).
    fn toggle(&mut self, tab: usize, sentence: usize) {
        let before = self.tabs[tab].view.clone();
        let view = &mut self.tabs[tab].view;
        if view.remove(&sentence).is_none() {
            view.insert(sentence, label(tab));
        }
        self.save(tab, before);
    }

    /// Tab `tab` hears of the oldest write it has not heard of yet.
    fn deliver(&mut self, tab: usize) {
        let Some(record) = self.tabs[tab].inbox.pop_front() else {
            return;
        };
        let me = &mut self.tabs[tab];
        if record.seq <= me.known {
            return;
        }
        me.known = record.seq;
        let before = me.view.clone();
        match me.sync.received(KEY, record.chunk, &record.seen) {
            Incoming::Take(chunk) => me.view = chunk,
            Incoming::Merge(chunk) => me.view = chunk,
        }
        self.save(tab, before);
    }

    fn settle(&mut self) {
        for _ in 0..100_000 {
            let Some(tab) = self.tabs.iter().position(|tab| !tab.inbox.is_empty()) else {
                return;
            };
            self.deliver(tab);
        }
        panic!("the tabs never settled ({} writes)", self.writes);
    }
}

/// Runs `steps` (`(tab, Some(sentence))` toggles, `(tab, None)` hears of a
/// write) over `tabs` tabs, lets every write arrive, and checks the outcome.
fn run(tabs: usize, steps: &[(usize, Option<usize>)]) -> Result<(), TestCaseError> {
    let mut browser = Browser::new(tabs);
    let mut expected = Chunk::new();
    for &(tab, step) in steps {
        let tab = tab % tabs;
        match step {
            Some(sentence) => {
                // Tab t owns sentences t, t + tabs, t + 2 * tabs, …
                let sentence = sentence * tabs + tab;
                browser.toggle(tab, sentence);
                if expected.remove(&sentence).is_none() {
                    expected.insert(sentence, label(tab));
                }
            }
            None => browser.deliver(tab),
        }
    }
    browser.settle();
    for (index, tab) in browser.tabs.iter().enumerate() {
        prop_assert_eq!(&tab.view, &expected, "tab {} lost or kept something", index);
    }
    prop_assert_eq!(browser.stored.map(|record| record.chunk).unwrap_or_default(), expected);
    Ok(())
}

fn steps(length: usize) -> impl Strategy<Value = Vec<(usize, Option<usize>)>> {
    prop::collection::vec((0usize..3, prop::option::weighted(0.5, 0usize..40)), 1..length)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn two_tabs_lose_nothing_whatever_the_interleaving(steps in steps(120)) {
        run(2, &steps)?;
    }

    #[test]
    fn three_tabs_lose_nothing_whatever_the_interleaving(steps in steps(160)) {
        run(3, &steps)?;
    }
}

#[test]
fn two_tabs_pressing_at_the_same_instant_keep_both_labels() {
    // Both write before either hears of the other: the later write alone
    // lacks the earlier one's label, and the merge puts it back.
    run(2, &[(0, Some(0)), (1, Some(0)), (0, None), (1, None)]).expect("no label lost");
    // Two hundred presses each, every one before hearing of the other's.
    let mut presses: Vec<(usize, Option<usize>)> = (0..200).flat_map(|i| [(0, Some(i)), (1, Some(i))]).collect();
    presses.extend((0..400).map(|i| (i % 2, None)));
    run(2, &presses).expect("no label lost");
}
