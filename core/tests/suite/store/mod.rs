//! The stored form of the work, migration, what a change writes, tabs.

mod leaving;
mod migration;
mod stored_form;
mod stored_spans;
mod students_taking_turns;
mod tabs_at_once;
mod what_a_change_writes;
