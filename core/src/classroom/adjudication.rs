//! What the teacher's comparison yields: the adjudicated labels (decisions,
//! else a clear majority; ties stay open), the answer key (from those, or
//! from a Hamish file the teacher labeled), every student's score against
//! it, the gradebook, and a feedback file for each student.

use crate::classroom::compare::{accept, compare_files, Comparison, Rejection};
use crate::classroom::gradebooks::{canvas_csv, moodle_csv, Graded, DEFAULT_MAX_POINTS};
use crate::classroom::grading::{gradebook_csv, points, points_cell, score, Score};
use crate::classroom::span_agreement::{has_spans, span_score};
use crate::formats::errors::ImportError;
use crate::formats::exercise_file::file_label_ids;
use crate::formats::hamish::read::read_hamish_json;
use crate::i18n::lang::Lang;
use crate::i18n::said::classroom;
use crate::i18n::{tr, Text};
use crate::model::annotations::{DocAnnotations, SentenceAnnotation};
use crate::model::comparison::{Adjudication, AnswerKey, Answers, LabelKey, SpanAnswers};
use crate::model::exercise::feedback_prefix;
use crate::model::labels::{Label, LabelId, LabelSet};
use crate::model::spans::{tidy, Span};
use crate::model::work::Work;
use crate::text::document::{Document, DocumentId, DocumentSource, Split};
use crate::{formats::export::Scope, formats::hamish::write::hamish_file};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The comparison of the loaded submissions, if any is a submission.
pub fn comparison_of(adjudication: &Adjudication) -> Option<Comparison> {
    compare_files(None, &adjudication.files)
}

/// The files loaded and why each was left out, when none is a submission
/// (so there is no comparison to show them in).
pub fn left_out(adjudication: &Adjudication) -> Vec<(String, Rejection)> {
    let files: Vec<(String, Result<String, ImportError>)> =
        adjudication.files.iter().map(|(name, text)| (name.clone(), Ok(text.clone()))).collect();
    accept(None, &files).rejected
}

/// The adjudicated labels: the teacher's decision where there is one, else
/// the choice of a clear majority. Ties and unlabeled sentences stay open.
pub fn adjudicated(comparison: &Comparison, adjudication: &Adjudication) -> Answers {
    let mut answers = Answers::new();
    for sentence in &comparison.sentences {
        let key = (sentence.doc.clone(), sentence.index);
        let chosen = adjudication.decisions.get(&key).or(sentence.majority.as_ref());
        if let Some(labels) = chosen.filter(|labels| !labels.is_empty()) {
            answers.insert(key, comparison.ordered(labels));
        }
    }
    answers
}

/// The adjudicated spans: the teacher's choice where there is one, else
/// the spans a strict majority of the students marked.
pub fn adjudicated_spans(comparison: &Comparison, adjudication: &Adjudication) -> SpanAnswers {
    let mut spans = SpanAnswers::new();
    for sentence in &comparison.sentences {
        let key = (sentence.doc.clone(), sentence.index);
        let chosen = adjudication.span_decisions.get(&key).unwrap_or(&sentence.span_majority);
        if !chosen.is_empty() {
            spans.insert(key, chosen.clone());
        }
    }
    spans
}

/// Sentences whose choices tie and that the teacher has not decided.
pub fn open_ties(comparison: &Comparison, adjudication: &Adjudication) -> usize {
    let decided = |doc: &DocumentId, index: usize| adjudication.decisions.contains_key(&(doc.clone(), index));
    comparison.sentences.iter().filter(|sentence| sentence.tie && !decided(&sentence.doc, sentence.index)).count()
}

/// The key made from the adjudicated labels and the teacher's notes.
pub fn key_from_decisions(comparison: &Comparison, adjudication: &Adjudication) -> AnswerKey {
    AnswerKey {
        source: String::new(),
        answers: adjudicated(comparison, adjudication),
        spans: adjudicated_spans(comparison, adjudication),
        notes: adjudication.notes.clone(),
    }
}

