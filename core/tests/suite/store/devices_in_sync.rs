//! Devices of one person in sync through a server lose nothing. A model of
//! CouchDB replication: every revision of a chunk's document has a parent;
//! a replica (each device's local database, the server) knows a set of
//! revisions, and replicating copies what one knows to the other. A
//! revision holds the chunk and its marks ([`hamish_core::store::Marks`]).
//! Each device labels sentences in its own store (toggling its own label,
//! or a label both use) and syncs at once with its own database, as the
//! app does after every commit: its change since the revision it last
//! wrote or took in is marked; with no one else's revision in sight it
//! writes that on top; otherwise it joins every leaf's marks, settles its
//! store to them, and writes the result over the winner, closing the other
//! leaves. Steps come in any order, so a device stays offline for any
//! number of them, and both may resolve one conflict at once. Once both
//! are online and synced, both stores hold the same chunk, and every
//! label on every sentence is as the later of the two devices' last
//! changes to it left it.

use hamish_core::model::annotations::Chunk;
use hamish_core::model::labels::{LabelId, LabelSet};
use hamish_core::store::{chunk_key, encode_chunk, plan, stored_chunk, RemoteState, Revision};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const SENTENCES: usize = 12;
/// The two devices.
pub const DEVICES: [&str; 2] = ["laptop", "tablet"];

/// Twelve short sentences.
pub fn document() -> Document {
    let text: String = (0..SENTENCES).map(|i| format!("الجملة رقم {i}.\n")).collect();
    Document::new(DocumentId("d".into()), text, "d", DocumentSource::Bundled)
}

/// A revision: its parent and body (`None`: a closed leaf).
struct Node {
    parent: Option<usize>,
    body: Option<Revision>,
}

#[derive(Default)]
struct Device {
    store: Option<String>,
    /// Revisions its local database knows.
    known: BTreeSet<usize>,
    /// The revision it last wrote or took in.
    base: Option<usize>,
    /// When this device last toggled each (sentence, label), and to what.
    said: BTreeMap<(usize, u32), (u64, bool)>,
}

struct World {
    document: Document,
    labels: LabelSet,
    revisions: Vec<Node>,
    devices: Vec<Device>,
    server: BTreeSet<usize>,
    clock: u64,
}

impl World {
    fn new() -> Self {
        World {
            document: document(),
            labels: LabelSet::default(),
            revisions: Vec::new(),
            devices: vec![Device::default(), Device::default()],
            server: BTreeSet::new(),
            clock: 1_000,
        }
    }

    fn key(&self) -> String {
        chunk_key(&self.document.id, 0)
    }

    fn chunk(&self, device: usize) -> Chunk {
        stored_chunk(&self.document, 0, self.devices[device].store.as_deref())
    }

    /// Device `device` toggles `label` on `sentence` in its store.
    fn toggle(&mut self, device: usize, sentence: usize, label: u32) {
        self.clock += 1;
        let mut chunk = self.chunk(device);
        let annotation = chunk.entry(sentence).or_default();
        let on = match annotation.labels.iter().position(|id| id.0 == label) {
            Some(at) => {
                annotation.labels.remove(at);
                false
            }
            None => {
                annotation.labels.push(LabelId(label));
                annotation.labels = self.labels.sorted(&annotation.labels);
                true
            }
        };
        chunk.retain(|_, annotation| !annotation.is_empty());
        let me = &mut self.devices[device];
        me.store = Some(encode_chunk(self.clock, &self.document, &chunk));
        me.said.insert((sentence, label), (self.clock, on));
        // Every commit goes to the device's own database at once, online
        // or not (replicating is what waits for the network).
        self.sync(device);
    }

    fn revise(&mut self, device: usize, parent: Option<usize>, body: Option<Revision>) -> usize {
        let rev = self.revisions.len();
        let body = body.map(|body| Revision { rev: rev.to_string(), ..body });
        self.revisions.push(Node { parent, body });
        self.devices[device].known.insert(rev);
        rev
    }

    /// Live leaves among `known`, the winner (highest) first.
    fn leaves(&self, known: &BTreeSet<usize>) -> Vec<usize> {
        let parents: BTreeSet<usize> = known.iter().filter_map(|rev| self.revisions[*rev].parent).collect();
        let mut leaves: Vec<usize> = (known.iter().copied())
            .filter(|rev| !parents.contains(rev) && self.revisions[*rev].body.is_some())
            .collect();
        leaves.reverse();
        leaves
    }

