//! Text as given: documents kept exactly as imported and split into
//! sentences (code points everywhere), the bundled seeds, encodings of
//! opened bytes, web pages made inert, and Arabic-aware matching. Knows
//! nothing of labels or of the work.

pub mod basics;
pub mod document;
pub mod encoding;
pub mod markup;
pub mod search;
pub mod seeds;
pub mod segment;
pub mod segment_score;
