//! The root component: owns the state and runs the side effects (storage,
//! journal, other tabs, keyboard), each in its own effect.

use crate::browser::journal::Journal;
use crate::browser::persistence::{self, Persistence};
use crate::browser::storage::{self, StorageError};
use crate::browser::{dom, download, files, keyboard};
use crate::core::document::{Document, DocumentSource};
use crate::core::exercise::{exercise_json, is_exercise, make_exercise, read_exercise, submission_json};
use crate::core::export::file_part;
use crate::core::export::{export_csv, export_file_name, export_hamish_json, export_jsonl, export_w3c, Scope};
use crate::core::import::{decode_bytes, file_kind, plan_import, read_hamish_json, text_document, FileKind};
use crate::core::keymap::action_for;
use crate::core::prefs::Theme;
use crate::core::seeds::bundled_documents;
use crate::core::state::{Action, Panel, State};
use crate::core::store::{
    decode_exercise, decode_imported, key_kind, quarantine_key, record_seq, stored_annotations_of, stored_update,
    text_key, writes_between, KeyKind, StoredAnnotation, EXERCISE_KEY, IMPORTED_KEY, QUARANTINE_PREFIX,
};
use crate::core::strings::{tr, Text};
use crate::ui::compare_view::CompareView;
use crate::ui::confirm_remove::ConfirmRemove;
use crate::ui::document_view::{AnnotationsRef, DocumentRef, DocumentView};
use crate::ui::exercise_maker::{ExerciseChoice, ExerciseMaker};
use crate::ui::exercise_panel::ExercisePanel;
use crate::ui::export_dialog::{ExportDialog, ExportFormat};
use crate::ui::header::Header;
use crate::ui::help_dialog::HelpDialog;
use crate::ui::import_dialog::{ImportDialog, ImportView};
use crate::ui::label_editor::LabelEditor;
use crate::ui::label_palette::LabelPalette;
use crate::ui::note_dialog::NoteDialog;
use crate::ui::notice_bar::NoticeBar;
use crate::ui::orphans_panel::OrphansPanel;
use crate::ui::settings_dialog::SettingsDialog;
use crate::ui::statistics_dialog::StatisticsDialog;
use crate::ui::storage_alerts::StorageAlerts;
use crate::ui::toolbar::Toolbar;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// [`State`] as a Yew reducer, with a revision that grows on every change.
/// An action that changes nothing keeps the same `Rc`: nothing re-renders.
#[derive(Debug, PartialEq)]
pub struct AppState {
    /// The state.
    pub state: State,
    /// Bumped on every change.
    pub revision: u64,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.state.reduce(&action) {
            Some(next) => Rc::new(AppState { state: next, revision: self.revision + 1 }),
            None => self,
        }
    }
}

/// What start-up found.
struct Boot {
    initial: State,
    persistence: Rc<RefCell<Persistence>>,
    storage_error: Option<StorageError>,
    set_aside: Vec<(String, String, String)>,
}

fn boot() -> Boot {
    let startup = persistence::start(bundled_documents());
    let (loaded, entries) = (startup.loaded, startup.entries);
    let initial = State::restore(startup.documents, loaded.saved.clone());
    let stored = (!loaded.reanchored).then(|| initial.clone());
    let mut writer = Persistence::new(stored, loaded.max_seq, &entries);
    let mut storage_error = startup.error;
    if loaded.reanchored && storage_error.is_none() {
        storage_error = persistence::rewrite_all(&mut writer, &initial, &entries);
    }
    let mut set_aside: Vec<(String, String, String)> =
        loaded.unreadable.into_iter().map(|item| (item.key, item.reason, item.value)).collect();
    for (key, value) in loaded.quarantined {
        let original = key.trim_start_matches(QUARANTINE_PREFIX).to_string();
        if !set_aside.iter().any(|(known, _, _)| *known == original) {
            set_aside.push((original, "set aside earlier".into(), value));
        }
    }
    Boot { initial, persistence: Rc::new(RefCell::new(writer)), storage_error, set_aside }
}

/// The documents of the latest rendered state.
fn current_documents(state_now: &Rc<RefCell<Option<State>>>) -> Rc<Vec<Rc<Document>>> {
    state_now.borrow().as_ref().map(|state| state.documents.clone()).unwrap_or_default()
}

