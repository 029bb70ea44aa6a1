//! Rows of an exported file placed back on the sentences they came from:
//! by the document id and sentence index (or start) the row carries, when
//! that sentence has the row's text; failing that, by the text alone (the
//! first sentence with that text not yet taken), or, a row of the table a
//! document was imported from, by the document's whole text. Rows that
//! find none make new documents, one sentence a row. A file goes back when
//! some row is found by its id, or every row by its text.

use super::row::BackRow;
use crate::formats::plan::{LeftOut, ValidDocument, ValidFile};
use crate::formats::table::spans::row_text;
use crate::model::anchor::{StoredAnnotation, QUOTE_CHARS};
use crate::model::annotations::SentenceAnnotation;
use crate::model::labels::{Label, LabelColor, LabelId, LabelScope, LabelSet};
use crate::model::spans::{tidy, Span};
use crate::model::work::Work;
use crate::text::basics::short_hash;
use crate::text::document::{Document, DocumentId, DocumentSource, Origin, Split};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Where a row landed: the document's position in the work and the
/// sentence's index.
type Place = (usize, usize);

/// Finds the sentences of the work by id and by text.
struct Finder<'a> {
    work: &'a Work,
    by_text: Option<HashMap<&'a str, Vec<Place>>>,
    taken: HashSet<Place>,
    by_whole: Option<HashMap<&'a str, Vec<usize>>>,
    taken_whole: HashSet<usize>,
}

impl<'a> Finder<'a> {
    fn new(work: &'a Work) -> Self {
        Finder { work, by_text: None, taken: HashSet::new(), by_whole: None, taken_whole: HashSet::new() }
    }

    /// The document (its position) whose whole text is `text` (line ends
    /// as a table's import makes them), not yet taken: a row of the table
    /// the document was imported from, read again.
    fn whole(&mut self, text: &str) -> Option<usize> {
        let work = self.work;
        let index = self.by_whole.get_or_insert_with(|| {
            let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
            for (position, document) in work.documents().iter().enumerate() {
                index.entry(document.text()).or_default().push(position);
            }
            index
        });
        let text = row_text(text, false).text;
        let found = index.get(text.as_str())?.iter().copied().find(|position| !self.taken_whole.contains(position))?;
        self.taken_whole.insert(found);
        Some(found)
    }

    fn place(&mut self, row: &BackRow) -> Option<Place> {
        self.placed(row).map(|(place, _)| place)
    }

    /// Where `row` goes, and whether its document id found it.
    fn placed(&mut self, row: &BackRow) -> Option<(Place, bool)> {
        let found = match self.by_id(row) {
            Some(place) => (place, true),
            None => (self.by_text(&row.text)?, false),
        };
        self.taken.insert(found.0);
        Some(found)
    }

    fn by_id(&self, row: &BackRow) -> Option<Place> {
        let id = DocumentId(row.document.as_deref()?.into());
        let position = self.work.position(&id)?;
        let document = &self.work.documents()[position];
        let same = |index: usize| document.sentence_text(index) == Some(row.text.as_str());
        let by_start =
            || row.start.and_then(|start| document.sentences().iter().position(|sentence| sentence.start == start));
        let index = row.sentence.filter(|index| same(*index)).or_else(|| by_start().filter(|index| same(*index)));
        let index = index.or_else(|| {
            (0..document.sentence_count()).find(|index| same(*index) && !self.taken.contains(&(position, *index)))
        })?;
        Some((position, index))
    }

    fn by_text(&mut self, text: &str) -> Option<Place> {
        let work = self.work;
        let index = self.by_text.get_or_insert_with(|| {
            let mut index: HashMap<&str, Vec<Place>> = HashMap::new();
            for (position, document) in work.documents().iter().enumerate() {
                for sentence in 0..document.sentence_count() {
                    if let Some(text) = document.sentence_text(sentence) {
                        index.entry(text).or_default().push((position, sentence));
                    }
                }
            }
            index
        });
        index.get(text)?.iter().copied().find(|place| !self.taken.contains(place))
    }
}

