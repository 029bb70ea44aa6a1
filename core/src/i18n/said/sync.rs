//! Words of sync through a server: the settings, where sync stands, and
//! why the server refused, both languages side by side (the store says
//! which word a state is).

use crate::i18n::lang::Lang;

/// A word of the sync settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncWord {
    /// Heading of the section.
    Legend,
    /// What sync does, in a sentence.
    About,
    /// Field: the server's address.
    Server,
    /// Field: the login's name.
    Name,
    /// Field: the password.
    Password,
    /// Button: turn sync on.
    TurnOn,
    /// Button: turn sync off.
    TurnOff,
    /// What turning off does.
    OffKeeps,
    /// Where the password is kept.
    PasswordKept,
    /// Another tab of this browser syncs.
    Elsewhere,
    /// Reaching the server.
    Connecting,
    /// Sending or receiving.
    Syncing,
    /// All sent and received.
    Synced,
    /// The server cannot be reached now.
    Offline,
    /// The server refused the login.
    RefusedLogin,
    /// The login may not use the database.
    RefusedDatabase,
    /// The server has no database for the login.
    NoDatabase,
    /// The server did not answer.
    Unreachable,
    /// The browser will not keep the copy sync needs.
    NoCopy,
    /// Sync failed otherwise.
    Failed,
    /// The address as typed is not one.
    BadAddress,
    /// No login name typed.
    NoName,
    /// Button: turn sync on although the work here synced as another login.
    TurnOnAnyway,
    /// Under the logins: they are shown once.
    LoginsOnce,
    /// A student in a class on the server: where her work goes.
    WorkGoesToTeacher,
    /// Sync cannot run from a file opened from disk.
    NeedsAddress,
    /// Heading: a class on a server.
    ClassLegend,
    /// What making a class does.
    ClassAbout,
    /// Field: the server admin's name.
    AdminName,
    /// Field: the server admin's password.
    AdminPassword,
    /// That the admin login is used once.
    AdminNotKept,
    /// Field: the teacher's login.
    TeacherLogin,
    /// Field: the teacher's password (for a new login).
    TeacherPassword,
    /// Field: the students' names.
    StudentNames,
    /// Button: make the class.
    MakeClass,
    /// The class is being made.
    MakingClass,
    /// The class is made: hand out the logins.
    ClassMade,
    /// Button: download the list of logins.
    DownloadLogins,
    /// Column: name.
    ColumnName,
    /// Column: login.
    ColumnLogin,
    /// Column: password.
    ColumnPassword,
    /// No student names typed.
    NoStudents,
    /// No teacher login typed.
    NoTeacher,
    /// No title for the class.
    NoClassTitle,
    /// A student name typed twice.
    NameTwice,
    /// No password for the teacher's login.
    NoTeacherPassword,
    /// The server refused the admin login.
    AdminRefused,
    /// Something of the class exists already on the server.
    ClassExists,
    /// Button: read the students' submissions from the server.
    ReadClass,
    /// In the top bar: offline (the whole reason is in Settings).
    OfflineShort,
    /// In the top bar: the server refused (the reason is in Settings).
    StoppedShort,
}

