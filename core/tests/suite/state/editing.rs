//! The state and its actions: selection, labeling, notes, the label set,
//! filters, and undo/redo over every change.

use crate::helpers::apply;
use hamish_core::formats::export::Scope;
use hamish_core::formats::hamish::write::export_hamish_json;
use hamish_core::i18n::Lang;
use hamish_core::model::labels::{LabelColor, LabelId};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{
    Action, Annotate, Documents, LabelEdit, Notice, Panel, Panels, Select, Selection, Setting, State, Student,
    NOTE_MAX_CHARS,
};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use proptest::prelude::*;
use std::rc::Rc;

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);

fn documents() -> Vec<Document> {
    vec![
        Document::new(DocumentId("a".into()), "أولى. ثانية. ثالثة. رابعة.".into(), "a", DocumentSource::Bundled),
        Document::new(DocumentId("b".into()), "وحيدة.".into(), "b", DocumentSource::Bundled),
    ]
}

fn state() -> State {
    State::new(documents(), &Preferences::default())
}

fn labels_of(state: &State, index: usize) -> Vec<LabelId> {
    state.open_annotations().map(|annotations| annotations.labels(index).to_vec()).unwrap_or_default()
}

#[test]
fn arrows_move_the_selection_within_the_document() {
    let down = apply(state(), &[Action::Select(Select::Move(1))]);
    assert_eq!(down.view.selection, Some(Selection::single(0)));
    let end = apply(
        &down,
        &[Action::Select(Select::Move(1)), Action::Select(Select::Move(1)), Action::Select(Select::Move(5))],
    );
    assert_eq!(end.view.selection, Some(Selection::single(3)));
    assert_eq!(apply(&end, &[Action::Select(Select::Move(-1))]).view.selection, Some(Selection::single(2)));
    assert_eq!(apply(state(), &[Action::Select(Select::Move(-1))]).view.selection, Some(Selection::single(3)));
    let first = apply(state(), &[Action::Select(Select::One(0))]);
    assert_eq!(first.reduce(&Action::Select(Select::Move(-1))), None, "nothing changes at the top");
}

#[test]
fn selection_by_click_shift_click_and_shift_arrow() {
    let extended = apply(state(), &[Action::Select(Select::One(2)), Action::Select(Select::ExtendTo(0))]);
    assert_eq!(extended.view.selection.map(|s| s.range()), Some(0..=2));
    let by_keys = apply(
        state(),
        &[Action::Select(Select::One(1)), Action::Select(Select::ExtendBy(1)), Action::Select(Select::ExtendBy(1))],
    );
    assert_eq!(by_keys.view.selection, Some(Selection { anchor: 1, focus: 3 }));
    assert_eq!(apply(state(), &[Action::Select(Select::One(1)), Action::Select(Select::One(99))]).view.selection, None);
}

#[test]
fn opening_a_document_selects_its_first_sentence_and_is_remembered() {
    let opened =
        apply(state(), &[Action::Select(Select::One(1)), Action::Documents(Documents::Open(DocumentId("b".into())))]);
    assert_eq!((opened.view.open, opened.view.selection), (1, Some(Selection::single(0))), "a label key works at once");
    assert_eq!(opened.preferences().open_document, Some(DocumentId("b".into())));
    assert_eq!(opened.reduce(&Action::Documents(Documents::Open(DocumentId("missing".into())))), None);
    let english = apply(state(), &[Action::Set(Setting::Language(Lang::English))]);
    assert_eq!(english.preferences().lang, Lang::English);
}

