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

/// Reads the work from the browser, then mounts the app on the page's
/// `<body>` (the first view the build put into the page shows meanwhile).
pub fn start() {
    // Every panic is caught and reported over the page, never a dead page.
    yew::set_custom_panic_hook(Box::new(browser::panic::on_panic));
    browser::panic::rehearse_if_asked();
    wasm_bindgen_futures::spawn_local(async {
        let boot = std::rc::Rc::new(browser::startup::boot().await);
        let props = ui::app::AppProps { boot: ui::app::Booted(boot) };
        yew::Renderer::<ui::app::App>::with_props(props).render();
    });
}
