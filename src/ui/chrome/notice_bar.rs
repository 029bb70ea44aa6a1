//! The status line: feedback on the last action, read out politely.

use crate::browser::persistence::Persistence;
use crate::core::i18n::said::{classroom, files, import, reading};
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{reading_notice, Notice};
use crate::ui::hooks::use_save_status;
use yew::prelude::*;

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The notice, if any.
    pub notice: Option<Notice>,
    /// Interface language.
    pub lang: Lang,
    /// The writer: until it has stored the work as of `revision`, a notice
    /// that says something is done says it is being saved.
    pub persistence: Persistence,
    /// The state's revision.
    pub revision: u64,
}

/// The words of `notice` in `lang`.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    if let Some(words) = reading_notice(lang, notice) {
        return words;
    }
    match notice {
        Notice::LabelDeleted { name, sentences } => reading::label_deleted(lang, name, *sentences),
        Notice::DuplicateLabelName => tr(lang, Text::NoticeDuplicateLabel).into(),
        Notice::Imported { annotations, documents } => import::notice_imported(lang, *annotations, *documents),
        Notice::AlreadyImported => tr(lang, Text::NoticeAlreadyImported).into(),
        Notice::LabelsLocked => tr(lang, Text::NoticeLabelsLocked).into(),
        Notice::NoteTooLong { length, limit } => reading::note_too_long(lang, *length, *limit),
        Notice::SuggestionsAccepted(n) => reading::suggestions_accepted(lang, *n),
        Notice::FileSaved(name) => files::file_saved(lang, name),
        Notice::StudentNameTaken(name) => classroom::student_name_taken(lang, name),
        Notice::SubmissionsAlreadyLoaded(files) => {
            classroom::submissions_already_loaded(lang, &files.join(lang.list_separator()))
        }
        Notice::SubmissionsUnreadable(files) => {
            let files: Vec<String> =
                files.iter().map(|(name, error)| format!("{name} ({})", error.describe(lang))).collect();
            classroom::submissions_unreadable(lang, &files.join(lang.list_separator()))
        }
        Notice::KeyMade { open_ties: 0 } => tr(lang, Text::NoticeKeyMade).into(),
        Notice::KeyMade { open_ties } => classroom::key_made_ties(lang, *open_ties),
        Notice::KeyLoaded { name, unknown } => {
            let mut text = classroom::key_loaded(lang, name);
            if !unknown.is_empty() {
                text.push(' ');
                text.push_str(&classroom::key_unknown_labels(lang, &unknown.join(lang.list_separator())));
            }
            text
        }
        Notice::KeyRefused { name, error } => classroom::key_refused(lang, name, &error.describe(lang)),
        Notice::HeadingsByTeacher => tr(lang, Text::NoticeHeadingsByTeacher).into(),
        Notice::AttemptResumed(name) => classroom::attempt_resumed(lang, name),
        Notice::AttemptKept { title, student } => classroom::attempt_kept(lang, student, title),
        Notice::DownloadFailed { name, reason } => files::download_failed(lang, name, reason),
        // The notices of reading and labeling, said above.
        Notice::Undone
        | Notice::Redone
        | Notice::NothingToUndo
        | Notice::NothingToRedo
        | Notice::AllLabeled
        | Notice::DocumentsArriving
        | Notice::NothingSelected
        | Notice::HeadingNotLabeled
        | Notice::NoLabelOnKey(_)
        | Notice::KeyForSpans { .. }
        | Notice::KeyForSentences { .. }
        | Notice::LabelTakenOff { .. } => reading_notice(lang, notice).unwrap_or_default(),
    }
}

/// A live region at the bottom of the page.
#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let saved = use_save_status(&props.persistence).saved >= props.revision;
    let text = match &props.notice {
        Some(notice) if !saved && notice.waits_for_store() => tr(props.lang, Text::Saving).to_string(),
        Some(notice) => notice_text(props.lang, notice),
        None => String::new(),
    };
    // A failure is an alert, read out at once; anything else is polite.
    let problem = props.notice.as_ref().is_some_and(Notice::is_problem);
    let (role, live) = if problem { ("alert", "assertive") } else { ("status", "polite") };
    html! {
        <div class={classes!("notice", (!text.is_empty()).then_some("visible"), problem.then_some("problem"))}
            {role} aria-live={live}>{ text }</div>
    }
}
