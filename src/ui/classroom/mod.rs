//! A classroom exercise: the teacher makes it, a student picks a name and
//! works beside its instructions and checks a practice key; the teacher
//! compares submissions, decides, and grades against a key.

pub mod answer_key;
pub mod class_on_server;
pub mod compare_table;
pub mod compare_view;
pub mod exercise_maker;
pub mod exercise_panel;
pub mod gradebook_panel;
pub mod read_from_server;
pub mod replacement_prompt;
pub mod self_check;
pub mod span_agreement;
pub mod student_picker;
