//! The note of one sentence (`n`). A counter shows the length against the
//! limit, typing stops there, text that did not fit is reported, and closing
//! with changes asks first.

use crate::browser::dom;
use crate::core::i18n::strings::{tr, tr_count, tr_with, Lang, Text};
use crate::core::state::{Action, NOTE_MAX_CHARS};
use crate::ui::dialogs::dialog::Dialog;
use wasm_bindgen::JsCast;
use web_sys::{HtmlTextAreaElement, InputEvent};
use yew::prelude::*;

/// Props of [`NoteDialog`].
#[derive(Properties, PartialEq)]
pub struct NoteDialogProps {
    /// The sentence index.
    pub index: usize,
    /// The sentence text.
    pub text: AttrValue,
    /// Its current note.
    pub note: AttrValue,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// `n` with a comma between thousands: `5,000`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// An insertion under way: code points kept outside the selection, and
/// code points being inserted.
#[derive(Clone, Copy)]
struct Insertion {
    kept: usize,
    inserted: usize,
}

/// What an insertion of `text` into `area` will leave out, in code points:
/// the browser keeps the value within `maxlength` UTF-16 units.
fn insertion(area: &HtmlTextAreaElement, text: &str) -> (Insertion, usize) {
    let units: Vec<u16> = area.value().encode_utf16().collect();
    let start = area.selection_start().ok().flatten().map_or(units.len(), |at| at as usize).min(units.len());
    let end = area.selection_end().ok().flatten().map_or(units.len(), |at| at as usize).clamp(start, units.len());
    let kept = char::decode_utf16(units[..start].iter().chain(&units[end..]).copied()).count();
    let mut room = NOTE_MAX_CHARS.saturating_sub(units.len() - (end - start));
    let fitting = text
        .chars()
        .take_while(|c| {
            let fits = c.len_utf16() <= room;
            room = room.saturating_sub(c.len_utf16());
            fits
        })
        .count();
    let inserted = text.chars().count();
    (Insertion { kept, inserted }, inserted - fitting)
}

/// A textarea for the note; Save or Ctrl+Enter stores it.
#[function_component(NoteDialog)]
pub fn note_dialog(props: &NoteDialogProps) -> Html {
    let lang = props.lang;
    let field = use_node_ref();
    let text = use_state(|| props.note.to_string());
    let left_out = use_state(|| 0_usize);
    let confirming = use_state(|| false);
    let pending = use_mut_ref(|| None::<Insertion>);
    // Every insertion (typing, paste, drop, dictation) is measured before the
    // browser applies `maxlength`, so what did not fit can be said.
    {
        let (field, left_out, pending) = (field.clone(), left_out.clone(), pending.clone());
        use_effect_with((), move |_| {
            let listener = field.cast::<HtmlTextAreaElement>().map(|area| {
                let target = area.clone();
                dom::listen(&target, "beforeinput", move |event| {
                    let Some(event) = event.dyn_ref::<InputEvent>() else {
                        return;
                    };
                    let inserted = event
                        .data()
                        .or_else(|| event.data_transfer().and_then(|transfer| transfer.get_data("text/plain").ok()));
                    if let Some(inserted) = inserted {
                        let (insertion, missing) = insertion(&area, &inserted);
                        *pending.borrow_mut() = Some(insertion);
                        left_out.set(missing);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let save = {
        let (field, on_action, index) = (field.clone(), props.on_action.clone(), props.index);
        Callback::from(move |_: ()| {
            if let Some(area) = field.cast::<HtmlTextAreaElement>() {
                on_action.emit(Action::SetNote { index, note: area.value() });
            }
        })
    };
    let close = props.on_action.reform(|_: ()| Action::ClosePanel);
    let changed = text.trim() != props.note.trim();
    // Escape, Cancel and ×: close at once when nothing changed, otherwise
    // ask; asked already, Escape goes back to the note.
    let request_close = {
        let (confirming, close) = (confirming.clone(), close.clone());
        Callback::from(move |_: ()| {
            if *confirming {
                confirming.set(false);
                dom::focus("#note-field");
            } else if changed {
                confirming.set(true);
            } else {
                close.emit(());
            }
        })
    };
    use_effect_with(*confirming, |asking| {
        if *asking {
            dom::focus("#note-keep");
        }
    });
    let on_input = {
        let (text, left_out, pending) = (text.clone(), left_out.clone(), pending.clone());
        Callback::from(move |event: InputEvent| {
            let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() else {
                return;
            };
            let value = area.value();
            // Measured again once applied: what the browser really left out.
            match pending.borrow_mut().take() {
                Some(Insertion { kept, inserted }) => {
                    left_out.set(inserted.saturating_sub(value.chars().count().saturating_sub(kept)))
                }
                None => left_out.set(0),
            }
            text.set(value);
        })
    };
    let on_keydown = {
        let save = save.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
                event.prevent_default();
                save.emit(());
            }
        })
    };
    let length = text.chars().count();
    let max = grouped(NOTE_MAX_CHARS);
    let counter = tr_with(lang, Text::NoteLength, &[("n", &grouped(length)), ("max", &max)]);
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            dom::focus("#note-field");
        })
    };
    html! {
        <Dialog id="note-dialog" title={tr_count(lang, Text::NoteTitle, props.index + 1)} {lang}
            on_close={request_close.clone()} confirm_close={changed}>
            <blockquote class="note-sentence" dir="rtl" lang="ar">{ props.text.clone() }</blockquote>
            <textarea ref={field} id="note-field" class="note-field" dir="auto" rows="5" value={(*text).clone()}
                maxlength={NOTE_MAX_CHARS.to_string()} aria-label={tr(lang, Text::Note)}
                aria-describedby="note-count note-overflow" oninput={on_input} onkeydown={on_keydown} />
            <p id="note-count" class={classes!("note-count", (length >= NOTE_MAX_CHARS).then_some("full"))}>{ counter }</p>
            <p id="note-overflow" class="note-overflow" role="alert">
                if *left_out > 0 {
                    { tr_with(lang, Text::NoteOverflow, &[("n", &grouped(*left_out)), ("max", &max)]) }
                }
            </p>
            if *confirming {
                <div class="note-confirm" role="group" aria-labelledby="note-confirm-question">
                    <p id="note-confirm-question">{ tr(lang, Text::NoteDiscardQuestion) }</p>
                    <div class="dialog-actions">
                        <button type="button" id="note-keep" class="primary" onclick={keep}>{ tr(lang, Text::KeepEditing) }</button>
                        <button type="button" class="danger" data-action="discard" onclick={close.reform(|_: MouseEvent| ())}>
                            { tr(lang, Text::DiscardChanges) }
                        </button>
                    </div>
                </div>
            } else {
                <p class="hint">{ tr(lang, Text::OpenPanelNote) }</p>
                <div class="dialog-actions">
                    <button type="button" class="primary" onclick={save.reform(|_: MouseEvent| ())}>{ tr(lang, Text::Save) }</button>
                    <button type="button" class="quiet" onclick={request_close.reform(|_: MouseEvent| ())}>{ tr(lang, Text::Cancel) }</button>
                </div>
            }
        </Dialog>
    }
}
