//! Keyboard shortcuts: which key does what.
//!
//! Letters are matched by the character typed, or, when a non-Latin layout
//! (such as Arabic) is active, by the physical key, so `j` works on an
//! Arabic keyboard too. Digits match both `1` and `١`.

use super::state::{Action, Annotate, Corpus, Panel, Panels, Review, Select, SpanMode};
use crate::model::span_cursor::Unit;

/// A key press, as the browser edge reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPress {
    /// `KeyboardEvent.key`, such as `"ArrowDown"`, `"j"` or `"ت"`.
    pub key: String,
    /// `KeyboardEvent.code`: the physical key, such as `"KeyJ"`.
    pub code: String,
    /// Control held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// Alt held.
    pub alt: bool,
    /// Meta (Command) held.
    pub meta: bool,
    /// The focus is on a control that Enter activates (a button, a link):
    /// Enter is left to it.
    pub on_control: bool,
}

impl KeyPress {
    /// A press of `key` with no modifier (the physical key guessed from it).
    pub fn plain(key: &str) -> Self {
        let code = match key.chars().next() {
            Some(c) if key.chars().count() == 1 && c.is_ascii_alphabetic() => format!("Key{}", c.to_ascii_uppercase()),
            Some(c) if key.chars().count() == 1 && c.is_ascii_digit() => format!("Digit{c}"),
            _ => key.to_string(),
        };
        Self { key: key.to_string(), code, ..Self::default() }
    }

    /// The same press with Control held.
    pub fn with_ctrl(mut self) -> Self {
        self.ctrl = true;
        self
    }

    /// The same press with Shift held.
    pub fn with_shift(mut self) -> Self {
        self.shift = true;
        self
    }

    /// The Latin letter of the key: the character typed, or the physical key
    /// on a non-Latin layout.
    fn letter(&self) -> Option<char> {
        let mut chars = self.key.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase()),
            (Some(c), None) if !c.is_ascii() => {
                self.code.strip_prefix("Key").and_then(|rest| rest.chars().next()).map(|c| c.to_ascii_lowercase())
            }
            _ => None,
        }
    }

    /// The digit typed, Western or Arabic-Indic.
    fn digit(&self) -> Option<u8> {
        let mut chars = self.key.chars();
        match (chars.next(), chars.next()) {
            (Some(c @ '0'..='9'), None) => Some(c as u8 - b'0'),
            (Some(c @ '٠'..='٩'), None) => Some((c as u32 - '٠' as u32) as u8),
            (Some(c @ '۰'..='۹'), None) => Some((c as u32 - '۰' as u32) as u8),
            _ => None,
        }
    }
}

/// What a key does in span mode (`None`: what it does elsewhere). The
/// text runs right to left, so ← goes on to the next word and → back.
fn span_action(press: &KeyPress) -> Option<Action> {
    let by = match press.key.as_str() {
        "ArrowLeft" => 1,
        "ArrowRight" => -1,
        _ if press.alt => return None,
        "Escape" => return Some(Action::SpanMode(SpanMode::Leave)),
        "Backspace" | "Delete" => return Some(Action::SpanMode(SpanMode::RemoveAtCursor)),
        _ => {
            return match (press.digit(), press.letter()) {
                (Some(0), _) => Some(Action::SpanMode(SpanMode::RemoveAtCursor)),
                (Some(digit), _) => Some(Action::SpanMode(SpanMode::ToggleKey(digit))),
                (None, Some('s')) if !press.shift => Some(Action::SpanMode(SpanMode::Leave)),
                _ => None,
            };
        }
    };
    let unit = if press.alt { Unit::Char } else { Unit::Word };
    Some(Action::SpanMode(SpanMode::MoveCursor { by, unit, extend: press.shift }))
}

