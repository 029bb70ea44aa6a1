//! Making a web page's markup inert before the browser parses it for its
//! text: inline styles, `<style>` elements and event handlers are renamed,
//! so parsing asks nothing of the page's Content-Security-Policy (which
//! would refuse them and report each one). Only tags change; the text
//! between them is left exactly as it was.

/// The prefix given to renamed attributes and elements.
pub const INERT_PREFIX: &str = "x-inert-";

/// `markup` with every `style` and `on…` attribute, and every `<style>`
/// tag, renamed with [`INERT_PREFIX`].
pub fn inert_markup(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len() + 64);
    let mut chars = markup.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        out.push(c);
        let next = chars.peek().map(|(_, next)| *next);
        if c != '<' || !next.is_some_and(|next| next.is_ascii_alphabetic() || next == '/') {
            continue;
        }
        // Inside a tag: its name, then attributes until an unquoted `>`.
        let rest = &markup[at + 1..];
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name: String = rest[name_start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        if closing {
            out.push('/');
            chars.next();
        }
        if name.eq_ignore_ascii_case("style") {
            out.push_str(INERT_PREFIX);
        }
        let mut quote: Option<char> = None;
        let mut after_space = false;
        for (at, c) in chars.by_ref() {
            match quote {
                Some(open) if c == open => quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c == '>' => {
                    out.push(c);
                    break;
                }
                None if after_space && c.is_ascii_alphabetic() => {
                    let attribute: String =
                        markup[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    let lower = attribute.to_ascii_lowercase();
                    if lower == "style" || lower.starts_with("on") {
                        out.push_str(INERT_PREFIX);
                    }
                }
                None => {}
            }
            after_space = quote.is_none() && (c.is_whitespace() || c == '/');
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_and_handlers_are_renamed_and_text_is_kept() {
        let page = r#"<STYLE>p{}</style><p style="color:red" title='a > b' onclick=go()>style=نص onload</p><img src=x onerror="x()">"#;
        assert_eq!(
            inert_markup(page),
            r#"<x-inert-STYLE>p{}</x-inert-style><p x-inert-style="color:red" title='a > b' x-inert-onclick=go()>style=نص onload</p><img src=x x-inert-onerror="x()">"#
        );
        assert_eq!(inert_markup("a < b and <3 نص"), "a < b and <3 نص");
    }
}