/// Whether `rows` come from the work: some row names its document and
/// sentence, or every row is the text of a sentence here (a file of new
/// texts that shares a few sentences with the work stays new).
pub fn from_work(work: &Work, rows: &[BackRow]) -> bool {
    let mut finder = Finder::new(work);
    let placed: Vec<Option<bool>> = rows
        .iter()
        .map(|row| finder.placed(row).map(|(_, by_id)| by_id).or_else(|| finder.whole(&row.text).map(|_| false)))
        .collect();
    placed.contains(&Some(true)) || (!placed.is_empty() && !placed.contains(&None))
}

/// The labels rows use, by name, with what they are put on.
#[derive(Default)]
struct Names {
    labels: Vec<Label>,
}

impl Names {
    fn id(&mut self, name: &str, on_span: bool) -> LabelId {
        let scope = if on_span { LabelScope::Span } else { LabelScope::Sentence };
        if let Some(label) = self.labels.iter_mut().find(|label| label.name == name) {
            if label.scope != scope {
                label.scope = LabelScope::Both;
            }
            return label.id;
        }
        let id = LabelId(self.labels.len() as u32 + 1);
        let color = LabelColor::for_position(self.labels.len());
        self.labels.push(Label { id, name: name.to_string(), name_en: String::new(), color, scope });
        id
    }
}

/// What `row` says of a sentence of `length` code points; spans outside it
/// are counted in `outside`.
fn annotation_of(row: &BackRow, length: usize, names: &mut Names, outside: &mut usize) -> SentenceAnnotation {
    let labels: Vec<LabelId> = row.labels.iter().map(|name| names.id(name, false)).collect();
    let mut spans = Vec::new();
    for (start, end, label) in &row.spans {
        match Span::new(*start, *end, names.id(label, true)) {
            Some(span) if span.end <= length => spans.push(span),
            _ => *outside += 1,
        }
    }
    tidy(&mut spans);
    SentenceAnnotation { labels, note: row.note.clone(), suggested: row.suggested, heading: false, spans }
}

/// Two rows on one sentence (one row per label, as doccano reads them):
/// their labels, spans and notes together.
fn join(into: &mut SentenceAnnotation, more: SentenceAnnotation) {
    for label in more.labels {
        if !into.labels.contains(&label) {
            into.labels.push(label);
        }
    }
    into.spans.extend(more.spans);
    tidy(&mut into.spans);
    if !more.note.is_empty() && !into.note.split('\n').any(|line| line == more.note) {
        into.note = if into.note.is_empty() { more.note } else { format!("{}\n{}", into.note, more.note) };
    }
    into.suggested = into.suggested && more.suggested;
}

fn stored(document: &Document, index: usize, annotation: SentenceAnnotation) -> Option<StoredAnnotation> {
    let sentence = document.sentences().get(index)?;
    let text = document.sentence_text(index)?;
    let quote = text.chars().take(QUOTE_CHARS).collect();
    Some(StoredAnnotation { start: sentence.start, end: sentence.end, hash: short_hash(text), quote, annotation })
}

/// The file of `rows` as Hamish JSON would hold it: the work's documents
/// with the annotations of the rows placed on them, then new documents
/// for the rows that found no sentence (grouped by the document they name,
/// one sentence a row, their ids `<file stem>#<document>`).
pub fn onto_work(work: &Work, rows: Vec<BackRow>, file_name: &str, annotator: &str) -> ValidFile {
    let mut finder = Finder::new(work);
    let mut names = Names::default();
    let mut outside = 0;
    let mut placed: BTreeMap<usize, BTreeMap<usize, SentenceAnnotation>> = BTreeMap::new();
    let mut strays: Vec<(String, Vec<BackRow>)> = Vec::new();
    for (at, row) in rows.into_iter().enumerate() {
        match finder.place(&row) {
            Some((position, index)) => {
                let sentence = &work.documents()[position].sentences()[index];
                let annotation = annotation_of(&row, sentence.end - sentence.start, &mut names, &mut outside);
                let sentences = placed.entry(position).or_default();
                match sentences.get_mut(&index) {
                    Some(known) => join(known, annotation),
                    None => {
                        sentences.insert(index, annotation);
                    }
                }
            }
            None if finder_whole(&mut finder, &row, &mut placed, &mut names, &mut outside) => {}
            None => {
                let group = row.document.clone().unwrap_or_else(|| (at + 1).to_string());
                match strays.iter_mut().find(|(name, _)| *name == group) {
                    Some((_, rows)) => rows.push(row),
                    None => strays.push((group, vec![row])),
                }
            }
        }
    }
    let mut documents: Vec<ValidDocument> = placed
        .into_iter()
        .map(|(position, sentences)| {
            let document = &work.documents()[position];
            let annotations = sentences
                .into_iter()
                .filter(|(_, annotation)| !annotation.is_empty())
                .filter_map(|(index, annotation)| stored(document, index, annotation))
                .collect();
            ValidDocument {
                id: document.id.clone(),
                title: document.title.clone(),
                text: document.text().to_string(),
                annotations,
                origin: document.origin.clone(),
                split: document.split,
            }
        })
        .collect();
    let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    for (group, rows) in strays {
        documents.push(new_document(stem, file_name, &group, &rows, &mut names, &mut outside));
    }
    let labels = LabelSet { multiple: true, labels: names.labels };
    let left_out = LeftOut { spans_across: outside, ..LeftOut::default() };
    ValidFile { labels, documents, annotator: annotator.to_string(), left_out }
}

