//! A class made on a sync server: the roster as typed, the requests that
//! make it (who may read and write what), the list of logins, and the
//! submission document a student's app keeps.

use hamish_core::store::{
    class_requests, person_database, roster, roster_csv, submission_doc, submission_of, OnExists, RosterProblem,
    TEACHER_WRITES_ONLY,
};

fn passwords() -> impl FnMut() -> String {
    let mut next = 0;
    move || {
        next += 1;
        format!("pass{next:06}")
    }
}

#[test]
fn a_roster_as_typed() {
    let class =
        roster(" الحجاج ", "https://couch.example/", "نور\n\n  سالم  \n", ("huda", "pw"), "k7qm", passwords()).unwrap();
    assert_eq!(class.title, "الحجاج");
    assert_eq!(class.server, "https://couch.example");
    assert_eq!(class.database, "hamish-class-k7qm");
    let logins: Vec<(&str, &str, &str)> =
        class.students.iter().map(|s| (s.name.as_str(), s.login.as_str(), s.password.as_str())).collect();
    assert_eq!(logins, [("نور", "k7qm-01", "pass000001"), ("سالم", "k7qm-02", "pass000002")]);
    let server = "http://10.0.0.5:5984";
    assert_eq!(roster("t", server, " \n ", ("huda", "pw"), "c", passwords()), Err(RosterProblem::NoStudents));
    assert_eq!(roster("t", server, "نور", (" ", "pw"), "c", passwords()), Err(RosterProblem::NoTeacher));
    assert_eq!(roster("t", server, "نور", ("huda", ""), "c", passwords()), Err(RosterProblem::NoTeacherPassword));
    assert_eq!(roster("t", server, "نور\nنور", ("huda", "pw"), "c", passwords()), Err(RosterProblem::NameTwice));
    // A relative or empty address would send the admin login to the app's own host.
    for address in ["", "/_users", "couch.example", "https://", "javascript:alert(1)"] {
        assert_eq!(
            roster("t", address, "نور", ("huda", "pw"), "c", passwords()),
            Err(RosterProblem::Address),
            "{address}"
        );
    }
}

#[test]
fn the_requests_give_each_student_her_own_database_and_only_the_teacher_writes_the_class() {
    let class = roster("t", "https://couch.example", "نور\nسالم", ("huda", "pw"), "k7qm", passwords()).unwrap();
    let requests = class_requests(&class, "huda-pass", r#"{"hamish_exercise":1}"#);
    // The teacher's login last, kept and given the class if it is there: a
    // class refused halfway never becomes the one she teaches.
    let last = requests.last().expect("requests");
    assert_eq!(last.path, "/_users/org.couchdb.user:huda");
    assert_eq!(last.on_exists, OnExists::Update);
    let body = |path: &str| requests.iter().find(|request| request.path == path).and_then(|r| r.body.clone());
    let nour = body("/_users/org.couchdb.user:k7qm-01").unwrap();
    assert_eq!(nour["hamish"]["class"], "hamish-class-k7qm");
    assert_eq!(nour["hamish"]["name"], "نور");
    let security = body(&format!("/{}/_security", person_database("k7qm-01"))).unwrap();
    assert_eq!(security["members"]["names"], serde_json::json!(["k7qm-01", "huda"]));
    let class_security = body("/hamish-class-k7qm/_security").unwrap();
    assert_eq!(class_security["admins"]["names"], serde_json::json!(["huda"]));
    assert_eq!(class_security["members"]["names"], serde_json::json!(["huda", "k7qm-01", "k7qm-02"]));
    assert_eq!(body("/hamish-class-k7qm/_design/hamish").unwrap()["validate_doc_update"], TEACHER_WRITES_ONLY);
    let doc = body("/hamish-class-k7qm/class").unwrap();
    assert_eq!(doc["exercise"]["hamish_exercise"], 1);
    assert_eq!(doc["students"][1]["login"], "k7qm-02");
    // Nothing but the teacher's own login and database may be there already.
    let kept: Vec<&str> =
        requests.iter().filter(|request| request.on_exists != OnExists::Fail).map(|r| r.path.as_str()).collect();
    assert_eq!(kept, [format!("/{}", person_database("huda")), "/_users/org.couchdb.user:huda".to_string()]);
}

#[test]
fn the_list_of_logins_is_a_spreadsheet_that_runs_nothing() {
    let class =
        roster("t", "https://couch.example", "نور\n=HYPERLINK(\"x\")", ("huda", "pw"), "k7qm", passwords()).unwrap();
    let csv = roster_csv(&class);
    assert!(csv.starts_with("\u{feff}name,login,password,server\r\n"));
    assert!(csv.contains("نور,k7qm-01,pass000001,https://couch.example\r\n"));
    assert!(!csv.contains("\n=HYPERLINK"), "a formula is never a cell's start: {csv}");
}

#[test]
fn a_submission_document_holds_the_file_as_it_is() {
    let file = r#"{"hamish_submission": 1, "text": "«نعم»"}"#;
    assert_eq!(submission_of(&submission_doc(file)).as_deref(), Some(file));
    assert_eq!(submission_of("{}"), None);
    assert_eq!(submission_of("not json"), None);
}
