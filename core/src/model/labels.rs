//! The label set: names, colours and keys.

use crate::i18n::lang::Lang;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A label's stable id: survives renames and reordering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LabelId(pub u32);

impl fmt::Display for LabelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The colours a label can have. Each has a light and a dark rendering in
/// the stylesheet, both with text contrast of at least 4.5:1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelColor {
    /// Blue.
    Blue,
    /// Green.
    Green,
    /// Amber.
    Amber,
    /// Purple.
    Purple,
    /// Grey.
    Grey,
    /// Red.
    Red,
    /// Teal.
    Teal,
    /// Pink.
    Pink,
}

impl LabelColor {
    /// Every colour, in the order the colour picker shows them.
    pub const ALL: [LabelColor; 8] = [
        LabelColor::Blue,
        LabelColor::Green,
        LabelColor::Amber,
        LabelColor::Purple,
        LabelColor::Grey,
        LabelColor::Red,
        LabelColor::Teal,
        LabelColor::Pink,
    ];

    /// The colour's name in stored data and CSS classes (`label-blue`).
    pub fn name(self) -> &'static str {
        match self {
            LabelColor::Blue => "blue",
            LabelColor::Green => "green",
            LabelColor::Amber => "amber",
            LabelColor::Purple => "purple",
            LabelColor::Grey => "grey",
            LabelColor::Red => "red",
            LabelColor::Teal => "teal",
            LabelColor::Pink => "pink",
        }
    }

    /// The colour for the label at `position`: new labels cycle the palette.
    pub fn for_position(position: usize) -> LabelColor {
        Self::ALL[position % Self::ALL.len()]
    }
}

/// What a label can be put on: whole sentences, spans inside them, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelScope {
    /// Whole sentences (labels made before spans existed are these).
    #[default]
    Sentence,
    /// Words and phrases inside a sentence.
    Span,
    /// Either.
    Both,
}

impl LabelScope {
    /// Every scope, in the order the label editor offers them.
    pub const ALL: [LabelScope; 3] = [LabelScope::Sentence, LabelScope::Span, LabelScope::Both];

    /// The scope's name in stored data and files.
    pub fn name(self) -> &'static str {
        match self {
            LabelScope::Sentence => "sentence",
            LabelScope::Span => "span",
            LabelScope::Both => "both",
        }
    }

    /// The scope named `name`, if any.
    pub fn from_name(name: &str) -> Option<LabelScope> {
        Self::ALL.into_iter().find(|scope| scope.name() == name)
    }

    /// Whether a label of this scope applies to `target`.
    pub fn applies_to(self, target: Target) -> bool {
        matches!(
            (self, target),
            (LabelScope::Both, _) | (LabelScope::Sentence, Target::Sentences) | (LabelScope::Span, Target::Spans)
        )
    }

    /// Whether it is [`LabelScope::Sentence`] (left out of stored data).
    pub fn is_sentence(&self) -> bool {
        *self == LabelScope::Sentence
    }
}

/// What the label keys act on: the selected sentences, or the span being
/// marked inside one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// Whole sentences.
    Sentences,
    /// A span inside a sentence.
    Spans,
}

/// Why a label key does nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMiss<'a> {
    /// No label has that key.
    NoLabel,
    /// The key's label is for the other target (spans only while
    /// sentences are labeled, or sentences only while spans are).
    OtherTarget(&'a Label),
}

/// One label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Stable id.
    pub id: LabelId,
    /// Arabic name (shown in the Arabic interface and in `data-labels`).
    pub name: String,
    /// English name; empty means "same as `name`".
    #[serde(default)]
    pub name_en: String,
    /// Colour.
    pub color: LabelColor,
    /// What it can be put on (sentences when not said).
    #[serde(default, skip_serializing_if = "LabelScope::is_sentence")]
    pub scope: LabelScope,
}

impl Label {
    /// The name to show in `lang`.
    pub fn display_name(&self, lang: Lang) -> &str {
        match lang {
            Lang::English if !self.name_en.trim().is_empty() => &self.name_en,
            _ => &self.name,
        }
    }

    /// The name as one token for `data-labels` (spaces become `_`).
    pub fn token(&self) -> String {
        self.name.split_whitespace().collect::<Vec<_>>().join("_")
    }
}

/// Longest label name, in code points.
pub const LABEL_NAME_MAX_CHARS: usize = 40;

/// The labels in order, and whether a sentence may carry several.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSet {
    /// Labels in palette order: the first nine get keys `1`..`9`.
    pub labels: Vec<Label>,
    /// Several labels per sentence (`true`) or one (`false`).
    pub multiple: bool,
}

