//! Reading files the user picks or drops.

use crate::core::import::{ImportError, MAX_IMPORT_BYTES};
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// A file's name and bytes; files over the import limit are refused
/// before they are read.
pub async fn read_file(file: &File) -> Result<(String, Vec<u8>), ImportError> {
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size });
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| ImportError::NotUtf8 { at: 0 })?;
    Ok((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}
