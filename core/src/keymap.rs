//! Keyboard shortcuts: which key does what.
//!
//! Letters are matched by the character typed, or, when a non-Latin layout
//! (such as Arabic) is active, by the physical key, so `j` works on an
//! Arabic keyboard too. Digits match both `1` and `١`.

use super::state::{Action, Panel};

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

/// The action a key press asks for, if any, with `panel` open.
pub fn action_for(press: &KeyPress, panel: Panel) -> Option<Action> {
    if press.ctrl || press.meta {
        return match (press.letter(), press.shift, press.alt) {
            (Some('a'), false, false) if panel == Panel::None => Some(Action::SelectAll),
            (Some('z'), false, false) => Some(Action::Undo),
            (Some('z'), true, false) | (Some('y'), false, false) => Some(Action::Redo),
            _ => None,
        };
    }
    if press.alt {
        return match press.key.as_str() {
            "ArrowDown" if panel == Panel::None => Some(Action::OpenAdjacentDocument(1)),
            "ArrowUp" if panel == Panel::None => Some(Action::OpenAdjacentDocument(-1)),
            _ => None,
        };
    }
    if press.key == "Escape" {
        return Some(Action::ClosePanel);
    }
    if panel != Panel::None {
        return (press.key == "?" && panel == Panel::Help).then_some(Action::ClosePanel);
    }
    let step = |by: isize| if press.shift { Action::ExtendSelectionBy(by) } else { Action::MoveSelection(by) };
    match press.key.as_str() {
        "ArrowDown" => return Some(step(1)),
        "ArrowUp" => return Some(step(-1)),
        "Home" if press.shift => return Some(Action::ExtendToFirst),
        "End" if press.shift => return Some(Action::ExtendToLast),
        "Home" => return Some(Action::SelectFirst),
        "End" => return Some(Action::SelectLast),
        "Backspace" | "Delete" => return Some(Action::ClearLabels),
        "Enter" if !press.on_control => return Some(Action::AcceptSuggestion),
        "?" | "؟" => return Some(Action::OpenPanel(Panel::Help)),
        _ => {}
    }
    // Brackets and the slash by the physical key too, for Arabic layouts.
    match (press.key.as_str(), press.code.as_str()) {
        ("]", _) | (_, "BracketRight") => return Some(Action::OpenAdjacentDocument(1)),
        ("[", _) | (_, "BracketLeft") => return Some(Action::OpenAdjacentDocument(-1)),
        ("/", _) | (_, "Slash") => return Some(Action::OpenPanel(Panel::Search)),
        _ => {}
    }
    if let Some(digit) = press.digit() {
        return Some(if digit == 0 { Action::ClearLabels } else { Action::ToggleLabelKey(digit) });
    }
    match press.letter()? {
        'j' => Some(step(1)),
        'k' => Some(step(-1)),
        'n' => Some(Action::OpenNote),
        'u' if press.shift => Some(Action::NextUnlabeledAnywhere),
        'u' => Some(Action::NextUnlabeled),
        _ => None,
    }
}

