//! Shared helpers for Brim's end-to-end tests.
