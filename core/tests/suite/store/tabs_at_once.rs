//! Tabs writing at the same instant lose nothing. A model of the browser:
//! each tab is the app's own state (changed at once by a press or an
//! update, as Yew's reducer is) and writer, which makes its batches from the
//! work last saved (the app saves after it renders), with the updates it
//! handed out put in meanwhile; batches run against one store late and in
//! any interleaving with the other tabs' presses, batches and reads, and may
//! fail (the quota) and go again; a tab hears of another tab's keys and
//! reads those records when it gets to them. Each tab toggles
//! its own label on any sentence, so several labels meet on one sentence.
//! Every interleaving ends with the store and every tab holding, per
//! sentence and per label, each tab's last word.

use crate::helpers::run_batch;
use hamish_core::model::annotations::CHUNK_SIZE;
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::model::work::Work;
use hamish_core::state::{take_in, Action, Annotate, Select, State};
use hamish_core::store::StoredUpdate;
use hamish_core::store::{stored_chunk, Batch, Writer};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

const SENTENCES: usize = 300;

fn document() -> Document {
    let text: String = (0..SENTENCES).map(|i| format!("الجملة رقم {i}.\n")).collect();
    Document::new(DocumentId("d".into()), text, "d", DocumentSource::Bundled)
}

struct Tab {
    state: State,
    /// The work last saved, as the writer makes batches from it.
    latest: Work,
    writer: Writer,
    /// Its batch, handed to the store and not yet run.
    batch: Option<Batch>,
    /// Keys other tabs announced, not yet read.
    heard: VecDeque<Vec<String>>,
}

struct Browser {
    store: BTreeMap<String, String>,
    tabs: Vec<Tab>,
    clock: u64,
}

impl Browser {
    fn new(tabs: usize) -> Self {
        let tabs = (0..tabs)
            .map(|_| {
                let state = State::new(vec![document()], &Preferences::default());
                let writer = Writer::new(Some(&state.work), Vec::new(), 0, Vec::new());
                Tab { latest: state.work.clone(), state, writer, batch: None, heard: VecDeque::new() }
            })
            .collect();
        Self { store: BTreeMap::new(), tabs, clock: 1_000 }
    }

    fn act(&mut self, tab: usize, action: Action) {
        let me = &mut self.tabs[tab];
        if let Some(next) = me.state.reduce(&action) {
            me.state = next;
        }
    }

    /// Tab `tab` toggles its own label on `sentence`.
    fn press(&mut self, tab: usize, sentence: usize) {
        self.act(tab, Action::Select(Select::One(sentence)));
        self.act(tab, Action::Annotate(Annotate::ToggleLabel(LabelId(tab as u32 + 1))));
    }

    /// Tab `tab` saves (as the app does once it has rendered): the work
    /// shown is the latest, and its next batch goes unless one is on its way.
    fn save(&mut self, tab: usize) {
        self.tabs[tab].latest = self.tabs[tab].state.work.clone();
        self.pump(tab);
    }

    /// Tab `tab`'s next batch, from the work last saved.
    fn pump(&mut self, tab: usize) {
        self.clock += 1;
        let me = &mut self.tabs[tab];
        if me.batch.is_none() {
            me.batch = me.writer.batch(&me.latest, self.clock);
        }
    }

    /// Updates from the store: to the interface at once, and into the work
    /// the next batch is made from.
    fn deliver(&mut self, tab: usize, updates: Vec<StoredUpdate>) {
        for update in updates {
            take_in(&mut self.tabs[tab].latest, &update);
            self.act(tab, Action::ApplyStored(update));
        }
    }

    /// Tab `tab`'s batch runs: committed, or (`fail`) refused whole.
    fn commit(&mut self, tab: usize, fail: bool) {
        let Some(batch) = self.tabs[tab].batch.take() else {
            return;
        };
        if fail {
            self.tabs[tab].writer.failed(batch.id);
            return;
        }
        let merged = run_batch(&mut self.store, &batch);
        let keys = batch.keys();
        let updates = self.tabs[tab].writer.committed(batch.id, merged);
        self.deliver(tab, updates);
        for (other, them) in self.tabs.iter_mut().enumerate() {
            if other != tab {
                them.heard.push_back(keys.clone());
            }
        }
        // The writer goes on at once with what changed meanwhile.
        self.pump(tab);
    }

    /// Tab `tab` reads the records of the oldest announcement it heard.
    fn read(&mut self, tab: usize) {
        let Some(keys) = self.tabs[tab].heard.pop_front() else {
            return;
        };
        let documents = self.tabs[tab].state.work.documents().clone();
        for key in keys {
            let value = self.store.get(&key).cloned();
            let update = self.tabs[tab].writer.received(&documents, &key, value.as_deref());
            self.deliver(tab, update.into_iter().collect());
        }
    }