/// A key read from a Hamish file the teacher labeled: its documents matched
/// by id, its labels by their id in the exercise where the file has them
/// (a submission), else by name. Also the label names it uses that no
/// submission knows (those sentences are left out of the key).
pub fn key_from_file(comparison: &Comparison, name: &str, text: &str) -> Result<(AnswerKey, Vec<String>), ImportError> {
    let file = read_hamish_json(text)?;
    let ids = file_label_ids(text);
    let same_exercise = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|value| value.pointer("/exercise/hash")?.as_str().map(|hash| hash == comparison.exercise.1))
        .unwrap_or(false);
    let mut keys: BTreeMap<LabelId, LabelKey> = BTreeMap::new();
    let mut unknown = Vec::new();
    for (at, label) in file.labels.labels.iter().enumerate() {
        let by_id = ids.get(at).copied().flatten().filter(|key| same_exercise && comparison.label(*key).is_some());
        let by_name = || comparison.labels.iter().find(|known| known.names.contains(&label.name)).map(|l| l.key);
        match by_id.or_else(by_name) {
            Some(key) => {
                keys.insert(label.id, key);
            }
            None => unknown.push(label.name.clone()),
        }
    }
    let mut key = AnswerKey { source: name.to_string(), ..AnswerKey::default() };
    for valid in &file.documents {
        let Some(document) = comparison.documents.iter().find(|document| document.id == valid.id) else {
            continue;
        };
        for (index, annotation) in crate::model::anchor::anchor(document, valid.annotations.clone()).placed {
            let labels: Vec<LabelKey> = annotation.labels.iter().filter_map(|id| keys.get(id).copied()).collect();
            if !labels.is_empty() {
                key.answers.insert((document.id.clone(), index), comparison.ordered(&labels));
            }
            let keyed = |span: &Span| Some(Span { label: LabelId(*keys.get(&span.label)?), ..*span });
            let mut spans: Vec<Span> = annotation.spans.iter().filter_map(keyed).collect();
            tidy(&mut spans);
            if !spans.is_empty() {
                key.spans.insert((document.id.clone(), index), spans);
            }
            if !annotation.note.is_empty() {
                key.notes.insert((document.id.clone(), index), annotation.note.clone());
            }
        }
    }
    if key.answers.is_empty() && key.spans.is_empty() {
        return Err(ImportError::NoAnswers);
    }
    Ok((key, unknown))
}

/// Every student's score against `key`, in the order they came, with
/// their spans scored when any student or the key has spans.
pub fn scores(comparison: &Comparison, key: &AnswerKey) -> Vec<Score> {
    let labels: Vec<LabelKey> = comparison.labels.iter().map(|label| label.key).collect();
    let with_spans = has_spans(comparison, Some(key));
    let none = SpanAnswers::new();
    (comparison.students.iter().zip(&comparison.answers).enumerate())
        .map(|(at, (student, answers))| {
            let mut scored = score(&key.answers, student, answers, &labels);
            let spans = comparison.spans.get(at).unwrap_or(&none);
            scored.span = with_spans.then(|| span_score(comparison, spans, &key.spans));
            scored
        })
        .collect()
}

/// The most points a grade can have in this comparison.
pub fn max_points(adjudication: &Adjudication) -> u32 {
    adjudication.max_points.unwrap_or(DEFAULT_MAX_POINTS)
}

/// A gradebook to download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gradebook {
    /// Every figure, one row per student.
    Full,
    /// Moodle's CSV grade import.
    Moodle,
    /// Canvas's gradebook import.
    Canvas,
}

/// A gradebook CSV (`None`: Moodle's, when the exercise asked students for
/// no identifier Moodle can match).
pub fn gradebook(comparison: &Comparison, adjudication: &Adjudication, which: Gradebook) -> Option<String> {
    let key = adjudication.key.as_ref()?;
    let scores = scores(comparison, key);
    let max = max_points(adjudication);
    let graded: Vec<Graded> = scores.iter().zip(&comparison.submissions).collect();
    let (title, kind) = (&comparison.exercise.0, comparison.ask_for);
    match which {
        Gradebook::Full => {
            let labels: Vec<(LabelKey, String)> = comparison.labels.iter().map(|l| (l.key, l.name.clone())).collect();
            let ids: Vec<String> = comparison.submissions.iter().map(|s| s.student_id.clone()).collect();
            Some(gradebook_csv(&scores, &ids, &labels, max))
        }
        Gradebook::Moodle => moodle_csv(title, kind, max, &graded),
        Gradebook::Canvas => Some(canvas_csv(title, kind, max, &graded)),
    }
}

