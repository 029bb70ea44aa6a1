//! The teacher's work on students' submissions: what each student chose
//! ([`choices`], [`compare`]), agreement on labels and on spans
//! ([`agreement`], [`span_agreement`]), scores against a key ([`grading`]),
//! decisions, the key and feedback ([`adjudication`]), and a student's own
//! check against a practice key ([`self_check`]); whose a submission file
//! is ([`submissions`]) and the gradebooks learning platforms import
//! ([`gradebooks`]). The data they work on
//! (exercises, attempts, the comparison kept) is in [`crate::model`]; the
//! files in [`crate::formats::exercise_file`].

pub mod adjudication;
pub mod agreement;
pub mod choices;
pub mod compare;
pub mod gradebooks;
pub mod grading;
pub mod label_keys;
pub mod self_check;
pub mod span_agreement;
pub mod submissions;
