//! Suggestions to review: labels taken from a file as suggestions, accepted
//! one by one or all at once, rejected by choosing another label, cleared;
//! counted apart in progress; kept by exports, imports and storage.

use crate::helpers::apply;
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::plan::plan_import;
use hamish_core::model::annotations::SentenceAnnotation;
use hamish_core::model::change::{Change, SentenceEdit};
use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Notice, Review, Select, Selection, State};
use hamish_core::store::{all_records, chunk_key, load};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{
    formats::errors::{ImportError, Problem},
    formats::plan::ImportMode,
};
use hamish_core::{
    formats::export::Scope,
    formats::hamish::write::export_hamish_json,
    formats::sentences::{export_csv, export_jsonl},
};
use std::collections::BTreeSet;
use std::rc::Rc;

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);
const OPINION: LabelId = LabelId(3);
const EXPORTED_AT: &str = "2026-11-25T09:00:00Z";

fn documents() -> Vec<Document> {
    vec![
        Document::new(DocumentId("a".into()), "أولى. ثانية. ثالثة. رابعة.".into(), "a", DocumentSource::Bundled),
        Document::new(DocumentId("b".into()), "وحيدة.".into(), "b", DocumentSource::Bundled),
    ]
}

fn fresh() -> State {
    State::new(documents(), &Preferences::default())
}

fn annotation(state: &State, index: usize) -> SentenceAnnotation {
    state.open_annotations().and_then(|annotations| annotations.get(index)).cloned().unwrap_or_default()
}

fn suggested(state: &State, index: usize) -> (Vec<LabelId>, bool) {
    let annotation = annotation(state, index);
    (annotation.labels, annotation.suggested)
}

/// A colleague's file: claim on 0, evidence on 1, claim on 2, a note alone on 3.
fn colleague_file() -> String {
    let theirs = apply(
        fresh(),
        &[
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabel(CLAIM)),
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabel(EVIDENCE)),
            Action::Select(Select::One(2)),
            Action::Annotate(Annotate::ToggleLabel(CLAIM)),
            Action::Annotate(Annotate::SetNote { index: 3, note: "ملاحظة الزميل".into() }),
            Action::Annotate(Annotate::SetNote { index: 1, note: "دليل ضعيف".into() }),
        ],
    );
    export_hamish_json(&theirs.work, "زميل", &Scope::All, EXPORTED_AT)
}

fn import(into: &State, json: &str, mode: ImportMode, as_suggestions: bool) -> State {
    let plan = Rc::new(plan_import(&into.work, read_hamish_json(json).expect("a valid file")));
    let action = if as_suggestions { Action::import(plan, mode, true) } else { Action::import(plan, mode, false) };
    into.reduce(&action).expect("the import changes the work")
}

/// A fresh state with the colleague's labels as suggestions.
fn reviewing() -> State {
    import(&fresh(), &colleague_file(), ImportMode::Replace, true)
}

#[test]
fn an_import_as_suggestions_marks_every_label_it_sets_and_keeps_notes() {
    let state = reviewing();
    assert_eq!(suggested(&state, 0), (vec![CLAIM], true));
    assert_eq!(suggested(&state, 1), (vec![EVIDENCE], true));
    assert_eq!(annotation(&state, 1).note, "دليل ضعيف");
    let note_only = annotation(&state, 3);
    assert_eq!((note_only.note.as_str(), note_only.suggested), ("ملاحظة الزميل", false), "a note is not a suggestion");
    assert_eq!(state.suggestions_to_review(), 3);
    assert_eq!(state.progress(), (0, 4), "suggestions are not counted as labeled");
    assert_eq!(state.work.progress(), (0, 5));
    assert_eq!(state.work.suggestion_count(), 3);
    let annotations = state.open_annotations().expect("annotations");
    assert_eq!((annotations.label_count(CLAIM), annotations.suggested_label_count(CLAIM)), (2, 2));
    // Without the choice, the same file's labels arrive confirmed.
    let plain = import(&fresh(), &colleague_file(), ImportMode::Replace, false);
    assert_eq!(suggested(&plain, 0), (vec![CLAIM], false));
    assert_eq!((plain.progress(), plain.suggestions_to_review()), ((3, 4), 0));
}

