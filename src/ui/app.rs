//! The root component: wires the hooks (storage, appearance, keyboard,
//! files, saving, sync) to the layout. No logic of its own.

use crate::browser::dom;
use crate::browser::highlights;
use crate::browser::startup::Boot;
use crate::core::i18n::{tr, Text};
use crate::core::model::labels::Target;
use crate::core::state::{Action, Select, Setting, SpanMode};
use crate::ui::chrome::header::Header;
use crate::ui::chrome::notice_bar::NoticeBar;
use crate::ui::chrome::save_status::SaveStatus;
use crate::ui::chrome::storage_alerts::StorageAlerts;
use crate::ui::chrome::sync_status::SyncStatus;
use crate::ui::classroom::exercise_panel::ExercisePanel;
use crate::ui::dialogs::open_dialog::Dialogs;
use crate::ui::hooks::{
    use_appearance, use_class, use_files, use_keyboard, use_saving, use_span_selection, use_storage, use_sync,
    ClassHandle, SyncHandle,
};
use crate::ui::palette::label_palette::LabelPalette;
use crate::ui::palette::span_bar::SpanBar;
use crate::ui::palette::toolbar::Toolbar;
use crate::ui::props::{AnnotationsRef, DocumentRef};
use crate::ui::reading::document_view::DocumentView;
use crate::ui::reading::orphans_panel::OrphansPanel;
use crate::ui::reading::review_bar::ReviewBar;
use crate::ui::reading::sentence::span_paints;
use std::rc::Rc;
use yew::prelude::*;

/// What start-up read from the browser, handed to the app (compared by
/// address: it never changes).
#[derive(Clone)]
pub struct Booted(pub Rc<Boot>);

