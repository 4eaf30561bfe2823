//! The PostgreSQL engine for larger deployments: tokio-postgres through a
//! deadpool pool; migrations are our own small runner keyed on a
//! `schema_version` table, one transaction per file.

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use tokio_postgres::{NoTls, Row as PgRow};

use super::{Conn, Job, Row, Store, StoreError, Value};
use crate::error::Error;

/// Every PostgreSQL migration, in order; append only.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../../../migrations/server/postgres/0001_init.sql"),
    include_str!("../../../../migrations/server/postgres/0002_cursor_secret.sql"),
];

fn store_err(e: impl std::fmt::Display) -> Error {
    Error::Store(StoreError(e.to_string()))
}

/// A failure to connect, with its causes ("db error" alone says nothing:
/// the reason, like pg_hba refusing plain text or a certificate not
/// trusted, is in the source chain). Logged, never sent to a client.
fn connect_err(e: &(dyn std::error::Error + 'static)) -> Error {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    Error::Store(StoreError(text))
}

/// The PostgreSQL engine.
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").field("status", &self.pool.status()).finish()
    }
}

impl PostgresStore {
    /// Connect with a `postgres://…` URL and bring the schema up to date;
    /// over TLS when the URL asks (`sslmode`, see [`super::pg_tls`]).
    pub async fn connect(url: &str) -> Result<Self, Error> {
        let target = super::pg_tls::target(url)?;
        Self::connect_to(target, 16).await
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
        let store = Self { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<(), Error> {
        let mut client = self.pool.get().await.map_err(|e| connect_err(&e))?;
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)",
            )
            .await
            .map_err(store_err)?;
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

fn row_values(row: &PgRow) -> Result<Row, Error> {
    let mut out = Vec::with_capacity(row.len());
    for (i, col) in row.columns().iter().enumerate() {
        let v = match *col.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(i).map_err(store_err)?.map(Value::Int),
            Type::INT4 => row.try_get::<_, Option<i32>>(i).map_err(store_err)?.map(|v| Value::Int(v.into())),
            _ => row.try_get::<_, Option<String>>(i).map_err(store_err)?.map(Value::Text),
        };
        out.push(v.unwrap_or(Value::Null));
    }
    Ok(out)
}

struct PgConn<'a>(&'a deadpool_postgres::Transaction<'a>);

fn refs(params: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

impl Conn for PgConn<'_> {
    async fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, Error> {
        let stmt = self.0.prepare_cached(sql).await.map_err(store_err)?;
        self.0.execute(&stmt, &refs(params)).await.map_err(store_err)
    }

    async fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, Error> {
        let stmt = self.0.prepare_cached(sql).await.map_err(store_err)?;
        let rows = self.0.query(&stmt, &refs(params)).await.map_err(store_err)?;
        rows.iter().map(row_values).collect()
    }
}

impl Store for PostgresStore {
    async fn transact<J: Job>(&self, job: J) -> Result<J::Output, Error> {
        let mut client = self.pool.get().await.map_err(store_err)?;
        let tx = client.transaction().await.map_err(store_err)?;
        let out = job.run(&mut PgConn(&tx)).await;
        match out {
            Ok(v) => {
                tx.commit().await.map_err(store_err)?;
                Ok(v)
            }
            Err(e) => {
                tx.rollback().await.map_err(store_err)?;
                Err(e)
            }
        }
    }
}
