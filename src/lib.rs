//! Hamish (هامش): a sentence annotator for Arabic text that runs entirely in
//! the browser.
//!
//! - [`core`]: pure logic (segmentation, documents, state), tested natively;
//! - [`browser`]: the one place that talks to the browser (storage, DOM);
//! - [`ui`]: Yew components.

pub mod browser;
pub mod core;
pub mod ui;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<ui::app::App>::new().render();
}
