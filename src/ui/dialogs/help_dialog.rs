//! Every keyboard shortcut (`?`).

use crate::core::i18n::{tr, Lang, Text};
use crate::core::keymap::SHORTCUTS;
use crate::ui::dialogs::dialog::Dialog;
use yew::prelude::*;

/// Props of [`HelpDialog`].
#[derive(Properties, PartialEq)]
pub struct HelpDialogProps {
    /// Interface language.
    pub lang: Lang,
    /// Closes it.
    pub on_close: Callback<()>,
}

/// The shortcuts dialog.
#[function_component(HelpDialog)]
pub fn help_dialog(props: &HelpDialogProps) -> Html {
    let lang = props.lang;
    html! {
        <Dialog id="help-dialog" title={tr(lang, Text::HelpTitle)} {lang} on_close={props.on_close.clone()}>
            <table class="shortcuts">
                <tbody>
                    { for SHORTCUTS.iter().map(|(combos, text)| html! {
                        <tr>
                            <td class="keys">
                                { for combos.iter().enumerate().map(|(position, combo)| html! {
                                    <>
                                        if position > 0 { <span class="key-or">{ " / " }</span> }
                                        <kbd dir="ltr">{ *combo }</kbd>
                                    </>
                                }) }
                            </td>
                            <td>{ tr(lang, *text) }</td>
                        </tr>
                    }) }
                    <tr><td><kbd dir="auto">{ tr(lang, Text::ClickKeys) }</kbd></td><td>{ tr(lang, Text::SelectionClick) }</td></tr>
                </tbody>
            </table>
        </Dialog>
    }
}
