//! The PostgreSQL engine for larger deployments: tokio-postgres through a
//! deadpool pool; migrations are our own small runner keyed on a
//! `schema_version` table, one transaction per file.
//!
//! Erasure: the ledger is a table in a schema of its own beside the
//! server's (`<schema>_erasures`, e.g. `public_erasures`), which the README's
//! `pg_dump` leaves out, so `pg_restore` never rolls it back; it is written in
//! the same transaction as the erasure. After an erasure commits, the touched
//! tables are rewritten (`VACUUM FULL`): a plain VACUUM only marks dead rows'
//! space as free and leaves their bytes in the page (tested).

use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use tokio_postgres::{NoTls, Row as PgRow};

use super::{Conn, Job, Row, Store, StoreError, Value};
use crate::erasure::{ApplyLedger, CONTENT_TABLES, LedgerEntry};
use crate::error::Error;

/// Every PostgreSQL migration, in order; append only.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../../../migrations/server/postgres/0001_init.sql"),
    include_str!("../../../../migrations/server/postgres/0002_summary_releases.sql"),
    include_str!("../../../../migrations/server/postgres/0003_cursor_secret.sql"),
    include_str!("../../../../migrations/server/postgres/0004_removals_by_owner.sql"),
    include_str!("../../../../migrations/server/postgres/0005_removal_notices.sql"),
    include_str!("../../../../migrations/server/postgres/0006_board.sql"),
];

fn store_err(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

/// A failure to connect, with its causes ("db error" alone says nothing:
/// the reason, like pg_hba refusing plain text or a certificate not
/// trusted, is in the source chain). Logged, never sent to a client.
fn connect_err(e: &(dyn std::error::Error + 'static)) -> StoreError {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    StoreError(text)
}

/// The PostgreSQL engine.
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
    /// The erasure ledger's table, schema-qualified and quoted.
    ledger: Arc<str>,
    /// Rewrite the touched tables after each erasure (else `brim-server vacuum`, scheduled, does).
    rewrite_after_erasure: bool,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").field("status", &self.pool.status()).finish()
    }
}

/// Connections one copy of the server keeps open to PostgreSQL at most.
pub const POOL_SIZE: usize = 16;

impl PostgresStore {
    /// Connect with a `postgres://…` URL and bring the schema up to date;
    /// over TLS when the URL asks (`sslmode`, see [`super::pg_tls`]).
    pub async fn connect(url: &str) -> Result<Self, Error> {
        Self::connect_sized(url, POOL_SIZE).await
    }

    /// [`PostgresStore::connect`] with a pool of at most `size` connections.
    pub async fn connect_sized(url: &str, size: usize) -> Result<Self, Error> {
        let target = super::pg_tls::target(url)?;
        Self::connect_to(target, size.max(1)).await
    }

    /// Connect with a parsed config, in plain TCP (tests set a schema through `options`).
    pub async fn connect_with(config: tokio_postgres::Config, size: usize) -> Result<Self, Error> {
        Self::connect_to(super::pg_tls::Target { config, tls: None }, size).await
    }

    async fn connect_to(target: super::pg_tls::Target, size: usize) -> Result<Self, Error> {
        let recycling = ManagerConfig { recycling_method: RecyclingMethod::Fast };
        let manager = match target.tls {
            Some(tls) => Manager::from_config(target.config, tls, recycling),
            None => Manager::from_config(target.config, NoTls, recycling),
        };
        let pool = Pool::builder(manager).max_size(size).build().map_err(store_err)?;
        let mut store = Self { pool, ledger: Arc::from(""), rewrite_after_erasure: true };
        store.migrate().await?;
        store.ledger = Arc::from(store.prepare_ledger().await?);
        store.transact(ApplyLedger).await?;
        Ok(store)
    }