/// The bundled labels' names: Arabic, and the English translation that
/// goes with it.
const BUNDLED_NAMES: [(&str, &str); 5] =
    [("ادعاء", "claim"), ("دليل", "evidence"), ("رأي", "opinion"), ("سؤال", "question"), ("خلفية", "background")];

impl Label {
    /// Whether its English name is a name of its own, set apart from the
    /// Arabic one (not empty, and not the bundled translation of the Arabic
    /// name): a rename of the Arabic name leaves such a name alone, while a
    /// translation that came with the old name follows the rename.
    pub fn english_set_apart(&self) -> bool {
        let bundled = BUNDLED_NAMES.iter().any(|(name, name_en)| *name == self.name && *name_en == self.name_en);
        !self.name_en.trim().is_empty() && !bundled
    }
}

impl Default for LabelSet {
    /// The set for argument analysis in class.
    fn default() -> Self {
        let labels = BUNDLED_NAMES
            .iter()
            .enumerate()
            .map(|(index, (name, name_en))| Label {
                id: LabelId(index as u32 + 1),
                name: (*name).to_string(),
                name_en: (*name_en).to_string(),
                color: LabelColor::for_position(index),
                scope: LabelScope::Sentence,
            })
            .collect();
        Self { labels, multiple: true }
    }
}

impl LabelSet {
    /// The label with `id`.
    pub fn get(&self, id: LabelId) -> Option<&Label> {
        self.labels.iter().find(|label| label.id == id)
    }

    /// Palette position of `id`.
    pub fn position(&self, id: LabelId) -> Option<usize> {
        self.labels.iter().position(|label| label.id == id)
    }

    /// The labels that apply to `target`, in palette order: the palette
    /// shows these, and the keys `1`..`9` go to the first nine.
    pub fn for_target(&self, target: Target) -> impl Iterator<Item = &Label> {
        self.labels.iter().filter(move |label| label.scope.applies_to(target))
    }

    /// The label that key `digit` (1..9) toggles on `target`: the label at
    /// that place in the whole set, so a label keeps its key whether
    /// sentences or spans are being labeled; or why the key does nothing.
    pub fn by_key(&self, digit: u8, target: Target) -> Result<&Label, KeyMiss<'_>> {
        let position = usize::from(digit).checked_sub(1).filter(|position| *position < 9).ok_or(KeyMiss::NoLabel)?;
        let label = self.labels.get(position).ok_or(KeyMiss::NoLabel)?;
        match label.scope.applies_to(target) {
            true => Ok(label),
            false => Err(KeyMiss::OtherTarget(label)),
        }
    }

    /// The key (`'1'`..`'9'`) of the label at `position` in the set, if it
    /// has one.
    pub fn key_of(position: usize) -> Option<char> {
        (position < 9).then(|| char::from(b'1' + position as u8))
    }

    /// Whether some label applies to spans.
    pub fn has_span_labels(&self) -> bool {
        self.for_target(Target::Spans).next().is_some()
    }

    /// An id no label has yet.
    pub fn next_id(&self) -> LabelId {
        LabelId(self.labels.iter().map(|label| label.id.0).max().unwrap_or(0) + 1)
    }

    /// `ids` in palette order, unknown ids dropped.
    pub fn sorted(&self, ids: &[LabelId]) -> Vec<LabelId> {
        self.labels.iter().map(|label| label.id).filter(|id| ids.contains(id)).collect()
    }
}

/// Cleans a label name typed by a user: trimmed, one line, at most
/// [`LABEL_NAME_MAX_CHARS`] code points. `None` when nothing is left.
pub fn clean_label_name(name: &str) -> Option<String> {
    let one_line: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = one_line.chars().take(LABEL_NAME_MAX_CHARS).collect();
    (!short.is_empty()).then_some(short)
}

/// The name of a label colour.
pub fn color_name(color: LabelColor) -> Text {
    match color {
        LabelColor::Blue => Text::ColorBlue,
        LabelColor::Green => Text::ColorGreen,
        LabelColor::Amber => Text::ColorAmber,
        LabelColor::Purple => Text::ColorPurple,
        LabelColor::Grey => Text::ColorGrey,
        LabelColor::Red => Text::ColorRed,
        LabelColor::Teal => Text::ColorTeal,
        LabelColor::Pink => Text::ColorPink,
    }
}

