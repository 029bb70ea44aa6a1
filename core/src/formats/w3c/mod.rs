//! W3C Web Annotation: the JSON-LD export ([`write`](mod@write)) and its reading back
//! onto the documents it was made from ([`read`]).

pub mod read;
pub mod write;