/// Places `row` on every sentence of the document whose whole text it is
/// (a row of the table that document came from): its labels on each
/// sentence, its spans on the sentence holding them (one across two is
/// counted in `outside`), its note on the first. Whether it found one.
fn finder_whole(
    finder: &mut Finder,
    row: &BackRow,
    placed: &mut BTreeMap<usize, BTreeMap<usize, SentenceAnnotation>>,
    names: &mut Names,
    outside: &mut usize,
) -> bool {
    let Some(position) = finder.whole(&row.text) else { return false };
    let document = &finder.work.documents()[position];
    let map = row_text(&row.text, false).map;
    let at = |offset: usize| map.get(offset).copied();
    let mut spans: Vec<Option<(usize, usize, usize, &String)>> = row
        .spans
        .iter()
        .map(|(start, end, label)| {
            let (start, end) = (at(*start)?, at(*end)?);
            let index = document.sentences().iter().position(|s| s.start <= start && end <= s.end && start < end)?;
            let sentence_start = document.sentences()[index].start;
            Some((index, start - sentence_start, end - sentence_start, label))
        })
        .collect();
    *outside += spans.iter().filter(|span| span.is_none()).count();
    let sentences = placed.entry(position).or_default();
    for (index, sentence) in document.sentences().iter().enumerate() {
        let mine = BackRow {
            spans: spans
                .iter_mut()
                .filter_map(|span| span.filter(|(at, ..)| *at == index))
                .map(|(_, start, end, label)| (start, end, label.clone()))
                .collect(),
            note: if index == 0 { row.note.clone() } else { String::new() },
            ..row.clone()
        };
        let annotation = annotation_of(&mine, sentence.end - sentence.start, names, outside);
        match sentences.get_mut(&index) {
            Some(known) => join(known, annotation),
            None => {
                sentences.insert(index, annotation);
            }
        }
    }
    true
}

/// A new document of `rows`, one sentence a row (line breaks inside a row
/// become spaces, so each row stays one sentence).
fn new_document(
    stem: &str,
    file_name: &str,
    group: &str,
    rows: &[BackRow],
    names: &mut Names,
    outside: &mut usize,
) -> ValidDocument {
    let lines: Vec<String> = rows.iter().map(|row| row.text.replace(['\r', '\n'], " ")).collect();
    let text = lines.join("\n");
    let id = DocumentId(format!("{stem}#{group}").into());
    let document = Document::split_as(id.clone(), text.clone(), group, DocumentSource::Imported, Split::Lines);
    let mut annotations = Vec::new();
    let sentences = rows.iter().zip(&lines).filter(|(_, line)| !line.trim().is_empty());
    for (index, (row, _)) in sentences.enumerate() {
        let Some(sentence) = document.sentences().get(index) else { break };
        let annotation = annotation_of(row, sentence.end - sentence.start, names, outside);
        if !annotation.is_empty() {
            annotations.extend(stored(&document, index, annotation));
        }
    }
    let origin = Some(Origin { file: file_name.to_string(), row: None, id: Some(group.to_string()) });
    ValidDocument { id, title: group.to_string(), text, annotations, origin, split: Split::Lines }
}
