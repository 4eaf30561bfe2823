#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
fn main() {
    brim_tauri_lib::run()
}
