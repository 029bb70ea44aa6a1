//! Students taking turns on one browser, as the store sees it: each step
//! is written (batch, merge, commit) before the next, with no reload in
//! between; what the store holds after a student comes back is all of
//! her work. A student's copies leave the work when she leaves and come
//! back, under the same keys, when she returns.

use crate::helpers::run_batch;
use hamish_core::formats::exercise_file::{exercise_json, make_exercise, read_exercise, submission_json};
use hamish_core::model::exercise::Exercise;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Select, State, Student};
use hamish_core::store::{load, Writer};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use std::collections::BTreeMap;
use std::rc::Rc;

const TEXT: &str = "مقال\nالتعليم حق. تؤكد الدراسات ذلك. هل نوافق؟ ربما.";

fn exercise() -> Rc<Exercise> {
    let document = Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled);
    let teacher = State::new(vec![document], &Preferences::default());
    let made = make_exercise(&teacher.work, &[DocumentId("essay".into())], "تمرين", "", true);
    Rc::new(read_exercise(&exercise_json(&made)).expect("valid"))
}

/// One tab and its store: every step is written and committed at once.
struct Tab {
    state: State,
    writer: Writer,
    store: BTreeMap<String, String>,
    clock: u64,
}

impl Tab {
    fn new() -> Self {
        let state = State::new(vec![], &Preferences::default());
        let writer = Writer::new(Some(&state.work), Vec::new(), 0, Vec::new());
        Self { state, writer, store: BTreeMap::new(), clock: 1_000 }
    }

    fn act(&mut self, actions: &[Action]) {
        for action in actions {
            if let Some(next) = self.state.reduce(action) {
                self.state = next;
            }
            self.save();
        }
    }

    fn save(&mut self) {
        self.clock += 1;
        let Some(batch) = self.writer.batch(&self.state.work, self.clock) else { return };
        let merged = run_batch(&mut self.store, &batch);
        for update in self.writer.committed(batch.id, merged) {
            if let Some(next) = self.state.reduce(&Action::ApplyStored(update)) {
                self.state = next;
            }
        }
    }

    /// The state a reload gives: read from the store.
    fn reloaded(&self) -> State {
        let entries: Vec<(String, String)> = self.store.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let documents: Vec<Document> =
            self.state.work.documents().iter().map(|document| (**document).clone()).collect();
        let saved = load(&documents, &entries).saved;
        State::restore(documents, saved)
    }
}

/// The labeled sentences of the attempt under way.
fn labeled(state: &State) -> Vec<usize> {
    let file =
        hamish_core::formats::hamish::read::read_hamish_json(&submission_json(&state.work, "")).expect("readable");
    let document = &file.documents[0];
    let placed = hamish_core::model::anchor::anchor(
        &Document::new(document.id.clone(), document.text.clone(), "", DocumentSource::Imported),
        document.annotations.clone(),
    );
    placed.placed.into_iter().filter(|(_, a)| !a.labels.is_empty()).map(|(index, _)| index).collect()
}

#[test]
fn a_student_who_comes_back_without_a_reload_keeps_every_label_in_the_store() {
    let exercise = exercise();
    let start = |name: &str| Action::Student(Student::Start(exercise.clone(), name.into(), String::new()));
    let label = |sentence| [Action::Select(Select::One(sentence)), Action::Annotate(Annotate::ToggleLabelKey(1))];
    let mut tab = Tab::new();
    tab.act(&[start("نور")]);
    tab.act(&label(1));
    tab.act(&label(2));
    tab.act(&[Action::Student(Student::Leave), start("سالم")]);
    tab.act(&label(4));
    tab.act(&[Action::Student(Student::Leave), start("نور")]);
    assert_eq!(labeled(&tab.state), [1, 2], "back in the page");
    assert_eq!(labeled(&tab.reloaded()), [1, 2], "and in the store");
    tab.act(&label(3));
    assert_eq!(labeled(&tab.state), [1, 2, 3], "one more label keeps the others");
    assert_eq!(labeled(&tab.reloaded()), [1, 2, 3], "in the store too");
    tab.act(&[Action::Student(Student::Leave), start("نور")]);
    assert_eq!(labeled(&tab.reloaded()), [1, 2, 3], "leaving again keeps it");
    // She takes a label off and leaves twice more: the store follows, and
    // no chunk of a student who left stays behind.
    tab.act(&label(1));
    tab.act(&[Action::Student(Student::Leave), start("سالم"), Action::Student(Student::Leave), start("نور")]);
    assert_eq!(labeled(&tab.reloaded()), [2, 3]);
    tab.act(&[Action::Student(Student::Leave)]);
    let chunks: Vec<&String> = tab.store.keys().filter(|key| key.contains("/doc/exercise-")).collect();
    assert!(chunks.is_empty(), "chunks of copies no longer in the work: {chunks:?}");
}
