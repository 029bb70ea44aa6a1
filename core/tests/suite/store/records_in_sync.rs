//! Records other than annotation chunks, and the parts of syncing a
//! record, between two devices: the list of imported documents joins
//! both devices' documents, a record taken whole follows the later change,
//! a chunk waits for its document, and what travels under which id.

use super::devices_in_sync::{document, DEVICES};
use hamish_core::model::annotations::{Chunk, SentenceAnnotation};
use hamish_core::model::labels::{LabelId, LabelSet};
use hamish_core::store::{
    atoms_chunk, chunk_atoms, chunk_key, decode_imported, encode_chunk, encode_imported, person_database, plan,
    remote_doc, same_content, stored_chunk, travels, ImportedEntry, RemoteDoc, RemoteState, Revision, IMPORTED_KEY,
    LABELS_KEY, META_KEY,
};
use hamish_core::text::document::{DocumentId, Split};

fn entry(id: &str) -> ImportedEntry {
    ImportedEntry { id: DocumentId(id.into()), title: id.to_string(), origin: None, split: Split::Sentences }
}

fn listed(value: &str) -> Vec<String> {
    decode_imported(value).unwrap().into_iter().map(|entry| entry.id.to_string()).collect()
}

/// One record through `plan` on two devices and one server, written
/// directly (a device sends, the other takes in).
struct Pair {
    server: Vec<Revision>,
    bases: [Option<Revision>; 2],
    stores: [Option<String>; 2],
    time: u64,
}

impl Pair {
    fn new(first: &str, second: &str) -> Self {
        Pair { server: Vec::new(), bases: [None, None], stores: [Some(first.into()), Some(second.into())], time: 10 }
    }

    /// Device `device` syncs `key` against the server's live revisions.
    fn sync(&mut self, device: usize, key: &str) {
        self.time += 1;
        let state = RemoteState { key: key.into(), base: self.bases[device].clone(), leaves: self.server.clone() };
        let labels = LabelSet::default();
        let clock = (self.time, DEVICES[device]);
        let Some(plan) = plan(&state, self.stores[device].as_deref(), None, &labels, clock, self.time) else { return };
        if let Some(value) = plan.store {
            self.stores[device] = value;
        }
        let over = plan.over.clone();
        self.server.retain(|leaf| Some(&leaf.rev) != over.as_ref() && !plan.close.contains(&leaf.rev));
        let written = match plan.write {
            Some(write) => Revision { rev: format!("{}-{device}", self.time), ..write },
            None => state.leaves.iter().find(|leaf| Some(&leaf.rev) == over.as_ref()).cloned().unwrap(),
        };
        self.server.insert(0, written.clone());
        self.bases[device] = Some(written);
    }
}

/// Documents imported on two devices apart are all listed on both, in
/// the order each had them; one removed on a device stays removed.
#[test]
fn documents_imported_on_two_devices_are_all_kept() {
    let mut pair = Pair::new(&encode_imported(1, vec![entry("a"), entry("b")]), &encode_imported(2, vec![entry("c")]));
    pair.sync(0, IMPORTED_KEY);
    // The tablet wrote its own list apart: a second live revision.
    let tablet = pair.stores[1].clone();
    let state = RemoteState { key: IMPORTED_KEY.into(), base: None, leaves: Vec::new() };
    let first = plan(&state, tablet.as_deref(), None, &LabelSet::default(), (12, "tablet"), 12).unwrap();
    let apart = Revision { rev: "1-t".into(), ..first.write.unwrap() };
    pair.server.push(apart.clone());
    pair.bases[1] = Some(apart);
    pair.sync(1, IMPORTED_KEY);
    assert_eq!(listed(pair.stores[1].as_deref().unwrap()), ["c", "a", "b"]);
    assert_eq!(pair.server.len(), 1, "the two revisions are joined into one");
    pair.sync(0, IMPORTED_KEY);
    assert_eq!(listed(pair.stores[0].as_deref().unwrap()), ["a", "b", "c"]);
    // The laptop removes "b"; the tablet takes that in.
    pair.stores[0] = Some(encode_imported(30, vec![entry("a"), entry("c")]));
    pair.sync(0, IMPORTED_KEY);
    pair.sync(1, IMPORTED_KEY);
    assert_eq!(listed(pair.stores[1].as_deref().unwrap()), ["c", "a"]);
}

