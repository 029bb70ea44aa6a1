//! The core's behaviour, one crate of tests: a folder per part of the core
//! (as `core/src` has them), a file per behaviour, shared helpers in
//! [`helpers`]. Golden files are in `core/tests/golden`, the Python
//! readers the exports are checked with in `core/tests/python`.
#![cfg(not(target_arch = "wasm32"))]

mod classroom;
mod corpus;
mod formats;
mod helpers;
mod i18n;
mod model;
mod state;
mod store;
mod text;
