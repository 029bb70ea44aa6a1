//! Finding text as Arabic readers expect: diacritics (tashkeel) and tatweel
//! ignored; أ إ آ ٱ as ا, ى and ی as ي, ة as ه, ؤ as و, ئ as ي, ک as ك;
//! Arabic-Indic and Persian digits as ASCII digits; Latin letters in any
//! case. Matching runs on a folded copy of the text that remembers, for
//! each folded character, the code point it came from, so every match maps
//! back to an exact range of the original text.

use std::ops::Range;

/// How to match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchOptions {
    /// Fold Arabic spelling variants, diacritics and digits (on by default).
    pub arabic: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        Self { arabic: true }
    }
}

/// Whether `c` is dropped when folding Arabic: tashkeel, Quranic marks,
/// the superscript alef and tatweel.
fn is_ignored(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

/// The Arabic folding of one character (`None`: dropped).
fn fold_arabic(c: char) -> Option<char> {
    if is_ignored(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ئ' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        other => other,
    })
}

/// `text` folded for matching, and for each folded character the code
/// point index in `text` it came from.
pub fn fold(text: &str, options: SearchOptions) -> (Vec<char>, Vec<usize>) {
    let mut folded = Vec::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (index, c) in text.chars().enumerate() {
        let c = if options.arabic { fold_arabic(c) } else { Some(c) };
        let Some(c) = c else {
            continue;
        };
        if c.is_uppercase() {
            for lower in c.to_lowercase() {
                folded.push(lower);
                origin.push(index);
            }
        } else {
            folded.push(c);
            origin.push(index);
        }
    }
    (folded, origin)
}

/// `text` folded for matching, as a string (no map back): what an index
/// scans to find the texts worth folding with their map.
pub fn fold_string(text: &str, options: SearchOptions) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let Some(c) = (if options.arabic { fold_arabic(c) } else { Some(c) }) else {
            continue;
        };
        if c.is_uppercase() {
            folded.extend(c.to_lowercase());
        } else {
            folded.push(c);
        }
    }
    folded
}

/// A text folded once and searched many times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    chars: Vec<char>,
    origin: Vec<usize>,
    length: usize,
}

impl Folded {
    /// Folds `text` with `options`.
    pub fn new(text: &str, options: SearchOptions) -> Self {
        let (chars, origin) = fold(text, options);
        Self { chars, origin, length: text.chars().count() }
    }

    /// Every match of `query` (folded with the same options), as code-point
    /// ranges of the original text, in order and not overlapping. Marks
    /// that follow the last matched letter belong to the match; a query
    /// that folds to nothing matches nothing.
    pub fn find(&self, query: &[char]) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        if query.is_empty() || query.len() > self.chars.len() {
            return found;
        }
        let mut at = 0;
        while at + query.len() <= self.chars.len() {
            if self.chars[at..at + query.len()] == *query {
                let start = self.origin[at];
                let last = self.origin[at + query.len() - 1] + 1;
                let end = self.origin.get(at + query.len()).copied().unwrap_or(self.length).max(last);
                found.push(start..end);
                at += query.len();
            } else {
                at += 1;
            }
        }
        found
    }
}

/// The query as it is matched: folded with `options`, spaces trimmed.
pub fn fold_query(query: &str, options: SearchOptions) -> Vec<char> {
    fold(query.trim(), options).0
}

/// Every match of `query` in `text`, as code-point ranges of `text`.
pub fn find_all(text: &str, query: &str, options: SearchOptions) -> Vec<Range<usize>> {
    Folded::new(text, options).find(&fold_query(query, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_and_marks_match_and_map_back() {
        let text = "قال: إنّ الإسلامَ دينٌ، والاسلام كذلك.";
        let found = find_all(text, "الاسلام", SearchOptions::default());
        let chars: Vec<char> = text.chars().collect();
        let pieces: Vec<String> = found.iter().map(|range| chars[range.clone()].iter().collect()).collect();
        assert_eq!(pieces, ["الإسلامَ", "الاسلام"]);
        assert!(find_all(text, "الاسلام", SearchOptions { arabic: false }).len() == 1);
        assert_eq!(find_all("مدرسة ومدرسه", "مدرسه", SearchOptions::default()).len(), 2);
        assert_eq!(find_all("عام ٢٠٢٥ و۲۰۲۵ و2025", "2025", SearchOptions::default()).len(), 3);
        assert_eq!(find_all("Hamish HAMISH", "hamish", SearchOptions { arabic: false }).len(), 2);
        assert_eq!(find_all("كتـــاب", "كتاب", SearchOptions::default()).first(), Some(&(0..7)));
        assert!(find_all("نص", "  ", SearchOptions::default()).is_empty());
    }
}