#[test]
fn a_merge_as_suggestions_leaves_my_own_labels_alone() {
    let mine = apply(fresh(), &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabel(OPINION))]);
    let plan = Rc::new(plan_import(&mine.work, read_hamish_json(&colleague_file()).expect("valid")));
    assert_eq!(plan.conflicts.len(), 1);
    let merged = mine.reduce(&Action::import(plan, ImportMode::Merge { take_theirs: BTreeSet::new() }, true));
    let merged = merged.expect("a change");
    assert_eq!(suggested(&merged, 0), (vec![OPINION], false), "my label stays, confirmed");
    assert_eq!(suggested(&merged, 2), (vec![CLAIM], true));
    assert_eq!(merged.progress(), (1, 4));
}

#[test]
fn accepting_one_confirms_it_and_moves_to_the_next_sentence() {
    let state = apply(reviewing(), &[Action::Select(Select::One(0))]);
    let accepted = state.reduce(&Action::Review(Review::Accept)).expect("a change");
    assert_eq!(suggested(&accepted, 0), (vec![CLAIM], false));
    assert_eq!(accepted.view.selection, Some(Selection::single(1)), "the next sentence is selected");
    assert_eq!((accepted.progress(), accepted.suggestions_to_review()), ((1, 4), 2));
    let undone = accepted.reduce(&Action::Undo).expect("undo");
    assert_eq!(suggested(&undone, 0), (vec![CLAIM], true));
    assert_eq!(undone.view.selection, Some(Selection::single(0)), "undo goes back to the accepted sentence");
    let redone = undone.reduce(&Action::Redo).expect("redo");
    assert_eq!(suggested(&redone, 0), (vec![CLAIM], false));
    assert_eq!(redone.view.selection, Some(Selection::single(1)));
}

#[test]
fn accepting_where_there_is_no_suggestion_changes_nothing() {
    let state = reviewing();
    assert_eq!(state.reduce(&Action::Review(Review::Accept)), None, "nothing selected");
    let on_note = apply(&state, &[Action::Select(Select::One(3))]);
    assert_eq!(on_note.reduce(&Action::Review(Review::Accept)), None, "a note alone is no suggestion");
    let confirmed = apply(fresh(), &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabel(CLAIM))]);
    assert_eq!(confirmed.reduce(&Action::Review(Review::Accept)), None);
    assert_eq!(confirmed.reduce(&Action::Review(Review::AcceptAll)), None);
}

#[test]
fn accepting_all_is_one_change_and_one_undo_restores_every_suggestion() {
    let state = apply(reviewing(), &[Action::Select(Select::One(2))]);
    let accepted = state.reduce(&Action::Review(Review::AcceptAll)).expect("a change");
    assert_eq!(accepted.view.notice, Some(Notice::SuggestionsAccepted(3)));
    for index in 0..3 {
        assert!(!annotation(&accepted, index).suggested, "sentence {index} is confirmed");
    }
    assert_eq!(annotation(&accepted, 1).note, "دليل ضعيف");
    assert_eq!((accepted.progress(), accepted.suggestions_to_review()), ((3, 4), 0));
    assert_eq!(accepted.view.selection, Some(Selection::single(2)), "accepting all leaves the selection alone");
    let undone = accepted.reduce(&Action::Undo).expect("undo");
    assert_eq!(undone.suggestions_to_review(), 3);
    assert_eq!(undone.work, state.work, "one undo step brings every suggestion back");
}

#[test]
fn another_label_rejects_the_suggestion_and_the_same_label_confirms_it() {
    let state = reviewing();
    let rejected = apply(&state, &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabel(OPINION))]);
    assert_eq!(suggested(&rejected, 0), (vec![OPINION], false), "exactly the chosen label, confirmed");
    let by_key = apply(&state, &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ToggleLabelKey(3))]);
    assert_eq!(suggested(&by_key, 1), (vec![OPINION], false));
    assert_eq!(annotation(&by_key, 1).note, "دليل ضعيف", "the note stays");
    let confirmed = apply(&state, &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ToggleLabelKey(2))]);
    assert_eq!(suggested(&confirmed, 1), (vec![EVIDENCE], false), "the suggested label's key confirms it");
    assert_eq!(confirmed.view.selection, Some(Selection::single(1)));
    assert_eq!(confirmed.progress(), (1, 4));
    let undone = confirmed.reduce(&Action::Undo).expect("undo");
    assert_eq!(suggested(&undone, 1), (vec![EVIDENCE], true));
    // A confirmed label toggles as always: pressed again, it goes.
    let toggled = apply(&confirmed, &[Action::Annotate(Annotate::ToggleLabelKey(2))]);
    assert_eq!(suggested(&toggled, 1), (vec![], false));
}

