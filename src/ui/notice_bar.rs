//! The status line: feedback on the last action, read out politely.

use crate::core::state::Notice;
use crate::core::strings::{tr, tr_with, Lang, Text};
use yew::prelude::*;

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The notice, if any.
    pub notice: Option<Notice>,
    /// Interface language.
    pub lang: Lang,
}

/// The words of `notice` in `lang`.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::LabelDeleted { name, sentences } => {
            tr_with(lang, Text::NoticeLabelDeleted, &[("name", name), ("n", &sentences.to_string())])
        }
        Notice::Undone => tr(lang, Text::NoticeUndone).into(),
        Notice::Redone => tr(lang, Text::NoticeRedone).into(),
        Notice::NothingToUndo => tr(lang, Text::NoticeNothingToUndo).into(),
        Notice::NothingToRedo => tr(lang, Text::NoticeNothingToRedo).into(),
        Notice::AllLabeled => tr(lang, Text::NoticeAllLabeled).into(),
        Notice::NothingSelected => tr(lang, Text::NoticeNothingSelected).into(),
        Notice::DuplicateLabelName => tr(lang, Text::NoticeDuplicateLabel).into(),
        Notice::Imported { annotations, documents } => tr_with(
            lang,
            Text::NoticeImported,
            &[("annotations", &annotations.to_string()), ("documents", &documents.to_string())],
        ),
        Notice::AlreadyImported => tr(lang, Text::NoticeAlreadyImported).into(),
        Notice::LabelsLocked => tr(lang, Text::NoticeLabelsLocked).into(),
    }
}

/// A live region at the bottom of the page.
#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let text = props.notice.as_ref().map(|notice| notice_text(props.lang, notice)).unwrap_or_default();
    html! {
        <div class={classes!("notice", (!text.is_empty()).then_some("visible"))} role="status" aria-live="polite">{ text }</div>
    }
}
