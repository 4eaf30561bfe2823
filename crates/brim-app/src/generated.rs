//! The files written from the command table (committed): the shell's command
//! list (`build.rs` turns each name into a permission), the main window's
//! capability, and the TypeScript wrappers in `ui/src/lib/ipc/`. The test
//! below fails when any of them is out of date; `make bindings` (which sets
//! `BRIM_WRITE_COMMANDS=1`) writes them afresh.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::commands::{COMMANDS, Served};

const HEADER: &str = "Generated from the command table in crates/brim-app/src/commands.rs\n\
     by `make bindings`: do not edit (a test fails when this file is out of date).";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every generated file: its path from the repository's root, and its contents.
pub fn files() -> Vec<(String, String)> {
    let mut files = vec![
        ("src-tauri/src/command_names.rs".to_owned(), command_names()),
        ("src-tauri/capabilities/main.json".to_owned(), capability()),
    ];
    let modules: BTreeSet<&str> = COMMANDS.iter().map(|c| c.module).collect();
    for module in modules {
        files.push((format!("ui/src/lib/ipc/{module}.ts"), typescript(module)));
    }
    files
}

fn command_names() -> String {
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    out.push_str(
        "// Every IPC command of the app. `build.rs` includes this file to generate an\n\
         // `allow-…` permission for each, and the tests check the main window's\n\
         // capability grants exactly these.\n\npub const COMMANDS: &[&str] = &[\n",
    );
    for command in COMMANDS {
        let _ = writeln!(out, "    \"{}\",", command.name);
    }
    out.push_str("];\n");
    out
}

fn capability() -> String {
    /// The capability file, its keys in the order Tauri's docs write them.
    #[derive(serde::Serialize)]
    struct Capability {
        #[serde(rename = "$schema")]
        schema: &'static str,
        identifier: &'static str,
        description: &'static str,
        windows: [&'static str; 1],
        permissions: Vec<String>,
    }
    let capability = Capability {
        schema: "../gen/schemas/desktop-schema.json",
        identifier: "main",
        description: "What the main window may call: Brim's own commands and nothing else.",
        windows: ["main"],
        permissions: COMMANDS.iter().map(|c| format!("allow-{}", c.name.replace('_', "-"))).collect(),
    };
    let mut text = serde_json::to_string_pretty(&capability).unwrap_or_default();
    text.push('\n');
    text
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn typescript(module: &str) -> String {
    let cfg = ts_rs::Config::new();
    let mut uses = BTreeSet::new();
    let mut declared = BTreeSet::new();
    let mut decls = String::new();
    let mut wrappers = String::new();
    for command in COMMANDS.iter().filter(|c| c.module == module) {
        if command.served == Served::HostChannel {
            let _ = writeln!(
                wrappers,
                "// `{}` sends news on a channel: its wrapper is in ./watch.ts.\n",
                command.name
            );
            continue;
        }
        let returns = (command.returns_ts)(&cfg);
        uses.extend(returns.uses);
        if !command.doc.is_empty() {
            let _ = writeln!(wrappers, "/** {} */", command.doc.trim());
        }
        let function = camel(command.name);
        match (command.args_ts)(&cfg) {
            None => {
                let _ = writeln!(
                    wrappers,
                    "export const {function} = () => call<{}>('{}');\n",
                    returns.text, command.name
                );
            }
            Some(args) => {
                let name =
                    args.text.trim_start_matches("type ").split([' ', '<']).next().unwrap_or("").to_owned();
                if declared.insert(name.clone()) {
                    uses.extend(args.uses);
                    let _ = writeln!(decls, "export {}\n", args.text.trim());
                }
                let _ = writeln!(
                    wrappers,
                    "export const {function} = (args: {name}) => call<{}>('{}', args);\n",
                    returns.text, command.name
                );
            }
        }
    }
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    let _ = writeln!(out, "// One typed function per command of `mod {module}` in the table.");
    out.push_str("import { call } from './call';\n");
    for ty in uses.iter().filter(|ty| !declared.contains(*ty)) {
        let _ = writeln!(out, "import type {{ {ty} }} from '../bindings/{ty}';");
    }
    out.push('\n');
    out.push_str(&decls);
    out.push_str(wrappers.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As `make bindings` says: with `BRIM_WRITE_COMMANDS=1` the files are
    /// written; without it, any difference fails and names the file.
    #[test]
    fn generated_files_are_current() {
        let write = std::env::var_os("BRIM_WRITE_COMMANDS").is_some_and(|v| v == "1");
        let mut stale = Vec::new();
        for (path, contents) in files() {
            let full = root().join(&path);
            let on_disk = std::fs::read_to_string(&full).unwrap_or_default();
            if on_disk != contents {
                if write {
                    std::fs::write(&full, &contents).unwrap();
                } else {
                    stale.push(path);
                }
            }
        }
        assert!(stale.is_empty(), "out of date (run `make bindings` and commit what it writes): {stale:?}");
    }

    #[test]
    fn command_names_are_unique_and_snake_case() {
        let mut seen = BTreeSet::new();
        for command in COMMANDS {
            assert!(seen.insert(command.name), "{} is in the table twice", command.name);
            assert!(command.name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{}", command.name);
        }
    }

    #[test]
    fn argument_keys_are_read_from_the_structs() {
        let keys = |name: &str| (COMMANDS.iter().find(|c| c.name == name).unwrap().args)();
        assert_eq!(keys("list_moments_for_skill"), ["skillId", "limit", "after"]);
        assert_eq!(keys("change_passphrase"), ["old", "new"]);
        assert!(keys("home").is_empty());
        let optional = |name: &str| (COMMANDS.iter().find(|c| c.name == name).unwrap().args_optional)();
        assert!(optional("export_backup"));
        assert!(!optional("import_backup"));
        assert_eq!(camel("list_moments_for_skill"), "listMomentsForSkill");
    }
}
