//! The label set editor: add, rename, recolour, reorder, delete, and the
//! one-or-several setting. Every edit is undoable. When the exercise locks
//! the label set, the same dialog shows the labels read-only, and says why.

use crate::browser::form;
use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::labels::{color_name, scope_name};
use crate::core::model::labels::{LabelColor, LabelScope, LabelSet};
use crate::core::state::{Action, LabelEdit, Panels};
use crate::ui::dialogs::dialog::Dialog;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`LabelEditor`].
#[derive(Properties, PartialEq)]
pub struct LabelEditorProps {
    /// The label set.
    pub labels: Rc<LabelSet>,
    /// Sentences carrying each label across all documents, in palette order.
    pub usage: Rc<Vec<usize>>,
    /// Whether the exercise locks the label set: every field is read-only
    /// and every control disabled.
    #[prop_or_default]
    pub locked: bool,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// Id of the sentence saying the teacher locked the labels.
const LOCKED_NOTE_ID: &str = "labels-locked-note";

/// A closed padlock, as the palette shows on its button when the labels are locked.
pub fn lock_icon() -> Html {
    html! {
        <svg class="lock-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="3" y="7" width="10" height="7.5" rx="1.3" fill="currentColor" />
            <path d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2" fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
    }
}

/// The editor dialog.
#[function_component(LabelEditor)]
pub fn label_editor(props: &LabelEditorProps) -> Html {
    let (lang, locked) = (props.lang, props.locked);
    // Screen readers read why a locked field takes no typing.
    let described = locked.then_some(LOCKED_NOTE_ID);
    let new_name = use_node_ref();
    let count = props.labels.labels.len();
    let rows = props.labels.labels.iter().enumerate().map(|(position, label)| {
        let id = label.id;
        let rename = |in_lang: Lang| {
            (!locked).then(|| {
                props.on_action.reform(move |event: Event| {
                    Action::Labels(LabelEdit::Rename(id, in_lang, form::event_value(&event)))
                })
            })
        };
        let recolor = {
            let on_action = props.on_action.clone();
            Callback::from(move |event: Event| {
                let chosen = form::event_value(&event);
                if let Some(color) = LabelColor::ALL.iter().find(|color| color.name() == chosen) {
                    on_action.emit(Action::Labels(LabelEdit::Recolor(id, *color)));
                }
            })
        };
        let rescope = {
            let on_action = props.on_action.clone();
            Callback::from(move |event: Event| {
                if let Some(scope) = LabelScope::from_name(&form::event_value(&event)) {
                    on_action.emit(Action::Labels(LabelEdit::SetScope(id, scope)));
                }
            })
        };
        let up = props.on_action.reform(move |_: MouseEvent| Action::Labels(LabelEdit::Move(id, -1)));
        let down = props.on_action.reform(move |_: MouseEvent| Action::Labels(LabelEdit::Move(id, 1)));
        let delete = props.on_action.reform(move |_: MouseEvent| Action::Labels(LabelEdit::Delete(id)));
        let used = props.usage.get(position).copied().unwrap_or(0);
        let delete_hint = if used > 0 { reading::delete_in_use(lang, used) } else { tr(lang, Text::Delete).to_string() };
        html! {
            <li class="editor-row" key={id.0}>
                <span class={classes!("swatch", format!("label-{}", label.color.name()))} aria-hidden="true">
                    { LabelSet::key_of(position).map(String::from).unwrap_or_default() }
                </span>
                <span class="editor-names">
                    <input type="text" class="editor-name" dir="rtl" lang="ar" value={label.name.clone()}
                        aria-label={tr(lang, Text::LabelNameArabic)} title={tr(lang, Text::LabelNameArabic)}
                        maxlength="40" onchange={rename(Lang::Arabic)} readonly={locked}
                        aria-readonly={locked.then_some("true")} aria-describedby={described} />
                    <input type="text" class="editor-name-en" dir="ltr" lang="en" value={label.name_en.clone()}
                        aria-label={tr(lang, Text::LabelNameEnglish)} title={tr(lang, Text::LabelNameEnglish)}
                        placeholder={tr(lang, Text::SameAsArabicName)}
                        maxlength="40" onchange={rename(Lang::English)} readonly={locked}
                        aria-readonly={locked.then_some("true")} aria-describedby={described} />
                </span>
                <select class="editor-color" aria-label={tr(lang, Text::LabelColor)} onchange={recolor}
                    disabled={locked} aria-describedby={described}>
                    { for LabelColor::ALL.iter().map(|color| html! {
                        <option value={color.name()} selected={*color == label.color}>{ tr(lang, color_name(*color)) }</option>
                    }) }
                </select>
                <select class="editor-scope" aria-label={tr(lang, Text::LabelScopeName)} title={tr(lang, Text::LabelScopeName)}
                    onchange={rescope} disabled={locked} aria-describedby={described}>
                    { for LabelScope::ALL.iter().map(|scope| html! {
                        <option value={scope.name()} selected={*scope == label.scope}>{ tr(lang, scope_name(*scope)) }</option>
                    }) }
                </select>
                <button type="button" class="quiet" aria-label={tr(lang, Text::MoveUp)} title={tr(lang, Text::MoveUp)}
                    disabled={locked || position == 0} onclick={up}>{ "↑" }</button>
                <button type="button" class="quiet" aria-label={tr(lang, Text::MoveDown)} title={tr(lang, Text::MoveDown)}
                    disabled={locked || position + 1 == count} onclick={down}>{ "↓" }</button>
                <button type="button" class="danger" title={delete_hint.clone()} aria-label={delete_hint.clone()}
                    disabled={locked} onclick={delete}>
                    { tr(lang, Text::Delete) }
                    if used > 0 { <span class="delete-count">{ format!(" ({used})") }</span> }
                </button>
            </li>
        }
    });
    let add = {
        let (new_name, on_action) = (new_name.clone(), props.on_action.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if locked {
                return;
            }
            on_action.emit(Action::Labels(LabelEdit::Add(form::value(&new_name))));
            form::clear(&new_name);
        })
    };
    let multiple = props.labels.multiple;
    let toggle_multiple = props.on_action.reform(move |_: Event| Action::Labels(LabelEdit::SetMultiple(!multiple)));
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    html! {
        <Dialog id="labels-dialog" title={tr(lang, Text::LabelsTitle)} {lang} {on_close}>
            if locked {
                <p id={LOCKED_NOTE_ID} class="locked-note" role="note">
                    { lock_icon() }
                    <span>{ tr(lang, Text::LabelsLockedByTeacher) }</span>
                </p>
            }
            <ul class={classes!("editor-list", locked.then_some("locked"))}>{ for rows }</ul>
            <form class="editor-add" onsubmit={add}>
                <input ref={new_name} type="text" dir="auto" maxlength="40" placeholder={tr(lang, Text::NewLabelName)}
                    aria-label={tr(lang, Text::NewLabelName)} disabled={locked} aria-describedby={described} />
                <button type="submit" class="primary" disabled={locked}>{ tr(lang, Text::AddLabel) }</button>
            </form>
            <label class="editor-multiple">
                <input type="checkbox" checked={multiple} onchange={toggle_multiple} disabled={locked}
                    aria-describedby={described} />
                { tr(lang, Text::SeveralLabels) }
            </label>
        </Dialog>
    }
}
