//! A class made on a sync server from the app: a login and a database per
//! student, a login for the teacher, and a class database with the
//! exercise, which the students may read but only the teacher writes. What
//! to ask the server is planned here, as requests; the browser sends them
//! with the server's admin login (used once, never kept).

use super::remote::{person_database, server_address};
use crate::formats::csv_cells::spreadsheet_cell;
use serde::Serialize;
use serde_json::json;

/// A student of the class.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClassStudent {
    /// Her name, as the teacher typed it.
    pub name: String,
    /// Her login.
    pub login: String,
    /// Her password.
    pub password: String,
}

/// A class as made on a server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Roster {
    /// The class's title.
    pub title: String,
    /// The server's address.
    pub server: String,
    /// Its code (in logins and the class database's name).
    pub code: String,
    /// The class database.
    pub database: String,
    /// The teacher's login.
    pub teacher: String,
    /// The students, in the order typed.
    pub students: Vec<ClassStudent>,
}

/// A request to the server, sent with the admin login.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AdminRequest {
    /// `PUT`, `GET`, …
    pub method: &'static str,
    /// Path from the server's root.
    pub path: String,
    /// JSON body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<serde_json::Value>,
    /// What "already there" (409, 412) means.
    pub on_exists: OnExists,
}

/// What to do when what a request makes is already on the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OnExists {
    /// A refusal: stop.
    Fail,
    /// As good as made.
    Keep,
    /// Read it and put the body's `hamish` field into it, lists joined (a
    /// login that is there keeps its password and her other classes, and
    /// gains this one).
    Update,
}

/// Why a class cannot be made as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RosterProblem {
    /// No student names.
    NoStudents,
    /// No teacher login.
    NoTeacher,
    /// The same name twice.
    NameTwice,
    /// No password for the teacher's login.
    NoTeacherPassword,
    /// No title for the class.
    NoTitle,
    /// The server's address is not `http://…` or `https://…` with a host.
    Address,
}

/// Only the teacher (a database admin) and the server's admins write the
/// class database; its members (the students) read it.
pub const TEACHER_WRITES_ONLY: &str = "function (newDoc, oldDoc, userCtx, secObj) {\n  if (userCtx.roles.indexOf('_admin') !== -1) return;\n  var admins = (secObj && secObj.admins && secObj.admins.names) || [];\n  if (admins.indexOf(userCtx.name) !== -1) return;\n  throw({ forbidden: 'Only the teacher writes the class material.' });\n}";

/// The class `title` for the students named in `names` (one per line,
/// blank lines left out), taught by `teacher`, with code `code`, on
/// `server`; each student's password from `password`.
pub fn roster(
    title: &str,
    server: &str,
    names: &str,
    (teacher, teacher_password): (&str, &str),
    code: &str,
    mut password: impl FnMut() -> String,
) -> Result<Roster, RosterProblem> {
    let server = server_address(server).ok_or(RosterProblem::Address)?;
    if title.trim().is_empty() {
        return Err(RosterProblem::NoTitle);
    }
    let names: Vec<String> = names.lines().map(str::trim).filter(|name| !name.is_empty()).map(String::from).collect();
    if names.is_empty() {
        return Err(RosterProblem::NoStudents);
    }
    if teacher.trim().is_empty() {
        return Err(RosterProblem::NoTeacher);
    }
    if teacher_password.is_empty() {
        return Err(RosterProblem::NoTeacherPassword);
    }
    if (1..names.len()).any(|at| names[..at].contains(&names[at])) {
        return Err(RosterProblem::NameTwice);
    }
    let students = (names.into_iter().enumerate())
        .map(|(at, name)| ClassStudent { name, login: format!("{code}-{:02}", at + 1), password: password() })
        .collect();
    Ok(Roster {
        title: title.trim().to_string(),
        server,
        code: code.to_string(),
        database: format!("hamish-class-{code}"),
        teacher: teacher.trim().to_string(),
        students,
    })
}

fn user(name: &str, password: &str, extra: serde_json::Value) -> AdminRequest {
    AdminRequest {
        method: "PUT",
        path: format!("/_users/org.couchdb.user:{}", encode(name)),
        body: Some(json!({ "name": name, "password": password, "roles": [], "type": "user", "hamish": extra })),
        on_exists: OnExists::Fail,
    }
}

fn database(name: &str, admins: &[&str], members: &[&str]) -> [AdminRequest; 2] {
    [
        AdminRequest { method: "PUT", path: format!("/{name}"), body: None, on_exists: OnExists::Fail },
        AdminRequest {
            method: "PUT",
            path: format!("/{name}/_security"),
            body: Some(json!({
                "admins": { "names": admins, "roles": [] },
                "members": { "names": members, "roles": [] },
            })),
            on_exists: OnExists::Fail,
        },
    ]
}

