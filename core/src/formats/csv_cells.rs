//! CSV cells that spreadsheets open as written: RFC 4180 quoting, and free
//! text made inert against CSV injection as OWASP advises, in a way that
//! Hamish can undo when it reads its own CSV back.

/// The characters that make a spreadsheet read a cell as a formula when
/// they start it (OWASP's list: `=`, `+`, `-`, `@`, tab, carriage return).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` needs the leading apostrophe: it starts with a formula
/// character, or with apostrophes followed by one (so that taking one
/// apostrophe off on reading gives back exactly the text written).
fn needs_apostrophe(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// One CSV cell of free text, safe for spreadsheets. Following OWASP's
/// advice on CSV injection, text starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading apostrophe `'` (so it is shown as
/// text, never run as a formula) and is then quoted; so does text whose
/// leading apostrophes are followed by one of these, so the rule can be
/// undone by [`spreadsheet_text`]. Any cell holding a comma, a double
/// quote, a carriage return or a line feed is quoted, with its double
/// quotes doubled (RFC 4180). Meant for text only: numbers written by the
/// program need none of this.
pub fn spreadsheet_cell(text: &str) -> String {
    if needs_apostrophe(text) {
        format!("\"'{}\"", text.replace('"', "\"\""))
    } else if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The text a cell written by [`spreadsheet_cell`] held, once a CSV reader
/// has unquoted it: the apostrophe added before a formula character is
/// taken off; any other cell is left as it is.
pub fn spreadsheet_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_apostrophe(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a CSV reader gives back for a cell: quotes taken off, doubled
    /// quotes made single.
    fn unquoted(cell: &str) -> String {
        match cell.strip_prefix('"').and_then(|inner| inner.strip_suffix('"')) {
            Some(inner) => inner.replace("\"\"", "\""),
            None => cell.to_string(),
        }
    }

    #[test]
    fn formula_cells_get_an_apostrophe_and_reading_takes_it_off() {
        for text in ["=1+1", "+966 55", "- بند أول", "@SUM(A1)", "\tx", "\rx", "'=x", "''-x", "'", "'abc", "a-b", ""]
        {
            let cell = spreadsheet_cell(text);
            assert_eq!(spreadsheet_text(&unquoted(&cell)), text, "{cell}");
        }
        assert_eq!(spreadsheet_cell("'=x"), "\"''=x\"");
        assert_eq!(spreadsheet_cell("'abc"), "'abc");
        assert_eq!(spreadsheet_text("'abc"), "'abc");
        assert_eq!(spreadsheet_text("'=x"), "=x");
    }
}
