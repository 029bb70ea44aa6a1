//! Moving through a corpus and its navigator.

mod keyboard_navigation;
mod navigator;
