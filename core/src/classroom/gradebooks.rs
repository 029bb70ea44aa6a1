//! Gradebooks a learning platform imports as they are: Moodle's CSV grade
//! import and Canvas's gradebook import, each grade in points on the
//! teacher's scale. The full table with every figure is
//! [`crate::classroom::grading::gradebook_csv`]. `docs/classroom.md` gives
//! the import steps on each platform.

use crate::classroom::compare::Submission;
use crate::classroom::grading::{grade_share, points, points_cell, spreadsheet_cell, Score};
use crate::model::exercise::StudentIdKind;

/// The maximum a grade scale starts at.
pub const DEFAULT_MAX_POINTS: u32 = 100;
/// The largest maximum a teacher can set.
pub const MAX_POINTS_LIMIT: u32 = 10_000;

/// A cell that must reach the platform exactly as typed (an identifier):
/// quoted only when RFC 4180 needs it, never prefixed.
fn exact_cell(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The header Moodle's import maps the identifier column by: its user
/// field names (`username`, `idnumber`, `email`); `None` when the exercise
/// asked nothing, so there is nothing Moodle can match.
pub fn moodle_identifier(kind: StudentIdKind) -> Option<&'static str> {
    match kind {
        StudentIdKind::Nothing => None,
        StudentIdKind::Username => Some("username"),
        StudentIdKind::IdNumber => Some("idnumber"),
        StudentIdKind::Email => Some("email"),
    }
}

/// The grade column's title: the exercise's title (Moodle names a new
/// grade item after it; Canvas matches or makes an assignment by it). A
/// title ending in a number in brackets gets a word after it, since Canvas
/// reads `Title (123)` as the id of assignment 123.
fn grade_title(exercise: &str) -> String {
    let title = exercise.split_whitespace().collect::<Vec<_>>().join(" ");
    let ends_in_id = title
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .is_some_and(|(_, digits)| !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()));
    match (title.is_empty(), ends_in_id) {
        (true, _) => "Hamish".to_string(),
        (false, true) => format!("{title} - Hamish"),
        (false, false) => title,
    }
}

/// A student's row data: their score and their file.
pub type Graded<'a> = (&'a Score, &'a Submission);

/// Moodle's CSV grade import: UTF-8 (with a byte order mark, which Moodle
/// takes off), commas, one header row: the identifier (`username`,
/// `idnumber` or `email`: the teacher maps it to that user field), `Full
/// name` (ignored), the grade (mapped to a grade item whose maximum is
/// `max_points`) and `Feedback` (mapped to that item's feedback). Moodle
/// refuses the whole file for one empty or unknown identifier or one grade
/// out of range, so students without an identifier or a grade are left
/// out: `None` when the exercise asked for no identifier.
pub fn moodle_csv(exercise: &str, kind: StudentIdKind, max_points: u32, graded: &[Graded]) -> Option<String> {
    let identifier = moodle_identifier(kind)?;
    let title = spreadsheet_cell(&grade_title(exercise));
    let mut out = format!("\u{feff}{identifier},Full name,{title},Feedback\r\n");
    let placed = |(score, submission): &&Graded| !submission.student_id.is_empty() && grade_share(score).is_some();
    for (score, submission) in graded.iter().filter(placed) {
        let feedback = match score.out_of {
            0 => String::new(),
            out_of => format!("{} / {out_of}", score.correct),
        };
        let row = [
            exact_cell(&submission.student_id),
            spreadsheet_cell(&score.student),
            points_cell(points(score, max_points)),
            spreadsheet_cell(&feedback),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    Some(out)
}

/// Canvas's gradebook import: UTF-8 with a byte order mark (before an
/// unquoted first cell, as Canvas needs), the columns `Student`, `ID`,
/// `SIS User ID`, `SIS Login ID`, `Section` (in English: Canvas refuses
/// others), then one column for the exercise (a title Canvas does not know
/// makes a new assignment), a `Points Possible` row with the maximum, then
/// one row per student with a grade (a blank cell would clear a grade
/// already in Canvas). Canvas finds a student by `ID`, else `SIS User ID`,
/// else `SIS Login ID`, else by exact name: the student number goes in `SIS
/// User ID`, a username or an email in `SIS Login ID`.
pub fn canvas_csv(exercise: &str, kind: StudentIdKind, max_points: u32, graded: &[Graded]) -> String {
    let title = spreadsheet_cell(&grade_title(exercise));
    let mut out = format!("\u{feff}Student,ID,SIS User ID,SIS Login ID,Section,{title}\r\n");
    out.push_str(&format!("Points Possible,,,,,{max_points}\r\n"));
    for (score, submission) in graded.iter().filter(|(score, _)| grade_share(score).is_some()) {
        let id = exact_cell(&submission.student_id);
        let (sis_user, sis_login) = match kind {
            StudentIdKind::IdNumber => (id, String::new()),
            StudentIdKind::Username | StudentIdKind::Email => (String::new(), id),
            StudentIdKind::Nothing => (String::new(), String::new()),
        };
        let row = [
            spreadsheet_cell(&score.student),
            String::new(),
            sis_user,
            sis_login,
            String::new(),
            points_cell(points(score, max_points)),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