/// Percent-encodes what a path segment may not hold as it is.
fn encode(segment: &str) -> String {
    segment
        .bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (byte as char).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// What to ask the server, in order: each student's login and
/// database (she and the teacher its members), the class database (the
/// teacher its admin, everyone a member, only the teacher writes) and the
/// exercise in it, then the teacher's database and login (kept if they are
/// there; `teacher_password` sets a new login's).
pub fn class_requests(roster: &Roster, teacher_password: &str, exercise_json: &str) -> Vec<AdminRequest> {
    let teacher = roster.teacher.as_str();
    let mut requests = Vec::new();
    for student in &roster.students {
        requests.push(user(
            &student.login,
            &student.password,
            json!({ "class": roster.database, "name": student.name }),
        ));
        requests.extend(database(&person_database(&student.login), &[], &[&student.login, teacher]));
    }
    let members: Vec<&str> = std::iter::once(teacher).chain(roster.students.iter().map(|s| s.login.as_str())).collect();
    requests.extend(database(&roster.database, &[teacher], &members));
    requests.push(AdminRequest {
        method: "PUT",
        path: format!("/{}/_design/hamish", roster.database),
        body: Some(json!({ "validate_doc_update": TEACHER_WRITES_ONLY })),
        on_exists: OnExists::Fail,
    });
    let exercise: serde_json::Value = serde_json::from_str(exercise_json).unwrap_or(serde_json::Value::Null);
    let logins: Vec<serde_json::Value> =
        roster.students.iter().map(|student| json!({ "name": student.name, "login": student.login })).collect();
    requests.push(AdminRequest {
        method: "PUT",
        path: format!("/{}/class", roster.database),
        body: Some(json!({ "title": roster.title, "teacher": teacher, "students": logins, "exercise": exercise })),
        on_exists: OnExists::Fail,
    });
    // The teacher's own database, then her login (kept if they are there),
    // last: a class refused halfway never becomes the one she teaches.
    let [made, members] = database(&person_database(teacher), &[], &[teacher]);
    requests.extend([AdminRequest { on_exists: OnExists::Keep, ..made }, members]);
    requests.push(AdminRequest {
        on_exists: OnExists::Update,
        ..user(teacher, teacher_password, json!({ "teaches": [roster.database] }))
    });
    requests
}

/// The printable list as CSV (UTF-8 with a byte-order mark, CRLF): name,
/// login, password, server; a name never read as a formula.
pub fn roster_csv(roster: &Roster) -> String {
    let mut csv = String::from("\u{feff}name,login,password,server\r\n");
    for student in &roster.students {
        let row = [&student.name, &student.login, &student.password, &roster.server].map(|cell| spreadsheet_cell(cell));
        csv.push_str(&row.join(","));
        csv.push_str("\r\n");
    }
    csv
}

/// The document of a student's database that holds her submission, as her
/// app keeps it while she works (read by her teacher's live Compare).
pub const SUBMISSION_DOC: &str = "submission";

/// A member of a class as its class document lists her.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct ClassMember {
    /// Her name.
    pub name: String,
    /// Her login.
    pub login: String,
}

/// The class document of a class database.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ClassDoc {
    /// The class's title.
    #[serde(default)]
    pub title: String,
    /// The teacher's login.
    #[serde(default)]
    pub teacher: String,
    /// The students.
    #[serde(default)]
    pub students: Vec<ClassMember>,
    /// The exercise (as an exercise file holds it).
    #[serde(default)]
    pub exercise: serde_json::Value,
}

/// What a login is in its class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClassRole {
    /// A student: her app opens the class's exercise under her name.
    Student,
    /// The teacher: her Compare reads the class's work.
    Teacher,
}

/// A class database and its class document.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ClassRef {
    /// The class database.
    pub database: String,
    /// Its class document.
    pub class: ClassDoc,
}

/// What the server says of a login's classes.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ClassInfo {
    /// What the login is in them.
    pub role: ClassRole,
    /// The login's name in the class (a student's as the teacher typed it).
    pub name: String,
    /// A student's class; every class a teacher teaches, the newest last.
    pub classes: Vec<ClassRef>,
}

/// The submission document a student's app keeps: the submission file's
/// JSON text under `submission`.
pub fn submission_doc(submission_json: &str) -> String {
    json!({ "submission": submission_json }).to_string()
}

/// The submission file's text in a submission document, if any.
pub fn submission_of(doc: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(doc).ok()?;
    value.get("submission")?.as_str().map(str::to_string)
}
