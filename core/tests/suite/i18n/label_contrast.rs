//! Label colours keep text readable: every label's text colour on its
//! background has a WCAG contrast ratio of at least 4.5:1, in the light and
//! the dark theme, as the stylesheet defines them.

use hamish_core::model::labels::LabelColor;

const STYLE: &str = include_str!("../../../../static/style.css");

fn channel(hex: &str) -> f64 {
    let value = f64::from(u8::from_str_radix(hex, 16).expect("a hex byte")) / 255.0;
    if value <= 0.039_28 {
        value / 12.92
    } else {
        ((value + 0.055) / 1.055).powf(2.4)
    }
}

fn luminance(color: &str) -> f64 {
    let hex = color.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "colour {color}");
    0.2126 * channel(&hex[0..2]) + 0.7152 * channel(&hex[2..4]) + 0.0722 * channel(&hex[4..6])
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every `.label-<name> { --label-bg: ...; --label-fg: ...; }` rule, in order
/// (the light theme's first, then the dark theme's).
fn rules(name: &str) -> Vec<(String, String)> {
    let selector = format!(".label-{name} ");
    STYLE
        .lines()
        .filter(|line| {
            let rule = line.trim_start().trim_start_matches("[data-theme=\"dark\"] ");
            rule.starts_with(&selector) && line.contains("--label-bg")
        })
        .map(|line| {
            let value = |var: &str| -> String {
                let start = line.find(var).map(|at| at + var.len() + 1).expect("the variable");
                line[start..].trim_start().chars().take(7).collect()
            };
            (value("--label-bg"), value("--label-fg"))
        })
        .collect()
}

#[test]
fn every_label_colour_is_readable_in_light_and_dark() {
    for color in LabelColor::ALL {
        let themes = rules(color.name());
        assert_eq!(themes.len(), 2, "{} needs a light and a dark rule", color.name());
        for (background, text) in themes {
            let ratio = contrast(&background, &text);
            assert!(ratio >= 4.5, "{}: {text} on {background} is {ratio:.2}:1", color.name());
        }
    }
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
}
