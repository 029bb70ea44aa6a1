//! Compiles every `seeds/*.txt` file (at the top of the repository) into
//! the app: adding a document is dropping a file into `seeds/`, no code change.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds_dir = manifest_dir.join("..").join("seeds");
    println!("cargo:rerun-if-changed={}", seeds_dir.display());

    let mut seeds: Vec<PathBuf> = fs::read_dir(&seeds_dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
                .collect()
        })
        .unwrap_or_default();
    seeds.sort();

    let mut generated = String::from(
        "/// Documents bundled from `seeds/`, sorted by file name.\npub static BUNDLED_SEEDS: &[BundledSeed] = &[\n",
    );
    for path in &seeds {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read(path).expect("a seed file is readable");
        if std::str::from_utf8(&text).is_err() {
            panic!("{} is not valid UTF-8", path.display());
        }
        let stem = file_stem(path);
        writeln!(
            generated,
            "    BundledSeed {{ id: {stem:?}, file_name: {name:?}, text: include_str!({path:?}) }},",
            name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default(),
            path = path.display().to_string(),
        )
        .expect("writing to a String cannot fail");
    }
    generated.push_str("];\n");

    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seeds.rs");
    fs::write(out, generated).expect("OUT_DIR is writable");
}

fn file_stem(path: &Path) -> String {
    path.file_stem().and_then(|stem| stem.to_str()).unwrap_or("document").to_string()
}
