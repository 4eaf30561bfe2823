//! The group server's integration tests: a real server on 127.0.0.1:0 with
//! a real database (a temp SQLite file, and PostgreSQL when
//! `BRIM_TEST_POSTGRES_URL` is set), driven over HTTP.

mod abuse;
mod attack;
mod bad_input;
mod board;
mod cli;
mod common;
mod cursors;
mod erasure;
mod idempotency;
mod isolation;
mod lead;
mod log_secrets;
mod many_servers;
mod panics;
mod pg_tls;
mod process;
mod quotas;
mod readers;
mod releases;
mod schema;
mod shapes;
mod slow;
mod story;
mod suppression;
mod utility;
