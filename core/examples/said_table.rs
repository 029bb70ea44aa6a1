//! Prints every message with a count, in both languages, for the counts
//! where Arabic changes form: 0, 1, 2, 3, 10, 11, 100.
//!
//! `cargo run --example said_table`

use hamish_core::i18n::said::counted_messages;
use hamish_core::i18n::Lang;

fn main() {
    for (name, message) in counted_messages() {
        println!("{name}");
        for n in [0, 1, 2, 3, 10, 11, 100] {
            println!("  {n:>3}  {}  |  {}", message(Lang::Arabic, n), message(Lang::English, n));
        }
    }
}
