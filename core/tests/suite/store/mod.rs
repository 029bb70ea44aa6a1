//! The stored form of the work, migration, what a change writes, tabs.

mod class_roster;
mod devices_in_sync;
mod leaving;
mod migration;
mod records_in_sync;
mod stored_form;
mod stored_spans;
mod students_taking_turns;
mod sync_settings;
mod tabs_at_once;
mod what_a_change_writes;
