//! An export read back onto the very work it came from changes nothing, by
//! merge or by replace, and asks nothing: each format's file says nothing
//! of what it does not carry (doccano's spans file of sentence labels,
//! spaCy's of notes), so that stays; labels in another order are the same
//! labels. A replacing spans file replaces spans only, and the label set
//! keeps every label still in use.

use super::way_back::{annotations, carried, held, sample, state_with, Held};
use crate::helpers::apply;
use hamish_core::formats::back::read_back;
use hamish_core::formats::export::Scope;
use hamish_core::formats::plan::{plan_import, ImportMode, ImportPlan};
use hamish_core::formats::sentences::{export_csv, export_jsonl};
use hamish_core::formats::table::read::TableFormat;
use hamish_core::formats::training::doccano::export_doccano_spans;
use hamish_core::formats::training::label_studio::export_label_studio;
use hamish_core::formats::training::spacy::export_spacy_jsonl;
use hamish_core::state::{Action, State};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The plan for `text` (an export named `name`) read back onto `state`.
fn plan_onto(state: &State, text: &str, name: &str) -> ImportPlan {
    let format = match name.rsplit_once('.').map(|(_, extension)| extension) {
        Some("csv") => TableFormat::Csv,
        Some("json") => TableFormat::JsonArray,
        _ => TableFormat::JsonLines,
    };
    plan_import(&state.work, read_back(&state.work, format, text, name).expect("read back"))
}

fn taken(state: &State, plan: ImportPlan, mode: ImportMode) -> State {
    apply(state.clone(), &[Action::import(Rc::new(plan), mode, false)])
}

fn merge() -> ImportMode {
    ImportMode::Merge { take_theirs: Default::default() }
}

/// Names of the state's labels.
fn label_names(state: &State) -> Vec<String> {
    state.work.labels().labels.iter().map(|label| label.name.clone()).collect()
}

/// `held` without the suggestion flag (for a format that does not say it).
fn unflagged(held: BTreeMap<(String, usize), Held>) -> BTreeMap<(String, usize), Held> {
    held.into_iter().map(|(at, (names, spans, note, _))| (at, (names, spans, note, false))).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn every_export_read_back_onto_its_own_work_changes_nothing_and_asks_nothing(sentences in annotations()) {
        let state = state_with(&sentences);
        let before = held(&state);
        let all = Scope::All;
        let files = [
            (export_jsonl(&state.work, &all), "export.jsonl", true),
            (export_csv(&state.work, &all), "export.csv", true),
            (export_label_studio(&state.work, &all), "export.label-studio.json", true),
            (export_spacy_jsonl(&state.work, &all), "export.spacy.jsonl", false),
            (export_doccano_spans(&state.work, &all), "export.doccano.jsonl", true),
        ];
        for (text, name, says_reviewed) in files {
            let plan = plan_onto(&state, &text, name);
            prop_assert!(plan.conflicts.is_empty(), "{}: {:?}", name, plan.conflicts);
            prop_assert_eq!(&held(&taken(&state, plan.clone(), merge())), &before, "{} merged", name);
            let replaced = taken(&state, plan, ImportMode::Replace);
            prop_assert_eq!(label_names(&replaced).len(), label_names(&state).len(), "{} keeps every label", name);
            match says_reviewed {
                true => prop_assert_eq!(held(&replaced), before.clone(), "{} replacing", name),
                false => prop_assert_eq!(unflagged(held(&replaced)), unflagged(before.clone()), "{} replacing", name),
            }
        }
    }
}

#[test]
fn a_replacing_spans_file_replaces_spans_only_and_keeps_every_label() {
    let state = sample();
    let before = held(&state);
    // The first sentence's spans taken off in the other tool.
    let edited: String = export_doccano_spans(&state.work, &Scope::All)
        .lines()
        .enumerate()
        .map(|(at, line)| {
            let mut row: Value = serde_json::from_str(line).expect("JSON");
            if at == 0 {
                row["label"] = Value::Array(Vec::new());
            }
            format!("{row}\n")
        })
        .collect();
    let plan = plan_onto(&state, &edited, "edited.doccano.jsonl");
    assert!(plan.conflicts.is_empty(), "a spans file does not contradict sentence labels: {:?}", plan.conflicts);
    let after = taken(&state, plan, ImportMode::Replace);
    let mut expected = before.clone();
    if let Some(first) = expected.get_mut(&("news".to_string(), 0)) {
        first.1.clear();
    }
    assert_eq!(held(&after), expected, "labels and notes stay, the first sentence's spans are gone");
    assert_eq!(label_names(&after), label_names(&state), "no label leaves the set");
    let _ = carried;
}

#[test]
fn a_spans_file_merged_onto_labeled_sentences_adds_its_spans() {
    let state = sample();
    let with_spans = held(&state);
    let bare = state_with(&[
        (0, 0, (vec!["رأي".into()], Vec::new(), "ملاحظة".into(), false)),
        (0, 1, (vec!["خبر".into()], Vec::new(), String::new(), true)),
        (1, 0, (Vec::new(), Vec::new(), "سطر\nثان".into(), false)),
    ]);
    let plan = plan_onto(&bare, &export_doccano_spans(&state.work, &Scope::All), "spans.doccano.jsonl");
    assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
    assert_eq!(held(&taken(&bare, plan, merge())), with_spans, "the labeled sentences gain the file's spans");
}

#[test]
fn labels_in_another_order_are_no_conflict_and_different_ones_are() {
    let names = |list: &[&str]| list.iter().map(|name| name.to_string()).collect::<Vec<_>>();
    let state = state_with(&[(0, 0, (names(&["خبر", "رأي"]), Vec::new(), String::new(), false))]);
    let spacy = export_spacy_jsonl(&state.work, &Scope::All);
    assert!(plan_onto(&state, &spacy, "export.spacy.jsonl").conflicts.is_empty(), "same labels, any order");
    let other = state_with(&[(0, 0, (names(&["رأي"]), Vec::new(), String::new(), false))]);
    let plan = plan_onto(&other, &spacy, "export.spacy.jsonl");
    assert_eq!(plan.conflicts.len(), 1, "two labels against one is a conflict");
    assert_eq!(plan.conflicts[0].theirs.0, names(&["رأي", "خبر"]), "the file's labels, in the set's order");
}