    /// Device `device` syncs its store with its local database, as the app
    /// does: reads the state, plans, writes the store, then the database.
    fn sync(&mut self, device: usize) {
        self.clock += 1;
        let leaves = self.leaves(&self.devices[device].known);
        let body = |rev: usize| self.revisions[rev].body.clone();
        let state = RemoteState {
            key: self.key(),
            base: self.devices[device].base.and_then(body),
            leaves: leaves.iter().filter_map(|leaf| body(*leaf)).collect(),
        };
        let stored = self.devices[device].store.clone();
        let clock = (self.clock, DEVICES[device]);
        let Some(plan) = plan(&state, stored.as_deref(), Some(&self.document), &self.labels, clock, self.clock) else {
            return;
        };
        if let Some(value) = plan.store {
            self.devices[device].store = value;
        }
        let over = plan.over.map(|rev| rev.parse::<usize>().unwrap());
        let base = match plan.write {
            Some(write) => self.revise(device, over, Some(write)),
            None => over.unwrap(),
        };
        for closed in plan.close {
            self.revise(device, Some(closed.parse().unwrap()), None);
        }
        self.devices[device].base = Some(base);
    }

    /// Device `device`'s database and the server replicate both ways.
    fn replicate(&mut self, device: usize) {
        let both: BTreeSet<usize> = self.server.union(&self.devices[device].known).copied().collect();
        self.server = both.clone();
        self.devices[device].known = both;
    }
}

#[derive(Clone, Debug)]
enum Step {
    Toggle { device: usize, sentence: usize, label: u32 },
    Sync(usize),
    Replicate(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..2usize, 0..SENTENCES, 1..4u32).prop_map(|(device, sentence, label)| Step::Toggle { device, sentence, label }),
        2 => (0..2usize).prop_map(Step::Sync),
        1 => (0..2usize).prop_map(Step::Replicate),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Whatever the order of labeling, sending and taking in, once both have
    /// synced they hold one chunk, and every (sentence, label) that only
    /// one device touched is as that device left it.
    #[test]
    fn two_devices_offline_and_back_lose_nothing(steps in prop::collection::vec(step(), 1..40)) {
        let mut world = World::new();
        for step in steps {
            match step {
                Step::Toggle { device, sentence, label } => world.toggle(device, sentence, label),
                Step::Sync(device) => world.sync(device),
                // The engine takes in what replication brought at once.
                Step::Replicate(device) => {
                    world.replicate(device);
                    world.sync(device);
                }
            }
        }
        // Both online: rounds until a round writes nothing (two devices
        // closing the same conflict at once take a round more).
        let mut rounds = 0;
        loop {
            let revisions = world.revisions.len();
            for device in [0, 1, 0] {
                world.replicate(device);
            }
            world.sync(0);
            world.sync(1);
            rounds += 1;
            if world.revisions.len() == revisions {
                break;
            }
            prop_assert!(rounds < 8, "still writing after {} rounds", rounds);
        }
        let (laptop, tablet) = (world.chunk(0), world.chunk(1));
        prop_assert_eq!(&laptop, &tablet);
        prop_assert!(world.leaves(&world.server).len() <= 1, "one revision left");
        let mut last: BTreeMap<(usize, u32), (u64, bool)> = BTreeMap::new();
        for device in &world.devices {
            for (atom, said) in &device.said {
                if last.get(atom).is_none_or(|kept| said.0 > kept.0) {
                    last.insert(*atom, *said);
                }
            }
        }
        for ((sentence, label), (_, on)) in last {
            let has = laptop.get(&sentence).is_some_and(|annotation| annotation.labels.contains(&LabelId(label)));
            prop_assert_eq!(has, on, "label {} on sentence {}", label, sentence);
        }
    }
}

/// The journey's case: one sentence labeled offline on both devices, with
/// different labels; both survive.
#[test]
fn one_sentence_labeled_offline_on_both_keeps_both_labels() {
    let mut world = World::new();
    world.toggle(0, 3, 1);
    world.sync(0);
    world.replicate(0);
    world.replicate(1);
    world.sync(1);
    // Both offline: the same sentence, a label each.
    world.toggle(0, 5, 1);
    world.toggle(1, 5, 2);
    world.sync(0);
    world.sync(1);
    // Back online: the server holds both revisions, then the resolution.
    world.replicate(0);
    world.replicate(1);
    world.sync(1);
    world.replicate(1);
    world.replicate(0);
    world.sync(0);
    assert_eq!(world.leaves(&world.server).len(), 1, "one revision left");
    for device in 0..2 {
        let chunk = world.chunk(device);
        assert_eq!(chunk[&3].labels, vec![LabelId(1)]);
        let mut five = chunk[&5].labels.clone();
        five.sort();
        assert_eq!(five, vec![LabelId(1), LabelId(2)], "device {device}");
    }
}
