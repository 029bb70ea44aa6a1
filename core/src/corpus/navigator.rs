//! The corpus navigator: one [`Row`] per document (its source, size and
//! progress), and the filters, search and sorts that pick which rows are
//! shown and in what order.
//!
//! Everything here is linear in the number of documents: the counts come
//! from what [`DocAnnotations`] keeps up to date, never from walking
//! sentences, so a corpus of thousands of documents is listed at once.

use crate::model::annotations::DocAnnotations;
use crate::model::labels::LabelId;
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId};
use std::cmp::Ordering;

/// How far a document's labeling has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No sentence carries a confirmed label (suggestions still to review
    /// do not count: nobody has started on it).
    NotStarted,
    /// Some confirmed labels, but not every sentence, or suggestions left.
    InProgress,
    /// Every sentence carries a confirmed label and nothing is left to
    /// review. A document without sentences has nothing to do: done.
    Done,
}

/// One document as the navigator lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Its position in the work's documents.
    pub index: usize,
    /// Its id.
    pub id: DocumentId,
    /// Its title.
    pub title: String,
    /// Where it came from: the file's name and the row's id (or number),
    /// `tweets.csv · t17`; `None` when nothing is known.
    pub source: Option<String>,
    /// Its sentences.
    pub sentences: usize,
    /// Sentences carrying confirmed labels.
    pub labeled: usize,
    /// Sentences carrying a suggestion still to review.
    pub to_review: usize,
    /// Sentences carrying a note.
    pub notes: usize,
    /// How far its labeling has come.
    pub status: Status,
    /// The labels some sentence carries (confirmed or suggested).
    labels: Vec<LabelId>,
    /// The title, folded for search and sorting.
    title_key: String,
    /// The source id (the row's id or number), folded for search.
    source_key: String,
}

impl Row {
    /// The row of `document`, at `index`, annotated by `annotations`.
    pub fn new(index: usize, document: &Document, annotations: Option<&DocAnnotations>, labels: &[LabelId]) -> Self {
        let headings = annotations.map_or(0, DocAnnotations::heading_count);
        let sentences = document.sentence_count().saturating_sub(headings);
        let labeled = annotations.map_or(0, DocAnnotations::labeled_count);
        let to_review = annotations.map_or(0, DocAnnotations::suggested_count);
        let status = if labeled >= sentences && to_review == 0 {
            Status::Done
        } else if labeled == 0 {
            Status::NotStarted
        } else {
            Status::InProgress
        };
        let origin = document.origin.as_ref();
        let source_id = origin.and_then(|origin| origin.source_id()).unwrap_or_default();
        let file = origin.map_or("", |origin| origin.file.as_str());
        let parts: Vec<&str> = [file, source_id.as_str()].into_iter().filter(|part| !part.is_empty()).collect();
        Self {
            index,
            id: document.id.clone(),
            title: document.title.clone(),
            source: (!parts.is_empty()).then(|| parts.join(" · ")),
            sentences,
            labeled,
            to_review,
            notes: annotations.map_or(0, DocAnnotations::note_count),
            status,
            labels: annotations
                .map(|annotations| labels.iter().copied().filter(|id| annotations.label_count(*id) > 0).collect())
                .unwrap_or_default(),
            title_key: fold(&document.title),
            source_key: fold(&source_id),
        }
    }

    /// Whether some sentence carries label `id`, confirmed or suggested.
    pub fn has_label(&self, id: LabelId) -> bool {
        self.labels.contains(&id)
    }

    /// Whether the row passes `filter`.
    pub fn passes(&self, filter: Filter) -> bool {
        match filter {
            Filter::All => true,
            Filter::NotStarted => self.status == Status::NotStarted,
            Filter::InProgress => self.status == Status::InProgress,
            Filter::Done => self.status == Status::Done,
            Filter::HasLabel(id) => self.has_label(id),
            Filter::HasNotes => self.notes > 0,
        }
    }

    /// Compares the share of sentences labeled (a document without
    /// sentences counts as complete), by cross-multiplying: no rounding.
    fn compare_progress(&self, other: &Row) -> Ordering {
        let share = |row: &Row| if row.sentences == 0 { (1, 1) } else { (row.labeled as u128, row.sentences as u128) };
        let ((a, b), (c, d)) = (share(self), share(other));
        (a * d).cmp(&(c * b))
    }
}

/// One row per document of `work` in sight, in document order:
/// O(documents × labels in the set), whatever the documents' sizes.
pub fn rows(work: &Work) -> Vec<Row> {
    let labels: Vec<LabelId> = work.labels().labels.iter().map(|label| label.id).collect();
    work.documents()
        .iter()
        .enumerate()
        .filter(|(_, document)| work.in_sight(&document.id))
        .map(|(index, document)| Row::new(index, document, work.annotations_of(&document.id), &labels))
        .collect()
}

