//! The Tauri shell: app state and thin commands over brim-core. No journal
//! logic lives here; anything worth testing is in brim-core.

use tauri::{Builder, Runtime};

/// Builds the app on any runtime, so tests can use the mock runtime.
pub fn run_app<R: Runtime>(builder: Builder<R>) -> tauri::Result<()> {
    builder.run(tauri::generate_context!())
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    if let Err(error) = run_app(Builder::default()) {
        eprintln!("Brim could not start: {error}");
        std::process::exit(1);
    }
}
