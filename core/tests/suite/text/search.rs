//! Arabic-aware search: every match maps back to an exact range of the
//! original text whose folding is the query, and every occurrence is found.

use hamish_core::corpus::search::{search_documents, search_work, SearchIndex};
use hamish_core::model::work::Work;
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::text::search::{find_all, fold, fold_query, SearchOptions};
use proptest::prelude::*;

/// Letters, their spelling variants, marks, tatweel, digits of three
/// scripts, Latin in both cases, spaces and punctuation.
const ALPHABET: &[char] = &[
    'ا', 'أ', 'إ', 'آ', 'ٱ', 'ل', 'س', 'م', 'ي', 'ى', 'ی', 'ئ', 'ه', 'ة', 'و', 'ؤ', 'ك', 'ک', '\u{064E}', '\u{0650}',
    '\u{0651}', '\u{0652}', '\u{0670}', '\u{0640}', '١', '۱', '1', 'a', 'A', 'b', 'B', 'İ', ' ', '.', '،',
];

fn text_of(indexes: &[usize]) -> String {
    indexes.iter().map(|index| ALPHABET[index % ALPHABET.len()]).collect()
}

fn both() -> impl Strategy<Value = SearchOptions> {
    any::<bool>().prop_map(|arabic| SearchOptions { arabic })
}

proptest! {
    #[test]
    fn the_index_finds_what_a_full_search_finds(
        texts in prop::collection::vec(prop::collection::vec(0usize..64, 0..40), 1..5),
        query in prop::collection::vec(0usize..64, 1..4),
        options in both(),
    ) {
        let documents: Vec<std::rc::Rc<Document>> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| std::rc::Rc::new(Document::new(DocumentId::from(format!("d{i}")), text_of(text), "", DocumentSource::Imported)))
            .collect();
        let query = text_of(&query);
        let index = SearchIndex::new(&documents, options);
        prop_assert_eq!(index.search(&query, 7), search_documents(&documents, &query, options, 7));
    }

    #[test]
    fn every_match_is_a_range_of_the_original_that_folds_to_the_query(
        text in prop::collection::vec(0usize..64, 0..60),
        query in prop::collection::vec(0usize..64, 1..4),
        options in both(),
    ) {
        let (text, query) = (text_of(&text), text_of(&query));
        let chars: Vec<char> = text.chars().collect();
        let wanted = fold_query(&query, options);
        let mut last_end = 0;
        for range in find_all(&text, &query, options) {
            prop_assert!(range.start >= last_end && range.start < range.end && range.end <= chars.len(), "{range:?}");
            let piece: String = chars[range.clone()].iter().collect();
            prop_assert_eq!(fold(&piece, options).0, wanted.clone(), "{:?} in {:?}", range, text);
            last_end = range.end;
        }
    }

    #[test]
    fn every_occurrence_is_found_or_covered(
        text in prop::collection::vec(0usize..64, 1..60),
        start in 0usize..60,
        length in 1usize..5,
        options in both(),
    ) {
        let text = text_of(&text);
        let chars: Vec<char> = text.chars().collect();
        let start = start % chars.len();
        let end = (start + length).min(chars.len());
        let piece: String = chars[start..end].iter().collect();
        let (folded_piece, _) = fold(&piece, options);
        // Only pieces that start on a character that folding keeps.
        let first_kept = fold(&chars[start].to_string(), options).0.first().copied();
        prop_assume!(!fold_query(&piece, options).is_empty() && first_kept == folded_piece.first().copied() && first_kept.is_some());
        prop_assume!(piece.trim() == piece);
        let found = find_all(&text, &piece, options);
        prop_assert!(found.iter().any(|range| range.start <= start && start < range.end), "{piece:?} at {start} in {text:?}: {found:?}");
    }
}

#[test]
fn corpus_hits_point_into_their_sentence() {
    let documents = vec![
        Document::new(DocumentId("a".into()), "قال الوزير: الإسلامُ دين. ثم غادر.".into(), "", DocumentSource::Imported),
        Document::new(DocumentId("b".into()), "عن الاسلام\nوالإسلام في التاريخ.".into(), "", DocumentSource::Imported),
    ];
    let work = Work::new(documents);
    let results = search_work(&work, "الاسلام", SearchOptions::default(), 2);
    assert_eq!((results.total, results.hits.len()), (3, 2), "all counted, the limit kept");
    let all = search_work(&work, "الاسلام", SearchOptions::default(), 100);
    for hit in &all.hits {
        let document = work.documents().iter().find(|document| document.id == hit.doc).expect("its document");
        let sentence: Vec<char> = document.sentence_text(hit.index).expect("its sentence").chars().collect();
        let piece: String = sentence[hit.range.clone()].iter().collect();
        assert!(piece.contains("سلام"), "{piece}");
    }
    let places: Vec<(String, usize)> = all.hits.iter().map(|hit| (hit.doc.as_str().to_string(), hit.index)).collect();
    assert_eq!(places, [("a".to_string(), 0), ("b".to_string(), 0), ("b".to_string(), 1)]);
    assert_eq!(search_work(&work, "  ", SearchOptions::default(), 10).total, 0);
}
