//! A Hamish JSON export written a slice of documents at a time is exactly
//! the export written at once, whatever the slice and the scope.

use crate::helpers::{apply, bundled};
use hamish_core::formats::export::Scope;
use hamish_core::formats::hamish::pieces::hamish_json_pieces;
use hamish_core::formats::hamish::write::export_hamish_json;
use hamish_core::model::labels::{LabelId, LabelScope};
use hamish_core::model::prefs::Preferences;
use hamish_core::state::{Action, Annotate, LabelEdit, Select, SpanMode, State};
use hamish_core::text::document::DocumentId;

fn work() -> State {
    let documents =
        (0..7).map(|i| bundled(&format!("d{i}"), &format!("نص رقم {i}.\nجملة \"مقتبسة\" ثانية. وثالثة."))).collect();
    let state = State::new(documents, &Preferences::default());
    apply(
        state,
        &[
            Action::Labels(LabelEdit::SetScope(LabelId(5), LabelScope::Span)),
            Action::Select(Select::One(1)),
            Action::Annotate(Annotate::ToggleLabelKey(1)),
            Action::SpanMode(SpanMode::Enter),
            Action::SpanMode(SpanMode::ToggleKey(5)),
            Action::SpanMode(SpanMode::Leave),
            Action::Annotate(Annotate::SetNote { index: 2, note: "ملاحظة\nعلى سطرين".into() }),
        ],
    )
}

#[test]
fn the_pieces_joined_are_the_export_written_at_once() {
    let state = work();
    let scopes = [Scope::All, Scope::Document(DocumentId("d0".into())), Scope::Document(DocumentId("none".into()))];
    for scope in &scopes {
        let whole = export_hamish_json(&state.work, "سارة", scope, "2026-12-07T00:00:00Z");
        for per_piece in [1, 3, 1000] {
            let pieces: Vec<String> =
                hamish_json_pieces(&state.work, "سارة", scope, "2026-12-07T00:00:00Z", per_piece).collect();
            assert_eq!(pieces.concat(), whole, "{scope:?}, {per_piece} a piece");
            let documents = if matches!(scope, Scope::All) { 7 } else { usize::from(whole.contains("\"d0\"")) };
            if documents > 0 {
                assert_eq!(pieces.len(), 2 + documents.div_ceil(per_piece), "head, slices, end");
            }
        }
    }
    let empty = State::new(vec![], &Preferences::default());
    let pieces: String = hamish_json_pieces(&empty.work, "", &Scope::All, "", 2).collect();
    assert_eq!(pieces, export_hamish_json(&empty.work, "", &Scope::All, ""));
}