    /// Whether to rewrite the touched tables right after each erasure (the
    /// default). Off, erased rows' bytes stay in free space until
    /// `brim-server vacuum` runs, which a large deployment schedules instead,
    /// since each rewrite locks its table.
    pub fn with_rewrite_after_erasure(mut self, on: bool) -> Self {
        self.rewrite_after_erasure = on;
        self
    }

    /// Create the ledger's schema and table if they are missing (not a
    /// migration: a database restored from a dump has the migrations but,
    /// by design, not the ledger), and return the table's qualified name.
    async fn prepare_ledger(&self) -> Result<String, Error> {
        let mut client = self.pool.get().await.map_err(store_err)?;
        let schema: String = client
            .query_one("SELECT current_schema()", &[])
            .await
            .map_err(store_err)?
            .try_get(0)
            .map_err(store_err)?;
        let quoted = format!("\"{}_erasures\"", schema.replace('"', "\"\""));
        let tx = client.transaction().await.map_err(store_err)?;
        // Servers starting together create it once, one after the other.
        tx.batch_execute("LOCK TABLE schema_version IN EXCLUSIVE MODE").await.map_err(store_err)?;
        tx.batch_execute(&format!(
            "CREATE SCHEMA IF NOT EXISTS {quoted}; \
             CREATE TABLE IF NOT EXISTS {quoted}.erasures (hash TEXT PRIMARY KEY, kind TEXT NOT NULL)"
        ))
        .await
        .map_err(store_err)?;
        tx.commit().await.map_err(store_err)?;
        Ok(format!("{quoted}.erasures"))
    }

    /// Rewrite `tables` so no dead row's bytes are left in their files
    /// (heap, TOAST and indexes). Takes each table's exclusive lock for the
    /// time of its rewrite.
    async fn rewrite(&self, tables: &BTreeSet<&'static str>) -> Result<(), Error> {
        if tables.is_empty() {
            return Ok(());
        }
        let client = self.pool.get().await.map_err(store_err)?;
        let list = tables.iter().copied().collect::<Vec<_>>().join(", ");
        Ok(client.batch_execute(&format!("VACUUM (FULL) {list}")).await.map_err(store_err)?)
    }

    async fn migrate(&self) -> Result<(), Error> {
        let mut client = self.pool.get().await.map_err(|e| connect_err(&e))?;
        // Two servers starting together on an empty schema would both create
        // the table and one would fail (`CREATE … IF NOT EXISTS` is not safe
        // against a concurrent create): one at a time per schema, under an
        // advisory lock held to the end of this transaction.
        let tx = client.transaction().await.map_err(store_err)?;
        tx.batch_execute(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema()));
             CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)",
        )
        .await
        .map_err(store_err)?;
        tx.commit().await.map_err(store_err)?;
        for (i, sql) in MIGRATIONS.iter().enumerate() {
            let version = i64::try_from(i + 1).map_err(store_err)?;
            let tx = client.transaction().await.map_err(store_err)?;
            // One migrator at a time, even with several servers starting at once.
            tx.batch_execute("LOCK TABLE schema_version IN EXCLUSIVE MODE").await.map_err(store_err)?;
            let done = tx
                .query_opt("SELECT version FROM schema_version WHERE version = $1", &[&version])
                .await
                .map_err(store_err)?
                .is_some();
            if !done {
                tx.batch_execute(sql).await.map_err(store_err)?;
                tx.execute(
                    "INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)",
                    &[&version, &crate::token::now()],
                )
                .await
                .map_err(store_err)?;
            }
            tx.commit().await.map_err(store_err)?;
        }
        Ok(())
    }
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut tokio_postgres::types::private::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(v) => v.to_sql(ty, out),
            Value::Text(s) => s.as_str().to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        <i64 as ToSql>::accepts(ty) || <&str as ToSql>::accepts(ty)
    }

    to_sql_checked!();
}

