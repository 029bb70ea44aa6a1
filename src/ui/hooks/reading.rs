//! Reading opened files into a batch: each file decoded (the browser's
//! decoder for legacy encodings), routed by the core, and turned into
//! documents; tables and undecided encodings wait for a preview. Long
//! tables are made into documents a slice at a time, yielding to the page.

use crate::browser::files::{decode_as, html_text, next_task};
use crate::core::formats::batch::{Batch, FileRead, Incoming};
use crate::core::formats::open_file::{decode_file, file_kind, open_file, Decoded, FileKind, Opened};
use crate::core::formats::plan::plan_import;
use crate::core::formats::table::read::{Table, TableFormat, TableReader};
use crate::core::formats::table::rows::{plan_table, row_document, TableChoice};
use crate::core::formats::w3c::read::read_w3c;
use crate::core::model::exercise::Exercise;
use crate::core::model::work::Work;
use crate::core::text::encoding::Encoding;
use crate::core::{formats::errors::ImportError, formats::plan::ImportPlan, formats::text_file::text_document};
use std::rc::Rc;

/// A file waiting for the reader to confirm its encoding or its columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The file's name.
    pub name: String,
    /// Its bytes, to decode again in another encoding.
    pub bytes: Rc<Vec<u8>>,
    /// The encoding it is read in.
    pub encoding: Encoding,
    /// Whether the bytes decided the encoding (no choice offered).
    pub decided: bool,
    /// The text as decoded, or why it could not be.
    pub text: Result<Rc<String>, ImportError>,
    /// The table it holds, if it is one.
    pub table: Option<Rc<Table>>,
}

impl Preview {
    /// The file `name` read in `encoding`.
    pub fn read(name: &str, bytes: Rc<Vec<u8>>, encoding: Encoding, decided: bool) -> Self {
        let text = decode_as(&bytes, encoding.label(), encoding.name()).map(Rc::new);
        let table = text.as_ref().ok().and_then(|text| match open_file(name, text) {
            Ok(Opened::Table(table)) => Some(Rc::new(table)),
            _ => None,
        });
        Self { name: name.to_string(), bytes, encoding, decided, text, table }
    }

    /// A file whose bytes decided their encoding, already read as `table`
    /// (its text is not kept: the table has it).
    pub fn decided(name: &str, bytes: Rc<Vec<u8>>, encoding: Encoding, table: Table) -> Self {
        let (text, table) = (Ok(Rc::default()), Some(Rc::new(table)));
        Self { name: name.to_string(), bytes, encoding, decided: true, text, table }
    }

    /// The same file read in another encoding.
    pub fn reread(&self, encoding: Encoding) -> Self {
        Self::read(&self.name, self.bytes.clone(), encoding, self.decided)
    }
}

/// What reading a set of files came to.
#[derive(Default)]
pub struct Reading {
    /// Documents made and files refused.
    pub batch: Batch,
    /// Files waiting for a preview.
    pub previews: Vec<Preview>,
    /// An exercise file, to start.
    pub exercise: Option<Exercise>,
    /// A Hamish JSON or W3C file, planned against the work.
    pub plan: Option<ImportPlan>,
}

/// Records read between two yields to the page.
const RECORDS_PER_SLICE: usize = 5_000;

/// Reads a table a slice at a time, telling `progress` the bytes read.
async fn read_table_slowly(
    format: TableFormat,
    text: String,
    progress: &dyn Fn(usize, usize),
) -> Result<Table, ImportError> {
    let mut reader = TableReader::new(format, text);
    while !reader.read_some(RECORDS_PER_SLICE)? {
        let (done, total) = reader.progress();
        progress(done, total);
        next_task().await;
    }
    reader.finish()
}

