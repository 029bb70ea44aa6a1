//! Props shared by several components, compared by identity rather than by
//! content: comparing a long text on every render would be wasted work.

use crate::core::model::annotations::DocAnnotations;
use crate::core::text::document::Document;
use std::rc::Rc;

/// A shared document compared by identity, not by content: documents never
/// change once made, and comparing texts on every render would be wasted.
#[derive(Clone, Debug)]
pub struct DocumentRef(pub Rc<Document>);

impl PartialEq for DocumentRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A document's annotations compared by chunk identity (O(chunks)).
#[derive(Clone, Debug, Default)]
pub struct AnnotationsRef(pub Option<DocAnnotations>);

impl PartialEq for AnnotationsRef {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => a.shares_chunks_with(b),
            (None, None) => true,
            _ => false,
        }
    }
}
