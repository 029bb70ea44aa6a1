//! The first view labels before the app runs: it must land exactly where
//! the app would, and what it stores must read back as that work.

use hamish_core::model::labels::LabelId;
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, FirstStep, Notice, Panel, Panels, Select, State};
use hamish_core::store::{load, Writer};
use hamish_core::text::seeds::bundled_documents;
use proptest::prelude::*;

fn first_visit(advance: bool) -> State {
    let preferences = Preferences { advance, ..Preferences::default() };
    State::new(bundled_documents(), &preferences)
}

/// The actions the first view takes (and a few it leaves to the app).
fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (0usize..40).prop_map(|i| Action::Select(Select::One(i))),
        (0usize..40).prop_map(|i| Action::Select(Select::ExtendTo(i))),
        (-3isize..4).prop_map(|by| Action::Select(Select::Move(by))),
        (-3isize..4).prop_map(|by| Action::Select(Select::ExtendBy(by))),
        Just(Action::Select(Select::First)),
        Just(Action::Select(Select::Last)),
        Just(Action::Select(Select::ExtendToFirst)),
        Just(Action::Select(Select::ExtendToLast)),
        Just(Action::Select(Select::All)),
        Just(Action::Select(Select::NextUnlabeled)),
        (0u8..10).prop_map(|key| Action::Annotate(Annotate::ToggleLabelKey(key))),
        (0u32..7).prop_map(|id| Action::Annotate(Annotate::ToggleLabel(LabelId(id)))),
        Just(Action::Annotate(Annotate::ClearLabels)),
        Just(Action::Undo),
        Just(Action::Redo),
        Just(Action::Panels(Panels::Close)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any run of presses the first view takes leaves the state the app's
    /// own reducer leaves, undo history and notices included.
    #[test]
    fn the_first_view_lands_where_the_app_would(actions in prop::collection::vec(action(), 1..40), advance: bool) {
        let initial = first_visit(advance);
        let (mut first, mut app) = (initial.clone(), initial.clone());
        for action in &actions {
            match (first.reduce_first(action), app.reduce(action)) {
                (FirstStep::Changed(next), Some(expected)) => {
                    prop_assert_eq!(&*next, &expected, "after {:?}", action);
                    first = *next;
                    app = expected;
                }
                (FirstStep::Unchanged, None) => {}
                (step, expected) => prop_assert!(false, "{:?}: first view {:?}, app {:?}", action, step, expected.is_some()),
            }
        }
        // What the first view stores reads back as its work.
        let mut writer = Writer::annotations_only(&initial.work);
        let mut entries: Vec<(String, String)> = Vec::new();
        if let Some(batch) = writer.batch(&first.work, 1_000) {
            entries.extend(batch.records.iter().filter_map(|record| Some((record.key.clone(), record.value.clone()?))));
            entries.extend(batch.merges.iter().map(|merge| (merge.key.clone(), merge.merge(None).value)));
        }
        // The app's own writer writes the very same records.
        let mut full = Writer::new(Some(&initial.work), Vec::new(), 0, Vec::new());
        let both = (full.batch(&first.work, 1_000), Writer::annotations_only(&initial.work).batch(&first.work, 1_000));
        let keys = |batch: &Option<hamish_core::store::Batch>| batch.as_ref().map(|batch| {
            let merges = batch.merges.iter().map(|merge| (merge.key.clone(), merge.merge(None).value));
            batch.records.iter().map(|record| (record.key.clone(), record.value.clone().unwrap_or_default())).chain(merges).collect::<Vec<_>>()
        });
        prop_assert_eq!(keys(&both.0), keys(&both.1));
        let loaded = load(&bundled_documents(), &entries);
        prop_assert!(loaded.unreadable.is_empty());
        let back = State::restore(bundled_documents(), loaded.saved);
        prop_assert_eq!(back.work.annotations(), first.work.annotations());
    }
}

#[test]
fn what_waits_for_the_app_is_left_to_it() {
    let state = first_visit(true);
    for action in [
        Action::Select(Select::Filter(None)),
        Action::Annotate(Annotate::ToggleHeading),
        Action::Panels(Panels::Open(Panel::Help)),
        Action::Panels(Panels::Open(Panel::Search)),
    ] {
        assert_eq!(state.reduce_first(&action), FirstStep::NotHere, "{action:?}");
    }
}

#[test]
fn a_label_key_with_nothing_selected_says_so_and_changes_no_work() {
    let state = first_visit(true);
    let FirstStep::Changed(next) = state.reduce_first(&Action::Annotate(Annotate::ToggleLabelKey(1))) else {
        panic!("the notice is a change of the view");
    };
    assert_eq!(next.view.notice, Some(Notice::NothingSelected));
    assert_eq!(next.work.annotations(), state.work.annotations());
    let words = hamish_core::state::reading_notice(hamish_core::i18n::Lang::Arabic, &Notice::NothingSelected);
    assert!(words.is_some_and(|words| !words.is_empty()));
}