/// A record taken whole: the later change wins on both devices; a
/// preference record never travels.
#[test]
fn a_record_taken_whole_follows_the_later_change() {
    let older = r#"{"v":2,"seq":5,"labels":[]}"#;
    let newer = r#"{"v":2,"seq":9,"labels":[],"multiple":true}"#;
    let mut pair = Pair::new(older, older);
    pair.sync(0, LABELS_KEY);
    pair.sync(1, LABELS_KEY);
    pair.stores[1] = Some(newer.into());
    pair.sync(1, LABELS_KEY);
    pair.sync(0, LABELS_KEY);
    assert_eq!(pair.stores[0].as_deref(), Some(newer));
    // Nothing new: nothing written.
    let revisions = pair.server.clone();
    pair.sync(0, LABELS_KEY);
    pair.sync(1, LABELS_KEY);
    assert_eq!(pair.server, revisions);
}

/// An annotation chunk of a document this device does not hold yet waits.
#[test]
fn a_chunk_of_an_unknown_document_waits() {
    let document = document();
    let mut chunk = Chunk::new();
    chunk.insert(1, SentenceAnnotation { labels: vec![LabelId(1)], ..Default::default() });
    let value = encode_chunk(3, &document, &chunk);
    let state = RemoteState { key: chunk_key(&document.id, 0), base: None, leaves: Vec::new() };
    assert!(plan(&state, Some(&value), None, &LabelSet::default(), (5, "laptop"), 5).is_none());
    assert!(plan(&state, Some(&value), Some(&document), &LabelSet::default(), (5, "laptop"), 5).is_some());
}

/// Preferences never travel; server documents say what they hold.
#[test]
fn what_travels_and_under_which_id() {
    assert!(!travels(META_KEY));
    assert!(travels(LABELS_KEY) && travels(IMPORTED_KEY) && travels(&chunk_key(&DocumentId("x/y".into()), 3)));
    assert_eq!(remote_doc(META_KEY), RemoteDoc::Other);
    let key = chunk_key(&DocumentId("x@y".into()), 3);
    assert_eq!(remote_doc(&key), RemoteDoc::Record(key.clone()));
    assert_eq!(remote_doc("text:abc"), RemoteDoc::Text(DocumentId("abc".into())));
    assert_eq!(remote_doc("text:"), RemoteDoc::Other);
    assert_eq!(remote_doc("_design/x"), RemoteDoc::Other);
}

/// Records that differ only by `seq` hold the same.
#[test]
fn the_same_content_whatever_the_seq() {
    let document = document();
    let mut chunk = Chunk::new();
    chunk.insert(2, SentenceAnnotation { labels: vec![LabelId(1)], ..SentenceAnnotation::default() });
    let (a, b) = (encode_chunk(5, &document, &chunk), encode_chunk(9, &document, &chunk));
    assert!(same_content(&a, &b));
    assert_eq!(stored_chunk(&document, 0, Some(&a)), chunk);
    chunk.insert(3, SentenceAnnotation { note: "ملاحظة".into(), ..SentenceAnnotation::default() });
    assert!(!same_content(&a, &encode_chunk(5, &document, &chunk)));
    assert!(!same_content("not json", "not json either"));
}

