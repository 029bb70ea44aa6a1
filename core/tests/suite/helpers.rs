//! What many tests need: applying actions, making documents and spans,
//! golden files, and the project's Python readers.

use hamish_core::model::labels::LabelId;
use hamish_core::model::spans::Span;
use hamish_core::state::{Action, State};
use hamish_core::text::document::{Document, DocumentId, DocumentSource};
use serde_json::Value;
use std::borrow::Borrow;
use std::path::PathBuf;

/// The state after `actions`, in order; an action that changes nothing
/// leaves it as it was.
pub fn apply(state: impl Borrow<State>, actions: &[Action]) -> State {
    actions.iter().fold(state.borrow().clone(), |current, action| current.reduce(action).unwrap_or(current))
}

/// A span that is not empty.
pub fn span(start: usize, end: usize, label: LabelId) -> Span {
    Span::new(start, end, label).expect("a non-empty span")
}

/// The spans of sentence `index` of the open document.
pub fn spans_of(state: &State, index: usize) -> Vec<Span> {
    state.open_annotations().and_then(|annotations| annotations.get(index)).map(|a| a.spans.clone()).unwrap_or_default()
}

/// Runs `batch` against `store` as one committed transaction: its records
/// put or deleted, its chunks merged with what is stored; what each merge
/// stored, for [`hamish_core::store::Writer::committed`].
pub fn run_batch(
    store: &mut std::collections::BTreeMap<String, String>,
    batch: &hamish_core::store::Batch,
) -> Vec<hamish_core::store::Committed> {
    for record in &batch.records {
        match &record.value {
            Some(value) => store.insert(record.key.clone(), value.clone()),
            None => store.remove(&record.key),
        };
    }
    let mut merged = Vec::new();
    for merge in &batch.merges {
        let result = merge.merge(store.get(&merge.key).map(String::as_str));
        store.insert(merge.key.clone(), result.value.clone());
        let (key, doc, chunk) = (merge.key.clone(), merge.document.id.clone(), merge.chunk);
        merged.push(hamish_core::store::Committed { key, doc, chunk, merged: result });
    }
    merged
}

/// A bundled document `id` holding `text`.
pub fn bundled(id: &str, text: &str) -> Document {
    Document::new(DocumentId(id.into()), text.into(), id, DocumentSource::Bundled)
}

/// The repository's root.
pub fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Compares `actual` with the golden file `name` (rewritten when
/// `UPDATE_GOLDEN` is set).
pub fn golden(name: &str, actual: &str) {
    let path = repository().join("core/tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("writing a golden file");
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{name} is missing: run with UPDATE_GOLDEN=1"));
    assert_eq!(actual, expected, "{name} differs from its golden file");
}

/// The project's Python (`.venv`, made by `scripts/install-tools.sh`).
pub fn python() -> PathBuf {
    let venv = repository().join(".venv/bin/python");
    assert!(venv.exists(), "{} is missing: run scripts/install-tools.sh", venv.display());
    venv
}

/// A fresh folder named for `check` holding `files`.
pub fn folder(check: &str, files: &[(&str, String)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hamish-{check}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    for (file, text) in files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder");
        }
        std::fs::write(path, text).expect("writing");
    }
    dir
}

/// Runs `readers.py CHECK DIR` and asserts it printed `<check> ok`.
pub fn read_with(check: &str, dir: &std::path::Path) {
    let script = repository().join("core/tests/python/readers.py");
    let output = std::process::Command::new(python()).arg(script).arg(check).arg(dir).output().expect("python runs");
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success() && said.contains(&format!("{check} ok")), "{check}: {said}");
}

/// Writes `files` and `expected` where the readers find them, runs the
/// check `check`, and removes them.
pub fn readers(check: &str, files: &[(&str, String)], expected: Value) {
    let mut files = files.to_vec();
    files.push(("expected.json", expected.to_string()));
    let dir = folder(check, &files);
    read_with(check, &dir);
    let _ = std::fs::remove_dir_all(&dir);
}
