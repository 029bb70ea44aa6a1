//! Small text helpers shared by the core: code-point counts, hashes, titles.

/// Longest title shown for a document, in code points.
pub const TITLE_MAX_CHARS: usize = 80;

/// A short, stable hash of `text` (FNV-1a, 32 bits, as 8 hex digits), used to
/// recognise a sentence again when its offsets have moved.
pub fn short_hash(text: &str) -> String {
    SentenceHash::of(text).as_str().to_string()
}

/// [`short_hash`] kept in eight bytes, as every sentence of a document
/// carries one (six million sentences: 48 MB, where strings took about 170).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SentenceHash([u8; 8]);

impl SentenceHash {
    /// The hash of `text`: FNV-1a, 32 bits, as eight hex digits.
    pub fn of(text: &str) -> Self {
        let mut hash: u32 = 0x811c_9dc5;
        for byte in text.as_bytes() {
            hash ^= u32::from(*byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        let mut digits = [b'0'; 8];
        for (at, digit) in digits.iter_mut().enumerate() {
            let nibble = (hash >> (28 - 4 * at)) & 0xf;
            *digit = b"0123456789abcdef"[nibble as usize];
        }
        Self(digits)
    }

    /// The eight hex digits.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl std::fmt::Debug for SentenceHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl std::fmt::Display for SentenceHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<String> for SentenceHash {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

/// The title of a document: its first non-empty line, trimmed and shortened
/// to [`TITLE_MAX_CHARS`], or `fallback` when the text has no such line.
pub fn title_from_text(text: &str, fallback: &str) -> String {
    let first_line = text
        .lines()
        .map(|line| line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .find(|line| !line.is_empty());
    match first_line {
        Some(line) if line.chars().count() > TITLE_MAX_CHARS => {
            let mut short: String = line.chars().take(TITLE_MAX_CHARS - 1).collect();
            short.push('…');
            short
        }
        Some(line) => line.to_string(),
        None => fallback.to_string(),
    }
}

/// Byte offset of every code point of `text`, plus `text.len()` at the end,
/// so that code-point ranges can be sliced in O(1).
pub fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(at, _)| at).chain(std::iter::once(text.len())).collect()
}

/// Whether `c` belongs to the character before it: a combining mark (the
/// Arabic harakat, shadda, superscript alef, Quranic marks, and the
/// general combining blocks), a joiner, a variation selector, an emoji
/// skin tone or tag.
fn extends(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}'
        | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

/// The characters a reader sees in `text` (a letter with its diacritics,
/// an emoji with its skin tone; a zero-width joiner joins the next code
/// point too), as code point ranges `(start, end)`, in order.
pub fn characters(text: &str) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut joined = false;
    for (at, c) in text.chars().enumerate() {
        match found.last_mut() {
            Some(last) if extends(c) || joined => last.1 = at + 1,
            _ => found.push((at, at + 1)),
        }
        joined = c == '\u{200D}';
    }
    found
}

/// `start..end` of `text` widened to whole characters ([`characters`]): a
/// range never parts a letter from its diacritics.
pub fn whole_characters(text: &str, start: usize, end: usize) -> (usize, usize) {
    let clusters = characters(text);
    let start = clusters.iter().rev().map(|c| c.0).find(|&from| from <= start).unwrap_or(start);
    let end = clusters.iter().map(|c| c.1).find(|&to| to >= end).unwrap_or(end);
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_distinguishes_texts() {
        assert_eq!(short_hash(""), "811c9dc5");
        assert_eq!(short_hash("جملة"), short_hash("جملة"));
        assert_ne!(short_hash("جملة"), short_hash("جملة."));
        assert_eq!(short_hash("a").len(), 8);
        for text in ["", "a", "جملة.", "x".repeat(1000).as_str()] {
            assert_eq!(SentenceHash::of(text).as_str(), short_hash(text));
        }
    }

    #[test]
    fn title_is_the_first_non_empty_line() {
        assert_eq!(title_from_text("\n  10 سبتمبر 2025 \nنص", "ملف"), "10 سبتمبر 2025");
        assert_eq!(title_from_text("\u{feff}عنوان\n", "ملف"), "عنوان");
        assert_eq!(title_from_text(" \n\t", "ملف"), "ملف");
    }

    #[test]
    fn long_titles_are_shortened_on_a_code_point() {
        let long = "ب".repeat(200);
        let title = title_from_text(&long, "x");
        assert_eq!(title.chars().count(), TITLE_MAX_CHARS);
        assert!(title.ends_with('…'));
    }

    #[test]
    fn byte_offsets_map_code_points() {
        let offsets = byte_offsets("aب😀");
        assert_eq!(offsets, vec![0, 1, 3, 7]);
    }
}
