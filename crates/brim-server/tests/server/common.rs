//! The test harness: start a server per engine, call it over HTTP, and
//! reach the admin jobs directly (as the command line does).

use std::sync::Arc;

use brim_protocol::{JoinResponse, Role};
use brim_server::membership::{
    CreateGroup, CreateInvite, EraseMember, ExportMember, NewGroup, NewInvite, RevokeInvite,
};
use brim_server::store::Job;
use brim_server::{Config, PostgresStore, SqliteStore, Store};
use serde_json::{Value, json};
use uuid::Uuid;

/// Which engine a test run uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// SQLite always; PostgreSQL when a URL is given. With
/// `BRIM_REQUIRE_POSTGRES=1` a missing URL fails the test loudly.
/// A plain-HTTP client. In a workspace build reqwest carries rustls without
/// a crypto provider (see the workspace Cargo.toml), so one goes in first.
pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

pub fn engines() -> Vec<Engine> {
    let mut out = vec![Engine::Sqlite];
    match std::env::var("BRIM_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => out.push(Engine::Postgres),
        _ => {
            assert!(
                std::env::var("BRIM_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "BRIM_REQUIRE_POSTGRES=1 but BRIM_TEST_POSTGRES_URL is not set: run the tests \
                 through scripts/with-postgres.sh"
            );
            eprintln!(
                "note: BRIM_TEST_POSTGRES_URL is not set, so only SQLite is tested here \
                 (scripts/with-postgres.sh runs both)"
            );
        }
    }
    out
}

/// The store behind a test server, for admin jobs.
#[derive(Debug, Clone)]
pub enum Admin {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PostgresStore>),
}

impl Admin {
    pub async fn run<J: Job>(&self, job: J) -> brim_server::Result<J::Output> {
        match self {
            Admin::Sqlite(s) => s.transact(job).await,
            Admin::Postgres(s) => s.transact(job).await,
        }
    }

    pub async fn create_group(&self, name: &str) -> NewGroup {
        self.run(CreateGroup { name: name.into(), valid_for: chrono::Duration::days(1) })
            .await
            .expect("create group")
    }

    pub async fn invite(&self, group: Uuid, role: Role, uses: i64) -> NewInvite {
        self.invite_valid_for(group, role, uses, chrono::Duration::days(1)).await
    }

    pub async fn invite_valid_for(
        &self,
        group: Uuid,
        role: Role,
        uses: i64,
        valid_for: chrono::Duration,
    ) -> NewInvite {
        self.run(CreateInvite { group_id: group, role, max_uses: uses, valid_for })
            .await
            .expect("create invite")
    }

    pub async fn revoke_invite(&self, id_or_code: &str) {
        self.run(RevokeInvite { id_or_code: id_or_code.into() }).await.expect("revoke invite");
    }

    pub async fn export(&self, member: Uuid) -> brim_server::Result<Value> {
        self.run(ExportMember { member_id: member }).await
    }

    pub async fn erase(&self, member: Uuid) -> brim_protocol::ErasureReceipt {
        self.run(EraseMember { member_id: member }).await.expect("erase member")
    }
}

/// A running server.
#[derive(Debug)]
pub struct TestServer {
    pub engine: Engine,
    pub base: String,
    pub http: reqwest::Client,
    pub admin: Admin,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<brim_server::Result<()>>>,
    _dir: tempfile::TempDir,
}

/// Settings for tests: limits and quotas high enough that only their own tests hit them.
pub fn test_config() -> Config {
    let mut c = Config::default();
    c.limits.per_address.requests = 1_000_000;
    c.limits.join.requests = 100_000;
    c.limits.per_device.requests = 1_000_000;
    c.quotas.devices_per_member = 1_000;
    c.quotas.shares_per_member = 1_000_000;
    c
}

/// A new empty schema in the test PostgreSQL: (server URL, schema name).
pub async fn fresh_postgres_schema() -> (String, String) {
    let url = std::env::var("BRIM_TEST_POSTGRES_URL").expect("BRIM_TEST_POSTGRES_URL");
    let schema = format!("t_{}", Uuid::now_v7().simple());
    let (client, conn) =
        tokio_postgres::connect(&url, tokio_postgres::NoTls).await.expect("connect to the test PostgreSQL");
    tokio::spawn(conn);
    client.batch_execute(&format!("CREATE SCHEMA {schema}")).await.expect("create schema");
    (url, schema)
}