    fn labels_of(&self, tab: usize) -> BTreeSet<(usize, u32)> {
        let annotations = self.tabs[tab].state.work.annotations_of(&DocumentId("d".into()));
        annotations
            .into_iter()
            .flat_map(|annotations| annotations.iter())
            .flat_map(|(index, annotation)| annotation.labels.iter().map(move |id| (index, id.0)))
            .collect()
    }

    fn stored_labels(&self) -> BTreeSet<(usize, u32)> {
        let document = document();
        (0..SENTENCES.div_ceil(CHUNK_SIZE))
            .flat_map(|chunk| {
                let key = format!("hamish/v1/doc/d/{chunk}");
                stored_chunk(&document, chunk, self.store.get(&key).map(String::as_str))
            })
            .flat_map(|(index, annotation)| annotation.labels.into_iter().map(move |id| (index, id.0)))
            .collect()
    }
}

/// Steps `(tab, kind, sentence)`: press, save, commit, fail, read.
fn run(tabs: usize, steps: &[(usize, u8, usize)]) -> Result<(), TestCaseError> {
    let mut browser = Browser::new(tabs);
    let mut expected = BTreeSet::new();
    for &(tab, kind, sentence) in steps {
        let tab = tab % tabs;
        match kind % 6 {
            0 | 1 => {
                let sentence = sentence % SENTENCES;
                browser.press(tab, sentence);
                let label = (sentence, tab as u32 + 1);
                if !expected.remove(&label) {
                    expected.insert(label);
                }
            }
            2 => browser.save(tab),
            3 => browser.commit(tab, false),
            4 => browser.commit(tab, sentence % 5 == 0),
            _ => browser.read(tab),
        }
    }
    // Everything settles: each tab saves and commits until it has nothing
    // left, then hears every announcement.
    for _ in 0..4 {
        for tab in 0..tabs {
            browser.save(tab);
            while browser.tabs[tab].batch.is_some() {
                browser.commit(tab, false);
                browser.save(tab);
            }
        }
        for tab in 0..tabs {
            while !browser.tabs[tab].heard.is_empty() {
                browser.read(tab);
            }
        }
    }
    prop_assert_eq!(&browser.stored_labels(), &expected, "the store lost or kept something");
    for tab in 0..tabs {
        prop_assert_eq!(&browser.labels_of(tab), &expected, "tab {} shows something else", tab);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn two_tabs_lose_nothing_whatever_the_interleaving(steps in prop::collection::vec((0usize..2, 0u8..6, 0usize..40), 1..200)) {
        run(2, &steps)?;
    }

    #[test]
    fn three_tabs_lose_nothing_whatever_the_interleaving(steps in prop::collection::vec((0usize..3, 0u8..6, 0usize..30), 1..300)) {
        run(3, &steps)?;
    }
}

#[test]
fn two_tabs_adding_different_labels_to_one_sentence_keep_both() {
    // Both press on sentence 7, both save, then both batches run.
    run(2, &[(0, 0, 7), (1, 0, 7), (0, 2, 0), (1, 2, 0), (0, 3, 0), (1, 3, 0)]).expect("both labels kept");
    let mut browser = Browser::new(2);
    browser.press(0, 7);
    browser.press(1, 7);
    browser.save(0);
    browser.save(1);
    browser.commit(0, false);
    browser.commit(1, false);
    browser.read(0);
    let both: BTreeSet<(usize, u32)> = [(7, 1), (7, 2)].into_iter().collect();
    assert_eq!(browser.stored_labels(), both);
    assert_eq!(browser.labels_of(0), both);
    assert_eq!(browser.labels_of(1), both);
}

#[test]
fn a_label_taken_off_in_one_tab_stays_off() {
    let mut browser = Browser::new(2);
    browser.press(0, 3);
    browser.save(0);
    browser.commit(0, false);
    browser.read(1);
    assert_eq!(browser.labels_of(1), [(3, 1)].into_iter().collect());
    // Tab 1 adds its label while tab 0 takes its own off.
    browser.press(1, 3);
    browser.press(0, 3);
    browser.save(1);
    browser.save(0);
    browser.commit(1, false);
    browser.commit(0, false);
    browser.read(1);
    browser.read(0);
    let left: BTreeSet<(usize, u32)> = [(3, 2)].into_iter().collect();
    assert_eq!(browser.stored_labels(), left);
    assert_eq!(browser.labels_of(0), left);
    assert_eq!(browser.labels_of(1), left);
}

#[test]
fn a_failed_batch_is_written_again_with_the_next() {
    let mut browser = Browser::new(1);
    browser.press(0, 1);
    browser.save(0);
    browser.commit(0, true);
    assert!(browser.stored_labels().is_empty(), "nothing of a failed batch is stored");
    assert_eq!(browser.labels_of(0), [(1, 1)].into_iter().collect(), "the work stays in memory");
    browser.press(0, 2);
    browser.save(0);
    browser.commit(0, false);
    assert_eq!(browser.stored_labels(), [(1, 1), (2, 1)].into_iter().collect());
}
