//! Reading files the user picks or drops: their bytes, legacy encodings
//! through the browser's own `TextDecoder`, and a web page's visible text
//! through its `DOMParser`.

use crate::core::formats::errors::{ImportError, MAX_IMPORT_BYTES};
use crate::core::formats::reading::Platform;
use crate::core::text::encoding::Encoding;
use crate::core::text::markup::inert_markup;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, File, Node, SupportedType, TextDecoder, TextDecoderOptions};

/// The browser as the platform opened files are read on: its decoder,
/// its HTML parser, and a pause until the next task.
pub struct Browser;

impl Platform for Browser {
    fn decode(&self, bytes: &[u8], encoding: Encoding) -> Result<String, ImportError> {
        decode_as(bytes, encoding.label(), encoding.name())
    }

    fn page_text(&self, markup: &str) -> Option<(String, String)> {
        html_text(markup)
    }

    fn pause(&self) -> impl std::future::Future<Output = ()> {
        crate::browser::dom::next_task()
    }
}

/// A file's name and bytes; files over the import limit are refused
/// before they are read.
pub async fn read_file(file: &File) -> Result<(String, Vec<u8>), ImportError> {
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size });
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| ImportError::Unreadable)?;
    Ok((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// Decodes `bytes` as the encoding with WHATWG `label` (its byte order
/// mark dropped), refusing bytes that are not valid in it.
fn decode_as(bytes: &[u8], label: &str, name: &str) -> Result<String, ImportError> {
    let undecodable = || ImportError::Undecodable { encoding: name.to_string() };
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = TextDecoder::new_with_label_and_options(label, &options).map_err(|_| undecodable())?;
    decoder.decode_with_u8_array(bytes).map_err(|_| undecodable())
}

/// Elements whose end starts a new line in a page's text.
const BLOCKS: &[&str] = &[
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "BR",
    "DD",
    "DIV",
    "DL",
    "DT",
    "FIGCAPTION",
    "FIGURE",
    "FOOTER",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "HR",
    "LI",
    "MAIN",
    "NAV",
    "OL",
    "P",
    "PRE",
    "SECTION",
    "TABLE",
    "TD",
    "TH",
    "TR",
    "UL",
];

/// The title and visible text of a web page, one line per paragraph,
/// heading, list item or table cell; scripts and styles left out.
fn html_text(markup: &str) -> Option<(String, String)> {
    let parser = DomParser::new().ok()?;
    let document = parser.parse_from_string(&inert_markup(markup), SupportedType::TextHtml).ok()?;
    let title = document.title().trim().to_string();
    if let Ok(hidden) = document.query_selector_all("script, style, x-inert-style, noscript, template, head") {
        for index in 0..hidden.length() {
            if let Some(node) = hidden.item(index) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    let mut text = String::new();
    if let Some(body) = document.body() {
        walk(&body, &mut text);
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    Some((title, lines.join("\n")))
}

fn walk(node: &Node, out: &mut String) {
    let children = node.child_nodes();
    for index in 0..children.length() {
        let Some(child) = children.item(index) else {
            continue;
        };
        if child.node_type() == Node::TEXT_NODE {
            let value = child.node_value().unwrap_or_default();
            let collapsed: Vec<&str> = value.split_whitespace().collect();
            if !collapsed.is_empty() {
                if value.starts_with(char::is_whitespace) && !out.ends_with(['\n', ' ']) {
                    out.push(' ');
                }
                out.push_str(&collapsed.join(" "));
                if value.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
            }
        } else if let Some(element) = child.dyn_ref::<web_sys::Element>() {
            let block = BLOCKS.contains(&element.tag_name().to_uppercase().as_str());
            if block {
                out.push('\n');
            }
            walk(&child, out);
            if block {
                out.push('\n');
            }
        }
    }
}

/// What a drop holds: its entries (files and folders) when the browser
/// gives them, else its files. Read at once: a drop's data is gone after
/// its event.
pub fn dropped(transfer: &web_sys::DataTransfer) -> (Vec<web_sys::FileSystemEntry>, Vec<File>) {
    let items = transfer.items();
    let entries: Vec<web_sys::FileSystemEntry> = (0..items.length())
        .filter_map(|index| items.get(index))
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect();
    let files = transfer.files().map(|list| (0..list.length()).filter_map(|index| list.get(index)).collect());
    (entries, files.unwrap_or_default())
}

/// Every file under `entries`, folders walked in name order; hidden files
/// (a name starting with `.`) left out.
pub async fn files_under(entries: Vec<web_sys::FileSystemEntry>) -> Vec<File> {
    let mut files = Vec::new();
    let mut pending: Vec<web_sys::FileSystemEntry> = entries.into_iter().rev().collect();
    while let Some(entry) = pending.pop() {
        if entry.name().starts_with('.') {
            continue;
        }
        if entry.is_directory() {
            let mut children = folder_entries(entry.unchecked_ref()).await;
            children.sort_by_key(|child| std::cmp::Reverse(child.name()));
            pending.extend(children);
        } else if let Some(file) = entry_file(entry.unchecked_ref()).await {
            files.push(file);
        }
    }
    files
}

/// The entries of a folder (read in batches until the browser has no more).
async fn folder_entries(folder: &web_sys::FileSystemDirectoryEntry) -> Vec<web_sys::FileSystemEntry> {
    let reader = folder.create_reader();
    let mut entries = Vec::new();
    loop {
        let batch = js_sys::Promise::new(&mut |resolve, reject| {
            if let Err(error) = reader.read_entries_with_callback_and_callback(&resolve, &reject) {
                // A folder the browser will not read ends the walk, not hangs it.
                let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &error);
            }
        });
        let Ok(batch) = JsFuture::from(batch).await else {
            break;
        };
        let batch: js_sys::Array = batch.unchecked_into();
        if batch.length() == 0 {
            break;
        }
        entries.extend(batch.iter().map(|entry| entry.unchecked_into::<web_sys::FileSystemEntry>()));
    }
    entries
}

/// The file of a file entry.
async fn entry_file(entry: &web_sys::FileSystemFileEntry) -> Option<File> {
    let file = js_sys::Promise::new(&mut |resolve, reject| entry.file_with_callback_and_callback(&resolve, &reject));
    JsFuture::from(file).await.ok().map(|file| file.unchecked_into())
}