/// A `--database` URL for the real binary that works in a new empty schema.
pub async fn postgres_url_with_fresh_schema() -> String {
    let (url, schema) = fresh_postgres_schema().await;
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}options=-c%20search_path%3D{schema}")
}

async fn postgres_store() -> PostgresStore {
    let (url, schema) = fresh_postgres_schema().await;
    let mut config: tokio_postgres::Config = url.parse().expect("postgres url");
    config.options(format!("-c search_path={schema}"));
    PostgresStore::connect_with(config, 8).await.expect("open the PostgreSQL store")
}

impl TestServer {
    pub async fn start(engine: Engine) -> Self {
        Self::start_with(engine, test_config()).await
    }

    pub async fn start_with(engine: Engine, config: Config) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let shutdown = async move {
            let _ = rx.await;
        };
        let (admin, task) = match engine {
            Engine::Sqlite => {
                let store =
                    Arc::new(SqliteStore::open(&dir.path().join("server.db")).expect("open SQLite store"));
                let task = tokio::spawn(brim_server::serve(listener, store.clone(), config, shutdown));
                (Admin::Sqlite(store), task)
            }
            Engine::Postgres => {
                let store = Arc::new(postgres_store().await);
                let task = tokio::spawn(brim_server::serve(listener, store.clone(), config, shutdown));
                (Admin::Postgres(store), task)
            }
        };
        Self { engine, base, http: http_client(), admin, stop: Some(tx), task: Some(task), _dir: dir }
    }

    /// Stop gracefully and wait for the server to finish.
    pub async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("server stopped cleanly");
        }
    }

    /// The folder the SQLite file (and its WAL and ledger) is in.
    pub fn dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The OpenAPI document the server serves.
    pub async fn document(&self) -> Value {
        self.http.get(self.url("/v1/openapi.json")).send().await.expect("doc").json().await.expect("json")
    }

    /// POST a JSON body; returns (status, body).
    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
        let mut req = self.http.post(self.url(path)).json(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        read(req.send().await.expect("request")).await
    }

    pub async fn get(&self, path: &str, token: &str) -> (u16, Value) {
        read(self.http.get(self.url(path)).bearer_auth(token).send().await.expect("request")).await
    }

    pub async fn put(&self, path: &str, token: &str, body: &Value) -> (u16, Value) {
        read(self.http.put(self.url(path)).bearer_auth(token).json(body).send().await.expect("request")).await
    }

    pub async fn delete(&self, path: &str, token: &str) -> (u16, Value) {
        read(self.http.delete(self.url(path)).bearer_auth(token).send().await.expect("request")).await
    }

    /// Join with an invite code; panics unless it works.
    pub async fn join(&self, code: &str, name: &str) -> JoinResponse {
        join_at(&self.url(""), code, name, &format!("{name}'s phone")).await
    }

    /// Sync; panics unless it answers 200.
    pub async fn sync(&self, token: &str, cursor: u64, operations: Vec<Value>) -> Value {
        let (status, body) =
            self.post("/v1/sync", Some(token), &json!({ "cursor": cursor, "operations": operations })).await;
        assert_eq!(status, 200, "sync failed: {body}");
        body
    }

    /// Everything in a member's feed from the start, following `has_more`.
    pub async fn full_feed(&self, token: &str) -> Vec<Value> {
        let mut cursor = 0;
        let mut changes = Vec::new();
        loop {
            let body = self.sync(token, cursor, vec![]).await;
            changes.extend(body["changes"].as_array().cloned().unwrap_or_default());
            cursor = body["cursor"].as_u64().expect("cursor");
            if !body["has_more"].as_bool().unwrap_or(false) {
                return changes;
            }
        }
    }
}

/// Join the server at `base` (e.g. `http://127.0.0.1:1234`) with an invite
/// code; panics unless it works. For servers started as a separate process too.
pub async fn join_at(base: &str, code: &str, display_name: &str, device_name: &str) -> JoinResponse {
    let body = json!({ "invite_code": code, "display_name": display_name, "device_name": device_name });
    let resp = http_client().post(format!("{base}/v1/join")).json(&body).send().await.expect("join");
    let (status, body) = read(resp).await;
    assert_eq!(status, 200, "join failed: {body}");
    serde_json::from_value(body).expect("join response")
}

/// Sync from the start with the server at `base` (a separate process too);
/// panics unless it answers 200.
pub async fn sync_at(base: &str, token: &str, operations: Vec<Value>) -> Value {
    let resp = http_client()
        .post(format!("{base}/v1/sync"))
        .bearer_auth(token)
        .json(&json!({ "cursor": 0, "operations": operations }))
        .send()
        .await
        .expect("sync");
    let (status, body) = read(resp).await;
    assert_eq!(status, 200, "sync through {base} failed: {body}");
    body
}