#[test]
fn a_selection_mixing_suggestions_and_confirmed_labels() {
    let state = apply(reviewing(), &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabel(CLAIM))]);
    assert_eq!(suggested(&state, 0), (vec![CLAIM], false));
    // 0 confirmed claim, 1 suggested evidence, 2 suggested claim: claim on all three.
    let claimed = apply(&state, &[Action::Select(Select::ExtendTo(2)), Action::Annotate(Annotate::ToggleLabel(CLAIM))]);
    assert_eq!(suggested(&claimed, 0), (vec![CLAIM], false), "a confirmed claim is not removed");
    assert_eq!(suggested(&claimed, 1), (vec![CLAIM], false));
    assert_eq!(suggested(&claimed, 2), (vec![CLAIM], false));
    let accepted = apply(&state, &[Action::Select(Select::ExtendTo(2)), Action::Review(Review::Accept)]);
    assert_eq!(suggested(&accepted, 1), (vec![EVIDENCE], false));
    assert_eq!(suggested(&accepted, 2), (vec![CLAIM], false));
    assert_eq!(accepted.view.selection, Some(Selection::single(3)), "moves past the whole selection");
}

#[test]
fn clearing_labels_clears_the_suggestion() {
    let cleared = apply(reviewing(), &[Action::Select(Select::One(1)), Action::Annotate(Annotate::ClearLabels)]);
    let annotation = annotation(&cleared, 1);
    assert_eq!((annotation.labels.len(), annotation.suggested), (0, false));
    assert_eq!(annotation.note, "دليل ضعيف");
    assert_eq!(cleared.suggestions_to_review(), 2);
    let undone = cleared.reduce(&Action::Undo).expect("undo");
    assert_eq!(suggested(&undone, 1), (vec![EVIDENCE], true));
}