/// Adds the file `name` with `bytes` to `reading`; a long table is read a
/// slice at a time, `progress` told the bytes read.
pub async fn take_file(
    reading: &mut Reading,
    work: &Work,
    name: &str,
    bytes: Vec<u8>,
    progress: &dyn Fn(usize, usize),
) {
    let decoded = decode_file(name, &bytes);
    let (text, encoding) = match decoded {
        Ok(Decoded::Text(text, encoding)) => (text, encoding),
        Ok(Decoded::Guess(encoding)) => {
            reading.previews.push(Preview::read(name, Rc::new(bytes), encoding, false));
            return;
        }
        Err(error) => return refuse(&mut reading.batch, name, error),
    };
    if let FileKind::Table(format) = file_kind(name, &text) {
        match read_table_slowly(format, text, progress).await {
            Ok(table) => reading.previews.push(Preview::decided(name, Rc::new(bytes), encoding, table)),
            Err(error) => refuse(&mut reading.batch, name, error),
        }
        return;
    }
    match open_file(name, &text) {
        Ok(Opened::Exercise(exercise)) => reading.exercise = Some(exercise),
        Ok(Opened::Hamish(valid)) => reading.plan = Some(plan_import(work, valid)),
        Ok(Opened::W3c(text)) => match read_w3c(&text, work.documents(), work.labels()) {
            Ok(valid) => reading.plan = Some(plan_import(work, valid)),
            Err(error) => refuse(&mut reading.batch, name, error),
        },
        Ok(other) => add_text(&mut reading.batch, name, &text, other, None),
        Err(error) => refuse(&mut reading.batch, name, error),
    }
}

/// Adds a decoded text or page as one document of `batch`.
pub fn add_text(batch: &mut Batch, name: &str, text: &str, opened: Opened, encoding: Option<Encoding>) {
    let document = match opened {
        Opened::Text(document) => Ok(document),
        Opened::Html => match html_text(text) {
            Some((title, text)) => text_document(name, &text).map(|document| document.titled(&title)),
            None => Err(ImportError::EmptyText),
        },
        _ => Err(ImportError::EmptyText),
    };
    match document {
        Ok(document) => {
            let file = batch.files.len();
            let read = FileRead { encoding: encoding.map(Encoding::name), ..FileRead::read(name) };
            batch.files.push(read);
            batch.incoming.push(Incoming { document: Rc::new(document), labels: Vec::new(), file, spans: Vec::new() });
        }
        Err(error) => refuse(batch, name, error),
    }
}

fn refuse(batch: &mut Batch, name: &str, error: ImportError) {
    batch.files.push(FileRead::refused(name, error));
}

/// Rows made into documents between two yields to the page.
pub const ROWS_PER_SLICE: usize = 250;

/// The batch of a confirmed preview: a table's rows as documents (made a
/// slice at a time, `progress` told after each), or a text in the chosen
/// encoding.
pub async fn confirmed(preview: &Preview, choice: &TableChoice, progress: impl Fn(usize, usize)) -> Batch {
    let mut batch = Batch { suggested: choice.as_suggestions, ..Batch::default() };
    let encoding = (!matches!(preview.encoding, Encoding::Utf8)).then_some(preview.encoding);
    let text = match &preview.text {
        Ok(text) => text.clone(),
        Err(error) => {
            refuse(&mut batch, &preview.name, error.clone());
            return batch;
        }
    };
    let Some(table) = &preview.table else {
        match open_file(&preview.name, &text) {
            Ok(opened) => add_text(&mut batch, &preview.name, &text, opened, encoding),
            Err(error) => refuse(&mut batch, &preview.name, error),
        }
        return batch;
    };
    let plan = plan_table(table, choice);
    let mut read = FileRead {
        encoding: encoding.map(Encoding::name),
        empty_rows: plan.empty_rows,
        ..FileRead::read(&preview.name)
    };
    for (index, group) in plan.groups.iter().enumerate() {
        if index % ROWS_PER_SLICE == 0 && index > 0 {
            progress(index, plan.groups.len());
            next_task().await;
        }
        let made = row_document(&preview.name, group, choice);
        batch.incoming.push(made.arrive(&mut read, 0));
    }
    batch.files.push(read);
    batch
}
