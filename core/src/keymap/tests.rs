//! Every key, every mode: what acts is listed in the help panel, and what is listed acts.

use super::*;

fn act(press: KeyPress) -> Option<Action> {
    action_for(&press, Panel::None, false)
}

#[test]
fn arrows_and_j_k_move_the_selection() {
    assert_eq!(act(KeyPress::plain("ArrowDown")), Some(Action::Select(Select::Move(1))));
    assert_eq!(act(KeyPress::plain("j")), Some(Action::Select(Select::Move(1))));
    assert_eq!(act(KeyPress::plain("ArrowUp")), Some(Action::Select(Select::Move(-1))));
    assert_eq!(act(KeyPress::plain("k")), Some(Action::Select(Select::Move(-1))));
    assert_eq!(act(KeyPress::plain("ArrowDown").with_shift()), Some(Action::Select(Select::ExtendBy(1))));
    assert_eq!(act(KeyPress::plain("Home")), Some(Action::Select(Select::First)));
    assert_eq!(act(KeyPress::plain("End").with_shift()), Some(Action::Select(Select::ExtendToLast)));
    assert_eq!(act(KeyPress::plain("a").with_ctrl()), Some(Action::Select(Select::All)));
}

#[test]
fn an_arabic_layout_uses_the_physical_key() {
    let arabic_j = KeyPress { key: "ت".into(), code: "KeyJ".into(), ..KeyPress::default() };
    assert_eq!(act(arabic_j), Some(Action::Select(Select::Move(1))));
    let arabic_n = KeyPress { key: "ى".into(), code: "KeyN".into(), ..KeyPress::default() };
    assert_eq!(act(arabic_n), Some(Action::Panels(Panels::OpenNote)));
}

#[test]
fn digits_toggle_labels_and_zero_clears() {
    assert_eq!(act(KeyPress::plain("1")), Some(Action::Annotate(Annotate::ToggleLabelKey(1))));
    assert_eq!(act(KeyPress::plain("٣")), Some(Action::Annotate(Annotate::ToggleLabelKey(3))));
    assert_eq!(act(KeyPress::plain("۹")), Some(Action::Annotate(Annotate::ToggleLabelKey(9))));
    assert_eq!(act(KeyPress::plain("0")), Some(Action::Annotate(Annotate::ClearLabels)));
    assert_eq!(act(KeyPress::plain("Backspace")), Some(Action::Annotate(Annotate::ClearLabels)));
}

#[test]
fn enter_accepts_a_suggestion_unless_a_control_has_the_focus() {
    assert_eq!(act(KeyPress::plain("Enter")), Some(Action::Review(Review::Accept)));
    assert_eq!(act(KeyPress { on_control: true, ..KeyPress::plain("Enter") }), None);
    assert_eq!(act(KeyPress { on_control: true, ..KeyPress::plain("j") }), Some(Action::Select(Select::Move(1))));
    assert_eq!(action_for(&KeyPress::plain("Enter"), Panel::Help, false), None);
    assert_eq!(act(KeyPress::plain("Enter").with_ctrl()), None);
}