/// The imported documents listed in storage that `known` lacks, read back
/// (text from IndexedDB, or localStorage without it) with their stored
/// annotations.
async fn read_back_imported(journal: &Journal, known: &[Rc<Document>]) -> Vec<(Rc<Document>, Vec<StoredAnnotation>)> {
    let listed =
        storage::read(IMPORTED_KEY).ok().flatten().and_then(|value| decode_imported(&value).ok()).unwrap_or_default();
    let entries = storage::entries().unwrap_or_default();
    let mut loaded = Vec::new();
    for entry in listed.into_iter().filter(|entry| !known.iter().any(|document| document.id == entry.id)) {
        let local = storage::read(&text_key(&entry.id)).ok().flatten();
        let text = match local {
            Some(text) => Some(text),
            None => journal.text(&entry.id.0).await.ok().flatten(),
        };
        if let Some(text) = text {
            let stored = stored_annotations_of(&entries, &entry.id);
            loaded.push((Rc::new(Document::new(entry.id, text, &entry.title, DocumentSource::Imported)), stored));
        }
    }
    loaded
}

/// Everything in memory as storage records: a backup that loses nothing.
fn backup_json(state: &State) -> String {
    let records: BTreeMap<String, serde_json::Value> = writes_between(None, state, 0)
        .into_iter()
        .filter_map(|write| Some((write.key, serde_json::from_str(&write.value?).ok()?)))
        .collect();
    serde_json::to_string_pretty(&records).unwrap_or_default()
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let boot = use_memo((), |_| boot());
    let handle = use_reducer({
        let initial = boot.initial.clone();
        move || AppState { state: initial, revision: 0 }
    });
    let problem = use_state({
        let error = boot.storage_error.clone();
        move || error
    });
    let set_aside = use_state({
        let items = boot.set_aside.clone();
        move || items
    });
    let panel_now = use_mut_ref(|| Panel::None);
    let state_now = use_mut_ref(|| None::<State>);
    let import_view = use_state(|| None::<ImportView>);
    let dispatcher = handle.dispatcher();
    let state = &handle.state;
    let lang = state.lang;
    *panel_now.borrow_mut() = state.panel;
    *state_now.borrow_mut() = Some(state.clone());

    // Storage: after every change, write what changed (localStorage and journal).
    {
        let (persistence, dispatcher, problem, state) =
            (boot.persistence.clone(), dispatcher.clone(), problem.clone(), state.clone());
        use_effect_with(handle.revision, move |_| {
            let saved = persistence.borrow_mut().save(&state);
            for update in saved.updates {
                dispatcher.dispatch(Action::ApplyStored(update));
            }
            match saved.error {
                Some(error) => problem.set(Some(error)),
                None if matches!(*problem, Some(StorageError::Full) | Some(StorageError::Refused(_))) => {
                    problem.set(None)
                }
                None => {}
            }
        });
    }
    // The journal: take in what it holds that localStorage lost, then mirror every write.
    {
        let (persistence, dispatcher, state_now) = (boot.persistence.clone(), dispatcher.clone(), state_now.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(journal) = Journal::open().await else {
                    dispatcher.dispatch(Action::LoadDocuments(Vec::new()));
                    return;
                };
                // Writes made before the journal opened (the start-up rewrite
                // among them) go in first, so they are not undone below.
                persistence.borrow_mut().flush_queue(&journal);
                let documents = current_documents(&state_now);
                for entry in journal.entries().await.unwrap_or_default() {
                    let local = storage::read(&entry.key).ok().flatten();
                    if entry.seq <= local.as_deref().map_or(0, record_seq) || key_kind(&entry.key) == KeyKind::Foreign {
                        continue;
                    }
                    let _ = match &entry.value {
                        Some(value) => storage::write(&entry.key, value),
                        None => storage::remove(&entry.key),
                    };
                    persistence.borrow_mut().observe(&entry.key, entry.value.as_deref());
                    if entry.key == EXERCISE_KEY {
                        // An exercise started just before a crash.
                        if let Some(exercise) = entry.value.as_deref().and_then(|value| decode_exercise(value).ok()) {
                            dispatcher.dispatch(Action::StartExercise(Rc::new(exercise)));
                        }
                    } else if let Some(update) = stored_update(&documents, &entry.key, entry.value.as_deref()) {
                        dispatcher.dispatch(Action::ApplyStored(update));
                    }
                }
                // Imported documents, as listed now (the journal may have restored the list).
                let loaded = read_back_imported(&journal, &current_documents(&state_now)).await;
                dispatcher.dispatch(Action::LoadDocuments(loaded));
                persistence.borrow_mut().set_journal(journal);
            });
        });
    }
    // Other tabs: take in their writes as they happen, against the documents
    // as they are now; documents another tab imported are read back too.
    {
        let (persistence, dispatcher, state_now) = (boot.persistence.clone(), dispatcher.clone(), state_now.clone());
        use_effect_with((), move |_| {
            let listener = storage::listen_changes(move |key, value| {
                persistence.borrow_mut().observe(&key, value.as_deref());
                let documents = current_documents(&state_now);
                if key == IMPORTED_KEY {
                    let (dispatcher, journal) = (dispatcher.clone(), persistence.borrow().journal());
                    wasm_bindgen_futures::spawn_local(async move {
                        let Some(journal) = journal else {
                            return;
                        };
                        let loaded = read_back_imported(&journal, &documents).await;
                        if !loaded.is_empty() {
                            dispatcher.dispatch(Action::LoadDocuments(loaded));
                        }
                    });
                } else if let Some(update) = stored_update(&documents, &key, value.as_deref()) {
                    dispatcher.dispatch(Action::ApplyStored(update));
                }
            });
            move || drop(listener)
        });
    }
    use_effect_with(lang, |lang| dom::set_page_language(*lang, tr(*lang, Text::AppName)));
    // Colours and text size; with the system's colours, follow its changes.
    use_effect_with((state.theme, state.text_size), |(theme, size)| {
        let (theme, size) = (*theme, size.name());
        let apply = move || {
            dom::apply_appearance(theme == Theme::Dark || (theme == Theme::System && dom::system_prefers_dark()), size)
        };
        apply();
        let listener = (theme == Theme::System).then(|| dom::listen_color_scheme(apply)).flatten();
        move || drop(listener)
    });
    // An exercise baked into the page (a teacher's single file) opens at once.
    {
        let (dispatcher, current) = (dispatcher.clone(), state.exercise.as_ref().map(|exercise| exercise.hash.clone()));
        use_effect_with((), move |_| {
            if let Some(exercise) = dom::embedded_exercise().and_then(|text| read_exercise(&text).ok()) {
                if current.as_deref() != Some(exercise.hash.as_str()) {
                    dispatcher.dispatch(Action::StartExercise(Rc::new(exercise)));
                }
            }
        });
    }
    // Keyboard shortcuts.
    {
        let (dispatcher, panel_now) = (dispatcher.clone(), panel_now.clone());
        use_effect_with((), move |_| {
            let listener = keyboard::listen_keydown(move |press| match action_for(&press, *panel_now.borrow()) {
                Some(action) => {
                    dispatcher.dispatch(action);
                    true
                }
                None => false,
            });
            dom::mark_ready();
            move || drop(listener)
        });
    }

    let on_action = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let on_select = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(index, extend): (usize, bool), _| {
            dispatcher.dispatch(if extend { Action::ExtendSelection(index) } else { Action::Select(index) });
        })
    };
    let on_file = {
        let (dispatcher, state_now, import_view) = (dispatcher.clone(), state_now.clone(), import_view.clone());
        Callback::from(move |file: web_sys::File| {
            let (dispatcher, state_now, import_view) = (dispatcher.clone(), state_now.clone(), import_view.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = files::read_file(&file).await.and_then(|(name, bytes)| Ok((name, decode_bytes(&bytes)?)));
                let view = match outcome {
                    Err(error) => ImportView::Error(error),
                    Ok((name, text)) => match file_kind(&name, &text) {
                        FileKind::Text => match text_document(&name, &text) {
                            Ok(document) => {
                                dispatcher.dispatch(Action::AddDocument(Rc::new(document)));
                                return;
                            }
                            Err(error) => ImportView::Error(error),
                        },
                        FileKind::Json if is_exercise(&text) => match read_exercise(&text) {
                            Ok(exercise) => {
                                dispatcher.dispatch(Action::StartExercise(Rc::new(exercise)));
                                return;
                            }
                            Err(error) => ImportView::Error(error),
                        },
                        FileKind::Json => match read_hamish_json(&text) {
                            Ok(valid) => match state_now.borrow().as_ref() {
                                Some(state) => ImportView::Plan(Rc::new(plan_import(state, valid))),
                                None => return,
                            },
                            Err(error) => ImportView::Error(error),
                        },
                    },
                };
                import_view.set(Some(view));
                dispatcher.dispatch(Action::OpenPanel(Panel::Import));
            });
        })
    };
    let on_export = {
        let state = state.clone();
        Callback::from(move |(all, format): (bool, ExportFormat)| {
            let scope = match (all, state.open_document()) {
                (false, Some(document)) => Scope::Document(document.id.clone()),
                _ => Scope::All,
            };
            let now: String = js_sys::Date::new_0().to_iso_string().into();
            let (text, extension, mime) = match format {
                ExportFormat::Hamish => (export_hamish_json(&state, &scope, &now), "json", "application/json"),
                ExportFormat::Jsonl => (export_jsonl(&state, &scope), "jsonl", "application/jsonl"),
                ExportFormat::Csv => (export_csv(&state, &scope), "csv", "text/csv;charset=utf-8"),
                ExportFormat::W3c => (export_w3c(&state, &scope, &now), "jsonld", "application/ld+json"),
            };
            let _ = download::download_text(&export_file_name(&scope, &download::today(), extension), mime, &text);
        })
    };
    let on_save_exercise = {
        let state = state.clone();
        Callback::from(move |choice: ExerciseChoice| {
            let exercise =
                make_exercise(&state, &choice.documents, &choice.title, &choice.instructions, choice.lock_labels);
            let name = format!("hamish-exercise-{}-{}.json", file_part(&exercise.title), download::today());
            let _ = download::download_text(&name.replace("--", "-"), "application/json", &exercise_json(&exercise));
        })
    };
    let on_submit = {
        let state = state.clone();
        Callback::from(move |_| {
            let now: String = js_sys::Date::new_0().to_iso_string().into();
            let name = format!("hamish-submission-{}-{}.json", file_part(&state.annotator), download::today());
            let _ = download::download_text(&name, "application/json", &submission_json(&state, &now));
        })
    };
    let on_drop = {
        let on_file = on_file.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(file) =
                event.data_transfer().and_then(|transfer| transfer.files()).and_then(|files| files.get(0))
            {
                on_file.emit(file);
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    let on_open = on_action.reform(Action::OpenDocument);
    let on_language = on_action.reform(Action::SetLanguage);
    let on_backup = {
        let state = state.clone();
        Callback::from(move |_| {
            let _ = download::download_text(
                &format!("hamish-backup-{}.json", download::today()),
                "application/json",
                &backup_json(&state),
            );
        })
    };
    let on_download_set_aside = {
        let items = set_aside.clone();
        Callback::from(move |_| {
            let values: BTreeMap<&str, &str> =
                items.iter().map(|(key, _, value)| (key.as_str(), value.as_str())).collect();
            let text = serde_json::to_string_pretty(&values).unwrap_or_default();
            let _ = download::download_text(
                &format!("hamish-unreadable-{}.json", download::today()),
                "application/json",
                &text,
            );
        })
    };
    let on_discard_set_aside = {
        let items = set_aside.clone();
        Callback::from(move |_| {
            for (key, _, _) in items.iter() {
                let _ = storage::remove(&quarantine_key(key));
            }
            items.set(Vec::new());
        })
    };

    let annotations = state.open_annotations();
    let label_count = |annotations: Option<&crate::core::annotations::DocAnnotations>, id| {
        annotations.map_or(0, |annotations| annotations.label_count(id))
    };
    let counts: Rc<Vec<usize>> =
        Rc::new(state.labels.labels.iter().map(|label| label_count(annotations, label.id)).collect());
    let open_document: Option<Rc<Document>> = state.open_document().cloned();
    let body = match &open_document {
        Some(_) if state.pending_open.is_some() => html! {
            <p class="empty" role="status">{ tr(lang, Text::LoadingDocument) }</p>
        },
        Some(document) => html! {
            <DocumentView key={document.id.0.clone()} document={DocumentRef(document.clone())} annotations={AnnotationsRef(annotations.cloned())}
                labels={state.labels.clone()} filter={state.filter} selection={state.selection} {lang} {on_select} />
        },
        None => html! { <p class="empty">{ tr(lang, Text::NoDocuments) }</p> },
    };
    let dialog = match state.panel {
        Panel::None => html! {},
        Panel::Export => html! {
            <ExportDialog annotator={state.annotator.clone()} {lang} on_action={on_action.clone()} {on_export} />
        },
        Panel::Import => match (*import_view).clone() {
            Some(view) => html! { <ImportDialog {view} {lang} on_action={on_action.clone()} /> },
            None => html! {},
        },
        Panel::MakeExercise => html! {
            <ExerciseMaker documents={state.documents.clone()} open={state.open} {lang} on_action={on_action.clone()}
                on_save={on_save_exercise} />
        },
        Panel::Settings => html! {
            <SettingsDialog {lang} theme={state.theme} text_size={state.text_size} on_action={on_action.clone()} />
        },
        Panel::Statistics => html! { <StatisticsDialog state={state.clone()} on_action={on_action.clone()} /> },
        Panel::Compare => html! {
            <CompareView annotator={state.annotator.clone()} {lang} on_action={on_action.clone()} />
        },
        Panel::ConfirmRemove => match &open_document {
            Some(document) => html! {
                <ConfirmRemove id={document.id.clone()} title={document.title.clone()}
                    annotations={annotations.map_or(0, |a| a.iter().count())} {lang} on_action={on_action.clone()} />
            },
            None => html! {},
        },
        Panel::Help => html! { <HelpDialog {lang} on_close={on_action.reform(|_| Action::ClosePanel)} /> },
        Panel::Note(index) => {
            let text = open_document
                .as_ref()
                .and_then(|document| document.sentence_text(index))
                .unwrap_or_default()
                .to_string();
            let note =
                annotations.and_then(|annotations| annotations.get(index)).map(|a| a.note.clone()).unwrap_or_default();
            html! { <NoteDialog {index} text={text} note={note} {lang} on_action={on_action.clone()} /> }
        }
        Panel::Labels => {
            let usage: Rc<Vec<usize>> = Rc::new(
                state
                    .labels
                    .labels
                    .iter()
                    .map(|label| state.annotations.values().map(|a| label_count(Some(a), label.id)).sum())
                    .collect(),
            );
            html! { <LabelEditor labels={state.labels.clone()} {usage} {lang} on_action={on_action.clone()} /> }
        }
    };
    let set_aside_list: Rc<Vec<(String, String)>> =
        Rc::new(set_aside.iter().map(|(key, reason, _)| (key.clone(), reason.clone())).collect());
    html! {
        <div class="app" ondragover={on_drag_over} ondrop={on_drop}>
            <Header documents={state.documents.clone()} open={state.open} {lang} {on_open} {on_language}
                on_action={on_action.clone()} {on_file} />
            <StorageAlerts problem={(*problem).clone()} set_aside={set_aside_list} {lang} {on_backup}
                {on_download_set_aside} {on_discard_set_aside} />
            <div class="workspace">
                <aside class="sidebar">
                    if let Some(exercise) = &state.exercise {
                        <ExercisePanel exercise={exercise.clone()} student={state.annotator.clone()} {lang}
                            on_action={on_action.clone()} {on_submit} />
                    }
                    <LabelPalette labels={state.labels.clone()} {counts} filter={state.filter} {lang} on_action={on_action.clone()} />
                    <Toolbar progress={state.progress()} progress_all={state.progress_all()} can_undo={state.history.can_undo()}
                        can_redo={state.history.can_redo()} {lang} on_action={on_action.clone()} />
                </aside>
                <main class="reading">
                    { body }
                    <OrphansPanel orphans={state.orphans.clone()} labels={state.labels.clone()} {lang} />
                </main>
            </div>
            <NoticeBar notice={state.notice.clone()} {lang} />
            { dialog }
        </div>
    }
}
