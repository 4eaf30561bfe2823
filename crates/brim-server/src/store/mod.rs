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
use std::sync::Arc;

use crate::erasure::LedgerEntry;
use crate::error::Error;
pub use crate::error::StoreError;

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

/// One row of a query result, read by column name: a query that selects
/// its columns in another order (or adds one) reads the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The result's column names (shared by all its rows), as the engine
    /// reports them: the name of a selected column, or its `AS` alias.
    columns: Arc<[String]>,
    values: Vec<Value>,
}

impl Row {
    /// A row of `values`, one for each of `columns` in order.
    pub fn new(columns: Arc<[String]>, values: Vec<Value>) -> Self {
        Row { columns, values }
    }

    /// The value of the column `name`.
    pub fn get(&self, name: &str) -> Result<&Value, StoreError> {
        self.columns
            .iter()
            .position(|c| c == name)
            .and_then(|i| self.values.get(i))
            .ok_or_else(|| StoreError(format!("no column {name} in the result")))
    }

    /// The text column `name`.
    pub fn text(&self, name: &str) -> Result<String, StoreError> {
        match self.get(name)? {
            Value::Text(s) => Ok(s.clone()),
            other => Err(StoreError(format!("column {name}: expected text, got {other:?}"))),
        }
    }

    /// The text column `name`, which may be NULL.
    pub fn opt_text(&self, name: &str) -> Result<Option<String>, StoreError> {
        match self.get(name)? {
            Value::Null => Ok(None),
            _ => self.text(name).map(Some),
        }
    }

    /// The integer column `name`.
    pub fn int(&self, name: &str) -> Result<i64, StoreError> {
        match self.get(name)? {
            Value::Int(v) => Ok(*v),
            other => Err(StoreError(format!("column {name}: expected integer, got {other:?}"))),
        }
    }

    /// The UUID (stored as text) in column `name`.
    pub fn uuid(&self, name: &str) -> Result<uuid::Uuid, StoreError> {
        let s = self.text(name)?;
        uuid::Uuid::parse_str(&s).map_err(|e| StoreError(format!("column {name}: bad uuid: {e}")))
    }
}

/// An open transaction: the engine's primitives, which fail only with a
/// [`StoreError`]. SQL uses `$1, $2, …` placeholders, each used once
/// and in order, which both SQLite and PostgreSQL accept.
pub trait Conn: Send {
    /// Run a statement; returns the number of rows changed.
    fn execute(
        &mut self,
        sql: &str,
        params: &[Value],
    ) -> impl Future<Output = Result<u64, StoreError>> + Send;
    /// Run a query; returns every row.
    fn query(
        &mut self,
        sql: &str,
        params: &[Value],
    ) -> impl Future<Output = Result<Vec<Row>, StoreError>> + Send;
    /// Write `entry` to the erasure ledger (outside the main database) so it
    /// is there before this transaction commits, and scrub the freed bytes of
    /// `tables` once it has committed (SQLite: truncate the WAL; PostgreSQL:
    /// rewrite the tables). See `crate::erasure`.
    fn record_erasure(
        &mut self,
        entry: LedgerEntry,
        tables: &'static [&'static str],
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Every hash in the erasure ledger, as stored now.
    fn ledger_hashes(&mut self) -> impl Future<Output = Result<HashSet<String>, StoreError>> + Send;
    /// Which of `hashes` are in the erasure ledger.
    fn in_ledger_of(
        &mut self,
        hashes: &[String],
    ) -> impl Future<Output = Result<HashSet<String>, StoreError>> + Send;
}

/// The sizes an id list for `IN (…)` is cut to: a statement's text is then
/// one of a few, and stays in the engines' statement caches.
const LIST_SIZES: [usize; 4] = [1, 8, 32, 128];

/// `items` cut into lists of [`LIST_SIZES`], the last one padded by
/// repeating its last item (a repeat changes nothing in `IN (…)`, nor in an
/// `INSERT … ON CONFLICT DO NOTHING`).
pub(crate) fn lists<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    let largest = LIST_SIZES[LIST_SIZES.len() - 1];
    items
        .chunks(largest)
        .map(|chunk| {
            let size = LIST_SIZES.iter().copied().find(|&n| n >= chunk.len()).unwrap_or(largest);
            let mut list = chunk.to_vec();
            if let Some(last) = chunk.last() {
                list.resize(size, last.clone());
            }
            list
        })
        .collect()
}

/// `$from, $from+1, …` for `n` values (placeholders for `IN (…)`).
pub(crate) fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
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
