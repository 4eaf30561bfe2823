//! Reads the core's English catalogues (`locales/en/core/*.ftl`) and writes
//! two things for `src/words.rs`: a constant for every message id, so a
//! message that is not in the catalogues does not compile, and the list of
//! every language's core catalogues, built into the binary.

// A build script that cannot read the catalogues should stop the build, loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut languages: Vec<PathBuf> =
        dirs(&locales).into_iter().filter(|d| d.join("core").is_dir()).collect();
    languages.sort();
    let mut out = String::new();

    let english = ftl_files(&locales.join("en/core"));
    assert!(!english.is_empty(), "no English core catalogues in {}", locales.display());
    let mut ids = Vec::new();
    for file in &english {
        let text = fs::read_to_string(file).expect("a catalogue is readable");
        ids.extend(message_ids(&text));
    }
    ids.sort();
    out.push_str(
        "/// Every message id in the core's English catalogues.\npub mod id {\n    use super::MessageId;\n",
    );
    for id in &ids {
        let name = id.replace('-', "_").to_uppercase();
        writeln!(out, "    pub const {name}: MessageId = MessageId({id:?});").unwrap();
    }
    out.push_str("}\n\n/// Every id in [`id`].\n#[allow(dead_code)]\nstatic ALL_IDS: &[MessageId] = &[\n");
    for id in &ids {
        writeln!(out, "    id::{},", id.replace('-', "_").to_uppercase()).unwrap();
    }
    out.push_str("];\n\n/// Each language's core catalogues, by language code.\nstatic CATALOGUES: &[(&str, &[&str])] = &[\n");
    for language in &languages {
        let code = language.file_name().unwrap().to_string_lossy();
        let files: Vec<String> = ftl_files(&language.join("core"))
            .iter()
            .map(|f| format!("include_str!({:?})", f.canonicalize().unwrap().display().to_string()))
            .collect();
        writeln!(out, "    ({code:?}, &[{}]),", files.join(", ")).unwrap();
    }
    out.push_str("];\n");
    fs::write(PathBuf::from(env::var_os("OUT_DIR").unwrap()).join("core_words.rs"), out).unwrap();
}

fn dirs(path: &Path) -> Vec<PathBuf> {
    fs::read_dir(path).unwrap().filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect()
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir).map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
    files.sort();
    files
}

/// The ids of a Fluent file's messages: lines that start with an id and `=`
/// (terms start with `-`, comments with `#`, and continuations with a space).
fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let first = id.chars().next()?;
            (first.is_ascii_lowercase()
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_owned())
        })
        .collect()
}