#[test]
fn a_label_key_toggles_the_label_on_every_selected_sentence() {
    let labeled = apply(
        state(),
        &[
            Action::Select(Select::One(0)),
            Action::Select(Select::ExtendTo(2)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
        ],
    );
    for index in 0..=2 {
        assert_eq!(labels_of(&labeled, index), vec![CLAIM]);
    }
    assert_eq!(labels_of(&labeled, 3), vec![]);
    assert_eq!(labeled.progress(), (3, 4));
    assert_eq!(labeled.work.progress(), (3, 5));
    let untoggled = apply(&labeled, &[Action::Annotate(Annotate::ToggleLabelKey(1))]);
    assert_eq!(untoggled.progress(), (0, 4));
}

#[test]
fn a_mixed_selection_gets_the_label_on_all_before_it_toggles_off() {
    let mixed = apply(
        state(),
        &[
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabel(CLAIM)),
            Action::Select(Select::ExtendTo(1)),
        ],
    );
    let all = apply(&mixed, &[Action::Annotate(Annotate::ToggleLabel(CLAIM))]);
    assert_eq!((labels_of(&all, 0), labels_of(&all, 1)), (vec![CLAIM], vec![CLAIM]));
}

#[test]
fn several_labels_stay_in_palette_order_and_one_label_mode_replaces() {
    let several = apply(
        state(),
        &[
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
        ],
    );
    assert_eq!(labels_of(&several, 0), vec![CLAIM, EVIDENCE]);
    let single = apply(
        state(),
        &[
            Action::Labels(LabelEdit::SetMultiple(false)),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
        ],
    );
    assert_eq!(labels_of(&single, 0), vec![CLAIM]);
}

#[test]
fn clearing_keeps_the_note_and_notes_are_trimmed_and_never_cut() {
    let noted = apply(
        state(),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Annotate(Annotate::SetNote { index: 1, note: "  ملاحظة  ".into() }),
            Action::Annotate(Annotate::ClearLabels),
        ],
    );
    let annotation = noted.open_annotations().and_then(|a| a.get(1)).cloned().expect("the note is kept");
    assert_eq!((annotation.labels, annotation.note.as_str()), (vec![], "ملاحظة"));
    assert_eq!(noted.progress(), (0, 4));
    // A note over the limit is refused whole, with a notice, and the dialog stays open.
    let open = apply(state(), &[Action::Select(Select::One(0)), Action::Panels(Panels::OpenNote)]);
    let long = apply(&open, &[Action::Annotate(Annotate::SetNote { index: 0, note: "x".repeat(20_000) })]);
    assert_eq!(long.open_annotations().and_then(|a| a.get(0)), None);
    assert_eq!(long.view.notice, Some(Notice::NoteTooLong { length: 20_000, limit: NOTE_MAX_CHARS }));
    assert_eq!(long.view.panel, Panel::Note(0));
    assert!(!long.history.can_undo());
    let full = apply(&open, &[Action::Annotate(Annotate::SetNote { index: 0, note: "ن".repeat(NOTE_MAX_CHARS) })]);
    assert_eq!(full.open_annotations().and_then(|a| a.get(0)).map(|a| a.note.chars().count()), Some(NOTE_MAX_CHARS));
    assert_eq!(state().reduce(&Action::Annotate(Annotate::SetNote { index: 99, note: "x".into() })), None);
}

#[test]
fn labeling_with_nothing_selected_says_so() {
    let after = apply(state(), &[Action::Annotate(Annotate::ToggleLabelKey(1))]);
    assert_eq!(after.view.notice, Some(Notice::NothingSelected));
    assert_eq!(after.progress(), (0, 4));
    let nine = apply(state(), &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(9))]);
    assert_eq!(nine.view.notice, Some(Notice::NoLabelOnKey(9)), "no label has key 9, and it says so");
    assert_eq!(nine.progress(), (0, 4));
}

