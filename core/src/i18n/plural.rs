//! Where a number meets a noun: the plural category of a count in each
//! language, by the CLDR rules. Arabic has six (zero; one; two; few, 3–10;
//! many, 11–99; other, 100 and up and what else remains, by the last two
//! digits), English two (one; other).

use super::lang::Lang;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    /// Arabic 0.
    Zero,
    /// 1.
    One,
    /// Arabic 2.
    Two,
    /// Arabic 3–10 (by the last two digits: 103 too).
    Few,
    /// Arabic 11–99 (by the last two digits: 111 too).
    Many,
    /// Everything else.
    Other,
}

/// The plural category of `n` in `lang`.
pub fn category(lang: Lang, n: usize) -> Plural {
    match lang {
        Lang::Arabic => match (n, n % 100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
        Lang::English => match n {
            1 => Plural::One,
            _ => Plural::Other,
        },
    }
}

/// `n` with a comma between thousands, as the interface shows large
/// counts: `5,000`.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Picks the words for count `$n` in Arabic by its plural category; each
/// form is a `format!` string whose `{…}` names are checked when compiled.
#[macro_export]
macro_rules! arabic {
    ($n:expr, zero: $zero:literal, one: $one:literal, two: $two:literal, few: $few:literal, many: $many:literal, other: $other:literal $(,)?) => {{
        #[allow(clippy::useless_format)]
        let words = match $crate::i18n::plural::category($crate::i18n::lang::Lang::Arabic, $n) {
            $crate::i18n::plural::Plural::Zero => format!($zero),
            $crate::i18n::plural::Plural::One => format!($one),
            $crate::i18n::plural::Plural::Two => format!($two),
            $crate::i18n::plural::Plural::Few => format!($few),
            $crate::i18n::plural::Plural::Many => format!($many),
            $crate::i18n::plural::Plural::Other => format!($other),
        };
        words
    }};
}

/// Picks the words for count `$n` in English: one or other.
#[macro_export]
macro_rules! english {
    ($n:expr, one: $one:literal, other: $other:literal $(,)?) => {{
        #[allow(clippy::useless_format)]
        let words = match $crate::i18n::plural::category($crate::i18n::lang::Lang::English, $n) {
            $crate::i18n::plural::Plural::One => format!($one),
            _ => format!($other),
        };
        words
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_has_six_categories_by_the_last_two_digits() {
        let seen: Vec<Plural> =
            [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000].map(|n| category(Lang::Arabic, n)).to_vec();
        use Plural::*;
        assert_eq!(seen, [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many, Other]);
    }

    #[test]
    fn english_has_one_and_other() {
        assert_eq!(
            [0, 1, 2, 21].map(|n| category(Lang::English, n)),
            [Plural::Other, Plural::One, Plural::Other, Plural::Other]
        );
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(
            [0, 999, 1000, 5000, 100000, 1234567].map(grouped),
            ["0", "999", "1,000", "5,000", "100,000", "1,234,567"]
        );
    }
}
