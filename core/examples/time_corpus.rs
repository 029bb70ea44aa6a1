//! Times what a label key costs over a labeled corpus: the reducer, and
//! what the writer makes of the change (5,000 documents of 20 sentences,
//! every sentence labeled).
//!
//! `cargo run --release --example time_corpus -- [DOCUMENTS]`

use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Corpus, Documents, Select, State};
use hamish_core::store::Writer;
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::rc::Rc;
use std::time::Instant;

fn main() {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(5_000);
    let sentence = "جملة من جمل المستند الطويل. ";
    let documents: Vec<Document> = (0..count)
        .map(|n| {
            Document::new(DocumentId::from(format!("doc-{n}")), sentence.repeat(20), "عنوان", DocumentSource::Imported)
        })
        .collect();
    let mut state = State::new(documents, &Preferences::default());
    let started = Instant::now();
    let all: Vec<(DocumentId, usize)> =
        state.work.documents().iter().flat_map(|d| (0..d.sentence_count()).map(move |i| (d.id.clone(), i))).collect();
    state = state.reduce(&Action::Corpus(Corpus::Label(Rc::new(all), LabelId(1)))).expect("labeled");
    println!("{} sentences labeled in {:?}", state.work.progress().0, started.elapsed());
    let mut writer = Writer::new(Some(&state.work), Vec::new(), 0, Vec::new());
    state = state
        .reduce(&Action::Documents(Documents::Open(DocumentId::from(format!("doc-{}", count / 2)))))
        .expect("opened");
    let (mut reduce, mut batch, mut commit) = (Vec::new(), Vec::new(), Vec::new());
    for n in 0..50 {
        let at = Instant::now();
        state = state.reduce(&Action::Select(Select::One(n % 20))).unwrap_or(state);
        state = state.reduce(&Action::Annotate(Annotate::ToggleLabelKey(2))).expect("toggled");
        reduce.push(at.elapsed());
        let at = Instant::now();
        let made = writer.batch(&state.work, n as u64 + 10).expect("a batch");
        batch.push(at.elapsed());
        let at = Instant::now();
        writer.committed(made.id, Vec::new());
        commit.push(at.elapsed());
    }
    reduce.sort();
    batch.sort();
    commit.sort();
    println!("select + label key, reducer: median {:?}", reduce[25]);
    println!("writer's batch: median {:?}", batch[25]);
    println!("writer's commit: median {:?}", commit[25]);
}
