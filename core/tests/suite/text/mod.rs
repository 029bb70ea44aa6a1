//! Segmentation and search over Arabic text.

mod search;
mod segmentation;