fn row_values(row: &PgRow, columns: &Arc<[String]>) -> Result<Row, StoreError> {
    let mut out = Vec::with_capacity(row.len());
    for (i, col) in row.columns().iter().enumerate() {
        let v = match *col.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(i).map_err(store_err)?.map(Value::Int),
            Type::INT4 => row.try_get::<_, Option<i32>>(i).map_err(store_err)?.map(|v| Value::Int(v.into())),
            _ => row.try_get::<_, Option<String>>(i).map_err(store_err)?.map(Value::Text),
        };
        out.push(v.unwrap_or(Value::Null));
    }
    Ok(Row::new(Arc::clone(columns), out))
}

struct PgConn<'a> {
    tx: &'a deadpool_postgres::Transaction<'a>,
    ledger: &'a str,
    /// Tables to rewrite after the commit.
    scrub: BTreeSet<&'static str>,
}

fn refs(params: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

impl Conn for PgConn<'_> {
    async fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let stmt = self.tx.prepare_cached(sql).await.map_err(store_err)?;
        self.tx.execute(&stmt, &refs(params)).await.map_err(store_err)
    }

    async fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        let stmt = self.tx.prepare_cached(sql).await.map_err(store_err)?;
        let columns: Arc<[String]> = stmt.columns().iter().map(|c| c.name().to_owned()).collect();
        let rows = self.tx.query(&stmt, &refs(params)).await.map_err(store_err)?;
        rows.iter().map(|row| row_values(row, &columns)).collect()
    }

    async fn record_erasure(
        &mut self,
        entry: LedgerEntry,
        tables: &'static [&'static str],
    ) -> Result<(), StoreError> {
        let sql = format!("INSERT INTO {} (hash, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING", self.ledger);
        self.execute(&sql, &[entry.hash.into(), entry.kind.as_str().into()]).await?;
        self.scrub.extend(tables.iter().copied());
        Ok(())
    }

    async fn ledger_hashes(&mut self) -> Result<HashSet<String>, StoreError> {
        let sql = format!("SELECT hash FROM {}", self.ledger);
        let rows = self.query(&sql, &[]).await?;
        rows.iter().map(|r| r.text("hash")).collect()
    }

    async fn in_ledger_of(&mut self, hashes: &[String]) -> Result<HashSet<String>, StoreError> {
        let mut found = HashSet::new();
        for list in super::lists(hashes) {
            let sql = format!(
                "SELECT hash FROM {} WHERE hash IN ({})",
                self.ledger,
                super::placeholders(1, list.len())
            );
            let params: Vec<Value> = list.into_iter().map(Value::from).collect();
            for row in self.query(&sql, &params).await? {
                found.insert(row.text("hash")?);
            }
        }
        Ok(found)
    }
}

impl Store for PostgresStore {
    async fn transact<J: Job>(&self, job: J) -> Result<J::Output, Error> {
        let mut client = self.pool.get().await.map_err(store_err)?;
        let tx = client.transaction().await.map_err(store_err)?;
        let mut conn = PgConn { tx: &tx, ledger: &self.ledger, scrub: BTreeSet::new() };
        let out = job.run(&mut conn).await;
        let mut scrub = std::mem::take(&mut conn.scrub);
        if !self.rewrite_after_erasure {
            scrub.clear();
        }
        match out {
            Ok(v) => {
                tx.commit().await.map_err(store_err)?;
                drop(client);
                // The erasure stands once committed; a failed rewrite is
                // logged, and the next erasure or `brim-server vacuum` redoes it.
                if let Err(e) = self.rewrite(&scrub).await {
                    tracing::warn!(error = %e, "VACUUM FULL after an erasure failed");
                }
                Ok(v)
            }
            Err(e) => {
                tx.rollback().await.map_err(store_err)?;
                Err(e)
            }
        }
    }

    async fn vacuum(&self) -> Result<(), Error> {
        self.rewrite(&CONTENT_TABLES.iter().copied().collect()).await
    }
}