/// The words for `word` in `lang`.
pub fn sync_word(lang: Lang, word: SyncWord) -> &'static str {
    let (arabic, english) = match word {
        SyncWord::Legend => ("المزامنة عبر خادم", "Sync through a server"),
        SyncWord::About => (
            "يبقى عملك في هذا المتصفح كما هو، ويُرسل إلى خادم CouchDB ويُستقبل منه متى اتصلت، فتجده على أجهزتك الأخرى.",
            "Your work stays in this browser as it is, and goes to and comes from a CouchDB server whenever you are online, so your other devices have it too.",
        ),
        SyncWord::Server => ("عنوان الخادم", "Server address"),
        SyncWord::Name => ("اسم الدخول", "Login name"),
        SyncWord::Password => ("كلمة المرور", "Password"),
        SyncWord::TurnOn => ("تشغيل المزامنة", "Turn sync on"),
        SyncWord::TurnOff => ("إيقاف المزامنة", "Turn sync off"),
        SyncWord::OffKeeps => (
            "إيقاف المزامنة يُبقي كل شيء في هذا المتصفح.",
            "Turning sync off keeps everything in this browser.",
        ),
        SyncWord::PasswordKept => (
            "تُحفظ كلمة المرور في هذا المتصفح حتى توقف المزامنة.",
            "The password is kept in this browser until you turn sync off.",
        ),
        SyncWord::Elsewhere => ("المزامنة جارية في نافذة أخرى", "Syncing in another tab"),
        SyncWord::Connecting => ("جارٍ الاتصال بالخادم…", "Connecting to the server…"),
        SyncWord::Syncing => ("جارٍ المزامنة…", "Syncing…"),
        SyncWord::Synced => ("متزامن", "Synced"),
        SyncWord::Offline => ("غير متصل: يُحفظ العمل هنا ويُرسل لاحقًا", "Offline: work is kept here and sent later"),
        SyncWord::RefusedLogin => (
            "رفض الخادم اسم الدخول أو كلمة المرور. عملك محفوظ هنا.",
            "The server refused the login name or password. Your work is kept here.",
        ),
        SyncWord::RefusedDatabase => (
            "لا يسمح الخادم لهذا الاسم بهذه القاعدة. عملك محفوظ هنا.",
            "The server does not let this login use its database. Your work is kept here.",
        ),
        SyncWord::NoDatabase => (
            "ليس على الخادم قاعدة لهذا الاسم؛ اطلبها ممن يدير الخادم. عملك محفوظ هنا.",
            "The server has no database for this login; ask whoever runs it. Your work is kept here.",
        ),
        SyncWord::Unreachable => (
            "تعذّر الوصول إلى الخادم. عملك محفوظ هنا ويُرسل حين يعود.",
            "The server cannot be reached. Your work is kept here and goes when it is back.",
        ),
        SyncWord::NoCopy => (
            "لا يسمح هذا المتصفح بنسخة للمزامنة (نافذة خاصة؟). عملك محفوظ هنا.",
            "This browser will not keep a copy for sync (a private window?). Your work is kept here.",
        ),
        SyncWord::Failed => ("تعذّرت المزامنة. عملك محفوظ هنا.", "Sync failed. Your work is kept here."),
        SyncWord::BadAddress => (
            "اكتب عنوان الخادم كاملًا، مثل https://couch.example.org",
            "Type the server's whole address, such as https://couch.example.org",
        ),
        SyncWord::NoName => ("اكتب اسم الدخول.", "Type the login name."),
        SyncWord::TurnOnAnyway => ("تشغيل المزامنة بهذا الاسم مع ذلك", "Turn sync on with this login anyway"),
        SyncWord::LoginsOnce => (
            "نزّل القائمة الآن: لا تظهر كلمات المرور مرة أخرى.",
            "Download the list now: the passwords are not shown again.",
        ),
        SyncWord::WorkGoesToTeacher => (
            "يصل عملك إلى معلمك وحده عبر الخادم، وهو محفوظ هنا أيضًا؛ لا ملف تسلّمه.",
            "Your work reaches your teacher by itself through the server, and is kept here too: there is no file to hand in.",
        ),
        SyncWord::NeedsAddress => (
            "المزامنة تعمل حين يُفتح هامش من عنوان ويب، لا من ملف على الجهاز.",
            "Sync works when Hamish is opened from a web address, not from a file on this device.",
        ),
        SyncWord::ClassLegend => ("صف على الخادم", "A class on the server"),
        SyncWord::ClassAbout => (
            "يُنشئ لكل طالب اسم دخول وقاعدة لا يقرؤها غيره وغيرك، ويضع التمرين في قاعدة الصف التي يقرؤها الطلاب ولا يكتب فيها إلا أنت.",
            "Makes a login and a database for each student, which only she and you read, and puts the exercise in the class database, which the students read and only you write.",
        ),
        SyncWord::AdminName => ("اسم مدير الخادم", "Server admin name"),
        SyncWord::AdminPassword => ("كلمة مرور المدير", "Admin password"),
        SyncWord::AdminNotKept => (
            "يُستعمل دخول المدير مرة واحدة ولا يُحفظ.",
            "The admin login is used once and never kept.",
        ),
        SyncWord::TeacherLogin => ("اسم دخولك أنت", "Your own login"),
        SyncWord::TeacherPassword => ("كلمة مرورك (إن كان الاسم جديدًا)", "Your password (if the login is new)"),
        SyncWord::StudentNames => ("أسماء الطلاب، اسم في كل سطر", "Students' names, one per line"),
        SyncWord::MakeClass => ("إنشاء الصف", "Make the class"),
        SyncWord::MakingClass => ("جارٍ إنشاء الصف…", "Making the class…"),
        SyncWord::ClassMade => (
            "أُنشئ الصف. أعطِ كل طالب اسم دخوله وكلمة مروره وعنوان الخادم.",
            "The class is made. Give each student her login, her password and the server's address.",
        ),
        SyncWord::DownloadLogins => ("تنزيل قائمة الدخول", "Download the logins"),
        SyncWord::ColumnName => ("الاسم", "Name"),
        SyncWord::ColumnLogin => ("اسم الدخول", "Login"),
        SyncWord::ColumnPassword => ("كلمة المرور", "Password"),
        SyncWord::NoStudents => ("اكتب اسم طالب واحد على الأقل.", "Type at least one student's name."),
        SyncWord::NoTeacher => ("اكتب اسم دخولك.", "Type your own login."),
        SyncWord::NoClassTitle => ("اكتب عنوانًا للتمرين: به يُعرف الصف.", "Type a title for the exercise: the class goes by it."),
        SyncWord::NameTwice => ("اسم مكتوب مرتين؛ ميّز بين الطالبين.", "A name is typed twice; tell the two students apart."),
        SyncWord::NoTeacherPassword => (
            "اكتب كلمة مرور لدخولك (تُستعمل إن كان الاسم جديدًا).",
            "Type a password for your login (used if the login is new).",
        ),
        SyncWord::AdminRefused => (
            "رفض الخادم دخول المدير. لم يُنشأ شيء.",
            "The server refused the admin login. Nothing was made.",
        ),
        SyncWord::ClassExists => (
            "على الخادم شيء بهذا الاسم من قبل؛ أعد المحاولة فيُختار رمز صف جديد.",
            "The server already has something by that name; try again for a new class code.",
        ),
        SyncWord::ReadClass => ("قراءة إجابات الصف من الخادم", "Read the class's work from the server"),
        SyncWord::OfflineShort => ("غير متصل", "Offline"),
        SyncWord::StoppedShort => ("توقفت المزامنة", "Sync stopped"),
    };
    match lang {
        Lang::Arabic => arabic,
        Lang::English => english,
    }
}

/// The work in this browser synced as `earlier`; `now` was typed.
pub fn other_login(lang: Lang, earlier: &str, now: &str) -> String {
    match lang {
        Lang::Arabic => format!(
            "العمل في هذا المتصفح مُزامَن باسم \u{2068}{earlier}\u{2069}. المزامنة باسم \u{2068}{now}\u{2069} ترسله إلى حسابه أيضًا. إن لم يكن عملك، فاطلب من صاحبه إيقاف المزامنة وأخذ نسخة."
        ),
        Lang::English => format!(
            "The work in this browser synced as \u{2068}{earlier}\u{2069}. Syncing as \u{2068}{now}\u{2069} sends it to that account too. If it is not your work, ask its owner to back it up first."
        ),
    }
}

/// The students of a class with no work on the server yet, listed.
pub fn not_started(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Arabic => format!("لم يبدأ بعد: \u{2068}{names}\u{2069}"),
        Lang::English => format!("Not started yet: \u{2068}{names}\u{2069}"),
    }
}
