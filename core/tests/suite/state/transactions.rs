//! Every change to the work is one transaction: undoing an import removes
//! everything it brought (documents, labels, annotations, orphans), undo and
//! redo reopen the document they change and restore its selection, and an
//! opened file is routed to the right reader.

use crate::helpers::apply;
use hamish_core::formats::hamish::read::read_hamish_json;
use hamish_core::formats::open_file::{open_file, Opened};
use hamish_core::formats::plan::plan_import;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, Documents, LabelEdit, Select, Selection, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::{formats::errors::ImportError, formats::plan::ImportMode, formats::text_file::text_document};
use hamish_core::{formats::export::Scope, formats::hamish::write::export_hamish_json};
use serde_json::Value;
use std::rc::Rc;

fn documents() -> Vec<Document> {
    vec![
        Document::new(DocumentId("a".into()), "أولى. ثانية. ثالثة. رابعة.".into(), "a", DocumentSource::Bundled),
        Document::new(DocumentId("b".into()), "وحيدة. أخرى.".into(), "b", DocumentSource::Bundled),
    ]
}

fn state() -> State {
    State::new(documents(), &Preferences::default())
}

/// A Hamish JSON file with a new document "c" (both sentences labeled with a
/// new label) and a label on document "a".
fn file_with_a_new_document() -> String {
    let source = apply(
        State::new(
            vec![
                Document::new(DocumentId("c".into()), "جديدة. ثانية جديدة.".into(), "c", DocumentSource::Imported),
                documents().remove(0),
            ],
            &Preferences::default(),
        ),
        &[
            Action::Labels(LabelEdit::Add("جديد".into())),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(6)),
            Action::Documents(Documents::Open(DocumentId("a".into()))),
            Action::Select(Select::One(2)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
        ],
    );
    let mut file: Value = serde_json::from_str(&export_hamish_json(&source.work, "", &Scope::All, "")).expect("json");
    file["documents"][0]["sentences"][1]["labels"] = serde_json::json!(["جديد"]);
    file.to_string()
}

fn import(into: &State, json: &str) -> State {
    let plan = plan_import(&into.work, read_hamish_json(json).expect("a valid file"));
    apply(into, &[Action::import(Rc::new(plan), ImportMode::Merge { take_theirs: Default::default() }, false)])
}

#[test]
fn undoing_an_import_removes_what_it_brought_and_redo_brings_it_back() {
    let start =
        apply(state(), &[Action::Documents(Documents::Open(DocumentId("b".into()))), Action::Select(Select::One(1))]);
    let imported = import(&start, &file_with_a_new_document());
    assert!(imported.work.document(&DocumentId("c".into())).is_some());
    assert_eq!(imported.work.labels().labels.len(), 6);
    assert!(imported.work.annotations_of(&DocumentId("a".into())).is_some());

    let undone = apply(&imported, &[Action::Undo]);
    assert!(undone.work.document(&DocumentId("c".into())).is_none(), "the new document is gone");
    assert_eq!(undone.work.labels(), start.work.labels(), "the new label is gone");
    assert_eq!(undone.work.annotations(), start.work.annotations());
    assert_eq!(undone.work.orphans(), start.work.orphans());
    assert_eq!(undone.open_document().map(|d| d.id.as_str()), Some("b"), "back where the user was");
    assert_eq!(undone.view.selection, Some(Selection::single(1)));

    let redone = apply(&undone, &[Action::Redo]);
    assert_eq!(redone.work.documents(), imported.work.documents());
    assert_eq!(redone.work.labels(), imported.work.labels());
    assert_eq!(redone.work.annotations(), imported.work.annotations());
    assert_eq!(redone.work.orphans(), imported.work.orphans());
    assert_eq!(redone.open_document().map(|d| d.id.as_str()), imported.open_document().map(|d| d.id.as_str()));
}

#[test]
fn undoing_an_import_takes_back_the_orphans_it_made() {
    // The app's copy of "a" differs from the file's: the file's annotation on
    // a sentence the app does not have becomes an orphan.
    let mut file: Value = serde_json::from_str(&file_with_a_new_document()).expect("json");
    let text = "أولى. ثانية. ثالثة. رابعة. خامسة.";
    file["documents"][1]["text"] = Value::String(text.into());
    file["documents"][1]["sentences"] = serde_json::json!([
        {"index": 4, "start": 27, "end": 33, "text": "خامسة.", "labels": ["ادعاء"], "note": ""}
    ]);
    let imported = import(&state(), &file.to_string());
    assert_eq!(imported.work.orphan_count(), 1, "the unplaced annotation is kept as an orphan");
    let undone = apply(&imported, &[Action::Undo]);
    assert_eq!(undone.work.orphan_count(), 0, "undo takes the orphan back");
    assert_eq!(apply(&undone, &[Action::Redo]).work.orphans(), imported.work.orphans());
}

