#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
fn main() {
    brim_app_lib::run()
}
