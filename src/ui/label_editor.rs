//! The label set editor: add, rename, recolour, reorder, delete, and the
//! one-or-several setting. Every edit is undoable.

use crate::core::labels::{LabelColor, LabelSet};
use crate::core::state::Action;
use crate::core::strings::{color_name, tr, tr_count, Lang, Text};
use crate::ui::dialog::Dialog;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`LabelEditor`].
#[derive(Properties, PartialEq)]
pub struct LabelEditorProps {
    /// The label set.
    pub labels: Rc<LabelSet>,
    /// Sentences carrying each label across all documents, in palette order.
    pub usage: Rc<Vec<usize>>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The editor dialog.
#[function_component(LabelEditor)]
pub fn label_editor(props: &LabelEditorProps) -> Html {
    let lang = props.lang;
    let new_name = use_node_ref();
    let count = props.labels.labels.len();
    let rows = props.labels.labels.iter().enumerate().map(|(position, label)| {
        let id = label.id;
        let rename = props.on_action.reform(move |event: Event| {
            let value = event.target_dyn_into::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            Action::RenameLabel(id, value)
        });
        let recolor = {
            let on_action = props.on_action.clone();
            Callback::from(move |event: Event| {
                let chosen = event.target_dyn_into::<HtmlSelectElement>().map(|select| select.value());
                if let Some(color) = LabelColor::ALL.iter().find(|color| Some(color.name()) == chosen.as_deref()) {
                    on_action.emit(Action::RecolorLabel(id, *color));
                }
            })
        };
        let up = props.on_action.reform(move |_: MouseEvent| Action::MoveLabel(id, -1));
        let down = props.on_action.reform(move |_: MouseEvent| Action::MoveLabel(id, 1));
        let delete = props.on_action.reform(move |_: MouseEvent| Action::DeleteLabel(id));
        let used = props.usage.get(position).copied().unwrap_or(0);
        let delete_hint = if used > 0 { tr_count(lang, Text::DeleteInUse, used) } else { tr(lang, Text::Delete).to_string() };
        html! {
            <li class="editor-row" key={id.0}>
                <span class={classes!("swatch", format!("label-{}", label.color.name()))} aria-hidden="true">
                    { LabelSet::key_of(position).map(String::from).unwrap_or_default() }
                </span>
                <input type="text" class="editor-name" dir="auto" value={label.display_name(lang).to_string()}
                    aria-label={tr(lang, Text::LabelName)} maxlength="40" onchange={rename} />
                <select class="editor-color" aria-label={tr(lang, Text::LabelColor)} onchange={recolor}>
                    { for LabelColor::ALL.iter().map(|color| html! {
                        <option value={color.name()} selected={*color == label.color}>{ tr(lang, color_name(*color)) }</option>
                    }) }
                </select>
                <button type="button" class="quiet" aria-label={tr(lang, Text::MoveUp)} title={tr(lang, Text::MoveUp)}
                    disabled={position == 0} onclick={up}>{ "↑" }</button>
                <button type="button" class="quiet" aria-label={tr(lang, Text::MoveDown)} title={tr(lang, Text::MoveDown)}
                    disabled={position + 1 == count} onclick={down}>{ "↓" }</button>
                <button type="button" class="danger" title={delete_hint.clone()} aria-label={delete_hint.clone()} onclick={delete}>
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
            if let Some(input) = new_name.cast::<HtmlInputElement>() {
                on_action.emit(Action::AddLabel(input.value()));
                input.set_value("");
            }
        })
    };
    let multiple = props.labels.multiple;
    let toggle_multiple = props.on_action.reform(move |_: Event| Action::SetMultiple(!multiple));
    let on_close = props.on_action.reform(|_| Action::ClosePanel);
    html! {
        <Dialog id="labels-dialog" title={tr(lang, Text::LabelsTitle)} {lang} {on_close}>
            <ul class="editor-list">{ for rows }</ul>
            <form class="editor-add" onsubmit={add}>
                <input ref={new_name} type="text" dir="auto" maxlength="40" placeholder={tr(lang, Text::NewLabelName)}
                    aria-label={tr(lang, Text::NewLabelName)} />
                <button type="submit" class="primary">{ tr(lang, Text::AddLabel) }</button>
            </form>
            <label class="editor-multiple">
                <input type="checkbox" checked={multiple} onchange={toggle_multiple} />
                { tr(lang, Text::SeveralLabels) }
            </label>
        </Dialog>
    }
}