#[test]
fn undoing_a_text_import_removes_the_document_and_reopens_the_last_one() {
    let start = apply(state(), &[Action::Select(Select::One(2))]);
    let text = text_document("new.txt", "نص جديد. جملة ثانية.").expect("a text");
    let added = apply(&start, &[Action::Documents(Documents::Add(Rc::new(text.clone())))]);
    assert_eq!(added.open_document().map(|d| &d.id), Some(&text.id));
    let undone = apply(&added, &[Action::Undo]);
    assert!(undone.work.document(&text.id).is_none());
    assert_eq!(
        (undone.open_document().map(|d| d.id.as_str()), undone.view.selection),
        (Some("a"), start.view.selection)
    );
}

#[test]
fn undo_and_redo_reopen_the_document_they_change_and_restore_its_selection() {
    let labeled = apply(
        state(),
        &[
            Action::Select(Select::One(1)),
            Action::Select(Select::ExtendTo(2)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
        ],
    );
    let elsewhere =
        apply(&labeled, &[Action::Documents(Documents::Open(DocumentId("b".into()))), Action::Select(Select::One(0))]);
    let undone = apply(&elsewhere, &[Action::Undo]);
    assert_eq!(undone.open_document().map(|d| d.id.as_str()), Some("a"));
    assert_eq!(undone.view.selection, Some(Selection { anchor: 1, focus: 2 }));
    assert!(undone.open_annotations().is_none(), "the labels are taken back");

    let away_again = apply(&undone, &[Action::Documents(Documents::Open(DocumentId("b".into())))]);
    let redone = apply(&away_again, &[Action::Redo]);
    assert_eq!(redone.open_document().map(|d| d.id.as_str()), Some("a"));
    assert_eq!(redone.view.selection, Some(Selection { anchor: 1, focus: 2 }));
    assert_eq!(redone.work.annotations(), labeled.work.annotations());
}

#[test]
fn an_opened_file_goes_to_the_right_reader() {
    let text = open_file("notes.txt", "نص.").expect("a text");
    assert!(matches!(text, Opened::Text(document) if document.text() == "نص."));
    let hamish = export_hamish_json(&state().work, "", &Scope::All, "");
    assert!(matches!(open_file("x.json", &hamish), Ok(Opened::Hamish(file)) if file.documents.len() == 2));
    let exercise =
        hamish_core::formats::exercise_file::exercise_json(&hamish_core::formats::exercise_file::make_exercise(
            &state().work,
            &[DocumentId("a".into())],
            "تمرين",
            "",
            false,
        ));
    assert!(matches!(open_file("e.json", &exercise), Ok(Opened::Exercise(e)) if e.title == "تمرين"));
    // Content decides too: a brace means JSON whatever the name.
    assert!(matches!(open_file("data", "{ nope"), Err(ImportError::MalformedJson { line: 1, .. })));
    assert_eq!(open_file("empty.txt", "  \n"), Err(ImportError::EmptyText));
    assert!(matches!(open_file("t.jsonl", "{\"text\": \"أ\"}"), Ok(Opened::Table(table)) if table.rows.len() == 1));
    assert_eq!(open_file("page.html", "<p>نص</p>"), Ok(Opened::Html));
    assert_eq!(open_file("page", "<!DOCTYPE html><p>نص</p>"), Ok(Opened::Html));
}

#[test]
fn storage_updates_leave_the_notice_alone() {
    use hamish_core::store::StoredUpdate;
    let deleted = apply(
        state(),
        &[
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Labels(LabelEdit::Delete(hamish_core::model::labels::LabelId(1))),
        ],
    );
    assert!(deleted.view.notice.is_some());
    let same = StoredUpdate::Chunk { doc: DocumentId("a".into()), chunk: 0, entries: Default::default() };
    assert_eq!(deleted.reduce(&Action::ApplyStored(same)), None, "nothing changed, nothing to render");
    let mut entries = hamish_core::model::annotations::Chunk::new();
    entries
        .insert(1, hamish_core::model::annotations::SentenceAnnotation { note: "ملاحظة".into(), ..Default::default() });
    let other =
        apply(&deleted, &[Action::ApplyStored(StoredUpdate::Chunk { doc: DocumentId("a".into()), chunk: 0, entries })]);
    assert_eq!(other.view.notice, deleted.view.notice, "another tab's note does not hide the notice");
}
