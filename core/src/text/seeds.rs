//! The documents compiled into the app from `seeds/` by `build.rs`.

use crate::text::document::{Document, DocumentId, DocumentSource};

/// One `seeds/*.txt` file as compiled in.
#[derive(Clone, Copy, Debug)]
pub struct BundledSeed {
    /// File stem: the document's stable id.
    pub id: &'static str,
    /// File name: the title when the text has no first line.
    pub file_name: &'static str,
    /// The file's text, exactly.
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// Every bundled document, segmented, in file-name order.
pub fn bundled_documents() -> Vec<Document> {
    BUNDLED_SEEDS
        .iter()
        .map(|seed| {
            Document::new(
                DocumentId(seed.id.to_string().into()),
                seed.text.to_string(),
                seed.file_name,
                DocumentSource::Bundled,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_file_is_bundled_with_its_stem_as_id() {
        let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../seeds"))
            .expect("seeds/ exists")
            .filter_map(Result::ok)
            .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "txt"))
            .count();
        assert!(files >= 1);
        assert_eq!(BUNDLED_SEEDS.len(), files);
        let documents = bundled_documents();
        assert_eq!(documents[0].id.as_str(), "000_b3b0a9f3aba3c7df");
        assert_eq!(documents[0].title, "10 سبتمبر 2025");
        assert_eq!(documents[0].text(), BUNDLED_SEEDS[0].text);
    }
}
