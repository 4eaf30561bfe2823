//! Guards on the app's security settings: a change that loosens the content
//! security policy, grants the window more than Brim's own commands, or turns
//! on a `dangerous…` option fails here before it can ship.
//!
//! (An integration test, not a unit test, so `cargo test --workspace` also
//! builds the `brim` binary the end-to-end tests drive, with the same features.)

use serde_json::Value;

include!("../src/command_names.rs");

fn read_json(path: &str) -> Value {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn keys_anywhere(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                keys_anywhere(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys_anywhere(v, out)),
        _ => {}
    }
}

#[test]
fn the_content_security_policy_is_strict() {
    let conf = read_json("tauri.conf.json");
    let security = &conf["app"]["security"];
    let csp = security["csp"].as_str().expect("a CSP is set as one string");
    let directive = |name: &str| {
        csp.split(';').map(str::trim).find(|d| d.starts_with(name)).unwrap_or_default().to_owned()
    };
    assert_eq!(directive("default-src"), "default-src 'self'");
    assert_eq!(directive("script-src"), "script-src 'self'");
    assert_eq!(directive("object-src"), "object-src 'none'");
    assert!(!csp.contains("unsafe-eval"), "no eval");
    assert!(
        !csp.contains("https:") && !csp.contains("http://*") && !csp.contains('*'),
        "no remote origins: {csp}"
    );
    for directive in csp.split(';') {
        for source in directive.split_whitespace().skip(1) {
            let allowed = source.starts_with('\'')
                || source == "data:"
                || source == "ipc:"
                || source == "http://ipc.localhost";
            assert!(allowed, "{source} in the CSP would let remote content in");
        }
    }
    assert_eq!(security["freezePrototype"], Value::Bool(true));
}

#[test]
fn nothing_dangerous_is_switched_on() {
    let conf = read_json("tauri.conf.json");
    let mut keys = Vec::new();
    keys_anywhere(&conf, &mut keys);
    let dangerous: Vec<_> = keys.iter().filter(|k| k.to_lowercase().starts_with("dangerous")).collect();
    assert!(dangerous.is_empty(), "dangerous options: {dangerous:?}");
    assert!(conf["build"].get("devUrl").is_none(), "the app loads only its bundled UI");
    assert!(
        conf["identifier"].as_str().is_some_and(|id| id.contains('.')),
        "a reverse-domain identifier for the stores"
    );
}

#[test]
fn the_window_may_call_exactly_brims_commands() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), 1, "one capability, for the main window");
    let cap = read_json("capabilities/main.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote URL may call commands");
    let granted: Vec<String> =
        cap["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_owned()).collect();
    let wanted: Vec<String> = COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    assert_eq!(granted, wanted, "the capability grants Brim's commands and nothing else");
}
