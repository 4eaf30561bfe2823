//! The embedded engine: one SQLite file (WAL, `synchronous=FULL`,
//! `secure_delete`), one writing connection behind a mutex and a few
//! read-only ones beside it (WAL lets them read while it writes), every
//! transaction run in `spawn_blocking`. Its erasure ledger is a file beside
//! the database; after a transaction that erased something, the WAL is
//! checkpointed and truncated (waiting for readers to leave the old frames),
//! so the erased bytes are in no file of the folder.

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, ToSql};
use rusqlite_migration::{M, Migrations};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::{Conn, Job, Row, Store, StoreError, Value};
use crate::erasure::{ApplyLedger, FileLedger, LedgerEntry};
use crate::error::Error;

/// Every SQLite migration, in order; append only.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../../../migrations/server/sqlite/0001_init.sql"),
    include_str!("../../../../migrations/server/sqlite/0002_summary_releases.sql"),
    include_str!("../../../../migrations/server/sqlite/0003_cursor_secret.sql"),
    include_str!("../../../../migrations/server/sqlite/0004_removals_by_owner.sql"),
    include_str!("../../../../migrations/server/sqlite/0005_removal_notices.sql"),
    include_str!("../../../../migrations/server/sqlite/0006_board.sql"),
];

/// The migration list `rusqlite_migration` runs.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// How many read-only connections a store keeps beside its writer.
pub const READERS: usize = 4;

/// The SQLite engine.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    // Fields drop in this order: the readers close before the writer, so the
    // writer is the file's last connection and, on a clean stop, checkpoints
    // and removes the WAL (a read-only connection cannot).
    readers: Arc<Readers>,
    conn: Arc<Mutex<Connection>>,
    ledger: Arc<FileLedger>,
    /// Transactions begun on the writer (see [`SqliteStore::writes`]).
    writes: Arc<std::sync::atomic::AtomicU64>,
}

/// The read-only connections: one permit per idle connection, so a reader
/// waits (without a thread) until one is free.
#[derive(Debug)]
struct Readers {
    idle: Mutex<Vec<Connection>>,
    permits: Arc<Semaphore>,
}

/// A reader on loan; it goes back to the pool when dropped, even when the job
/// panicked, and only then frees its permit.
struct Lease {
    conn: Option<Connection>,
    readers: Arc<Readers>,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            self.readers.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(conn);
        }
    }
}

/// A read-only connection to the file the writer has opened (and put in WAL mode).
fn open_reader(path: &Path) -> Result<Connection, Error> {
    let flags =
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags).map_err(store_err)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(store_err)?;
    // Read-only twice over: the file is opened for reading, and SQLite itself
    // refuses any statement that would write.
    conn.pragma_update(None, "query_only", "ON").map_err(store_err)?;
    Ok(conn)
}