#[test]
fn brackets_and_alt_arrows_open_documents_and_slash_searches() {
    assert_eq!(act(KeyPress::plain("]")), Some(Action::Corpus(Corpus::OpenAdjacent(1))));
    assert_eq!(act(KeyPress::plain("[")), Some(Action::Corpus(Corpus::OpenAdjacent(-1))));
    let arabic_bracket = KeyPress { key: "د".into(), code: "BracketRight".into(), ..KeyPress::default() };
    assert_eq!(act(arabic_bracket), Some(Action::Corpus(Corpus::OpenAdjacent(1))));
    let alt_down = KeyPress { alt: true, ..KeyPress::plain("ArrowDown") };
    assert_eq!(act(alt_down.clone()), Some(Action::Corpus(Corpus::OpenAdjacent(1))));
    assert_eq!(action_for(&alt_down, Panel::Help, false), None);
    assert_eq!(act(KeyPress::plain("/")), Some(Action::Panels(Panels::Open(Panel::Search))));
    assert_eq!(act(KeyPress::plain("U").with_shift()), Some(Action::Corpus(Corpus::NextUnlabeled)));
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
fn span_mode_moves_by_word_and_character_and_takes_label_keys() {
    let span = |press: KeyPress| action_for(&press, Panel::None, true);
    let word = |by, extend| Some(Action::SpanMode(SpanMode::MoveCursor { by, unit: Unit::Word, extend }));
    assert_eq!(act(KeyPress::plain("s")), Some(Action::SpanMode(SpanMode::Enter)));
    assert_eq!(act(KeyPress::plain("ArrowLeft")), Some(Action::SpanMode(SpanMode::Enter)));
    assert_eq!(span(KeyPress::plain("ArrowLeft")), word(1, false), "← is onwards in right-to-left text");
    assert_eq!(span(KeyPress::plain("ArrowRight")), word(-1, false));
    assert_eq!(span(KeyPress::plain("ArrowLeft").with_shift()), word(1, true));
    let alt_left = KeyPress { alt: true, ..KeyPress::plain("ArrowLeft") };
    assert_eq!(span(alt_left), Some(Action::SpanMode(SpanMode::MoveCursor { by: 1, unit: Unit::Char, extend: false })));
    assert_eq!(span(KeyPress::plain("2")), Some(Action::SpanMode(SpanMode::ToggleKey(2))));
    assert_eq!(span(KeyPress::plain("٢")), Some(Action::SpanMode(SpanMode::ToggleKey(2))));
    assert_eq!(span(KeyPress::plain("Delete")), Some(Action::SpanMode(SpanMode::RemoveAtCursor)));
    assert_eq!(span(KeyPress::plain("0")), Some(Action::SpanMode(SpanMode::RemoveAtCursor)));
    assert_eq!(span(KeyPress::plain("Escape")), Some(Action::SpanMode(SpanMode::Leave)));
    assert_eq!(span(KeyPress::plain("s")), Some(Action::SpanMode(SpanMode::Leave)));
    assert_eq!(
        span(KeyPress::plain("ArrowDown")),
        Some(Action::Select(Select::Move(1))),
        "↓ still moves to the next sentence"
    );
    assert_eq!(span(KeyPress::plain("z").with_ctrl()), Some(Action::Undo));
    assert_eq!(action_for(&KeyPress::plain("2"), Panel::Help, true), None, "a panel takes the keys");
}

#[test]
fn other_keys_and_open_panels() {
    assert_eq!(act(KeyPress::plain("?")), Some(Action::Panels(Panels::Open(Panel::Help))));
    assert_eq!(act(KeyPress::plain("u")), Some(Action::Select(Select::NextUnlabeled)));
    assert_eq!(act(KeyPress::plain("x")), None);
    assert_eq!(action_for(&KeyPress::plain("j"), Panel::Help, false), None);
    assert_eq!(action_for(&KeyPress::plain("?"), Panel::Help, false), Some(Action::Panels(Panels::Close)));
    assert_eq!(action_for(&KeyPress::plain("Escape"), Panel::Labels, false), Some(Action::Panels(Panels::Close)));
}

/// How the help panel writes `press`: modifiers that change nothing are
/// left out (`?` needs Shift on many layouts), Meta counts as Ctrl.
fn shown(press: &KeyPress, panel: Panel, spans: bool) -> String {
    let action = action_for(press, panel, spans);
    let without_shift = KeyPress { shift: false, ..press.clone() };
    let shift = press.shift && action_for(&without_shift, panel, spans) != action;
    let key = match (press.key.as_str(), press.letter()) {
        ("ArrowDown", _) => "↓".to_string(),
        ("ArrowUp", _) => "↑".to_string(),
        ("ArrowLeft", _) => "←".to_string(),
        ("ArrowRight", _) => "→".to_string(),
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

/// The panels and modes the help panel speaks of.
const MODES: [(Panel, bool); 3] = [(Panel::None, false), (Panel::Help, false), (Panel::None, true)];

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
    for (panel, spans) in MODES {
        for press in every_press() {
            if action_for(&press, panel, spans).is_some() && !listed(&shown(&press, panel, spans)) {
                missing.insert(shown(&press, panel, spans));
            }
        }
    }
    assert!(missing.is_empty(), "keys that act but are not in SHORTCUTS: {missing:?}");
}

#[test]
fn every_listed_key_does_something() {
    let shown_keys: std::collections::BTreeSet<String> = MODES
        .into_iter()
        .flat_map(|(panel, spans)| {
            every_press()
                .into_iter()
                .filter_map(move |press| action_for(&press, panel, spans).map(|_| shown(&press, panel, spans)))
        })
        .collect();
    for (combos, _) in SHORTCUTS {
        for combo in *combos {
            let first = combo.split(" … ").next().unwrap_or(combo);
            assert!(shown_keys.contains(first), "{combo} is listed but no key does it");
        }
    }
}
