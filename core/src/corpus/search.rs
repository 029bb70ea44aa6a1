//! Searching every document of the work: matches listed by document and
//! sentence, each with its exact code-point range in the sentence.

use crate::model::work::Work;
use crate::text::document::{Document, DocumentId};
use crate::text::search::{fold_query, fold_string, Folded, SearchOptions};
use std::ops::Range;
use std::rc::Rc;

/// One match: the sentence it is in and where in that sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The document.
    pub doc: DocumentId,
    /// The sentence index.
    pub index: usize,
    /// The match, in code points of the sentence text.
    pub range: Range<usize>,
}

/// What a search found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// The matches kept, in document and text order.
    pub hits: Vec<Hit>,
    /// Every match found, kept or not.
    pub total: usize,
}

/// The matches of `query` in `document`, as sentence hits (a match that
/// runs past its sentence's end is cut at it; one in a gap between
/// sentences is not a hit).
pub fn search_document(document: &Document, query: &[char], options: SearchOptions) -> Vec<Hit> {
    let sentences = document.sentences();
    Folded::new(document.text(), options)
        .find(query)
        .into_iter()
        .filter_map(|range| {
            let index = sentences.partition_point(|sentence| sentence.end <= range.start);
            let sentence = sentences.get(index).filter(|sentence| sentence.start <= range.start)?;
            let end = range.end.min(sentence.end);
            Some(Hit { doc: document.id.clone(), index, range: range.start - sentence.start..end - sentence.start })
        })
        .collect()
}

/// The matches of `query` across the work's documents in sight, at most
/// `limit` kept (all counted).
pub fn search_work(work: &Work, query: &str, options: SearchOptions, limit: usize) -> SearchResults {
    search_documents(&work.shown_documents(), query, options, limit)
}

/// The matches of `query` across `documents`, at most `limit` kept (all counted).
pub fn search_documents(
    documents: &[Rc<Document>],
    query: &str,
    options: SearchOptions,
    limit: usize,
) -> SearchResults {
    let query = fold_query(query, options);
    let mut results = SearchResults::default();
    if query.is_empty() {
        return results;
    }
    for document in documents {
        let hits = search_document(document, &query, options);
        results.total += hits.len();
        let room = limit.saturating_sub(results.hits.len());
        results.hits.extend(hits.into_iter().take(room));
    }
    results
}

/// Every document's text folded once, so that a query scans plain strings
/// and folds again, with the map back to the text, only the documents
/// that hold a match. Built when a search starts; dropped when it ends.
#[derive(Clone, Debug)]
pub struct SearchIndex {
    documents: Vec<(Rc<Document>, String)>,
    options: SearchOptions,
}

impl PartialEq for SearchIndex {
    /// The same documents (by identity) and options: the folded texts follow.
    fn eq(&self, other: &Self) -> bool {
        self.options == other.options
            && self.documents.len() == other.documents.len()
            && self.documents.iter().zip(&other.documents).all(|((a, _), (b, _))| Rc::ptr_eq(a, b))
    }
}

impl SearchIndex {
    /// The index of `documents` for matching with `options`.
    pub fn new(documents: &[Rc<Document>], options: SearchOptions) -> Self {
        let documents =
            documents.iter().map(|document| (document.clone(), fold_string(document.text(), options))).collect();
        Self { documents, options }
    }

    /// The matches of `query`, at most `limit` kept (all counted): the
    /// same as [`search_documents`] over the indexed documents.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let query = fold_query(query, self.options);
        let mut results = SearchResults::default();
        let needle: String = query.iter().collect();
        if needle.is_empty() {
            return results;
        }
        for (document, folded) in &self.documents {
            if !folded.contains(&needle) {
                continue;
            }
            let hits = search_document(document, &query, self.options);
            results.total += hits.len();
            let room = limit.saturating_sub(results.hits.len());
            results.hits.extend(hits.into_iter().take(room));
        }
        results
    }
}