/// Which documents are listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Every document.
    #[default]
    All,
    /// Documents not started ([`Status::NotStarted`]).
    NotStarted,
    /// Documents in progress ([`Status::InProgress`]).
    InProgress,
    /// Documents done ([`Status::Done`]).
    Done,
    /// Documents where some sentence carries this label.
    HasLabel(LabelId),
    /// Documents with at least one note.
    HasNotes,
}

impl Filter {
    /// The filter as a form value: `all`, `not-started`, `in-progress`,
    /// `done`, `notes` or `label-<id>`.
    pub fn value(self) -> String {
        match self {
            Filter::All => "all".into(),
            Filter::NotStarted => "not-started".into(),
            Filter::InProgress => "in-progress".into(),
            Filter::Done => "done".into(),
            Filter::HasNotes => "notes".into(),
            Filter::HasLabel(id) => format!("label-{}", id.0),
        }
    }

    /// The filter a form value names ([`Self::value`]), if any.
    pub fn parse(value: &str) -> Option<Filter> {
        match value {
            "all" => Some(Filter::All),
            "not-started" => Some(Filter::NotStarted),
            "in-progress" => Some(Filter::InProgress),
            "done" => Some(Filter::Done),
            "notes" => Some(Filter::HasNotes),
            _ => value.strip_prefix("label-")?.parse().ok().map(|id| Filter::HasLabel(LabelId(id))),
        }
    }
}

/// The order rows are listed in; ties keep document order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// The order of the work's documents.
    #[default]
    Document,
    /// By title (case, diacritics and letter variants ignored).
    Title,
    /// Least labeled share first.
    ProgressAscending,
    /// Most labeled share first.
    ProgressDescending,
}

impl Sort {
    /// Every sort, in the order a menu offers them.
    pub const ALL: [Sort; 4] = [Sort::Document, Sort::Title, Sort::ProgressAscending, Sort::ProgressDescending];

    /// The sort as a form value.
    pub fn value(self) -> &'static str {
        match self {
            Sort::Document => "document",
            Sort::Title => "title",
            Sort::ProgressAscending => "progress-ascending",
            Sort::ProgressDescending => "progress-descending",
        }
    }

    /// The sort a form value names ([`Self::value`]), if any.
    pub fn parse(value: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|sort| sort.value() == value)
    }
}

/// A search over titles and source ids, folded once: every word of the
/// query must appear in the title or in the source id. Case is ignored, and
/// so are Arabic diacritics and tatweel; أ إ آ ٱ match ا, ى matches ي, ة
/// matches ه, and Arabic-Indic digits match ASCII digits. A query equal to a
/// document's id (as exports write it) finds that document too.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    terms: Vec<String>,
    whole: String,
}

impl Search {
    /// The search for `query`.
    pub fn new(query: &str) -> Self {
        let folded = fold(query);
        Self { terms: folded.split_whitespace().map(str::to_string).collect(), whole: query.trim().to_lowercase() }
    }

    /// Whether the query has no words (everything matches).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether `row` matches.
    pub fn matches(&self, row: &Row) -> bool {
        self.terms.iter().all(|term| row.title_key.contains(term.as_str()) || row.source_key.contains(term.as_str()))
            || row.id.0.to_lowercase() == self.whole
    }
}

/// Orders `positions` (indexes into `rows`) by `sort`.
pub fn sort(rows: &[Row], positions: &mut [usize], sort: Sort) {
    let by = |a: &usize, b: &usize| -> Ordering {
        let (x, y) = (&rows[*a], &rows[*b]);
        let order = match sort {
            Sort::Document => Ordering::Equal,
            Sort::Title => x.title_key.cmp(&y.title_key),
            Sort::ProgressAscending => x.compare_progress(y),
            Sort::ProgressDescending => y.compare_progress(x),
        };
        order.then(x.index.cmp(&y.index))
    };
    positions.sort_unstable_by(by);
}

/// What the navigator shows: a search, a filter and a sort.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// The words searched for.
    pub search: String,
    /// Which documents are listed.
    pub filter: Filter,
    /// Their order.
    pub sort: Sort,
}

/// The indexes into `rows` of the rows `query` shows, in its order.
pub fn shown(rows: &[Row], query: &Query) -> Vec<usize> {
    let search = Search::new(&query.search);
    let mut positions: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| row.passes(query.filter) && (search.is_empty() || search.matches(row)))
        .map(|(position, _)| position)
        .collect();
    sort(rows, &mut positions, query.sort);
    positions
}

/// A count as the navigator shows it, with a comma between thousands:
/// `5,000`.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `text` as searched and sorted: lower case; Arabic diacritics
/// (U+064B–U+065F, U+0670) and tatweel (U+0640) dropped; أ إ آ ٱ as ا,
/// ى as ي, ة as ه; Arabic-Indic digits as ASCII digits.
fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => folded.push('ا'),
            'ى' => folded.push('ي'),
            'ة' => folded.push('ه'),
            '\u{0660}'..='\u{0669}' => folded.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => folded.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            c => folded.extend(c.to_lowercase()),
        }
    }
    folded
}
