//! Settings: interface language, colours, text size, whether a label key
//! moves on to the next unlabeled sentence, storage, and sync.

use crate::core::i18n::said::files;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::prefs::{TextSize, Theme};
use crate::core::state::{Action, Panels, Setting};
use crate::ui::dialogs::dialog::Dialog;
use crate::ui::dialogs::sync_settings::SyncSettings;
use crate::ui::hooks::use_quota;
use yew::prelude::*;

/// Props of [`SettingsDialog`].
#[derive(Properties, PartialEq)]
pub struct SettingsDialogProps {
    /// Interface language.
    pub lang: Lang,
    /// Colour theme.
    pub theme: Theme,
    /// Text size.
    pub text_size: TextSize,
    /// Whether a label key moves on to the next unlabeled sentence.
    #[prop_or_default]
    pub advance: bool,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

fn theme_text(theme: Theme) -> Text {
    match theme {
        Theme::System => Text::ThemeSystem,
        Theme::Light => Text::ThemeLight,
        Theme::Dark => Text::ThemeDark,
    }
}

fn size_text(size: TextSize) -> Text {
    match size {
        TextSize::Small => Text::SizeSmall,
        TextSize::Normal => Text::SizeNormal,
        TextSize::Large => Text::SizeLarge,
        TextSize::ExtraLarge => Text::SizeExtraLarge,
    }
}

/// The dialog.
#[function_component(SettingsDialog)]
pub fn settings_dialog(props: &SettingsDialogProps) -> Html {
    let lang = props.lang;
    let radio = |name: &'static str, value: &'static str, checked: bool, label: &'static str, action: Action| {
        let onchange = props.on_action.reform(move |_: Event| action.clone());
        html! {
            <label class="choice">
                <input type="radio" {name} {value} {checked} {onchange} />
                { label }
            </label>
        }
    };
    let on_close = props.on_action.reform(|_| Action::Panels(Panels::Close));
    let quota = use_quota();
    let usage = match quota.estimate {
        Some(estimate) => files::storage_use(lang, estimate.usage as usize, estimate.quota as usize),
        None => tr(lang, Text::StorageUseUnknown).to_string(),
    };
    let keep = quota.on_keep.reform(|_: MouseEvent| ());
    let advance = {
        let on = !props.advance;
        props.on_action.reform(move |_: Event| Action::Set(Setting::Advance(on)))
    };
    html! {
        <Dialog id="settings-dialog" title={tr(lang, Text::Settings)} {lang} {on_close}>
            <fieldset class="choices">
                <legend>{ tr(lang, Text::Language) }</legend>
                { radio("language", "ar", lang == Lang::Arabic, "العربية", Action::Set(Setting::Language(Lang::Arabic))) }
                { radio("language", "en", lang == Lang::English, "English", Action::Set(Setting::Language(Lang::English))) }
            </fieldset>
            <fieldset class="choices">
                <legend>{ tr(lang, Text::Colours) }</legend>
                { for Theme::ALL.iter().map(|&theme| radio("theme", theme.name(), props.theme == theme, tr(lang, theme_text(theme)), Action::Set(Setting::Theme(theme)))) }
            </fieldset>
            <fieldset class="choices">
                <legend>{ tr(lang, Text::TextSizeLegend) }</legend>
                { for TextSize::ALL.iter().map(|&size| radio("text-size", size.name(), props.text_size == size, tr(lang, size_text(size)), Action::Set(Setting::TextSize(size)))) }
            </fieldset>
            <label class="check">
                <input id="setting-advance" type="checkbox" checked={props.advance} onchange={advance} />
                { tr(lang, Text::SettingsAdvance) }
            </label>
            <section class="storage-info" aria-labelledby="storage-legend">
                <h3 id="storage-legend">{ tr(lang, Text::StorageLegend) }</h3>
                <p class="storage-use">{ usage }</p>
                <p class="storage-persisted" data-persisted={quota.persisted.map(|kept| kept.to_string())}>
                    { tr(lang, if quota.persisted == Some(true) { Text::StoragePersisted } else { Text::StorageBestEffort }) }
                </p>
                if quota.persisted != Some(true) {
                    <button type="button" class="quiet" data-action="keep-storage" onclick={keep}>{ tr(lang, Text::StorageKeep) }</button>
                }
            </section>
            <SyncSettings {lang} />
        </Dialog>
    }
}
