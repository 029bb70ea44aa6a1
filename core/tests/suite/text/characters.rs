//! Characters as a reader sees them: they cover the text end to end, in
//! order, and no character starts with a mark, a joiner or a skin tone; a
//! range widened to whole characters holds the one it was given.

use hamish_core::text::basics::{characters, whole_characters};
use proptest::prelude::*;

/// Arabic letters and marks, Latin, spaces, emoji, skin tones and joiners.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = proptest::sample::select(vec![
        "ب",
        "رَّ",
        "\u{064B}",
        "\u{0651}",
        "\u{0670}",
        "ـ",
        " ",
        "a",
        "\u{0301}",
        "👍",
        "\u{1F3FD}",
        "\u{200D}",
        "\u{200C}",
        "\u{FE0F}",
        "1",
        "،",
    ]);
    proptest::collection::vec(pieces, 0..30).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn characters_cover_the_text_and_never_start_on_a_mark(text in hostile()) {
        let found = characters(&text);
        let length = text.chars().count();
        let mut at = 0;
        for &(start, end) in &found {
            prop_assert_eq!(start, at);
            prop_assert!(end > start);
            at = end;
        }
        prop_assert_eq!(at, length);
        let chars: Vec<char> = text.chars().collect();
        for &(start, _) in found.iter().skip(1) {
            let c = chars[start];
            prop_assert!(!matches!(c, '\u{064B}' | '\u{0651}' | '\u{0670}' | '\u{0301}' | '\u{1F3FD}' | '\u{200D}' | '\u{FE0F}'),
                "{:?} starts a character in {:?}", c, text);
        }
    }

    #[test]
    fn a_range_widened_to_whole_characters_holds_it(text in hostile(), a in 0usize..40, b in 0usize..40) {
        let length = text.chars().count();
        let (start, end) = (a.min(b).min(length), a.max(b).min(length));
        let (from, to) = whole_characters(&text, start, end);
        prop_assert!(from <= start && end <= to && to <= length);
        let edges: Vec<usize> = characters(&text).iter().flat_map(|&(s, e)| [s, e]).chain([0]).collect();
        prop_assert!(edges.contains(&from) && edges.contains(&to), "{} {} in {:?}", from, to, text);
    }
}
