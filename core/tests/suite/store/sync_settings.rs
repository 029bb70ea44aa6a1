//! Sync settings as typed, and where sync stands as the sync script
//! reports it, in both languages.

use hamish_core::i18n::said::sync::{sync_word, SyncWord};
use hamish_core::i18n::Lang;
use hamish_core::store::{person_database, ConfigProblem, SyncConfig, SyncError, SyncState};

#[test]
fn settings_as_typed_are_trimmed_and_checked() {
    let typed = SyncConfig::typed("  https://couch.school.example/ ", " nour ", "pass word", "d1").unwrap();
    assert_eq!(typed.server, "https://couch.school.example");
    assert_eq!(typed.name, "nour");
    assert_eq!(typed.password, "pass word", "a password is never trimmed");
    assert_eq!(typed.database, person_database("nour"));
    assert_eq!(SyncConfig::typed("couch.school.example", "nour", "", "d1"), Err(ConfigProblem::Address));
    assert_eq!(SyncConfig::typed("ftp://couch", "nour", "", "d1"), Err(ConfigProblem::Address));
    assert_eq!(SyncConfig::typed("http://", "nour", "", "d1"), Err(ConfigProblem::Address));
    assert_eq!(SyncConfig::typed("HTTP://127.0.0.1:5984", " ", "", "d1"), Err(ConfigProblem::Name));
}

#[test]
fn what_the_script_reports_reads_as_a_state_with_words() {
    assert_eq!(SyncState::reported("synced", ""), SyncState::Synced);
    assert_eq!(SyncState::reported("offline", "unreachable"), SyncState::Offline);
    assert_eq!(SyncState::reported("error", "login"), SyncState::Error(SyncError::Login));
    assert_eq!(SyncState::reported("error", "missing"), SyncState::Error(SyncError::Missing));
    assert_eq!(SyncState::reported("error", "teapot"), SyncState::Error(SyncError::Other));
    assert_eq!(SyncState::Off.word(), None);
    for lang in [Lang::Arabic, Lang::English] {
        let refused = sync_word(lang, SyncState::Error(SyncError::Login).word().unwrap());
        // Every refusal says that the work is kept.
        assert!(refused.contains("محفوظ") || refused.contains("kept"), "{refused}");
        assert_eq!(SyncState::Error(SyncError::Forbidden).short_word(), Some(SyncWord::StoppedShort));
        assert!(!sync_word(lang, SyncWord::OfflineShort).is_empty());
    }
}
