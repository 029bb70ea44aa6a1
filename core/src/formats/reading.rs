//! Reading the files a person opened into one [`Reading`]: each file
//! decoded (legacy encodings by the platform's decoder), routed by
//! [`open_file`], and made into documents; a table exported from the
//! app's own documents goes back onto them ([`crate::formats::back`]), as
//! a plan to confirm; other tables and texts whose encoding the bytes do
//! not decide wait for a [`Preview`]. Long tables are read and
//! made into documents a slice at a time, pausing between slices so the
//! page stays responsive.
//!
//! What only the browser can do comes through [`Platform`]; the pipeline
//! itself is pure and natively tested.

use crate::formats::back::{goes_back, read_back};
use crate::formats::batch::{Batch, FileRead, Incoming};
use crate::formats::errors::ImportError;
use crate::formats::exercise_file::is_submission;
use crate::formats::open_file::{decode_file, file_kind, open_file, Decoded, FileKind, Opened};
use crate::formats::plan::{plan_import, ImportPlan, ValidFile};
use crate::formats::table::read::{Table, TableFormat, TableReader};
use crate::formats::table::rows::{plan_table, row_document, TableChoice};
use crate::formats::text_file::text_document;
use crate::formats::w3c::read::read_w3c;
use crate::model::exercise::Exercise;
use crate::model::work::Work;
use crate::text::encoding::Encoding;
use std::future::Future;
use std::rc::Rc;

/// What reading files asks of the platform it runs on.
pub trait Platform {
    /// `bytes` decoded in `encoding`, refused when they are not valid in it.
    fn decode(&self, bytes: &[u8], encoding: Encoding) -> Result<String, ImportError>;
    /// A web page's title and visible text, a line per block; `None` when
    /// the page cannot be parsed.
    fn page_text(&self, markup: &str) -> Option<(String, String)>;
    /// Lets the page paint and take input before the next slice.
    fn pause(&self) -> impl Future<Output = ()>;
}

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
    pub fn read(platform: &impl Platform, name: &str, bytes: Rc<Vec<u8>>, encoding: Encoding, decided: bool) -> Self {
        let text = platform.decode(&bytes, encoding).map(Rc::new);
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
    pub fn reread(&self, platform: &impl Platform, encoding: Encoding) -> Self {
        Self::read(platform, &self.name, self.bytes.clone(), encoding, self.decided)
    }
}

/// What reading a set of files came to.
#[derive(Debug, Default)]
pub struct Reading {
    /// Documents made and files refused.
    pub batch: Batch,
    /// Files waiting for a preview.
    pub previews: Vec<Preview>,
    /// An exercise file, to start.
    pub exercise: Option<Exercise>,
    /// A Hamish JSON or W3C file (or an export read back), planned
    /// against the work.
    pub plan: Option<ImportPlan>,
    /// More such files opened at once, in order: each is planned against
    /// the work once the one before is taken in or set aside.
    pub waiting: Vec<(ValidFile, bool)>,
    /// The planned file is a student's submission (to compare, not merge);
    /// beside each waiting file, whether it is one.
    pub submission: bool,
}

/// Records read between two pauses.
pub const RECORDS_PER_SLICE: usize = 1_000;

/// Rows made into documents between two pauses.
pub const ROWS_PER_SLICE: usize = 250;

/// Reads a table a slice at a time, telling `progress` the bytes read.
async fn read_table_slowly(
    platform: &impl Platform,
    format: TableFormat,
    text: String,
    progress: &dyn Fn(usize, usize),
) -> Result<Table, ImportError> {
    let mut reader = TableReader::new(format, text);
    while !reader.read_some(RECORDS_PER_SLICE)? {
        let (done, total) = reader.progress();
        progress(done, total);
        platform.pause().await;
    }
    reader.finish()
}

