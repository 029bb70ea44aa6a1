//! Hamish (هامش): a sentence annotator for Arabic text that runs entirely in
//! the browser.
//!
//! - [`core`]: the pure core, its own crate (`core/`, `hamish-core`): text,
//!   documents, labels, file formats and the state, tested natively;
//! - [`browser`]: the one place that talks to the browser (storage, DOM);
//! - [`ui`]: Yew components and the hooks that run their effects.

pub use hamish_core as core;

pub mod browser;
pub mod ui;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<ui::app::App>::new().render();
}
