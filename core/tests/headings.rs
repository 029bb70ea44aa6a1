//! Headings: a sentence marked as a heading is shown as one, never labeled,
//! left out of counts, of "next unlabeled" and of agreement; it is stored,
//! exported, carried in an exercise file and undone like any edit.
#![cfg(not(target_arch = "wasm32"))]

use hamish_core::classroom::compare::compare_files;
use hamish_core::formats::exercise_file::{exercise_json, make_exercise, read_exercise, submission_json};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Notice, State};
use hamish_core::store::{load, writes_between};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{formats::export::Scope, formats::hamish::write::export_hamish_json};
use std::rc::Rc;

const TEXT: &str = "مقال\nالتعليم حق. تؤكد الدراسات ذلك. هل نوافق؟";

fn essay() -> Document {
    Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled)
}

fn run(state: State, actions: &[Action]) -> State {
    actions.iter().fold(state, |state, action| state.reduce(action).unwrap_or(state))
}

fn titled() -> State {
    run(State::new(vec![essay()], &Preferences::default()), &[Action::Select(0), Action::ToggleHeading])
}

#[test]
fn a_heading_is_never_labeled_and_leaves_the_counts() {
    let state = titled();
    assert!(state.open_annotations().is_some_and(|a| a.is_heading(0)));
    assert_eq!(state.progress(), (0, 3), "three sentences to label, not four");
    assert_eq!(state.work.progress(), (0, 3));
    let refused = run(state.clone(), &[Action::ToggleLabelKey(1)]);
    assert_eq!(refused.notice, Some(Notice::HeadingNotLabeled));
    assert!(refused.open_annotations().is_some_and(|a| a.labels(0).is_empty()));
    // Next unlabeled skips it, from anywhere.
    let next = run(state.clone(), &[Action::Select(3), Action::NextUnlabeled]);
    assert_eq!(next.selection.map(|s| s.focus), Some(1));
    // Marking a labeled sentence takes its label (undo gives it back).
    let labeled = run(state.clone(), &[Action::Select(1), Action::ToggleLabelKey(1), Action::ToggleHeading]);
    assert!(labeled.open_annotations().is_some_and(|a| a.is_heading(1) && a.labels(1).is_empty()));
    let undone = run(labeled, &[Action::Undo]);
    assert_eq!(undone.open_annotations().map(|a| a.labels(1).len()), Some(1));
    // Toggled again, it is a sentence again.
    let unmarked = run(state, &[Action::Select(0), Action::ToggleHeading]);
    assert!(unmarked.open_annotations().is_none_or(|a| !a.is_heading(0)));
    assert_eq!(unmarked.progress(), (0, 4));
}

#[test]
fn a_heading_is_stored_exported_and_read_back() {
    let state = titled();
    let entries: Vec<(String, String)> =
        writes_between(None, &state.work, 1).into_iter().filter_map(|w| Some((w.key, w.value?))).collect();
    let restored = State::restore(vec![essay()], load(&[essay()], &entries).saved);
    assert!(restored.open_annotations().is_some_and(|a| a.is_heading(0)));
    let exported = export_hamish_json(&state.work, "", &Scope::All, "");
    let value: serde_json::Value = serde_json::from_str(&exported).expect("json");
    assert_eq!(value["documents"][0]["sentences"][0]["heading"], true);
    assert!(value["documents"][0]["sentences"][1].get("heading").is_none(), "written only when true");
    let file = read_hamish_json(&exported).expect("valid");
    assert!(file.documents[0].annotations.iter().any(|a| a.start == 0 && a.annotation.heading));
}

#[test]
fn an_exercise_carries_its_headings_and_they_stay_out_of_agreement() {
    let teacher = titled();
    let made = make_exercise(&teacher.work, &[DocumentId("essay".into())], "تمرين", "", true);
    assert_eq!(made.documents[0].headings, vec![0]);
    let exercise = Rc::new(read_exercise(&exercise_json(&made)).expect("valid"));
    assert_eq!(exercise.documents[0].headings, vec![0]);
    let student = |name: &str, key: u8| {
        let state =
            run(State::new(vec![], &Preferences::default()), &[Action::StartExercise(exercise.clone(), name.into())]);
        assert!(state.open_annotations().is_some_and(|a| a.is_heading(0)), "the student sees the heading");
        assert_eq!(
            run(state.clone(), &[Action::Select(0), Action::ToggleHeading]).notice,
            Some(Notice::HeadingsByTeacher)
        );
        let state = run(state, &[Action::Select(1), Action::ToggleLabelKey(key)]);
        (format!("{name}.json"), submission_json(&state.work, ""))
    };
    let comparison = compare_files(None, &[student("أ", 1), student("ب", 2)]).expect("a comparison");
    let indexes: Vec<usize> = comparison.sentences.iter().map(|sentence| sentence.index).collect();
    assert_eq!(indexes, vec![1, 2, 3], "the heading is not compared");
}

#[test]
fn the_first_view_is_what_a_fresh_state_shows_and_nothing_else() {
    let fresh = State::new(vec![essay()], &Preferences::default());
    assert!(fresh.shows_first_view());
    assert!(!titled().shows_first_view(), "a heading changes the view");
    let labeled = run(fresh.clone(), &[Action::Select(1), Action::ToggleLabelKey(1)]);
    assert!(!labeled.shows_first_view());
    assert!(run(labeled, &[Action::ToggleLabelKey(1)]).shows_first_view(), "the label taken off");
    let english = run(fresh.clone(), &[Action::SetLanguage(hamish_core::i18n::lang::Lang::English)]);
    assert!(!english.shows_first_view());
    let renamed = run(fresh, &[Action::RenameLabel(hamish_core::model::labels::LabelId(1), "زعم".into())]);
    assert!(!renamed.shows_first_view());
}