pub async fn read(resp: reqwest::Response) -> (u16, Value) {
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    };
    (status, body)
}

/// A group with a lead, a peer supporter and two members.
#[derive(Debug)]
pub struct Cast {
    pub group: Uuid,
    pub lead: JoinResponse,
    pub peer: JoinResponse,
    pub mo: JoinResponse,
    pub mia: JoinResponse,
}

pub async fn cast(s: &TestServer, name: &str) -> Cast {
    let g = s.admin.create_group(name).await;
    let lead = s.join(&g.lead_invite.code, "Lena").await;
    let peer_invite = s.admin.invite(g.group_id, Role::PeerSupporter, 1).await;
    let peer = s.join(&peer_invite.code, "Pat").await;
    let members = s.admin.invite(g.group_id, Role::Member, 2).await;
    let mo = s.join(&members.code, "Mo").await;
    let mia = s.join(&members.code, "Mia").await;
    Cast { group: g.group_id, lead, peer, mo, mia }
}

// ---- operation builders ----

pub fn skill_content(name: &str, area: &str, story: Option<&str>) -> Value {
    json!({ "type": "skill", "skill": { "name": name, "area": area }, "story": story })
}

pub fn check_in_content(date: &str, ratings: &[(&str, &str, u8)]) -> Value {
    json!({
        "type": "check_in",
        "taken_on": date,
        "ratings": ratings.iter().map(|(n, a, r)| json!({ "skill": { "name": n, "area": a }, "rating": r })).collect::<Vec<_>>(),
    })
}

pub fn upsert(share_id: Uuid, version: u64, audience: &str, content: Value) -> Value {
    json!({ "id": Uuid::now_v7(), "kind": "upsert_share", "share_id": share_id, "version": version, "audience": audience, "content": content })
}

pub fn revoke(share_id: Uuid) -> Value {
    json!({ "id": Uuid::now_v7(), "kind": "revoke_share", "share_id": share_id })
}

pub fn recognise(to: Uuid, skill: &str) -> Value {
    json!({ "id": Uuid::now_v7(), "kind": "send_recognition", "recognition_id": Uuid::now_v7(), "to_member_id": to, "skill": { "name": skill, "area": "People" }, "message": "I noticed this today." })
}

/// The ids of the shares in a list of changes.
pub fn share_ids(changes: &[Value]) -> Vec<Uuid> {
    changes
        .iter()
        .filter(|c| c["kind"] == "share")
        .map(|c| serde_json::from_value(c["share"]["share_id"].clone()).expect("share id"))
        .collect()
}

pub fn removed_ids(changes: &[Value]) -> Vec<Uuid> {
    changes
        .iter()
        .filter(|c| c["kind"] == "share_removed")
        .map(|c| serde_json::from_value(c["share_id"].clone()).expect("share id"))
        .collect()
}

pub fn acked(body: &Value) -> Vec<Uuid> {
    serde_json::from_value(body["acknowledged"].clone()).expect("acknowledged")
}

pub fn rejected_codes(body: &Value) -> Vec<String> {
    body["rejected"]
        .as_array()
        .map(|a| a.iter().map(|r| r["code"].as_str().unwrap_or_default().to_owned()).collect())
        .unwrap_or_default()
}

/// An upsert that also carries a summary contribution.
pub fn upsert_counting(
    share_id: Uuid,
    version: u64,
    audience: &str,
    content: Value,
    contribution: Value,
) -> Value {
    let mut op = upsert(share_id, version, audience, content);
    op["contribution"] = contribution;
    op
}

/// The raw bytes of `GET /v1/summary`, with the status.
pub async fn summary_bytes(s: &TestServer, token: &str) -> (u16, String) {
    let resp = s.http.get(s.url("/v1/summary")).bearer_auth(token).send().await.expect("request");
    let status = resp.status().as_u16();
    (status, resp.text().await.expect("body"))
}

/// `(display name, role, you)` of each member in a `members` list (the
/// lead's member list, or the board everyone sees), in the order given.
pub fn member_rows(list: &Value) -> Vec<(&str, &str, bool)> {
    list["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| {
            (
                m["display_name"].as_str().expect("name"),
                m["role"].as_str().expect("role"),
                m["you"].as_bool().expect("you"),
            )
        })
        .collect()
}
