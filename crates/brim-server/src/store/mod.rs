//! Storage: one `Store` trait, two engines (SQLite and PostgreSQL), chosen
//! once from the `--database` URL.
//!
//! Each engine supplies only a transaction and two primitives (`execute`,
//! `query`) over a tiny value type; every query and every rule is written
//! once, in `queries` and the domain modules, and runs unchanged on both.
//! The server is generic over `S: Store` rather than holding an
//! `Arc<dyn Store>`: `Store::transact` is generic over the job it runs, which
//! a trait object cannot express, and the engine is fixed for the life of
//! the process anyway (`main` picks it once and calls `serve::<S>`).

pub mod pg_tls;
pub mod postgres;
pub mod queries;
pub mod releases;
pub mod sqlite;

use std::collections::HashSet;
use std::future::Future;

use crate::erasure::LedgerEntry;
use crate::error::Error;

/// A column or parameter value: all the server stores is text and integers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// A 64-bit integer.
    Int(i64),
    /// Text.
    Text(String),
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}
impl From<uuid::Uuid> for Value {
    fn from(v: uuid::Uuid) -> Self {
        Value::Text(v.to_string())
    }
}
impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        v.map_or(Value::Null, Value::Text)
    }
}

/// One row of a query result.
pub type Row = Vec<Value>;

/// A database failure; its text is logged, never sent to a client.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StoreError(pub String);

/// An open transaction. SQL uses `$1, $2, …` placeholders, each used once
/// and in order, which both SQLite and PostgreSQL accept.
pub trait Conn: Send {
    /// Run a statement; returns the number of rows changed.
    fn execute(&mut self, sql: &str, params: &[Value]) -> impl Future<Output = Result<u64, Error>> + Send;
    /// Run a query; returns every row.
    fn query(&mut self, sql: &str, params: &[Value]) -> impl Future<Output = Result<Vec<Row>, Error>> + Send;
    /// Write `entry` to the erasure ledger (outside the main database) so it
    /// is there before this transaction commits, and scrub the freed bytes of
    /// `tables` once it has committed (SQLite: truncate the WAL; PostgreSQL:
    /// rewrite the tables). See `crate::erasure`.
    fn record_erasure(
        &mut self,
        entry: LedgerEntry,
        tables: &'static [&'static str],
    ) -> impl Future<Output = Result<(), Error>> + Send;
    /// Every hash in the erasure ledger, as stored now.
    fn ledger_hashes(&mut self) -> impl Future<Output = Result<HashSet<String>, Error>> + Send;
    /// Whether `hash` is in the erasure ledger.
    fn in_ledger(&mut self, hash: &str) -> impl Future<Output = Result<bool, Error>> + Send;
}

/// Work done in one transaction: committed when it returns `Ok`, rolled back
/// otherwise, so a failing request leaves nothing half-applied.
pub trait Job: Send + 'static {
    /// What the job returns.
    type Output: Send + 'static;
    /// Do the work.
    fn run<C: Conn>(self, conn: &mut C) -> impl Future<Output = Result<Self::Output, Error>> + Send;
}

/// A storage engine.
pub trait Store: Send + Sync + 'static {
    /// Whether every write waits for one connection (SQLite): then a request
    /// that writes checks its device token with [`Store::read`] first, so a
    /// made-up token is refused without queueing behind real writes.
    const ONE_WRITER: bool = false;

    /// Run `job` in one transaction.
    fn transact<J: Job>(&self, job: J) -> impl Future<Output = Result<J::Output, Error>> + Send;

    /// Run `job`, which only reads, in one read transaction: it sees what was
    /// committed when it started, and every write that finished before this
    /// call began. SQLite runs it on a read-only connection beside the
    /// writer; an engine whose every connection can write just uses
    /// [`Store::transact`].
    fn read<J: Job>(&self, job: J) -> impl Future<Output = Result<J::Output, Error>> + Send {
        self.transact(job)
    }
    /// Scrub every content table's free space now (`brim-server vacuum`):
    /// SQLite checkpoints and truncates the WAL and rebuilds the file;
    /// PostgreSQL rewrites the tables (`VACUUM FULL`).
    fn vacuum(&self) -> impl Future<Output = Result<(), Error>> + Send;
}

/// The engine a `--database` value names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A SQLite file path.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL connection URL.
    Postgres(String),
}

impl DatabaseUrl {
    /// `postgres://…` or `postgresql://…` is PostgreSQL; `sqlite://PATH` or a
    /// plain path is SQLite.
    pub fn parse(s: &str) -> Self {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            DatabaseUrl::Postgres(s.to_owned())
        } else if let Some(path) = s.strip_prefix("sqlite://") {
            DatabaseUrl::Sqlite(path.into())
        } else if let Some(path) = s.strip_prefix("sqlite:") {
            DatabaseUrl::Sqlite(path.into())
        } else {
            DatabaseUrl::Sqlite(s.into())
        }
    }
}

pub(crate) fn text(row: &Row, i: usize) -> Result<String, Error> {
    match row.get(i) {
        Some(Value::Text(s)) => Ok(s.clone()),
        other => Err(Error::Store(StoreError(format!("column {i}: expected text, got {other:?}")))),
    }
}

pub(crate) fn opt_text(row: &Row, i: usize) -> Result<Option<String>, Error> {
    match row.get(i) {
        Some(Value::Null) => Ok(None),
        _ => text(row, i).map(Some),
    }
}

pub(crate) fn int(row: &Row, i: usize) -> Result<i64, Error> {
    match row.get(i) {
        Some(Value::Int(v)) => Ok(*v),
        other => Err(Error::Store(StoreError(format!("column {i}: expected integer, got {other:?}")))),
    }
}

pub(crate) fn uuid(row: &Row, i: usize) -> Result<uuid::Uuid, Error> {
    let s = text(row, i)?;
    uuid::Uuid::parse_str(&s).map_err(|e| Error::Store(StoreError(format!("column {i}: bad uuid: {e}"))))
}