/// The name of a label scope in the label editor.
pub fn scope_name(scope: LabelScope) -> Text {
    match scope {
        LabelScope::Sentence => Text::ScopeSentence,
        LabelScope::Span => Text::ScopeSpan,
        LabelScope::Both => Text::ScopeBoth,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_set_is_for_argument_analysis_with_keys_in_order() {
        let set = LabelSet::default();
        let names: Vec<_> = set.labels.iter().map(|label| label.name.as_str()).collect();
        assert_eq!(names, ["ادعاء", "دليل", "رأي", "سؤال", "خلفية"]);
        assert_eq!(set.by_key(1, Target::Sentences).map(|label| label.name_en.as_str()), Ok("claim"));
        assert_eq!(set.by_key(5, Target::Sentences).map(|label| label.name_en.as_str()), Ok("background"));
        assert_eq!(set.by_key(6, Target::Sentences), Err(KeyMiss::NoLabel));
        assert_eq!(set.by_key(0, Target::Sentences), Err(KeyMiss::NoLabel));
        assert_eq!(
            set.by_key(1, Target::Spans),
            Err(KeyMiss::OtherTarget(&set.labels[0])),
            "the default labels are for sentences"
        );
        assert_eq!(LabelSet::key_of(0), Some('1'));
        assert_eq!(LabelSet::key_of(8), Some('9'));
        assert_eq!(LabelSet::key_of(9), None);
        let colours: std::collections::HashSet<_> = set.labels.iter().map(|label| label.color).collect();
        assert_eq!(colours.len(), 5, "each default label has its own colour");
    }

    #[test]
    fn names_follow_the_interface_language() {
        let set = LabelSet::default();
        assert_eq!(set.labels[0].display_name(Lang::Arabic), "ادعاء");
        assert_eq!(set.labels[0].display_name(Lang::English), "claim");
        let bare = Label { name_en: String::new(), ..set.labels[0].clone() };
        assert_eq!(bare.display_name(Lang::English), "ادعاء");
    }

    #[test]
    fn names_are_cleaned_and_tokens_have_no_spaces() {
        assert_eq!(clean_label_name("  ادعاء\n رئيسي "), Some("ادعاء رئيسي".to_string()));
        assert_eq!(clean_label_name(" \t"), None);
        assert_eq!(clean_label_name(&"x".repeat(100)).map(|name| name.chars().count()), Some(LABEL_NAME_MAX_CHARS));
        let label = Label {
            id: LabelId(9),
            name: "ادعاء رئيسي".into(),
            name_en: String::new(),
            color: LabelColor::Red,
            scope: LabelScope::Sentence,
        };
        assert_eq!(label.token(), "ادعاء_رئيسي");
    }

    #[test]
    fn a_label_keeps_its_key_on_sentences_and_spans_and_a_key_for_the_other_says_so() {
        let mut set = LabelSet::default();
        set.labels[1].scope = LabelScope::Span;
        set.labels[3].scope = LabelScope::Both;
        let name = |digit, target| set.by_key(digit, target).map(|label| label.name_en.clone()).ok();
        assert_eq!(name(3, Target::Sentences).as_deref(), Some("opinion"));
        assert_eq!(name(2, Target::Spans).as_deref(), Some("evidence"));
        assert_eq!(name(4, Target::Spans).as_deref(), Some("question"), "a label for both keeps key 4 on spans");
        assert_eq!(name(4, Target::Sentences).as_deref(), Some("question"), "and on sentences");
        assert_eq!(
            set.by_key(2, Target::Sentences),
            Err(KeyMiss::OtherTarget(&set.labels[1])),
            "evidence is for spans"
        );
        assert_eq!(set.by_key(1, Target::Spans), Err(KeyMiss::OtherTarget(&set.labels[0])), "claim is for sentences");
        assert_eq!(set.by_key(9, Target::Spans), Err(KeyMiss::NoLabel));
        assert!(set.has_span_labels());
        assert!(!LabelSet::default().has_span_labels());
    }

    #[test]
    fn a_scope_is_stored_only_when_it_is_not_sentence() {
        let mut label = LabelSet::default().labels[0].clone();
        let json = serde_json::to_string(&label).unwrap_or_default();
        assert!(!json.contains("scope"), "{json}");
        label.scope = LabelScope::Span;
        let json = serde_json::to_string(&label).unwrap_or_default();
        assert!(json.contains(r#""scope":"span""#), "{json}");
        let back: Label = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, label);
        assert_eq!(LabelScope::from_name("both"), Some(LabelScope::Both));
        assert_eq!(LabelScope::from_name("x"), None);
    }

    #[test]
    fn new_ids_are_fresh_and_sorting_follows_the_palette() {
        let set = LabelSet::default();
        assert_eq!(set.next_id(), LabelId(6));
        assert_eq!(set.sorted(&[LabelId(3), LabelId(99), LabelId(1)]), vec![LabelId(1), LabelId(3)]);
    }
}
