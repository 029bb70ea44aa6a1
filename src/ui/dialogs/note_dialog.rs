//! The note of one sentence (`n`). A counter shows the length against the
//! limit, typing stops there, text that did not fit is reported, and closing
//! with changes asks first.

use crate::browser::dom;
use crate::browser::form::{self, Insertion as Inserting};
use crate::core::i18n::said::reading;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::state::{Action, Annotate, Panels, NOTE_MAX_CHARS};
use crate::ui::dialogs::dialog::Dialog;
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

/// An insertion under way: code points kept outside the selection, and
/// code points being inserted.
#[derive(Clone, Copy)]
struct Insertion {
    kept: usize,
    inserted: usize,
}

/// What an insertion will leave out, in code points: the browser keeps the
/// value within `maxlength` UTF-16 units.
fn insertion(inserting: &Inserting) -> (Insertion, usize) {
    let Inserting { value, start, end, text } = inserting;
    let units: Vec<u16> = value.encode_utf16().collect();
    let (start, end) = (*start, *end);
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
            let listener = form::before_insertion(&field, move |inserting| {
                let (insertion, missing) = insertion(&inserting);
                *pending.borrow_mut() = Some(insertion);
                left_out.set(missing);
            });
            move || drop(listener)
        });
    }
    let save = {
        let (field, on_action, index) = (field.clone(), props.on_action.clone(), props.index);
        Callback::from(move |_: ()| {
            on_action.emit(Action::Annotate(Annotate::SetNote { index, note: form::value(&field) }));
        })
    };
    let close = props.on_action.reform(|_: ()| Action::Panels(Panels::Close));
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
            let value = form::event_value(&event);
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
    let counter = reading::note_length(lang, length, NOTE_MAX_CHARS);
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            dom::focus("#note-field");
        })
    };
    html! {
        <Dialog id="note-dialog" title={reading::note_title(lang, props.index + 1)} {lang}
            on_close={request_close.clone()} confirm_close={changed}>
            <blockquote class="note-sentence" dir="rtl" lang="ar">{ props.text.clone() }</blockquote>
            <textarea ref={field} id="note-field" class="note-field" dir="auto" rows="5" value={(*text).clone()}
                maxlength={NOTE_MAX_CHARS.to_string()} aria-label={tr(lang, Text::Note)}
                aria-describedby="note-count note-overflow" oninput={on_input} onkeydown={on_keydown} />
            <p id="note-count" class={classes!("note-count", (length >= NOTE_MAX_CHARS).then_some("full"))}>{ counter }</p>
            <p id="note-overflow" class="note-overflow" role="alert">
                if *left_out > 0 {
                    { reading::note_overflow(lang, *left_out, NOTE_MAX_CHARS) }
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
