//! Every sentence a person reads comes from the Fluent catalogues
//! (`locales/<language>/*.ftl` and `locales/<language>/core/*.ftl`), so it can
//! be translated. This test reads the Rust of the core, the app's command
//! layer and the shell (everything outside their `#[cfg(test)]` code) and fails
//! on a string literal that reads like words for a person: a capital letter,
//! then a small one, and three words or more. `ui/tests/catalogues.test.ts`
//! does the same for the screens.
//!
//! Short labels (one or two words) pass this check; they are kept in the
//! catalogues by review, and the English name of a built-in area is the name
//! the group's server knows it by, not words shown as they are.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

/// Literals that read like words but are for a developer, with the reason.
const NOT_FOR_A_PERSON: &[(&str, &str, &str)] = &[
    (
        "crates/brim-app/src/generated.rs",
        "Generated from the command table",
        "the header of a generated file",
    ),
    ("crates/brim-app/src/generated.rs", "What the main window may call", "a capability file's description"),
    ("src-tauri/src/lib.rs", "Brim could not start", "printed to the terminal when no window could open"),
];

const SCANNED: [&str; 3] = ["crates/brim-core/src", "crates/brim-app/src", "src-tauri/src"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

/// The string literals of Rust source, with their line, skipping comments
/// and char literals (`'"'`), and reading raw strings (`r#"…"#`) whole.
fn literals(source: &str) -> Vec<(usize, String)> {
    let bytes = source.as_bytes();
    let line_of = |at: usize| source[..at].matches('\n').count() + 1;
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &source[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |e| e + 2);
        } else if rest.starts_with('r')
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
            && rest[1..].trim_start_matches('#').starts_with('"')
        {
            let hashes = rest[1..].len() - rest[1..].trim_start_matches('#').len();
            let open = 2 + hashes;
            let close = format!("\"{}", "#".repeat(hashes));
            let end = rest[open..].find(&close).map_or(rest.len(), |e| open + e);
            found.push((line_of(i), rest[open..end].to_owned()));
            i += end + close.len();
        } else if rest.starts_with('"') {
            let mut j = 1;
            while j < rest.len() && rest.as_bytes()[j] != b'"' {
                j += if rest.as_bytes()[j] == b'\\' { 2 } else { 1 };
            }
            found.push((line_of(i), rest[1..j.min(rest.len())].to_owned()));
            i += j + 1;
        } else if let Some(escaped) = rest.strip_prefix("'\\") {
            i += 2 + escaped.find('\'').map_or(rest.len(), |e| e + 1);
        } else if rest.starts_with('\'') && rest[1..].chars().nth(1) == Some('\'') {
            i += 1 + rest[1..].chars().next().map_or(1, char::len_utf8) + 1;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// Reads like a sentence for a person ("Keep it to 80 letters or fewer."),
/// or holds one between HTML tags or `{}` placeholders.
fn reads_like_words(literal: &str) -> bool {
    let text = literal.replace("\\\n", " ");
    text.split(['<', '>', '{', '}']).any(sentence)
}

fn sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut first = words.first().map(|w| w.chars()).into_iter().flatten();
    let capital_then_small = first.next().is_some_and(|c| c.is_uppercase())
        && first.next().is_some_and(|c| c.is_lowercase() || c == '\'');
    capital_then_small && words.len() >= 3
}

fn words_outside_catalogues(file: &Path, source: &str) -> Vec<String> {
    let relative = file.strip_prefix(root()).unwrap_or(file).to_string_lossy().replace('\\', "/");
    let relative = relative.trim_start_matches("./").to_owned();
    // Test code may say anything: it is never shown.
    let shipped = source.find("\n#[cfg(test)]").map_or(source, |at| &source[..at]);
    literals(shipped)
        .into_iter()
        .filter(|(_, literal)| reads_like_words(literal))
        .filter(|(_, literal)| {
            !NOT_FOR_A_PERSON.iter().any(|(f, start, _)| relative.ends_with(f) && literal.starts_with(start))
        })
        .map(|(line, literal)| format!("{relative}:{line}: \"{literal}\""))
        .collect()
}

#[test]
fn no_words_for_a_person_are_written_into_the_rust() {
    let mut files = Vec::new();
    for dir in SCANNED {
        rust_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 40, "found only {} Rust files: is the path right?", files.len());
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| words_outside_catalogues(f, &std::fs::read_to_string(f).unwrap()))
        .collect();
    assert!(
        found.is_empty(),
        "words a person reads are written straight into the Rust; put them in locales/en/core/*.ftl \
         (and the other languages) and use brim_core::id:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_catches_words_wherever_rust_can_hold_them() {
    let source = r####"
        fn a() -> Error { Error::invalid("That name is too long for us.") }
        fn b() -> String { format!("Keep it to {} letters or fewer.", 80) }
        const C: &str = r#"Time for a check-in"#;
        fn d() { let e = "You're good at \
            this."; }
        // "A comment may say anything it likes."
        fn f() -> char { '"' } fn g() -> &'static str { "Still caught after a quote." }
#[cfg(test)]
mod tests { const T: &str = "Tests may say what they like."; }
    "####;
    let found = words_outside_catalogues(Path::new("crates/brim-core/src/example.rs"), source);
    let caught: Vec<&str> = found.iter().map(|f| f.split(": ").nth(1).unwrap_or_default()).collect();
    assert_eq!(
        caught,
        [
            "\"That name is too long for us.\"",
            "\"Keep it to {} letters or fewer.\"",
            "\"Time for a check-in\"",
            "\"You're good at \\\n            this.\"",
            "\"Still caught after a quote.\"",
        ],
        "{found:#?}"
    );
    // Ids, SQL, labels and log lines for a developer are not words for a person.
    assert!(reads_like_words("<h1>{title}</h1><p>Skills I have, and moments that show them.</p>"));
    let fine = [
        "error-name-too-long",
        "SELECT id FROM skill WHERE x = 1",
        "Speaking up",
        "brim: sync failed: {e}",
        "<html lang=\"{}\"><title>{title}</title>",
        "body{font-family:system-ui,sans-serif}h1{font-size:1.6rem}",
    ];
    for fine in fine {
        assert!(!reads_like_words(fine), "{fine}");
    }
}
