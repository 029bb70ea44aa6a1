//! The stored form of the work: keys, records, migration, loading and
//! writing. Anchoring stored annotations to sentences is in [`crate::model::anchor`].
//!
//! The work lives in the browser's IndexedDB (database `hamish`): object
//! store `journal` holds the records below as `{seq, value}` under their
//! key (its name is from the versions that kept a copy of localStorage
//! there), object store `documents` the imported texts by document id.
//! localStorage keeps only the preferences (`hamish/v1/meta`) and
//! `hamish/v1/first-view`, which the page reads before it paints. The
//! record `hamish/v1/sync` keeps this device's sync settings (see
//! [`SyncConfig`]); it never travels and is never exported.
//!
//! Every record is a JSON object `{"v": version, "seq": n, ...}` under a
//! namespaced key:
//!
//! | key | record |
//! |---|---|
//! | `hamish/v1/meta` | language, colours, text size, open document (localStorage) |
//! | `hamish/v1/labels` | the label set |
//! | `hamish/v1/doc/<doc>/<chunk>` | annotations of sentences `chunk*256 ..` |
//! | `hamish/v1/orphans/<doc>` | annotations whose sentence was lost |
//! | `hamish/v1/base/<doc>` | a bundled text as it was when annotated |
//! | `hamish/v1/imported` | imported documents: ids, titles, origins |
//! | `hamish/v1/exercise` | the exercise being done (student mode) |
//! | `hamish/v1/shelf/<hash>/<student>` | a student's work set aside |
//! | `hamish/v1/adjudication` | the teacher's comparison, decisions and key |
//! | `hamish/v1/quarantine/<key>` | unreadable data set aside, untouched |
//! | `hamish/v1/migrated` | the highest `seq` moved out of localStorage |
//!
//! An annotation is stored as `[start, end, "hash", [label ids], "note",
//! "quote", suggested]`: code-point offsets, the sentence's hash and the
//! beginning of its text, so that it can be found again if the text
//! changes; `suggested` (`true` for labels still to review) is left out
//! when false, as are an empty note and quote at the end.
//!
//! [`Writer`] decides what each transaction writes; `seq` orders writes, so
//! a tab takes in a record only when it is newer than the one it holds.

mod batch;
mod classroom;
mod keys;
mod leaving;
mod load;
mod marks;
mod migrate;
mod records;
mod remote;
mod remote_sync;
mod roster;
mod sync;
mod writer;
mod writes;

pub use batch::*;
pub use classroom::*;
pub use keys::*;
pub use leaving::*;
pub use load::*;
pub use marks::*;
pub use migrate::*;
pub use records::*;
pub use remote::*;
pub use remote_sync::*;
pub use roster::*;
pub use sync::*;
pub use writer::*;
pub use writes::*;