impl Reading {
    /// Adds the file `name` with `bytes`, planned against `work`; a long
    /// table is read a slice at a time, `progress` told the bytes read.
    pub async fn take_file(
        &mut self,
        platform: &impl Platform,
        work: &Work,
        name: &str,
        bytes: Vec<u8>,
        progress: &dyn Fn(usize, usize),
    ) {
        let (text, encoding) = match decode_file(name, &bytes) {
            Ok(Decoded::Text(text, encoding)) => (text, encoding),
            Ok(Decoded::Guess(encoding)) => {
                self.previews.push(Preview::read(platform, name, Rc::new(bytes), encoding, false));
                return;
            }
            Err(error) => return refuse(&mut self.batch, name, error),
        };
        if let FileKind::Table(format) = file_kind(name, &text) {
            if goes_back(work, format, &text) {
                match read_back(work, format, &text, name) {
                    Ok(valid) => self.found(work, valid, false),
                    Err(error) => refuse(&mut self.batch, name, error),
                }
                return;
            }
            match read_table_slowly(platform, format, text, progress).await {
                Ok(table) => self.previews.push(Preview::decided(name, Rc::new(bytes), encoding, table)),
                Err(error) => refuse(&mut self.batch, name, error),
            }
            return;
        }
        match open_file(name, &text) {
            Ok(Opened::Exercise(exercise)) => self.exercise = Some(exercise),
            Ok(Opened::Hamish(valid)) => self.found(work, valid, is_submission(&text)),
            Ok(Opened::W3c(text)) => match read_w3c(&text, work.documents(), work.labels()) {
                Ok(valid) => self.found(work, valid, false),
                Err(error) => refuse(&mut self.batch, name, error),
            },
            Ok(other) => add_text(platform, &mut self.batch, name, &text, other, None),
            Err(error) => refuse(&mut self.batch, name, error),
        }
    }

    /// A file to plan: the first is planned against `work` now, the
    /// others wait their turn.
    fn found(&mut self, work: &Work, valid: ValidFile, submission: bool) {
        match self.plan {
            None => {
                self.plan = Some(plan_import(work, valid));
                self.submission = submission;
            }
            Some(_) => self.waiting.push((valid, submission)),
        }
    }
}

/// What the import dialog says beside a plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanNote {
    /// The file is a student's submission: Compare submissions is the
    /// place for it.
    pub submission: bool,
    /// Files opened with it that wait for their own dialog.
    pub waiting: usize,
}

/// Adds a decoded text or page as one document of `batch`.
fn add_text(
    platform: &impl Platform,
    batch: &mut Batch,
    name: &str,
    text: &str,
    opened: Opened,
    encoding: Option<Encoding>,
) {
    let document = match opened {
        Opened::Text(document) => Ok(document),
        Opened::Html => match platform.page_text(text) {
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

/// The batch of a confirmed preview: a table's rows as documents (made a
/// slice at a time, `progress` told after each), or a text in the chosen
/// encoding.
pub async fn confirmed(
    platform: &impl Platform,
    preview: &Preview,
    choice: &TableChoice,
    progress: impl Fn(usize, usize),
) -> Batch {
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
            Ok(opened) => add_text(platform, &mut batch, &preview.name, &text, opened, encoding),
            Err(error) => refuse(&mut batch, &preview.name, error),
        }
        return batch;
    };
    let plan = plan_table(table, choice);
    let mut read = FileRead {
        encoding: encoding.map(Encoding::name),
        empty_rows: plan.empty_rows,
        repeated_ids: plan.repeated_ids,
        ..FileRead::read(&preview.name)
    };
    for (index, group) in plan.groups.iter().enumerate() {
        if index % ROWS_PER_SLICE == 0 && index > 0 {
            progress(index, plan.groups.len());
            platform.pause().await;
        }
        let made = row_document(&preview.name, group, choice);
        batch.incoming.push(made.arrive(&mut read, 0));
    }
    batch.files.push(read);
    batch
}

/// What the import dialog shows for a single file.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportView {
    /// A valid file and what it would change, with what the dialog says
    /// beside it.
    Plan(Rc<ImportPlan>, PlanNote),
    /// A refused file.
    Error(ImportError),
}
