//! Spans and headings in the annotation model.

mod headings;
mod span_words;