/// The shortcuts, for the help panel: every key [`action_for`] handles, as
/// the key combinations shown (`"Shift + ↓"`, or a range `"1 … 9"`) and what
/// they do.
pub const SHORTCUTS: &[(&[&str], super::strings::Text)] = &[
    (&["↓", "j"], super::strings::Text::ShortcutNext),
    (&["↑", "k"], super::strings::Text::ShortcutPrevious),
    (&["Shift + ↓", "Shift + ↑", "Shift + j", "Shift + k"], super::strings::Text::ShortcutExtend),
    (&["Home", "End"], super::strings::Text::ShortcutFirstLast),
    (&["Shift + Home", "Shift + End", "Ctrl + A"], super::strings::Text::ShortcutSelectToEdge),
    (&["1 … 9", "١ … ٩", "۱ … ۹"], super::strings::Text::ShortcutToggleLabel),
    (&["0", "٠", "۰", "Backspace", "Delete"], super::strings::Text::ShortcutClear),
    (&["Enter"], super::strings::Text::ShortcutAccept),
    (&["n"], super::strings::Text::ShortcutNote),
    (&["u"], super::strings::Text::ShortcutNextUnlabeled),
    (&["Shift + u"], super::strings::Text::ShortcutNextUnlabeledAnywhere),
    (&["]", "Alt + ↓"], super::strings::Text::ShortcutNextDocument),
    (&["[", "Alt + ↑"], super::strings::Text::ShortcutPreviousDocument),
    (&["/"], super::strings::Text::ShortcutSearch),
    (&["Ctrl + Z"], super::strings::Text::ShortcutUndo),
    (&["Ctrl + Shift + Z", "Ctrl + Y"], super::strings::Text::ShortcutRedo),
    (&["?", "؟"], super::strings::Text::ShortcutHelp),
    (&["Esc"], super::strings::Text::ShortcutClose),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn act(press: KeyPress) -> Option<Action> {
        action_for(&press, Panel::None)
    }

    #[test]
    fn arrows_and_j_k_move_the_selection() {
        assert_eq!(act(KeyPress::plain("ArrowDown")), Some(Action::MoveSelection(1)));
        assert_eq!(act(KeyPress::plain("j")), Some(Action::MoveSelection(1)));
        assert_eq!(act(KeyPress::plain("ArrowUp")), Some(Action::MoveSelection(-1)));
        assert_eq!(act(KeyPress::plain("k")), Some(Action::MoveSelection(-1)));
        assert_eq!(act(KeyPress::plain("ArrowDown").with_shift()), Some(Action::ExtendSelectionBy(1)));
        assert_eq!(act(KeyPress::plain("Home")), Some(Action::SelectFirst));
        assert_eq!(act(KeyPress::plain("End").with_shift()), Some(Action::ExtendToLast));
        assert_eq!(act(KeyPress::plain("a").with_ctrl()), Some(Action::SelectAll));
    }

    #[test]
    fn an_arabic_layout_uses_the_physical_key() {
        let arabic_j = KeyPress { key: "ت".into(), code: "KeyJ".into(), ..KeyPress::default() };
        assert_eq!(act(arabic_j), Some(Action::MoveSelection(1)));
        let arabic_n = KeyPress { key: "ى".into(), code: "KeyN".into(), ..KeyPress::default() };
        assert_eq!(act(arabic_n), Some(Action::OpenNote));
    }

    #[test]
    fn digits_toggle_labels_and_zero_clears() {
        assert_eq!(act(KeyPress::plain("1")), Some(Action::ToggleLabelKey(1)));
        assert_eq!(act(KeyPress::plain("٣")), Some(Action::ToggleLabelKey(3)));
        assert_eq!(act(KeyPress::plain("۹")), Some(Action::ToggleLabelKey(9)));
        assert_eq!(act(KeyPress::plain("0")), Some(Action::ClearLabels));
        assert_eq!(act(KeyPress::plain("Backspace")), Some(Action::ClearLabels));
    }

    #[test]
    fn enter_accepts_a_suggestion_unless_a_control_has_the_focus() {
        assert_eq!(act(KeyPress::plain("Enter")), Some(Action::AcceptSuggestion));
        assert_eq!(act(KeyPress { on_control: true, ..KeyPress::plain("Enter") }), None);
        assert_eq!(act(KeyPress { on_control: true, ..KeyPress::plain("j") }), Some(Action::MoveSelection(1)));
        assert_eq!(action_for(&KeyPress::plain("Enter"), Panel::Help), None);
        assert_eq!(act(KeyPress::plain("Enter").with_ctrl()), None);
    }

    #[test]
    fn brackets_and_alt_arrows_open_documents_and_slash_searches() {
        assert_eq!(act(KeyPress::plain("]")), Some(Action::OpenAdjacentDocument(1)));
        assert_eq!(act(KeyPress::plain("[")), Some(Action::OpenAdjacentDocument(-1)));
        let arabic_bracket = KeyPress { key: "د".into(), code: "BracketRight".into(), ..KeyPress::default() };
        assert_eq!(act(arabic_bracket), Some(Action::OpenAdjacentDocument(1)));
        let alt_down = KeyPress { alt: true, ..KeyPress::plain("ArrowDown") };
        assert_eq!(act(alt_down.clone()), Some(Action::OpenAdjacentDocument(1)));
        assert_eq!(action_for(&alt_down, Panel::Help), None);
        assert_eq!(act(KeyPress::plain("/")), Some(Action::OpenPanel(Panel::Search)));
        assert_eq!(act(KeyPress::plain("U").with_shift()), Some(Action::NextUnlabeledAnywhere));
    }

    #[test]
    fn undo_and_redo_chords() {
        assert_eq!(act(KeyPress::plain("z").with_ctrl()), Some(Action::Undo));
        assert_eq!(act(KeyPress::plain("Z").with_ctrl().with_shift()), Some(Action::Redo));
        assert_eq!(act(KeyPress::plain("y").with_ctrl()), Some(Action::Redo));
        let arabic_ctrl_z = KeyPress { key: "ئ".into(), code: "KeyZ".into(), ctrl: true, ..KeyPress::default() };
        assert_eq!(act(arabic_ctrl_z), Some(Action::Undo));
        assert_eq!(act(KeyPress::plain("j").with_ctrl()), None);
    }

    #[test]
    fn other_keys_and_open_panels() {
        assert_eq!(act(KeyPress::plain("?")), Some(Action::OpenPanel(Panel::Help)));
        assert_eq!(act(KeyPress::plain("u")), Some(Action::NextUnlabeled));
        assert_eq!(act(KeyPress::plain("x")), None);
        assert_eq!(action_for(&KeyPress::plain("j"), Panel::Help), None);
        assert_eq!(action_for(&KeyPress::plain("?"), Panel::Help), Some(Action::ClosePanel));
        assert_eq!(action_for(&KeyPress::plain("Escape"), Panel::Labels), Some(Action::ClosePanel));
    }

    /// How the help panel writes `press`: modifiers that change nothing are
    /// left out (`?` needs Shift on many layouts), Meta counts as Ctrl.
    fn shown(press: &KeyPress, panel: Panel) -> String {
        let action = action_for(press, panel);
        let without_shift = KeyPress { shift: false, ..press.clone() };
        let shift = press.shift && action_for(&without_shift, panel) != action;
        let key = match (press.key.as_str(), press.letter()) {
            ("ArrowDown", _) => "↓".to_string(),
            ("ArrowUp", _) => "↑".to_string(),
            ("Escape", _) => "Esc".to_string(),
            (_, Some(letter)) if press.ctrl || press.meta => letter.to_ascii_uppercase().to_string(),
            (_, Some(letter)) => letter.to_string(),
            (key, None) => key.to_string(),
        };
        let mut words = Vec::new();
        if press.ctrl || press.meta {
            words.push("Ctrl".to_string());
        }
        if press.alt {
            words.push("Alt".to_string());
        }
        if shift {
            words.push("Shift".to_string());
        }
        words.push(key);
        words.join(" + ")
    }

    /// Whether the help panel lists `combo`, alone or in a range `a … b`.
    fn listed(combo: &str) -> bool {
        SHORTCUTS.iter().flat_map(|(combos, _)| combos.iter()).any(|&listed| {
            let mut range = listed.split(" … ");
            match (range.next(), range.next(), combo.chars().count()) {
                (Some(from), Some(to), 1) => (from..=to).contains(&combo),
                _ => listed == combo,
            }
        })
    }

    /// Every key a keyboard can send, with every mix of modifiers: letters
    /// (also as typed on an Arabic layout), digits of three scripts,
    /// punctuation and named keys.
    fn every_press() -> Vec<KeyPress> {
        let mut keys: Vec<(String, String)> = Vec::new();
        for c in (0x21u8..0x7f).map(char::from) {
            let press = KeyPress::plain(&c.to_string());
            keys.push((press.key, press.code));
        }
        for letter in 'A'..='Z' {
            keys.push(("ش".to_string(), format!("Key{letter}")));
        }
        for c in ('٠'..='٩').chain('۰'..='۹').chain(['؟', '،', '؛']) {
            keys.push((c.to_string(), String::new()));
        }
        let named = [
            "ArrowDown",
            "ArrowUp",
            "ArrowLeft",
            "ArrowRight",
            "Home",
            "End",
            "PageUp",
            "PageDown",
            "Backspace",
            "Delete",
            "Escape",
            "Enter",
            "Tab",
            " ",
            "Insert",
            "F1",
            "F2",
            "ContextMenu",
        ];
        keys.extend(named.iter().map(|key| (key.to_string(), key.to_string())));
        let mut presses = Vec::new();
        for (key, code) in keys {
            for mask in 0..16 {
                presses.push(KeyPress {
                    key: key.clone(),
                    code: code.clone(),
                    ctrl: mask & 1 != 0,
                    shift: mask & 2 != 0,
                    alt: mask & 4 != 0,
                    meta: mask & 8 != 0,
                    on_control: false,
                });
            }
        }
        presses
    }

    #[test]
    fn the_help_panel_lists_every_key_that_does_something() {
        let mut missing = std::collections::BTreeSet::new();
        for panel in [Panel::None, Panel::Help] {
            for press in every_press() {
                if action_for(&press, panel).is_some() && !listed(&shown(&press, panel)) {
                    missing.insert(shown(&press, panel));
                }
            }
        }
        assert!(missing.is_empty(), "keys that act but are not in SHORTCUTS: {missing:?}");
    }

    #[test]
    fn every_listed_key_does_something() {
        let shown_keys: std::collections::BTreeSet<String> = [Panel::None, Panel::Help]
            .into_iter()
            .flat_map(|panel| {
                every_press()
                    .into_iter()
                    .filter_map(move |press| action_for(&press, panel).map(|_| shown(&press, panel)))
            })
            .collect();
        for (combos, _) in SHORTCUTS {
            for combo in *combos {
                let first = combo.split(" … ").next().unwrap_or(combo);
                assert!(shown_keys.contains(first), "{combo} is listed but no key does it");
            }
        }
    }
}
