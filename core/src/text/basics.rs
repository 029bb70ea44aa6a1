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
