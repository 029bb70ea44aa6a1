//! Exercises, submissions, comparison, agreement, adjudication, grades.

mod adjudication;
mod agreement;
mod exercise_files;
mod grading;
mod practice_key;
mod school;
mod span_comparison;
mod students_on_one_browser;
