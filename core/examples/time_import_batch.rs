//! Times the writer's batch after 5,000 imported documents arrive at once
//! (what a 5,000-row table import asks of the store in one task).
//!
//! `cargo run --release --example time_import_batch -- [DOCUMENTS]`

use hamish_core::model::prefs::Preferences;
use hamish_core::state::State;
use hamish_core::store::{writes_between, Writer};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use hamish_core::text::seeds::bundled_documents;
use std::rc::Rc;
use std::time::Instant;

fn main() {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(5_000);
    let before = State::new(bundled_documents(), &Preferences::default());
    let imported: Vec<Rc<Document>> = (0..count)
        .map(|n| {
            let text = format!("تغريدة رقم {n} عن موضوع ما، وفيها جملتان. وهذه الثانية.");
            Rc::new(Document::new(DocumentId::from(format!("t{n}")), text, "تغريدة", DocumentSource::Imported))
        })
        .collect();
    let mut documents: Vec<Rc<Document>> = before.work.documents().iter().cloned().collect();
    documents.extend(imported);
    let after = before.work.clone().with_documents(documents);
    for _ in 0..3 {
        let at = Instant::now();
        let writes = writes_between(Some(&before.work), &after, 10);
        let between = at.elapsed();
        let mut writer = Writer::new(Some(&before.work), Vec::new(), 0, Vec::new());
        let at = Instant::now();
        let batch = writer.batch(&after, 10).expect("a batch");
        println!(
            "writes_between {:?} ({} writes); batch {:?} ({} records, {} texts)",
            between,
            writes.len(),
            at.elapsed(),
            batch.records.len(),
            batch.texts.len()
        );
    }
}
