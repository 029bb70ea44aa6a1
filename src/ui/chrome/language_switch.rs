//! The visible switch between Arabic and English.

use crate::core::i18n::{tr, Lang, Text};
use yew::prelude::*;

/// Props of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The current interface language.
    pub lang: Lang,
    /// Switches to another language.
    pub on_language: Callback<Lang>,
}

/// A button naming the other language, in that language.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let other = props.lang.other();
    let onclick = {
        let on_language = props.on_language.clone();
        Callback::from(move |_: MouseEvent| on_language.emit(other))
    };
    html! {
        <button type="button" class="lang-switch" lang={other.code()} title={tr(props.lang, Text::SwitchLanguageHint)} {onclick}>
            { tr(props.lang, Text::SwitchLanguage) }
        </button>
    }
}
