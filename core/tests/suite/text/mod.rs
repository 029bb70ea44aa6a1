//! Segmentation and search over Arabic text.

mod characters;
mod search;
mod segmentation;
