//! Actions on the state: editing, undo, suggestions, spans.

mod editing;
mod first_view;
mod marking_spans;
mod span_mode;
mod suggestions;
mod transactions;