/// A chunk read as atoms and back is the same chunk: labels, spans, a
/// note, a heading, a suggestion.
#[test]
fn a_chunk_as_atoms_and_back() {
    let labels = LabelSet::default();
    let mut chunk = Chunk::new();
    let span = hamish_core::model::spans::Span::new(0, 3, LabelId(2)).unwrap();
    chunk.insert(
        1,
        SentenceAnnotation { labels: vec![LabelId(1), LabelId(3)], spans: vec![span], ..Default::default() },
    );
    chunk.insert(4, SentenceAnnotation { note: "a/b".into(), heading: true, ..Default::default() });
    chunk.insert(7, SentenceAnnotation { labels: vec![LabelId(2)], suggested: true, ..Default::default() });
    assert_eq!(atoms_chunk(&chunk_atoms(&chunk), &labels), chunk);
}

/// A login's database name is one CouchDB accepts, whatever the name.
#[test]
fn database_names_are_valid_for_any_login() {
    for login in ["nour", "Nour Salem", "نور", "a/b", ""] {
        let name = person_database(login);
        assert!(name.starts_with("hamish-"));
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{name}");
    }
    assert_ne!(person_database("nour"), person_database("Nour"));
}

/// Turning sync on where the server has work already (a second device with
/// the default label set; a device whose copy was forgotten, holding stale
/// work): the server's word stands for every atom it has marked, and only
/// what the server has never seen goes up as this device's.
#[test]
fn turning_sync_on_never_overwrites_the_servers_work_with_stale_or_default_work() {
    let custom = r#"{"v":2,"seq":40,"labels":[{"id":1,"name":"حجة"}],"multiple":true}"#;
    let default_set = r#"{"v":2,"seq":5,"labels":[]}"#;
    let mut marks = hamish_core::store::Marks::new();
    marks.insert("record".into(), hamish_core::store::Mark { t: 100, d: "laptop".into(), v: Some(custom.into()) });
    let server = Revision { rev: "3-a".into(), record: Some(custom.into()), marks };
    let state = RemoteState { key: LABELS_KEY.into(), base: None, leaves: vec![server.clone()] };
    let labels = plan(&state, Some(default_set), None, &LabelSet::default(), (500, "tablet"), 500).unwrap();
    assert_eq!(labels.store, Some(Some(custom.to_string())), "the tablet takes the server's label set");
    assert_eq!(labels.write, None, "and writes nothing over it");
    assert_eq!(labels.keep, Some(server));

    // A chunk: the server took label 1 off sentence 2 and has label 2 on
    // sentence 3; the stale device still has label 1 on sentence 2, and a
    // label the server never saw on sentence 5.
    let document = document();
    let mark = |t: u64, v: Option<&str>| hamish_core::store::Mark { t, d: "laptop".into(), v: v.map(String::from) };
    let mut server_marks = hamish_core::store::Marks::new();
    server_marks.insert("2/l/1".into(), mark(200, None));
    server_marks.insert("3/l/2".into(), mark(150, Some("")));
    let mut on_server = Chunk::new();
    on_server.insert(3, SentenceAnnotation { labels: vec![LabelId(2)], ..Default::default() });
    let server =
        Revision { rev: "5-b".into(), record: Some(encode_chunk(9, &document, &on_server)), marks: server_marks };
    let mut stale = Chunk::new();
    stale.insert(2, SentenceAnnotation { labels: vec![LabelId(1)], ..Default::default() });
    stale.insert(5, SentenceAnnotation { labels: vec![LabelId(3)], ..Default::default() });
    let key = chunk_key(&document.id, 0);
    let state = RemoteState { key: key.clone(), base: None, leaves: vec![server] };
    let stored = encode_chunk(7, &document, &stale);
    let chunk = plan(&state, Some(&stored), Some(&document), &LabelSet::default(), (900, "tablet"), 900).unwrap();
    let now = stored_chunk(&document, 0, chunk.store.clone().flatten().as_deref());
    assert!(!now.contains_key(&2), "a label the server took off stays off");
    assert_eq!(now[&3].labels, vec![LabelId(2)]);
    assert_eq!(now[&5].labels, vec![LabelId(3)], "what the server never saw goes up");
    let written = chunk.write.expect("the device's own label goes up");
    assert_eq!(written.marks["5/l/3"].d, "tablet");
    assert_eq!(written.marks["2/l/1"].v, None);
}
