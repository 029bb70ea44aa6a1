//! The page follows the state's language, colours and text size.

use crate::browser::dom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::prefs::{TextSize, Theme};
use yew::prelude::*;

/// Sets the page's language and direction, and applies the colours (with
/// the system's colours, following its changes) and the text size.
#[hook]
pub fn use_appearance(lang: Lang, theme: Theme, text_size: TextSize) {
    use_effect_with(lang, |lang| dom::set_page_language(*lang, tr(*lang, Text::AppName)));
    use_effect_with((theme, text_size), |(theme, size)| {
        let (theme, size) = (*theme, size.name());
        let apply = move || {
            dom::apply_appearance(theme == Theme::Dark || (theme == Theme::System && dom::system_prefers_dark()), size)
        };
        apply();
        let listener = (theme == Theme::System).then(|| dom::listen_color_scheme(apply)).flatten();
        move || drop(listener)
    });
}
