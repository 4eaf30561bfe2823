//! The embedded engine: one SQLite file (WAL, `synchronous=FULL`), one
//! connection behind a mutex, every transaction run in `spawn_blocking`.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ToSql};
use rusqlite_migration::{M, Migrations};

use super::{Conn, Job, Row, Store, StoreError, Value};
use crate::error::Error;

/// Every SQLite migration, in order; append only.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../../../migrations/server/sqlite/0001_init.sql"),
    include_str!("../../../../migrations/server/sqlite/0002_cursor_secret.sql"),
];

/// The migration list `rusqlite_migration` runs.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The SQLite engine.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

fn store_err(e: impl std::fmt::Display) -> Error {
    Error::Store(StoreError(e.to_string()))
}

impl SqliteStore {
    /// Open (creating if needed) the file at `path` and bring its schema up to date.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let mut conn = Connection::open(path).map_err(store_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(store_err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(store_err)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(store_err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(store_err)?;
        migrations().to_latest(&mut conn).map_err(store_err)?;
        Ok(Self { conn: Arc::new(Mutex::new(conn)) })
    }
}

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(v) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

/// A transaction on the one connection. Holding `&mut Connection` (not a
/// `rusqlite::Transaction`) keeps it `Send`, which `Conn` asks of every engine.
struct SqliteConn<'a>(&'a mut Connection);

impl Conn for SqliteConn<'_> {
    async fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, Error> {
        let mut stmt = self.0.prepare_cached(sql).map_err(store_err)?;
        let n = stmt.execute(rusqlite::params_from_iter(params.iter())).map_err(store_err)?;
        Ok(n as u64)
    }

    async fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, Error> {
        let mut stmt = self.0.prepare_cached(sql).map_err(store_err)?;
        let width = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(params.iter())).map_err(store_err)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(store_err)? {
            let mut values = Vec::with_capacity(width);
            for i in 0..width {
                values.push(match row.get_ref(i).map_err(store_err)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(v) => Value::Int(v),
                    ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                    other => return Err(store_err(format!("unexpected column type {other:?}"))),
                });
            }
            out.push(values);
        }
        Ok(out)
    }
}

/// Drive a future that never waits: every `SqliteConn` call completes
/// synchronously, so one poll finishes the whole job.
fn finish_now<F: std::future::Future>(fut: F) -> F::Output {
    let mut fut = std::pin::pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    match fut.as_mut().poll(&mut cx) {
        Poll::Ready(out) => out,
        // A job only awaits `Conn` calls, and those never pend on SQLite.
        Poll::Pending => unreachable!("a SQLite job waited on something other than SQLite"),
    }
}

impl Store for SqliteStore {
    async fn transact<J: Job>(&self, job: J) -> Result<J::Output, Error> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A panic mid-job poisons the lock and may leave a transaction open:
            // take the connection back and roll that transaction away.
            let mut guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if !guard.is_autocommit() {
                guard.execute_batch("ROLLBACK").map_err(store_err)?;
            }
            guard.execute_batch("BEGIN IMMEDIATE").map_err(store_err)?;
            let result = finish_now(job.run(&mut SqliteConn(&mut guard)));
            match result {
                Ok(out) => {
                    if let Err(e) = guard.execute_batch("COMMIT") {
                        let _ = guard.execute_batch("ROLLBACK");
                        return Err(store_err(e));
                    }
                    Ok(out)
                }
                Err(e) => {
                    guard.execute_batch("ROLLBACK").map_err(store_err)?;
                    Err(e)
                }
            }
        })
        .await
        .map_err(store_err)?
    }
}