/// The action a key press asks for, if any, with `panel` open; `spans`
/// when a span is being marked (span mode).
pub fn action_for(press: &KeyPress, panel: Panel, spans: bool) -> Option<Action> {
    if spans && panel == Panel::None && !press.ctrl && !press.meta {
        if let Some(action) = span_action(press) {
            return Some(action);
        }
    }
    if press.ctrl || press.meta {
        return match (press.letter(), press.shift, press.alt) {
            (Some('a'), false, false) if panel == Panel::None => Some(Action::Select(Select::All)),
            (Some('z'), false, false) => Some(Action::Undo),
            (Some('z'), true, false) | (Some('y'), false, false) => Some(Action::Redo),
            _ => None,
        };
    }
    if press.alt {
        return match press.key.as_str() {
            "ArrowDown" if panel == Panel::None => Some(Action::Corpus(Corpus::OpenAdjacent(1))),
            "ArrowUp" if panel == Panel::None => Some(Action::Corpus(Corpus::OpenAdjacent(-1))),
            _ => None,
        };
    }
    if press.key == "Escape" {
        return Some(Action::Panels(Panels::Close));
    }
    if panel != Panel::None {
        return (press.key == "?" && panel == Panel::Help).then_some(Action::Panels(Panels::Close));
    }
    let step =
        |by: isize| if press.shift { Action::Select(Select::ExtendBy(by)) } else { Action::Select(Select::Move(by)) };
    match press.key.as_str() {
        "ArrowDown" => return Some(step(1)),
        "ArrowUp" => return Some(step(-1)),
        "Home" if press.shift => return Some(Action::Select(Select::ExtendToFirst)),
        "End" if press.shift => return Some(Action::Select(Select::ExtendToLast)),
        "Home" => return Some(Action::Select(Select::First)),
        "End" => return Some(Action::Select(Select::Last)),
        "Backspace" | "Delete" => return Some(Action::Annotate(Annotate::ClearLabels)),
        "Enter" if !press.on_control => return Some(Action::Review(Review::Accept)),
        "ArrowLeft" | "ArrowRight" if !press.shift => return Some(Action::SpanMode(SpanMode::Enter)),
        "?" | "؟" => return Some(Action::Panels(Panels::Open(Panel::Help))),
        _ => {}
    }
    // Brackets and the slash by the physical key too, for Arabic layouts.
    match (press.key.as_str(), press.code.as_str()) {
        ("]", _) | (_, "BracketRight") => return Some(Action::Corpus(Corpus::OpenAdjacent(1))),
        ("[", _) | (_, "BracketLeft") => return Some(Action::Corpus(Corpus::OpenAdjacent(-1))),
        ("/", _) | (_, "Slash") => return Some(Action::Panels(Panels::Open(Panel::Search))),
        _ => {}
    }
    if let Some(digit) = press.digit() {
        return Some(if digit == 0 {
            Action::Annotate(Annotate::ClearLabels)
        } else {
            Action::Annotate(Annotate::ToggleLabelKey(digit))
        });
    }
    match press.letter()? {
        'j' => Some(step(1)),
        'k' => Some(step(-1)),
        'n' => Some(Action::Panels(Panels::OpenNote)),
        's' if !press.shift => Some(Action::SpanMode(SpanMode::Enter)),
        'u' if press.shift => Some(Action::Corpus(Corpus::NextUnlabeled)),
        'u' => Some(Action::Select(Select::NextUnlabeled)),
        _ => None,
    }
}

/// The shortcuts, for the help panel: every key [`action_for`] handles, as
/// the key combinations shown (`"Shift + ↓"`, or a range `"1 … 9"`) and what
/// they do.
pub const SHORTCUTS: &[(&[&str], crate::i18n::Text)] = &[
    (&["↓", "j"], crate::i18n::Text::ShortcutNext),
    (&["↑", "k"], crate::i18n::Text::ShortcutPrevious),
    (&["Shift + ↓", "Shift + ↑", "Shift + j", "Shift + k"], crate::i18n::Text::ShortcutExtend),
    (&["Home", "End"], crate::i18n::Text::ShortcutFirstLast),
    (&["Shift + Home", "Shift + End", "Ctrl + A"], crate::i18n::Text::ShortcutSelectToEdge),
    (&["1 … 9", "١ … ٩", "۱ … ۹"], crate::i18n::Text::ShortcutToggleLabel),
    (&["0", "٠", "۰", "Backspace", "Delete"], crate::i18n::Text::ShortcutClear),
    (&["Enter"], crate::i18n::Text::ShortcutAccept),
    (&["n"], crate::i18n::Text::ShortcutNote),
    (&["s", "←", "→"], crate::i18n::Text::ShortcutSpanMode),
    (&["Shift + ←", "Shift + →"], crate::i18n::Text::ShortcutSpanExtend),
    (&["Alt + ←", "Alt + →", "Alt + Shift + ←", "Alt + Shift + →"], crate::i18n::Text::ShortcutSpanCharacter),
    (&["u"], crate::i18n::Text::ShortcutNextUnlabeled),
    (&["Shift + u"], crate::i18n::Text::ShortcutNextUnlabeledAnywhere),
    (&["]", "Alt + ↓"], crate::i18n::Text::ShortcutNextDocument),
    (&["[", "Alt + ↑"], crate::i18n::Text::ShortcutPreviousDocument),
    (&["/"], crate::i18n::Text::ShortcutSearch),
    (&["Ctrl + Z"], crate::i18n::Text::ShortcutUndo),
    (&["Ctrl + Shift + Z", "Ctrl + Y"], crate::i18n::Text::ShortcutRedo),
    (&["?", "؟"], crate::i18n::Text::ShortcutHelp),
    (&["Esc"], crate::i18n::Text::ShortcutClose),
];

#[cfg(test)]
mod tests;