/// The comparison's labels as a label set (each label's id is its key); a
/// name two labels share gets the second one's key after it, so every
/// label keeps a name of its own.
fn label_set(comparison: &Comparison) -> LabelSet {
    let mut labels: Vec<Label> = Vec::new();
    for label in &comparison.labels {
        let mut name = label.name.clone();
        if labels.iter().any(|known| known.name == name) {
            name = format!("{} ({})", name.chars().take(32).collect::<String>(), label.key);
        }
        labels.push(Label {
            id: LabelId(label.key),
            name,
            name_en: String::new(),
            color: label.color,
            scope: label.scope,
        });
    }
    LabelSet { labels, multiple: comparison.multiple }
}

/// A work over the exercise's documents with `answers`, `spans` and `notes`.
/// The exercise's documents get ids starting with `prefix` (feedback is a
/// set of documents of its own, apart from the student's exercise).
fn work_with(
    comparison: &Comparison,
    extra: Vec<Document>,
    (prefix, title): (&str, Option<&str>),
    (answers, spans): (&Answers, &SpanAnswers),
    notes: &BTreeMap<(DocumentId, usize), String>,
) -> Work {
    let id = |doc: &DocumentId| DocumentId::from(format!("{prefix}{}", doc.0));
    let mut annotations: BTreeMap<DocumentId, Rc<DocAnnotations>> = BTreeMap::new();
    // The sentences left out of the comparison are the headings: they stay
    // headings in the file.
    let compared: BTreeSet<(&DocumentId, usize)> =
        comparison.sentences.iter().map(|sentence| (&sentence.doc, sentence.index)).collect();
    for document in &comparison.documents {
        for index in (0..document.sentence_count()).filter(|index| !compared.contains(&(&document.id, *index))) {
            let heading = SentenceAnnotation { heading: true, ..SentenceAnnotation::default() };
            Rc::make_mut(annotations.entry(id(&document.id)).or_default()).set(index, Some(heading));
        }
    }
    let sentences = answers.keys().chain(spans.keys()).chain(notes.keys()).cloned().collect::<BTreeSet<_>>();
    let in_range = |(doc, index): &&(DocumentId, usize)| {
        comparison.documents.iter().any(|document| &document.id == doc && *index < document.sentence_count())
    };
    for key @ (doc, index) in sentences.iter().filter(in_range) {
        let labels = answers.get(key).map(|keys| keys.iter().map(|key| LabelId(*key)).collect()).unwrap_or_default();
        let note = notes.get(key).cloned().unwrap_or_default();
        let spans = spans.get(key).cloned().unwrap_or_default();
        let annotation = SentenceAnnotation { labels, note, spans, ..SentenceAnnotation::default() };
        Rc::make_mut(annotations.entry(id(doc)).or_default()).set(*index, Some(annotation).filter(|a| !a.is_empty()));
    }
    let renamed = comparison.documents.iter().map(|document| {
        let mut document = document.clone();
        document.id = id(&document.id);
        if let Some(title) = title {
            document.title = format!("{title}{}", document.title);
        }
        document
    });
    let documents = extra.into_iter().chain(renamed).map(Rc::new).collect();
    Work::default().with_documents(documents).with_labels(Rc::new(label_set(comparison))).with_annotations(annotations)
}

/// The adjudicated result as Hamish JSON, with the teacher's notes.
pub fn adjudicated_json(
    comparison: &Comparison,
    adjudication: &Adjudication,
    annotator: &str,
    exported_at: &str,
) -> String {
    let answers = (&adjudicated(comparison, adjudication), &adjudicated_spans(comparison, adjudication));
    let work = work_with(comparison, Vec::new(), ("", None), answers, &adjudication.notes);
    serde_json::to_string_pretty(&hamish_file(&work, annotator, &Scope::All, exported_at)).unwrap_or_default()
}