fn store_err(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

impl SqliteStore {
    /// Open (creating if needed) the file at `path`, bring its schema up to
    /// date, and re-apply the erasure ledger beside it (`PATH.erasures`).
    pub fn open(path: &Path) -> Result<Self, Error> {
        Self::open_with_readers(path, READERS)
    }

    /// [`SqliteStore::open`] with `readers` read-only connections (at least one).
    pub fn open_with_readers(path: &Path, readers: usize) -> Result<Self, Error> {
        let mut conn = Connection::open(path).map_err(store_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(store_err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(store_err)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(store_err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(store_err)?;
        // Deleted rows are overwritten with zeros, in the page and in the WAL.
        conn.pragma_update(None, "secure_delete", "ON").map_err(store_err)?;
        migrations().to_latest(&mut conn).map_err(store_err)?;
        let ledger = FileLedger::open(FileLedger::path_for(path))?;
        run_transaction(&mut conn, &ledger, ApplyLedger)?;
        let readers = readers.max(1);
        let idle = (0..readers).map(|_| open_reader(path)).collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            readers: Arc::new(Readers { idle: Mutex::new(idle), permits: Arc::new(Semaphore::new(readers)) }),
            conn: Arc::new(Mutex::new(conn)),
            ledger: Arc::new(ledger),
            writes: Arc::default(),
        })
    }

    /// How many transactions have begun on the writing connection since the
    /// store was opened: a test's way to see that a request never took it.
    pub fn writes(&self) -> u64 {
        self.writes.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Where this store's erasure ledger is.
    pub fn ledger(&self) -> &FileLedger {
        &self.ledger
    }
}

/// Copy every WAL frame into the database and cut the WAL to zero bytes, so
/// the frames that held erased rows are gone. Cheap after one small
/// transaction; it only fails to finish while another process reads (an
/// admin command, a `.backup`), and then the next erasure or close does it.
fn checkpoint(conn: &Connection) {
    match conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get::<_, i64>(0)) {
        Ok(0) => {}
        Ok(_) => {
            tracing::warn!("WAL checkpoint after an erasure was blocked by a reader; the next one retries")
        }
        Err(e) => tracing::warn!(error = %e, "WAL checkpoint after an erasure failed"),
    }
}

/// Begin a transaction with `begin`. A panic mid-job may have left the last
/// one open (and a reader with it an old snapshot): that one is rolled away first.
fn begin(conn: &Connection, begin: &str) -> Result<(), StoreError> {
    if !conn.is_autocommit() {
        conn.execute_batch("ROLLBACK").map_err(store_err)?;
    }
    conn.execute_batch(begin).map_err(store_err)
}

/// Run `job` in one transaction: the ledger entries it records go to disk
/// before the commit, and the WAL is truncated after it when it erased.
fn run_transaction<J: Job>(conn: &mut Connection, ledger: &FileLedger, job: J) -> Result<J::Output, Error> {
    begin(conn, "BEGIN IMMEDIATE")?;
    let mut tx = SqliteConn { conn: &mut *conn, ledger, erased: Vec::new(), scrub: false };
    let result = finish_now(job.run(&mut tx));
    let SqliteConn { erased, scrub, .. } = tx;
    match result {
        Ok(out) => {
            if let Err(e) = ledger.append(&erased) {
                let _ = conn.execute_batch("ROLLBACK");
                return Err(e.into());
            }
            if let Err(e) = conn.execute_batch("COMMIT") {
                let _ = conn.execute_batch("ROLLBACK");
                return Err(store_err(e).into());
            }
            if scrub {
                checkpoint(conn);
            }
            Ok(out)
        }
        Err(e) => {
            conn.execute_batch("ROLLBACK").map_err(store_err)?;
            Err(e)
        }
    }
}

/// Run `job` in one read transaction on a read-only connection: it sees
/// what was committed when its first query ran, and nothing it tries to
/// write or erase is kept.
fn run_read<J: Job>(conn: &mut Connection, ledger: &FileLedger, job: J) -> Result<J::Output, Error> {
    begin(conn, "BEGIN")?;
    let mut tx = SqliteConn { conn: &mut *conn, ledger, erased: Vec::new(), scrub: false };
    let result = finish_now(job.run(&mut tx));
    let wrote = !tx.erased.is_empty() || tx.scrub;
    // Ending the transaction lets the next job on this connection see newer writes.
    conn.execute_batch("ROLLBACK").map_err(store_err)?;
    if wrote && result.is_ok() {
        return Err(Error::Internal("a read-only job tried to erase something".into()));
    }
    result
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

/// A transaction on one connection (the writer or a reader). Holding
/// `&mut Connection` (not a `rusqlite::Transaction`) keeps it `Send`, which
/// `Conn` asks of every engine.
struct SqliteConn<'a> {
    conn: &'a mut Connection,
    ledger: &'a FileLedger,
    /// Ledger entries to write before the commit.
    erased: Vec<LedgerEntry>,
    /// Whether to truncate the WAL after the commit.
    scrub: bool,
}

impl Conn for SqliteConn<'_> {
    async fn record_erasure(
        &mut self,
        entry: LedgerEntry,
        _tables: &'static [&'static str],
    ) -> Result<(), StoreError> {
        self.erased.push(entry);
        self.scrub = true;
        Ok(())
    }

    async fn ledger_hashes(&mut self) -> Result<HashSet<String>, StoreError> {
        Ok(self.ledger.read()?.into_iter().map(|e| e.hash).collect())
    }

    async fn in_ledger_of(&mut self, hashes: &[String]) -> Result<HashSet<String>, StoreError> {
        Ok(hashes.iter().filter(|h| self.ledger.contains(h)).cloned().collect())
    }

    async fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(store_err)?;
        let n = stmt.execute(rusqlite::params_from_iter(params.iter())).map_err(store_err)?;
        Ok(n as u64)
    }

    async fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(store_err)?;
        let width = stmt.column_count();
        let columns: Arc<[String]> = stmt.column_names().into_iter().map(str::to_owned).collect();
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
            out.push(Row::new(Arc::clone(&columns), values));
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
    const ONE_WRITER: bool = true;

    async fn transact<J: Job>(&self, job: J) -> Result<J::Output, Error> {
        let conn = Arc::clone(&self.conn);
        let ledger = Arc::clone(&self.ledger);
        let writes = Arc::clone(&self.writes);
        tokio::task::spawn_blocking(move || {
            // A panic mid-job poisons the lock: take the connection back
            // (`run_transaction` rolls away what it left open).
            let mut guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            writes.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            run_transaction(&mut guard, &ledger, job)
        })
        .await
        .map_err(store_err)?
    }

    async fn read<J: Job>(&self, job: J) -> Result<J::Output, Error> {
        let permit = Arc::clone(&self.readers.permits).acquire_owned().await.map_err(store_err)?;
        let conn = self.readers.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).pop();
        // One permit per idle connection, and a lease always gives its connection back.
        let conn = conn.ok_or_else(|| Error::Internal("no idle reader behind a permit".into()))?;
        let mut lease = Lease { conn: Some(conn), readers: Arc::clone(&self.readers), _permit: permit };
        let ledger = Arc::clone(&self.ledger);
        tokio::task::spawn_blocking(move || {
            let conn = lease.conn.as_mut().ok_or_else(|| Error::Internal("an empty lease".into()))?;
            run_read(conn, &ledger, job)
        })
        .await
        .map_err(store_err)?
    }

    async fn vacuum(&self) -> Result<(), Error> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            // Rebuild the file (no free pages at all), then empty the WAL the
            // rebuild went through.
            guard.execute_batch("VACUUM").map_err(store_err)?;
            checkpoint(&guard);
            Ok(())
        })
        .await
        .map_err(store_err)?
    }
}
