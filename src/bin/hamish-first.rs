//! The first program the page loads: small, it lets the first view (the
//! bundled document, painted before any code runs) be labeled while the
//! app itself loads. See `src/browser/first_view`.

fn main() {
    hamish::browser::first_view::start();
}
