//! Sharing with a group, end to end: a real group server on 127.0.0.1:0 (temp
//! SQLite file, or three copies on one PostgreSQL), real journals in temp
//! folders, brim-core's own sync client between them, and a fault-injecting
//! proxy for the network in between.

#![allow(clippy::unwrap_used)]

mod audiences;
mod common;
mod erasure;
mod faults;
mod forgetting;
mod lead;
mod lifecycle;
