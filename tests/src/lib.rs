//! Shared helpers for Brim's end-to-end tests.

pub mod proxy;
