//! Headings: a sentence marked as a heading is shown as one, never labeled,
//! left out of counts, of "next unlabeled" and of agreement; it is stored,
//! exported, carried in an exercise file and undone like any edit.

use crate::helpers::apply;
use hamish_core::classroom::compare::compare_files;
use hamish_core::formats::exercise_file::{exercise_json, make_exercise, read_exercise, submission_json};
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, LabelEdit, Notice, Select, Setting, State, Student};
use hamish_core::store::{load, writes_between};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{formats::export::Scope, formats::hamish::write::export_hamish_json};
use std::rc::Rc;

const TEXT: &str = "مقال\nالتعليم حق. تؤكد الدراسات ذلك. هل نوافق؟";

fn essay() -> Document {
    Document::new(DocumentId("essay".into()), TEXT.into(), "essay", DocumentSource::Bundled)
}

fn titled() -> State {
    apply(
        State::new(vec![essay()], &Preferences::default()),
        &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleHeading)],
    )
}

#[test]
fn a_heading_is_never_labeled_and_leaves_the_counts() {
    let state = titled();
    assert!(state.open_annotations().is_some_and(|a| a.is_heading(0)));
    assert_eq!(state.progress(), (0, 3), "three sentences to label, not four");
    assert_eq!(state.work.progress(), (0, 3));
    let refused = apply(state.clone(), &[Action::Annotate(Annotate::ToggleLabelKey(1))]);
    assert_eq!(refused.view.notice, Some(Notice::HeadingNotLabeled));
    assert!(refused.open_annotations().is_some_and(|a| a.labels(0).is_empty()));
    // Next unlabeled skips it, from anywhere.
    let next = apply(state.clone(), &[Action::Select(Select::One(3)), Action::Select(Select::NextUnlabeled)]);
    assert_eq!(next.view.selection.map(|s| s.focus), Some(1));
    // Marking a labeled sentence takes its label (undo gives it back).
    let labeled = apply(
        state.clone(),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Annotate(Annotate::ToggleHeading),
        ],
    );
    assert!(labeled.open_annotations().is_some_and(|a| a.is_heading(1) && a.labels(1).is_empty()));
    let undone = apply(labeled, &[Action::Undo]);
    assert_eq!(undone.open_annotations().map(|a| a.labels(1).len()), Some(1));
    // Toggled again, it is a sentence again.
    let unmarked = apply(state, &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleHeading)]);
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
        let state = apply(
            State::new(vec![], &Preferences::default()),
            &[Action::Student(Student::Start(exercise.clone(), name.into(), String::new()))],
        );
        assert!(state.open_annotations().is_some_and(|a| a.is_heading(0)), "the student sees the heading");
        assert_eq!(
            apply(state.clone(), &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleHeading)])
                .view
                .notice,
            Some(Notice::HeadingsByTeacher)
        );
        let state = apply(state, &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ToggleLabelKey(key))]);
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
    let labeled =
        apply(fresh.clone(), &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ToggleLabelKey(1))]);
    assert!(!labeled.shows_first_view());
    assert!(apply(labeled, &[Action::Annotate(Annotate::ToggleLabelKey(1))]).shows_first_view(), "the label taken off");
    let english = apply(fresh.clone(), &[Action::Set(Setting::Language(hamish_core::i18n::lang::Lang::English))]);
    assert!(!english.shows_first_view());
    let renamed = apply(
        fresh,
        &[Action::Labels(LabelEdit::Rename(
            hamish_core::model::labels::LabelId(1),
            hamish_core::i18n::lang::Lang::Arabic,
            "زعم".into(),
        ))],
    );
    assert!(!renamed.shows_first_view());
}