#[test]
fn next_unlabeled_skips_labeled_sentences_and_wraps() {
    let labeled = apply(
        state(),
        &[
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
        ],
    );
    assert_eq!(apply(&labeled, &[Action::Select(Select::NextUnlabeled)]).view.selection, Some(Selection::single(2)));
    let from_end = apply(&labeled, &[Action::Select(Select::One(3)), Action::Select(Select::NextUnlabeled)]);
    assert_eq!(from_end.view.selection, Some(Selection::single(2)));
    let all = apply(
        state(),
        &[
            Action::Select(Select::One(0)),
            Action::Select(Select::ExtendTo(3)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Select(Select::NextUnlabeled),
        ],
    );
    assert_eq!(all.view.notice, Some(Notice::AllLabeled));
}

#[test]
fn a_filter_shows_only_sentences_with_the_label_and_moves_among_them() {
    let labeled = apply(
        state(),
        &[
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Select(Select::One(3)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
            Action::Select(Select::Filter(Some(EVIDENCE))),
        ],
    );
    assert!(labeled.is_visible(0) && labeled.is_visible(3));
    assert!(!labeled.is_visible(1) && !labeled.is_visible(2));
    let moved = apply(&labeled, &[Action::Select(Select::One(0)), Action::Select(Select::Move(1))]);
    assert_eq!(moved.view.selection, Some(Selection::single(3)));
    let cleared = apply(&moved, &[Action::Panels(Panels::Close)]);
    assert_eq!(cleared.view.filter, None, "Escape with no panel open clears the filter");
}

#[test]
fn the_label_set_can_be_edited_and_every_edit_undone() {
    let edited = apply(
        state(),
        &[
            Action::Labels(LabelEdit::Add("  استنتاج  ".into())),
            Action::Labels(LabelEdit::Rename(CLAIM, Lang::Arabic, "ادعاء رئيسي".into())),
            Action::Labels(LabelEdit::Recolor(CLAIM, LabelColor::Red)),
            Action::Labels(LabelEdit::Move(LabelId(6), -10)),
        ],
    );
    let names: Vec<&str> = edited.work.labels().labels.iter().map(|label| label.name.as_str()).collect();
    assert_eq!(names, ["استنتاج", "ادعاء رئيسي", "دليل", "رأي", "سؤال", "خلفية"]);
    assert_eq!(edited.work.labels().get(CLAIM).map(|label| label.color), Some(LabelColor::Red));
    assert_eq!(
        edited.work.labels().by_key(1, hamish_core::model::labels::Target::Sentences).map(|label| label.id).ok(),
        Some(LabelId(6)),
        "keys follow the order"
    );
    let undone = apply(&edited, &[Action::Undo, Action::Undo, Action::Undo, Action::Undo]);
    assert_eq!(undone.work.labels(), state().work.labels());
    let redone = apply(&undone, &[Action::Redo, Action::Redo, Action::Redo, Action::Redo]);
    assert_eq!(redone.work.labels(), edited.work.labels());
}

#[test]
fn english_renames_change_the_english_name_and_duplicates_are_refused() {
    let english = apply(
        state(),
        &[
            Action::Set(Setting::Language(Lang::English)),
            Action::Labels(LabelEdit::Rename(CLAIM, Lang::English, "thesis".into())),
        ],
    );
    let claim = english.work.labels().get(CLAIM).cloned().expect("claim");
    assert_eq!((claim.name.as_str(), claim.name_en.as_str()), ("ادعاء", "thesis"));
    let duplicate = apply(state(), &[Action::Labels(LabelEdit::Add("دليل".into()))]);
    assert_eq!(duplicate.view.notice, Some(Notice::DuplicateLabelName));
    assert_eq!(duplicate.work.labels().labels.len(), 5);
    assert_eq!(state().reduce(&Action::Labels(LabelEdit::Add("   ".into()))), None);
}

#[test]
fn an_english_name_that_only_translated_the_old_name_follows_a_rename_and_one_set_apart_stays() {
    let rename = |lang, name: &str| Action::Labels(LabelEdit::Rename(CLAIM, lang, name.into()));
    let renamed = apply(state(), &[rename(Lang::Arabic, "فاعل")]);
    let claim = renamed.work.labels().get(CLAIM).cloned().expect("claim");
    assert_eq!((claim.name.as_str(), claim.display_name(Lang::English)), ("فاعل", "فاعل"));
    let exported = export_hamish_json(&renamed.work, "", &Scope::All, "");
    assert!(!exported.contains("\"claim\""), "the English export still says claim");
    let set_apart = apply(state(), &[rename(Lang::English, "subject"), rename(Lang::Arabic, "فاعل")]);
    let claim = set_apart.work.labels().get(CLAIM).cloned().expect("claim");
    assert_eq!((claim.name.as_str(), claim.name_en.as_str()), ("فاعل", "subject"));
    let cleared = apply(&set_apart, &[rename(Lang::English, "  ")]);
    assert_eq!(cleared.work.labels().get(CLAIM).map(|label| label.display_name(Lang::English)), Some("فاعل"));
    assert_eq!(state().reduce(&rename(Lang::Arabic, " ")), None, "an Arabic name cannot be emptied");
    let undone = apply(&renamed, &[Action::Undo]);
    assert_eq!(undone.work.labels().get(CLAIM).map(|label| label.name_en.as_str()), Some("claim"));
}

#[test]
fn deleting_a_label_in_use_says_how_many_sentences_lose_it_and_undo_restores_them() {
    let labeled = apply(
        state(),
        &[
            Action::Select(Select::One(0)),
            Action::Select(Select::ExtendTo(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Documents(Documents::Open(DocumentId("b".into()))),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
        ],
    );
    let deleted = apply(&labeled, &[Action::Labels(LabelEdit::Delete(CLAIM))]);
    assert_eq!(deleted.view.notice, Some(Notice::LabelDeleted { name: "ادعاء".into(), sentences: 3 }));
    assert!(deleted.work.labels().get(CLAIM).is_none());
    assert_eq!(labels_of(&deleted, 0), vec![EVIDENCE]);
    assert_eq!(deleted.work.progress(), (1, 5));
    let undone = apply(&deleted, &[Action::Undo]);
    assert_eq!(undone.work.labels(), labeled.work.labels());
    assert_eq!(undone.work.annotations(), labeled.work.annotations());
}

#[test]
fn undo_and_redo_say_when_there_is_nothing_to_do() {
    assert_eq!(apply(state(), &[Action::Undo]).view.notice, Some(Notice::NothingToUndo));
    assert_eq!(apply(state(), &[Action::Redo]).view.notice, Some(Notice::NothingToRedo));
}

#[test]
fn panels_open_and_close() {
    let help = apply(state(), &[Action::Panels(Panels::Open(Panel::Help))]);
    assert_eq!(help.view.panel, Panel::Help);
    assert_eq!(apply(&help, &[Action::Panels(Panels::Close)]).view.panel, Panel::None);
    assert_eq!(apply(state(), &[Action::Panels(Panels::OpenNote)]).view.notice, Some(Notice::NothingSelected));
    assert_eq!(
        apply(state(), &[Action::Select(Select::One(2)), Action::Panels(Panels::OpenNote)]).view.panel,
        Panel::Note(2)
    );
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (0usize..5).prop_map(|value| Action::Select(Select::One(value))),
        (0usize..5).prop_map(|value| Action::Select(Select::ExtendTo(value))),
        (-2isize..3).prop_map(|value| Action::Select(Select::Move(value))),
        (0u8..8).prop_map(|value| Action::Annotate(Annotate::ToggleLabelKey(value))),
        Just(Action::Annotate(Annotate::ClearLabels)),
        (0usize..4, "[ا-ي ]{0,6}").prop_map(|(index, note)| Action::Annotate(Annotate::SetNote { index, note })),
        "[ا-ي]{1,4}".prop_map(|value| Action::Labels(LabelEdit::Add(value))),
        (1u32..8, "[a-z]{1,4}").prop_map(|(id, name)| Action::Labels(LabelEdit::Rename(
            LabelId(id),
            Lang::Arabic,
            name
        ))),
        (1u32..8).prop_map(|id| Action::Labels(LabelEdit::Recolor(LabelId(id), LabelColor::Teal))),
        (1u32..8, -2isize..3).prop_map(|(id, by)| Action::Labels(LabelEdit::Move(LabelId(id), by))),
        (1u32..8).prop_map(|id| Action::Labels(LabelEdit::Delete(LabelId(id)))),
        any::<bool>().prop_map(|value| Action::Labels(LabelEdit::SetMultiple(value))),
        Just(Action::Documents(Documents::Open(DocumentId("a".into())))),
        Just(Action::Documents(Documents::Open(DocumentId("b".into())))),
        Just(Action::Select(Select::NextUnlabeled)),
        (1u32..4).prop_map(|id| Action::Select(Select::Filter(Some(LabelId(id))))),
        Just(Action::Undo),
        Just(Action::Redo),
    ]
}

/// Each document's annotated sentences: (index, labels, note).
type AnnotationList = Vec<(DocumentId, Vec<(usize, Vec<LabelId>, String)>)>;

/// The work that undo restores: labels and annotations.
fn work(state: &State) -> (hamish_core::model::labels::LabelSet, AnnotationList) {
    let annotations = state
        .work
        .annotations()
        .iter()
        .map(|(doc, annotations)| {
            (doc.clone(), annotations.iter().map(|(index, a)| (index, a.labels.clone(), a.note.clone())).collect())
        })
        .filter(|(_, list): &(DocumentId, Vec<_>)| !list.is_empty())
        .collect();
    ((**state.work.labels()).clone(), annotations)
}

/// Undoes every recorded change; returns the state and how many there were.
fn undo_all(state: &State) -> (State, usize) {
    let mut current = state.clone();
    let mut count = 0;
    while current.history.can_undo() {
        current = current.reduce(&Action::Undo).expect("undo changes the history");
        count += 1;
    }
    (current, count)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn undoing_every_change_gives_back_the_start_and_redo_gives_back_the_end(
        actions in prop::collection::vec(action(), 0..40)
    ) {
        let start = state();
        let end = apply(&start, &actions);
        let (undone, count) = undo_all(&end);
        prop_assert_eq!(work(&undone), work(&start));
        let redone = apply(&undone, &vec![Action::Redo; count]);
        prop_assert_eq!(work(&redone), work(&end));
    }

    #[test]
    fn counts_always_match_the_annotations(actions in prop::collection::vec(action(), 0..40)) {
        let end = apply(state(), &actions);
        for annotations in end.work.annotations().values() {
            let labeled = annotations.iter().filter(|(_, a)| !a.labels.is_empty()).count();
            prop_assert_eq!(annotations.labeled_count(), labeled);
            for id in 1..8 {
                let carrying = annotations.iter().filter(|(_, a)| a.labels.contains(&LabelId(id))).count();
                prop_assert_eq!(annotations.label_count(LabelId(id)), carrying);
            }
            prop_assert!(annotations.iter().all(|(_, a)| !a.is_empty()));
            for (_, annotation) in annotations.iter() {
                let mut sorted = annotation.labels.clone();
                sorted.dedup();
                prop_assert_eq!(sorted.len(), annotation.labels.len(), "no label twice");
            }
        }
    }
}

#[test]
fn undo_keeps_what_another_tab_added_to_the_same_sentence() {
    use hamish_core::model::annotations::{Chunk, SentenceAnnotation};
    use hamish_core::store::StoredUpdate;
    let mine = apply(state(), &[Action::Select(Select::One(0)), Action::Annotate(Annotate::ToggleLabelKey(1))]);
    // Another tab adds "opinion" and a note to the same sentence.
    let theirs = SentenceAnnotation {
        labels: vec![CLAIM, LabelId(3)],
        note: "من التبويب الآخر".into(),
        ..SentenceAnnotation::default()
    };
    let entries: Chunk = [(0, theirs)].into_iter().collect();
    let update = StoredUpdate::Chunk { doc: DocumentId("a".into()), chunk: 0, entries };
    let merged = apply(&mine, &[Action::ApplyStored(update)]);
    let undone = apply(&merged, &[Action::Undo]);
    let annotation = undone.open_annotations().and_then(|a| a.get(0)).cloned().expect("the other tab's work stays");
    assert_eq!(annotation.labels, vec![LabelId(3)]);
    assert_eq!(annotation.note, "من التبويب الآخر");
}

#[test]
fn undo_after_removing_a_document_does_not_bring_its_annotations_back() {
    let imported = Rc::new(Document::new(DocumentId("txt".into()), "أ. ب.".into(), "t", DocumentSource::Imported));
    let labeled = apply(
        state(),
        &[
            Action::Documents(Documents::Add(imported)),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
        ],
    );
    let removed = apply(&labeled, &[Action::Documents(Documents::Remove(DocumentId("txt".into()))), Action::Undo]);
    assert!(!removed.work.annotations().contains_key(&DocumentId("txt".into())));
    assert_eq!(removed.work.progress(), (0, 5));
}

#[test]
fn redo_over_another_tabs_label_keeps_one_label_in_one_label_mode() {
    use hamish_core::model::annotations::{Chunk, SentenceAnnotation};
    use hamish_core::store::StoredUpdate;
    let single = apply(
        state(),
        &[
            Action::Labels(LabelEdit::SetMultiple(false)),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::Undo,
        ],
    );
    let theirs: Chunk =
        [(0, SentenceAnnotation { labels: vec![EVIDENCE], ..SentenceAnnotation::default() })].into_iter().collect();
    let update = StoredUpdate::Chunk { doc: DocumentId("a".into()), chunk: 0, entries: theirs };
    let redone = apply(&single, &[Action::ApplyStored(update), Action::Redo]);
    assert_eq!(labels_of(&redone, 0), vec![CLAIM]);
}

#[test]
fn starting_an_exercise_keeps_the_meaning_of_existing_annotations() {
    use hamish_core::formats::exercise_file::{exercise_json, make_exercise, read_exercise};
    // The teacher moved "opinion" to the top, then labeled a sentence "claim".
    let teacher = apply(
        state(),
        &[
            Action::Labels(LabelEdit::Move(LabelId(3), -5)),
            Action::Select(Select::One(0)),
            Action::Annotate(Annotate::ToggleLabel(CLAIM)),
        ],
    );
    let exercise = make_exercise(&teacher.work, &[DocumentId("b".into())], "تمرين", "", true);
    let exercise = Rc::new(read_exercise(&exercise_json(&exercise)).expect("valid"));
    let started = apply(&teacher, &[Action::Student(Student::Start(exercise, "سارة".into(), String::new()))]);
    let names: Vec<&str> = started.work.labels().labels.iter().map(|label| label.name.as_str()).collect();
    assert_eq!(names[0], "رأي", "the exercise's order");
    let sentence = started.work.annotations()[&DocumentId("a".into())].labels(0).to_vec();
    let shown: Vec<&str> =
        sentence.iter().filter_map(|id| started.work.labels().get(*id)).map(|label| label.name.as_str()).collect();
    assert_eq!(shown, ["ادعاء"], "the earlier label still means claim");
}

#[test]
fn stored_annotations_arrive_even_for_a_document_added_again_meanwhile() {
    use hamish_core::model::anchor::StoredAnnotation;
    use hamish_core::model::annotations::SentenceAnnotation;
    let document =
        Rc::new(Document::new(DocumentId("txt".into()), "أولى. ثانية.".into(), "t", DocumentSource::Imported));
    let added = apply(
        state(),
        &[
            Action::Documents(Documents::Add(document.clone())),
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(2)),
        ],
    );
    let sentence = &document.sentences()[0];
    let stored = vec![StoredAnnotation {
        start: sentence.start,
        end: sentence.end,
        hash: sentence.hash.to_string(),
        quote: String::new(),
        annotation: SentenceAnnotation { labels: vec![CLAIM], ..SentenceAnnotation::default() },
    }];
    let loaded = apply(&added, &[Action::Documents(Documents::Load(vec![(document, stored)]))]);
    let annotations = &loaded.work.annotations()[&DocumentId("txt".into())];
    assert_eq!((annotations.labels(0), annotations.labels(1)), (&[CLAIM][..], &[EVIDENCE][..]));
}