/// What a feedback file gives a student.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FeedbackDetail {
    /// Only the score.
    ScoreOnly,
    /// The score, and every sentence: the student's labels, and a note
    /// saying whether they match the key, with the key's labels and the
    /// teacher's explanation.
    #[default]
    EverySentence,
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".into(), |value| format!("{:.0}", value * 100.0))
}

/// The score sheet of a feedback file: a short text in `lang`.
pub fn score_sheet(comparison: &Comparison, score: &Score, max_points: u32, lang: Lang) -> String {
    let mut lines = vec![
        format!("{}: {}", tr(lang, Text::FeedbackSheet), comparison.exercise.0),
        classroom::student(lang, &score.student),
    ];
    // The grade as the gradebook gives it, on the teacher's scale.
    if let Some(points) = points(score, max_points) {
        lines.push(classroom::feedback_points(lang, &points_cell(Some(points)), max_points));
    }
    lines.extend([
        classroom::feedback_score(lang, score.correct, score.out_of, &percent(score.accuracy)),
        classroom::feedback_unlabeled(lang, score.unlabeled),
    ]);
    if let Some(span) = score.span {
        let (exact, overlap) = (percent(span.exact.f1), percent(span.overlap.f1));
        lines.push(classroom::feedback_spans(lang, &exact, &overlap));
    }
    for label in &score.per_label {
        if let Some(name) =
            comparison.label(label.label).map(|l| l.name.clone()).filter(|_| label.support + label.predicted > 0)
        {
            lines.push(classroom::feedback_label(lang, &name, &percent(label.f1), label.support));
        }
    }
    lines.join("\n")
}

/// Student `student`'s feedback on the key of `adjudication`, as a Hamish
/// file that opens in Hamish: a score sheet first, then (with every
/// sentence) the exercise's documents with the student's labels and, on
/// each sentence the key labels, a note that says whether they match, the
/// key's labels and the teacher's explanation (the comparison's note, else
/// the key file's).
pub fn feedback_json(
    comparison: &Comparison,
    adjudication: &Adjudication,
    student: usize,
    detail: FeedbackDetail,
    lang: Lang,
    exported_at: &str,
) -> Option<String> {
    let key = adjudication.key.as_ref()?;
    let answers = comparison.answers.get(student)?;
    let score = scores(comparison, key).into_iter().nth(student)?;
    let feedback = feedback_prefix(&comparison.exercise.1);
    let sheet_id =
        DocumentId::from(format!("{feedback}{}-{}", comparison.exercise.1.get(8..).unwrap_or_default(), score.student));
    let text = score_sheet(comparison, &score, max_points(adjudication), lang);
    let sheet =
        Document::split_as(sheet_id, text, tr(lang, Text::FeedbackSheet), DocumentSource::Imported, Split::Lines);
    let mut notes = BTreeMap::new();
    let (mut given, mut spans) = (Answers::new(), SpanAnswers::new());
    if detail == FeedbackDetail::EverySentence {
        given = answers.clone();
        spans = comparison.spans.get(student).cloned().unwrap_or_default();
        for (sentence, expected) in &key.answers {
            let theirs = answers.get(sentence).map(|keys| comparison.ordered(keys));
            let mut note = match theirs.as_ref() == Some(expected) {
                true => tr(lang, Text::FeedbackRight).to_string(),
                false => classroom::feedback_key(lang, &comparison.names(expected, lang).join(lang.list_separator())),
            };
            let explanation = adjudication.notes.get(sentence).or_else(|| key.notes.get(sentence));
            if let Some(explanation) = explanation.filter(|note| !note.trim().is_empty()) {
                note = format!("{note} — {explanation}");
            }
            notes.insert(sentence.clone(), note);
        }
    }
    let prefix = format!("{feedback}:");
    // Titled apart from the student's own copies of the same texts.
    let title = classroom::feedback_title(lang, "");
    let mut work = work_with(comparison, vec![sheet], (&prefix, Some(&title)), (&given, &spans), &notes);
    if detail == FeedbackDetail::ScoreOnly {
        let score_sheet = work.documents().iter().take(1).cloned().collect();
        work = work.with_documents(score_sheet);
    }
    serde_json::to_string_pretty(&hamish_file(&work, &score.student, &Scope::All, exported_at)).ok()
}
