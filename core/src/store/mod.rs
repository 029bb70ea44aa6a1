//! The stored form of the work: keys, records, migration, loading and
//! writing. Anchoring stored annotations to sentences is in [`crate::anchor`].
//!
//! Every record is a JSON object `{"v": version, "seq": n, ...}` under a
//! namespaced key:
//!
//! | key | record |
//! |---|---|
//! | `hamish/v1/meta` | schema version, language, open document |
//! | `hamish/v1/labels` | the label set |
//! | `hamish/v1/doc/<doc>/<chunk>` | annotations of sentences `chunk*256 ..` |
//! | `hamish/v1/orphans/<doc>` | annotations whose sentence was lost |
//! | `hamish/v1/base/<doc>` | a bundled text as it was when annotated |
//! | `hamish/v1/imported` | imported documents: ids and titles |
//! | `hamish/v1/exercise` | the exercise being done (student mode) |
//! | `hamish/v1/shelf/<hash>/<student>` | a student's work set aside |
//! | `hamish/v1/adjudication` | the teacher's comparison, decisions and key |
//! | `hamish/v1/text/<doc>` | an imported text, where IndexedDB is unavailable |
//! | `hamish/v1/quarantine/<key>` | unreadable data set aside, untouched |
//!
//! An annotation is stored as `[start, end, "hash", [label ids], "note",
//! "quote", suggested]`: code-point offsets, the sentence's hash and the
//! beginning of its text, so that it can be found again if the text
//! changes; `suggested` (`true` for labels still to review) is left out
//! when false, as are an empty note and quote at the end.
//! `seq` orders writes: start-up takes the newer of localStorage and the
//! journal, key by key.

mod classroom;
mod keys;
mod load;
mod records;
mod sync;
mod writes;

pub use classroom::*;
pub use keys::*;
pub use load::*;
pub use records::*;
pub use sync::*;
pub use writes::*;
