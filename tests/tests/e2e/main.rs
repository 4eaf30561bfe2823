//! End-to-end tests of the real app: the built `brim` binary in its real
//! WebView (WebKitGTK), driven through tauri-driver + WebKitWebDriver under
//! Xvfb, finding elements by their label or role as a screen reader would.
//!
//! They need a display and the drivers, so they are `#[ignore]`d in a plain
//! `cargo test`; `make test` runs the whole workspace suite under `xvfb-run`
//! with `--include-ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app;
mod auto_lock;
mod backup;
mod drafts;
mod group_life;
mod hostile;
mod journey;
mod listen;
mod lock;
mod portfolio;
mod reach;
mod sharing;

pub use app::App;
