//! Only the commands in `src/command_names.rs` can be called from the UI:
//! tauri-build turns each into an `allow-…` permission, and
//! `capabilities/main.json` grants them to the main window and nothing else.

include!("src/command_names.rs");

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri configuration and capabilities are valid");
}
