//! The corpus navigator: rows with their source and progress, the status
//! rules, filters, search with Arabic letter variants, sorts, and a corpus
//! of 5,000 documents.

use hamish_core::corpus::navigator::{grouped, rows, shown, Filter, Query, Row, Search, Sort, Status};
use hamish_core::model::annotations::{DocAnnotations, SentenceAnnotation};
use hamish_core::model::labels::LabelId;
use hamish_core::model::work::Work;
use hamish_core::text::document::{Document, DocumentId, DocumentSource, Origin, Split};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Instant;

const CLAIM: LabelId = LabelId(1);
const EVIDENCE: LabelId = LabelId(2);

/// A document of one sentence per line, from `file`'s row `id` when given.
fn doc(id: &str, lines: &[&str], origin: Option<(&str, Option<&str>, Option<usize>)>) -> Document {
    let origin = origin.map(|(file, id, row)| Origin { file: file.into(), id: id.map(str::to_string), row });
    Document::split_as(DocumentId(id.into()), lines.join("\n"), id, DocumentSource::Imported, Split::Lines)
        .from_origin(origin)
}

fn labeled(labels: &[LabelId], suggested: bool, note: &str) -> Option<SentenceAnnotation> {
    Some(SentenceAnnotation { labels: labels.to_vec(), note: note.into(), suggested, ..SentenceAnnotation::default() })
}

/// Annotations from `(sentence, labels, suggested, note)`.
fn annotated(entries: &[(usize, &[LabelId], bool, &str)]) -> DocAnnotations {
    let mut annotations = DocAnnotations::default();
    for (index, labels, suggested, note) in entries {
        annotations.set(*index, labeled(labels, *suggested, note));
    }
    annotations
}

fn work(documents: Vec<Document>, annotations: Vec<(&str, DocAnnotations)>) -> Work {
    Work::new(documents).with_annotations(
        annotations.into_iter().map(|(id, a)| (DocumentId(id.into()), Rc::new(a))).collect::<BTreeMap<_, _>>(),
    )
}

/// Five documents: not started, in progress, done, suggestions only, and
/// done but for one suggestion.
fn corpus() -> Work {
    work(
        vec![
            doc("untouched", &["مقالة عن التعليم", "جملة."], Some(("tweets.csv", Some("t17"), Some(17)))),
            doc("started", &["أحمد يكتب", "ثانية.", "ثالثة."], Some(("tweets.csv", None, Some(4)))),
            doc("finished", &["مستشفى المدينة", "ثانية."], None),
            doc("suggested", &["كـتاب الإسلام", "ثانية."], Some(("", None, None))),
            doc("nearly", &["Tweet about آمن", "ثانية."], Some(("model.jsonl", Some("p1"), None))),
        ],
        vec![
            ("started", annotated(&[(0, &[CLAIM], false, ""), (2, &[], false, "ملاحظة")])),
            ("finished", annotated(&[(0, &[CLAIM, EVIDENCE], false, "مصدر؟"), (1, &[EVIDENCE], false, "")])),
            ("suggested", annotated(&[(0, &[EVIDENCE], true, "")])),
            ("nearly", annotated(&[(0, &[CLAIM], false, ""), (1, &[EVIDENCE], true, "")])),
        ],
    )
}

fn ids(rows: &[Row], positions: &[usize]) -> Vec<String> {
    positions.iter().map(|position| rows[*position].id.as_str().to_string()).collect()
}

fn query(search: &str, filter: Filter, sort: Sort) -> Query {
    Query { search: search.into(), filter, sort }
}

#[test]
fn rows_carry_source_counts_and_status() {
    let rows = rows(&corpus());
    let summary: Vec<_> = rows
        .iter()
        .map(|row| (row.index, row.source.as_deref(), row.sentences, row.labeled, row.to_review, row.notes, row.status))
        .collect();
    assert_eq!(
        summary,
        [
            (0, Some("tweets.csv · t17"), 2, 0, 0, 0, Status::NotStarted),
            (1, Some("tweets.csv · 4"), 3, 1, 0, 1, Status::InProgress),
            (2, None, 2, 2, 0, 1, Status::Done),
            (3, None, 2, 0, 1, 0, Status::NotStarted),
            (4, Some("model.jsonl · p1"), 2, 1, 1, 0, Status::InProgress),
        ]
    );
    assert_eq!(rows[2].title, "مستشفى المدينة");
    assert!(rows[2].has_label(EVIDENCE) && !rows[1].has_label(EVIDENCE));
    assert!(rows[3].has_label(EVIDENCE), "a suggested label counts as carried");
}

