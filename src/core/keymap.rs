//! Keyboard shortcuts: which key does what.

use super::state::Action;

/// A key press, as the browser edge reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPress {
    /// `KeyboardEvent.key`, such as `"ArrowDown"` or `"j"`.
    pub key: String,
    /// Control held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// Alt held.
    pub alt: bool,
    /// Meta (Command) held.
    pub meta: bool,
}

impl KeyPress {
    /// A press of `key` with no modifier.
    pub fn plain(key: &str) -> Self {
        Self { key: key.to_string(), ..Self::default() }
    }
}

/// The action a key press asks for, if any.
pub fn action_for(press: &KeyPress) -> Option<Action> {
    if press.ctrl || press.alt || press.meta {
        return None;
    }
    match press.key.as_str() {
        "ArrowDown" | "j" | "J" => Some(Action::MoveSelection(1)),
        "ArrowUp" | "k" | "K" => Some(Action::MoveSelection(-1)),
        "Home" => Some(Action::SelectFirst),
        "End" => Some(Action::SelectLast),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_and_j_k_move_the_selection() {
        assert_eq!(action_for(&KeyPress::plain("ArrowDown")), Some(Action::MoveSelection(1)));
        assert_eq!(action_for(&KeyPress::plain("j")), Some(Action::MoveSelection(1)));
        assert_eq!(action_for(&KeyPress::plain("ArrowUp")), Some(Action::MoveSelection(-1)));
        assert_eq!(action_for(&KeyPress::plain("k")), Some(Action::MoveSelection(-1)));
        assert_eq!(action_for(&KeyPress::plain("Home")), Some(Action::SelectFirst));
    }

    #[test]
    fn modified_and_unknown_keys_do_nothing() {
        let ctrl_j = KeyPress { ctrl: true, ..KeyPress::plain("j") };
        assert_eq!(action_for(&ctrl_j), None);
        assert_eq!(action_for(&KeyPress::plain("x")), None);
    }
}
