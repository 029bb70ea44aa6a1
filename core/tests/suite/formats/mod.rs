//! Every file read and written: round trips, golden files, the tools that read the exports, opening files.

mod corpus_again;
mod corpus_import;
mod export_in_pieces;
mod hamish_spans;
mod import_layers;
mod import_preview;
mod opening_files;
mod read_by_tools;
mod round_trips;
mod spans_for_tools;
mod spans_from_tools;
mod w3c_round_trip;
mod way_back;
