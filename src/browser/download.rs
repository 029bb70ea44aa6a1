//! Downloads: hands a text to the browser as a file.

use thiserror::Error;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Why a file could not be handed to the browser.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DownloadError {
    /// No page to attach the download to (not in a browser window).
    #[error("no page to download from")]
    NoPage,
    /// The browser refused to make the file.
    #[error("{0}")]
    Refused(String),
}

fn refused(error: wasm_bindgen::JsValue) -> DownloadError {
    DownloadError::Refused(error.as_string().unwrap_or_else(|| format!("{error:?}")))
}

/// Offers `text` as a download named `file_name` with MIME type `mime`.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
    let document = web_sys::window().and_then(|window| window.document()).ok_or(DownloadError::NoPage)?;
    let body = document.body().ok_or(DownloadError::NoPage)?;
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(refused)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(refused)?
        .dyn_into()
        .map_err(|_| DownloadError::Refused("no link element".into()))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    body.append_child(&anchor).map_err(refused)?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// Today's date as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// The current time as an ISO 8601 string, for exports.
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}