impl PartialEq for Booted {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What start-up read.
    pub boot: Booted,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let storage = use_storage(props.boot.0.clone());
    let handle = storage.handle.clone();
    let state = &handle.state;
    let lang = state.prefs.lang;
    let dispatcher = handle.dispatcher();
    let on_action = use_callback((), move |action: Action, _| dispatcher.dispatch(action));
    use_appearance(lang, state.prefs.theme, state.prefs.text_size);
    use_keyboard(on_action.clone(), state.view.panel, state.view.span.is_some());
    use_span_selection(on_action.clone());
    let painted = use_memo((), |_| highlights::supported());
    use_effect_with((), |_| dom::remove_prerendered());
    let files = use_files(state, on_action.clone());
    let saving = use_saving(state, on_action.clone(), storage.set_aside.clone(), storage.persistence.clone());
    let sync = use_sync(state, handle.revision, &storage.persistence, on_action.clone());
    let class = use_class(state, on_action.clone());
    // One callback for the life of the app: every sentence holds it, so a
    // new one on each render would re-render every sentence.
    let on_select = use_callback(on_action.clone(), |(index, extend): (usize, bool), on_action| {
        on_action.emit(if extend {
            Action::Select(Select::ExtendTo(index))
        } else {
            Action::Select(Select::One(index))
        })
    });
    let on_drop = {
        let on_drop = files.on_drop.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(transfer) = event.data_transfer() {
                on_drop.emit(transfer);
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());

    let labels = state.work.labels();
    let annotations = state.open_annotations();
    let target = state.label_target();
    // Spans are counted only where they are shown: in span mode, and for
    // the note of a browser that cannot paint them.
    let has_spans = !*painted && state.span_counts().iter().any(|count| *count > 0);
    let counts: Rc<Vec<usize>> = Rc::new(match target {
        Target::Spans => state.span_counts(),
        Target::Sentences => {
            labels.labels.iter().map(|label| annotations.map_or(0, |a| a.label_count(label.id))).collect()
        }
    });
    let on_span = use_callback(on_action.clone(), |(index, start, end): (usize, usize, usize), on_action| {
        on_action.emit(Action::SpanMode(SpanMode::SetCursor { index, start, end, snap: false }))
    });
    let cursor = state.view.span.map(|cursor| (cursor.index, cursor.range()));
    let marking = state.view.span.and_then(|cursor| {
        let text = state.open_document()?.sentence_text(cursor.index)?;
        let annotation = annotations.and_then(|annotations| annotations.get(cursor.index));
        let spans = annotation.map_or_else(Vec::new, |annotation| {
            span_paints(labels, lang, text, &annotation.spans, annotation.suggested)
        });
        Some((cursor.index, spans))
    });
    let body = match state.open_document() {
        Some(_) if state.view.pending_open.is_some() => html! {
            <p class="empty" role="status">{ tr(lang, Text::LoadingDocument) }</p>
        },
        Some(document) => html! {
            <DocumentView key={document.id.0.clone()} document={DocumentRef(document.clone())}
                annotations={AnnotationsRef(annotations.cloned())} labels={labels.clone()} filter={state.view.filter}
                selection={state.view.selection} {cursor} {lang} {on_select} {on_span} />
        },
        None => html! { <p class="empty">{ tr(lang, Text::NoDocuments) }</p> },
    };
    let on_retry = {
        let persistence = storage.persistence.clone();
        Callback::from(move |_| persistence.retry())
    };
    let set_aside: Rc<Vec<(String, String)>> =
        Rc::new(storage.set_aside.iter().map(|item| (item.key.clone(), item.reason.clone())).collect());
    html! {
        <ContextProvider<SyncHandle> context={sync}>
        <ContextProvider<ClassHandle> context={class}>
        <div class="app" ondragover={on_drag_over} ondrop={on_drop}>
            <Header documents={state.work.shown_documents()} open={state.shown_open()}
                removable={state.open_document().is_some_and(|document| state.can_remove(document))} {lang}
                on_language={on_action.reform(|value| Action::Set(Setting::Language(value)))}
                on_action={on_action.clone()} on_files={files.on_files.clone()}>
                <SaveStatus persistence={storage.persistence.clone()} {lang} />
                <SyncStatus persistence={storage.persistence.clone()} revision={handle.revision} {lang} />
            </Header>
            <StorageAlerts persistence={storage.persistence.clone()} {set_aside} {lang} on_backup={saving.on_backup}
                on_retry={on_retry}
                on_download_set_aside={saving.on_download_set_aside}
                on_discard_set_aside={saving.on_discard_set_aside} />
            <div class="workspace">
                <aside class="sidebar">
                    if let Some(attempt) = &state.work.exercise() {
                        <ExercisePanel exercise={attempt.exercise.clone()} student={attempt.student.clone()} {lang}
                            empty={state.attempt_is_empty()} on_action={on_action.clone()} on_submit={saving.on_submit.clone()} />
                    }
                    <LabelPalette labels={labels.clone()} {counts} {target} filter={state.view.filter} locked={state.labels_locked()}
                        can_undo={state.history.can_undo()}
                        {lang} on_action={on_action.clone()}>
                        <SpanBar active={state.view.span.is_some()} said={state.span_announcement().map(AttrValue::from)}
                            any_range={state.prefs.span_any_range} painted={*painted} {has_spans} {marking} {lang} on_action={on_action.clone()} />
                    </LabelPalette>
                    <Toolbar progress={state.settled().then(|| state.progress())} progress_all={state.settled().then(|| state.work.progress())}
                        to_review={(state.suggestions_to_review(), state.work.suggestion_count())}
                        can_undo={state.history.can_undo()} can_redo={state.history.can_redo()} {lang}
                        in_exercise={state.work.exercise().is_some()} on_action={on_action.clone()} />
                </aside>
                <main class="reading">
                    <ReviewBar count={state.suggestions_to_review()} {lang} on_action={on_action.clone()} />
                    { body }
                    <OrphansPanel orphans={state.work.orphans().clone()} labels={labels.clone()} {lang} />
                </main>
            </div>
            <NoticeBar notice={state.view.notice.clone()} {lang} persistence={storage.persistence.clone()} revision={handle.revision} />
            <Dialogs app={handle.clone()} persistence={storage.persistence.clone()} import_view={files.import_view} preview={files.preview}
                progress={files.progress} on_encoding={files.on_encoding} on_preview={files.on_preview}
                on_paste={files.on_paste} on_action={on_action.clone()}
                on_export={saving.on_export} on_save_exercise={saving.on_save_exercise} on_submit={saving.on_submit.clone()} />
        </div>
        </ContextProvider<ClassHandle>>
        </ContextProvider<SyncHandle>>
    }
}