#[test]
fn status_rules() {
    let lines = ["أولى.", "ثانية."];
    let status =
        |annotations: DocAnnotations| rows(&work(vec![doc("d", &lines, None)], vec![("d", annotations)]))[0].status;
    assert_eq!(status(DocAnnotations::default()), Status::NotStarted);
    assert_eq!(status(annotated(&[(0, &[], false, "ملاحظة فقط")])), Status::NotStarted, "a note is not a label");
    assert_eq!(status(annotated(&[(0, &[CLAIM], true, ""), (1, &[CLAIM], true, "")])), Status::NotStarted);
    assert_eq!(status(annotated(&[(1, &[CLAIM], false, "")])), Status::InProgress);
    assert_eq!(status(annotated(&[(0, &[CLAIM], false, ""), (1, &[CLAIM], true, "")])), Status::InProgress);
    assert_eq!(status(annotated(&[(0, &[CLAIM], false, ""), (1, &[EVIDENCE], false, "")])), Status::Done);
    let empty = Document::new(DocumentId("e".into()), String::new(), "فارغ", DocumentSource::Imported);
    assert_eq!(rows(&work(vec![empty], vec![]))[0].status, Status::Done, "nothing to label: done");
}

#[test]
fn filters_pick_documents_by_status_label_and_notes() {
    let rows = rows(&corpus());
    let picked = |filter| ids(&rows, &shown(&rows, &query("", filter, Sort::Document)));
    assert_eq!(picked(Filter::All).len(), 5);
    assert_eq!(picked(Filter::NotStarted), ["untouched", "suggested"]);
    assert_eq!(picked(Filter::InProgress), ["started", "nearly"]);
    assert_eq!(picked(Filter::Done), ["finished"]);
    assert_eq!(picked(Filter::HasLabel(CLAIM)), ["started", "finished", "nearly"]);
    assert_eq!(picked(Filter::HasLabel(EVIDENCE)), ["finished", "suggested", "nearly"]);
    assert_eq!(picked(Filter::HasLabel(LabelId(9))), Vec::<String>::new());
    assert_eq!(picked(Filter::HasNotes), ["started", "finished"]);
}

#[test]
fn filters_and_sorts_have_form_values() {
    for filter in
        [Filter::All, Filter::NotStarted, Filter::InProgress, Filter::Done, Filter::HasNotes, Filter::HasLabel(CLAIM)]
    {
        assert_eq!(Filter::parse(&filter.value()), Some(filter));
    }
    assert_eq!(Filter::HasLabel(LabelId(12)).value(), "label-12");
    assert_eq!((Filter::parse("label-x"), Filter::parse("")), (None, None));
    for sort in Sort::ALL {
        assert_eq!(Sort::parse(sort.value()), Some(sort));
    }
    assert_eq!(Sort::parse("random"), None);
}

#[test]
fn search_ignores_case_diacritics_tatweel_and_letter_variants() {
    let rows = rows(&corpus());
    let found = |words: &str| ids(&rows, &shown(&rows, &query(words, Filter::All, Sort::Document)));
    assert_eq!(found("احمد"), ["started"], "أ is searched as ا");
    assert_eq!(found("أَحْمَد"), ["started"], "diacritics in the query are ignored");
    assert_eq!(found("مقاله"), ["untouched"], "ة is searched as ه");
    assert_eq!(found("مستشفي"), ["finished"], "ى is searched as ي");
    assert_eq!(found("كتاب"), ["suggested"], "tatweel is ignored");
    assert_eq!(found("الاسلام"), ["suggested"], "إ is searched as ا");
    assert_eq!(found("امن"), ["nearly"], "آ is searched as ا");
    assert_eq!(found("TWEET"), ["nearly"], "case is ignored");
    assert_eq!(found("  tweet   امن "), ["nearly"], "every word must match");
    assert_eq!(found("tweet التعليم"), Vec::<String>::new());
    assert_eq!(found(""), ["untouched", "started", "finished", "suggested", "nearly"]);
    // Decomposed letters (alef with a combining hamza or madda) fold the same.
    assert_eq!(found("\u{0627}\u{0654}\u{062D}\u{0645}\u{062F}"), ["started"]);
    let wasla = work(vec![doc("w", &["ٱلْحَمْدُ لِلَّهِ"], None)], vec![]);
    let wasla_rows = hamish_core::corpus::navigator::rows(&wasla);
    assert!(Search::new("الحمد").matches(&wasla_rows[0]), "ٱ is searched as ا");
}

#[test]
fn search_finds_source_ids_and_document_ids() {
    let rows = rows(&corpus());
    let found = |words: &str| ids(&rows, &shown(&rows, &query(words, Filter::All, Sort::Document)));
    assert_eq!(found("T17"), ["untouched"]);
    assert_eq!(found("t١٧"), ["untouched"], "Arabic-Indic digits match");
    assert_eq!(found("p1"), ["nearly"]);
    assert_eq!(found("4"), ["started"], "a row number is a source id");
    assert_eq!(found("tweets.csv"), Vec::<String>::new(), "the file name is not searched");
    assert_eq!(found("Finished"), ["finished"], "a whole document id finds its document");
    assert_eq!(found("finish"), Vec::<String>::new(), "part of an id does not");
    assert!(Search::new(" \t").is_empty());
}