#[test]
fn exports_say_which_labels_were_reviewed() {
    let state = apply(reviewing(), &[Action::Select(Select::One(0)), Action::Review(Review::Accept)]);
    let rows: Vec<serde_json::Value> = export_jsonl(&state.work, &Scope::Document(DocumentId("a".into())))
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    let reviewed: Vec<bool> = rows.iter().map(|row| row["reviewed"].as_bool().expect("reviewed")).collect();
    assert_eq!(reviewed, vec![true, false, false, true], "false only while the labels are a suggestion");
    assert_eq!(rows[1]["label"], serde_json::json!(["دليل"]));
    let csv = export_csv(&state.work, &Scope::Document(DocumentId("a".into())));
    let table =
        hamish_core::formats::table::read::read_table(hamish_core::formats::table::read::TableFormat::Csv, &csv)
            .expect("a table");
    let column = table.column(&["reviewed"]).expect("a reviewed column");
    assert!(csv.starts_with('\u{feff}'), "a byte order mark");
    assert_eq!(
        table.columns[..column + 1].join(","),
        "document,title,source_file,source_id,sentence,start,end,text,label,note,spans,reviewed"
    );
    let last: Vec<String> = table.rows.iter().map(|row| row[column].text()).collect();
    assert_eq!(last, vec!["true", "false", "false", "true"]);
    let file: serde_json::Value =
        serde_json::from_str(&export_hamish_json(&state.work, "", &Scope::All, EXPORTED_AT)).expect("json");
    let flags: Vec<Option<bool>> = file["documents"][0]["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|sentence| sentence.get("suggested").and_then(serde_json::Value::as_bool))
        .collect();
    assert_eq!(flags, vec![None, Some(true), Some(true), None], "written only on suggestions");
}

#[test]
fn a_hamish_json_round_trip_keeps_suggestions() {
    let state = apply(reviewing(), &[Action::Select(Select::One(0)), Action::Review(Review::Accept)]);
    let json = export_hamish_json(&state.work, "", &Scope::All, EXPORTED_AT);
    let back = import(&fresh(), &json, ImportMode::Replace, false);
    assert_eq!(back.work.annotations(), state.work.annotations());
    assert_eq!(suggested(&back, 1), (vec![EVIDENCE], true));
    assert_eq!(suggested(&back, 0), (vec![CLAIM], false));
    // A file may say so by hand; anything but true or false is refused.
    let mut file: serde_json::Value = serde_json::from_str(&json).expect("json");
    file["documents"][0]["sentences"][0]["suggested"] = serde_json::json!("yes");
    assert_eq!(
        read_hamish_json(&file.to_string()),
        Err(ImportError::Invalid {
            path: "documents[0].sentences[0].suggested".into(),
            problem: Problem::ExpectedBool
        })
    );
    // A suggestion without labels means nothing: the note is kept, plain.
    file["documents"][0]["sentences"][3]["suggested"] = serde_json::json!(true);
    file["documents"][0]["sentences"][0]["suggested"] = serde_json::json!(false);
    let edited = import(&fresh(), &file.to_string(), ImportMode::Replace, false);
    assert_eq!(suggested(&edited, 0), (vec![CLAIM], false));
    assert_eq!(suggested(&edited, 3), (vec![], false));
    assert_eq!(annotation(&edited, 3).note, "ملاحظة الزميل");
}

#[test]
fn stored_records_keep_suggestions_and_ordinary_labels_are_stored_as_before() {
    let state = apply(reviewing(), &[Action::Select(Select::One(0)), Action::Review(Review::Accept)]);
    let entries: Vec<(String, String)> = all_records(&state.work, &state.preferences(), 3)
        .into_iter()
        .filter_map(|write| Some((write.key, write.value?)))
        .collect();
    let key = chunk_key(&DocumentId("a".into()), 0);
    let chunk = &entries.iter().find(|(k, _)| *k == key).expect("the chunk is stored").1;
    let record: serde_json::Value = serde_json::from_str(chunk).expect("json");
    let rows = record["a"].as_array().expect("annotations");
    assert_eq!(rows[0].as_array().map(Vec::len), Some(4), "a confirmed label: [start, end, hash, labels]");
    assert_eq!(rows[1].as_array().and_then(|row| row.get(6)), Some(&serde_json::json!(true)));
    let loaded = load(&documents(), &entries);
    assert!(loaded.unreadable.is_empty(), "{:?}", loaded.unreadable);
    assert_eq!(loaded.saved.annotations, (**state.work.annotations()).clone(), "a reload restores every suggestion");
}

#[test]
fn old_records_without_the_flag_load_as_confirmed() {
    let document = &documents()[0];
    let sentence = &document.sentences()[1];
    let old =
        format!(r#"{{"v":2,"seq":4,"a":[[{},{},"{}",[2],"ملاحظة"]]}}"#, sentence.start, sentence.end, sentence.hash);
    let loaded = load(&documents(), &[(chunk_key(&document.id, 0), old)]);
    assert!(loaded.unreadable.is_empty(), "{:?}", loaded.unreadable);
    let annotation = loaded.saved.annotations[&document.id].get(1).cloned().expect("placed");
    assert_eq!(
        annotation,
        SentenceAnnotation { labels: vec![EVIDENCE], note: "ملاحظة".into(), ..SentenceAnnotation::default() }
    );
    let restored = State::restore(documents(), loaded.saved);
    assert_eq!((restored.progress(), restored.suggestions_to_review()), ((1, 4), 0));
}

#[test]
fn an_accept_from_another_tab_keeps_this_tab_s_note() {
    let state = reviewing();
    let doc = DocumentId("a".into());
    let before = annotation(&state, 0);
    let accept = Change {
        edits: vec![SentenceEdit {
            doc: doc.clone(),
            index: 0,
            before: Some(SentenceAnnotation { note: String::new(), ..before.clone() }),
            after: Some(SentenceAnnotation { suggested: false, note: String::new(), ..before.clone() }),
        }],
        ..Change::default()
    };
    let mut work =
        apply(&state, &[Action::Annotate(Annotate::SetNote { index: 0, note: "من هذا التبويب".into() })]).work;
    work.apply(&accept);
    let merged = work.annotations()[&doc].get(0).cloned().expect("annotated");
    assert_eq!(
        merged,
        SentenceAnnotation {
            labels: vec![CLAIM], note: "من هذا التبويب".into(), ..SentenceAnnotation::default()
        }
    );
}
