//! An imported file's annotation of a sentence set beside the app's, layer
//! by layer (labels, spans, note, heading). A file says nothing of a layer
//! it leaves empty: a doccano span file has no sentence labels, a label
//! file no spans. So a merge takes each layer from whichever side has it
//! (only labels or notes both sides hold, differently, are a conflict, and
//! spans are joined), and a replacing import replaces only the layers the
//! file holds somewhere ([`Carries`]): the rest of the app's work stays.

use crate::model::annotations::SentenceAnnotation;
use crate::model::labels::LabelId;
use crate::model::spans::tidy;
use std::collections::BTreeSet;

/// The layers a file holds on at least one of its sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Carries {
    /// Sentence labels.
    pub labels: bool,
    /// Spans.
    pub spans: bool,
    /// Notes.
    pub notes: bool,
    /// Headings.
    pub headings: bool,
}

impl Carries {
    /// What a file's `annotations` hold, over them all.
    pub fn of<'a>(annotations: impl IntoIterator<Item = &'a SentenceAnnotation>) -> Self {
        let mut carries = Carries::default();
        for annotation in annotations {
            carries.labels |= !annotation.labels.is_empty();
            carries.spans |= !annotation.spans.is_empty();
            carries.notes |= !annotation.note.is_empty();
            carries.headings |= annotation.heading;
        }
        carries
    }
}

/// Whether the two label lists hold different labels (their order aside).
pub fn labels_differ(mine: &[LabelId], theirs: &[LabelId]) -> bool {
    mine.iter().collect::<BTreeSet<_>>() != theirs.iter().collect::<BTreeSet<_>>()
}

/// Whether a merge must ask: both sides hold labels, or notes, that differ.
pub fn conflicts(mine: &SentenceAnnotation, theirs: &SentenceAnnotation) -> bool {
    let labels = !mine.labels.is_empty() && !theirs.labels.is_empty() && labels_differ(&mine.labels, &theirs.labels);
    labels || !mine.note.is_empty() && !theirs.note.is_empty() && mine.note != theirs.note
}

/// A merge of the file's annotation into the app's: each layer from the
/// side that holds it; where both hold labels or notes, the file's when
/// `take_theirs`, else the app's; spans joined. Whether it is a suggestion
/// follows the side its labels came from.
pub fn merged(mine: Option<&SentenceAnnotation>, theirs: SentenceAnnotation, take_theirs: bool) -> SentenceAnnotation {
    let Some(mine) = mine else { return theirs };
    let theirs_labels = !theirs.labels.is_empty() && (mine.labels.is_empty() || take_theirs);
    let theirs_note = !theirs.note.is_empty() && (mine.note.is_empty() || take_theirs);
    let mut spans = mine.spans.clone();
    spans.extend(theirs.spans.iter().copied());
    tidy(&mut spans);
    let (labels, suggested) = match theirs_labels {
        true => (theirs.labels, theirs.suggested),
        false => (mine.labels.clone(), mine.suggested || (mine.labels.is_empty() && theirs.suggested)),
    };
    checked(SentenceAnnotation {
        labels,
        note: if theirs_note { theirs.note } else { mine.note.clone() },
        suggested,
        heading: mine.heading || theirs.heading,
        spans,
    })
}

/// A replacing import's annotation of a sentence: the layers the file
/// `carries` from `theirs` (nothing, for a sentence the file leaves bare),
/// the others from `mine`.
pub fn replaced(
    mine: Option<&SentenceAnnotation>,
    theirs: Option<SentenceAnnotation>,
    carries: Carries,
) -> SentenceAnnotation {
    let mine = mine.cloned().unwrap_or_default();
    let theirs = theirs.unwrap_or_default();
    let labels_from_file = carries.labels;
    checked(SentenceAnnotation {
        labels: if labels_from_file { theirs.labels } else { mine.labels },
        spans: if carries.spans { theirs.spans } else { mine.spans },
        note: if carries.notes { theirs.note } else { mine.note },
        heading: if carries.headings { theirs.heading } else { mine.heading },
        suggested: if labels_from_file { theirs.suggested } else { mine.suggested },
    })
}

/// `annotation`, never a suggestion without labels or spans.
fn checked(mut annotation: SentenceAnnotation) -> SentenceAnnotation {
    annotation.suggested &= !annotation.labels.is_empty() || !annotation.spans.is_empty();
    annotation
}