#[test]
fn search_and_filter_together() {
    let rows = rows(&corpus());
    let found = ids(&rows, &shown(&rows, &query("ثانية", Filter::InProgress, Sort::Document)));
    assert!(found.is_empty(), "titles are searched, not the text: {found:?}");
    assert_eq!(ids(&rows, &shown(&rows, &query("t17", Filter::Done, Sort::Document))), Vec::<String>::new());
    assert_eq!(ids(&rows, &shown(&rows, &query("t17", Filter::NotStarted, Sort::Document))), ["untouched"]);
}

#[test]
fn sorts_by_title_and_progress_keeping_document_order_in_ties() {
    let rows = rows(&corpus());
    let order = |sort| ids(&rows, &shown(&rows, &query("", Filter::All, sort)));
    assert_eq!(order(Sort::Document), ["untouched", "started", "finished", "suggested", "nearly"]);
    // "tweet…" (Latin) before Arabic; then احمد, كتاب, مستشفى, مقالة.
    assert_eq!(order(Sort::Title), ["nearly", "started", "suggested", "finished", "untouched"]);
    // 0/2, 0/2, 1/3, 1/2, 2/2.
    assert_eq!(order(Sort::ProgressAscending), ["untouched", "suggested", "started", "nearly", "finished"]);
    assert_eq!(order(Sort::ProgressDescending), ["finished", "nearly", "started", "untouched", "suggested"]);
}

#[test]
fn titles_sort_with_letter_variants_together() {
    let documents = ["إبراهيم", "باب", "آدم", "احمد", "أمل"]
        .iter()
        .enumerate()
        .map(|(index, title)| doc(&format!("d{index}"), &[title], None))
        .collect();
    let rows = rows(&work(documents, vec![]));
    let titles: Vec<&str> =
        shown(&rows, &query("", Filter::All, Sort::Title)).iter().map(|p| rows[*p].title.as_str()).collect();
    // Alef in any form sorts as alef, by the letters after it.
    assert_eq!(titles, ["إبراهيم", "احمد", "آدم", "أمل", "باب"]);
}

#[test]
fn five_thousand_documents_are_listed_filtered_searched_and_sorted_at_once() {
    let documents: Vec<Document> = (0..5_000)
        .map(|row| {
            let title = format!("تغريدة رقم {row}");
            doc(
                &format!("tweets#t{row}"),
                &[&title, "جملة أولى.", "جملة ثانية."],
                Some(("tweets.csv", Some(&format!("t{row}")), Some(row + 1))),
            )
        })
        .collect();
    let mut annotations = Vec::new();
    let ids_owned: Vec<String> = (0..5_000).map(|row| format!("tweets#t{row}")).collect();
    for (row, id) in ids_owned.iter().enumerate().filter(|(row, _)| row % 10 == 0) {
        let labeled_sentences = if row % 20 == 0 { 3 } else { 1 };
        let entries: Vec<(usize, &[LabelId], bool, &str)> =
            (0..labeled_sentences).map(|index| (index, &[CLAIM][..], false, "")).collect();
        annotations.push((id.as_str(), annotated(&entries)));
    }
    let work = work(documents, annotations);
    let started = Instant::now();
    let rows = rows(&work);
    let all = shown(&rows, &query("", Filter::All, Sort::Document));
    let done = shown(&rows, &query("", Filter::Done, Sort::ProgressDescending));
    let found = shown(&rows, &query("T4321", Filter::All, Sort::Title));
    let by_title = shown(&rows, &query("تغريده", Filter::NotStarted, Sort::Title));
    let elapsed = started.elapsed();
    eprintln!("5,000 documents: rows, three filters, a search and two sorts in {elapsed:?}");
    assert_eq!(rows.len(), 5_000);
    assert_eq!(all.len(), 5_000);
    assert_eq!(done.len(), 250);
    assert_eq!(ids(&rows, &found), ["tweets#t4321"]);
    assert_eq!(by_title.len(), 4_500);
    assert_eq!(rows[4_321].source.as_deref(), Some("tweets.csv · t4321"));
    assert_eq!((rows[10].labeled, rows[10].status), (1, Status::InProgress));
    assert!(elapsed.as_secs() < 5, "took {elapsed:?}");
}

#[test]
fn counts_are_grouped_by_thousands() {
    assert_eq!([grouped(0), grouped(999), grouped(5_000), grouped(1_234_567)], ["0", "999", "5,000", "1,234,567"]);
}
