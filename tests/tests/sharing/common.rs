//! The harness: a real group server on 127.0.0.1:0 over a temp SQLite file
//! (or copies of it over one PostgreSQL schema), real journals in temp
//! folders joined to it through brim-core's own sync client, and the
//! server's admin jobs for checking what it holds.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use brim_core::{
    Area, Audience, JoinDetails, Journal, NewSkill, ShareItem, SharePreview, SyncClient, SyncReport,
};
use brim_protocol::Role;
use brim_server::membership::{CreateGroup, CreateInvite, ExportMember};
use brim_server::store::Job;
use brim_server::{PostgresStore, SqliteStore, Store};
use serde_json::Value;
use uuid::Uuid;

/// Where a server keeps what it holds.
#[derive(Debug, Clone)]
enum Backing {
    /// A SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL URL: any number of copies of the server can share it.
    Postgres(String),
}

/// A server's store, of either engine.
#[derive(Debug, Clone)]
pub enum AnyStore {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PostgresStore>),
}

impl AnyStore {
    async fn open(backing: &Backing) -> Self {
        match backing {
            Backing::Sqlite(db) => {
                Self::Sqlite(Arc::new(SqliteStore::open(db).expect("open the server's SQLite store")))
            }
            // A small pool per copy, as `--db-connections` gives each copy.
            Backing::Postgres(url) => Self::Postgres(Arc::new(
                PostgresStore::connect_sized(url, 4).await.expect("open the server's PostgreSQL store"),
            )),
        }
    }

    /// Run an admin job in one transaction.
    pub async fn transact<J: Job>(&self, job: J) -> brim_server::Result<J::Output> {
        match self {
            Self::Sqlite(s) => s.transact(job).await,
            Self::Postgres(s) => s.transact(job).await,
        }
    }
}

/// A new empty schema in the test PostgreSQL, as a URL that works in it;
/// `None` when no PostgreSQL was started for the tests (`make test` starts one
/// and sets `BRIM_REQUIRE_POSTGRES`, so there a missing one fails).
pub async fn fresh_postgres() -> Option<String> {
    let Ok(url) = std::env::var("BRIM_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var_os("BRIM_REQUIRE_POSTGRES").is_none(),
            "BRIM_REQUIRE_POSTGRES is set but BRIM_TEST_POSTGRES_URL is not: run under scripts/with-postgres.sh"
        );
        return None;
    };
    let schema = format!("t_{}", Uuid::now_v7().simple());
    let (client, conn) =
        tokio_postgres::connect(&url, tokio_postgres::NoTls).await.expect("connect to the test PostgreSQL");
    tokio::spawn(conn);
    client.batch_execute(&format!("CREATE SCHEMA {schema}")).await.expect("create a schema");
    let sep = if url.contains('?') { '&' } else { '?' };
    Some(format!("{url}{sep}options=-c%20search_path%3D{schema}"))
}

/// A running server, restartable on the same database.
#[derive(Debug)]
pub struct Server {
    pub addr: SocketAddr,
    pub store: AnyStore,
    backing: Backing,
    config: brim_server::Config,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<brim_server::Result<()>>>,
}

pub fn config() -> brim_server::Config {
    let mut c = brim_server::Config::default();
    c.limits.per_address.requests = 1_000_000;
    c.limits.join.requests = 100_000;
    c.limits.per_device.requests = 1_000_000;
    c.quotas.devices_per_member = 1_000;
    c.quotas.shares_per_member = 1_000_000;
    c
}

impl Server {
    pub async fn start(dir: &Path) -> Self {
        Self::start_on(Backing::Sqlite(dir.join("server.db")), config()).await
    }

    pub async fn start_with(dir: &Path, config: brim_server::Config) -> Self {
        Self::start_on(Backing::Sqlite(dir.join("server.db")), config).await
    }

    /// A server over the PostgreSQL database at `url` (see [`fresh_postgres`]).
    pub async fn start_postgres(url: &str) -> Self {
        Self::start_on(Backing::Postgres(url.to_owned()), config()).await
    }

    /// Another copy of this server over the same database, on a port of its
    /// own, with a pool, rate limits and caches of its own: as a second
    /// process behind a load balancer would be.
    pub async fn copy(&self) -> Self {
        assert!(matches!(self.backing, Backing::Postgres(_)), "copies share a PostgreSQL database");
        Self::start_on(self.backing.clone(), self.config.clone()).await
    }

    async fn start_on(backing: Backing, config: brim_server::Config) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let store = AnyStore::open(&backing).await;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let shutdown = async move {
            let _ = rx.await;
        };
        let task = match &store {
            AnyStore::Sqlite(s) => {
                tokio::spawn(brim_server::serve(listener, s.clone(), config.clone(), shutdown))
            }
            AnyStore::Postgres(s) => {
                tokio::spawn(brim_server::serve(listener, s.clone(), config.clone(), shutdown))
            }
        };
        Self { addr, store, backing, config, stop: Some(tx), task: Some(task) }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop gracefully (requests in flight finish) and wait.
    pub async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("server stopped cleanly");
        }
    }

    /// Stop and start again on the same database, on a new port.
    pub async fn restart(self) -> Self {
        let (backing, config) = (self.backing.clone(), self.config.clone());
        self.stop().await;
        Self::start_on(backing, config).await
    }

    /// A new group; returns its id and the lead's invite code.
    pub async fn group(&self, name: &str) -> (Uuid, String) {
        let g = self
            .store
            .transact(CreateGroup { name: name.into(), valid_for: chrono::Duration::days(1) })
            .await
            .expect("create group");
        (g.group_id, g.lead_invite.code)
    }

    pub async fn invite(&self, group: Uuid, role: Role, uses: i64) -> String {
        self.store
            .transact(CreateInvite {
                group_id: group,
                role,
                max_uses: uses,
                valid_for: chrono::Duration::days(1),
            })
            .await
            .expect("create invite")
            .code
    }

    /// Everything the server holds about a member (`None` once erased).
    pub async fn export(&self, member: Uuid) -> Option<Value> {
        self.store.transact(ExportMember { member_id: member }).await.ok()
    }

    /// The ids and versions of a member's shares on the server.
    pub async fn shares_of(&self, member: Uuid) -> Vec<(Uuid, u64, Value)> {
        let Some(export) = self.export(member).await else { return Vec::new() };
        let mut out: Vec<(Uuid, u64, Value)> = export["shares"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|s| {
                let id = serde_json::from_value(s["share_id"].clone()).expect("share id");
                (id, s["version"].as_u64().expect("version"), s["content"].clone())
            })
            .collect();
        out.sort_by_key(|s| s.0);
        out
    }
}

/// One person's device: their journal and the sync client.
#[derive(Debug)]
pub struct Device {
    pub journal: Journal,
    pub client: SyncClient,
    pub path: PathBuf,
    pub member_id: Uuid,
}

pub fn client() -> SyncClient {
    SyncClient::with_timeout(Duration::from_secs(5)).expect("sync client")
}

impl Device {
    /// A new journal at `dir/name.db`, joined to the server with `code`.
    pub async fn join(dir: &Path, server_url: &str, code: &str, name: &str) -> Self {
        let path = dir.join(format!("{name}.db"));
        let journal = Journal::open(&path).expect("open journal");
        let client = client();
        let details = JoinDetails {
            server_url: server_url.into(),
            invite_code: code.into(),
            display_name: name.into(),
            device_name: format!("{name}'s phone"),
        };
        let m = client.join(&journal, &details).await.expect("join");
        Self { journal, client, path, member_id: m.member_id }
    }

    /// Close the journal and open it again, as after a restart of the app.
    pub fn reopen(self) -> Self {
        let Device { journal, client, path, member_id } = self;
        drop(journal);
        Self { journal: Journal::open(&path).expect("reopen journal"), client, path, member_id }
    }

    pub async fn sync(&self) -> SyncReport {
        self.client.sync(&self.journal).await.expect("sync")
    }

    pub fn skill(&self, name: &str, area: Area, story: &str) -> brim_core::Skill {
        self.journal
            .add_skill(NewSkill { name: name.into(), area, story: story.into(), prompt_id: None })
            .expect("add skill")
    }

    /// Preview and confirm a share of `item`; returns the preview.
    pub fn share(&self, item: ShareItem, audience: Audience) -> SharePreview {
        let preview = self.journal.preview_share(item, audience).expect("preview");
        self.journal.confirm_share(&preview).expect("confirm");
        preview
    }

    pub fn share_skill(&self, name: &str, audience: Audience) -> SharePreview {
        let skill = self.skill(name, Area::People, &format!("The story of {name}"));
        self.share(ShareItem::Skill { skill_id: skill.id, include_story: true }, audience)
    }

    /// The ids in this device's feed cache, sorted.
    pub fn feed_ids(&self) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> =
            self.journal.group_feed().expect("feed").iter().map(|s| s.share_id).collect();
        ids.sort();
        ids
    }
}

/// A group with a lead, a peer supporter and two members, all joined.
#[derive(Debug)]
pub struct Cast {
    pub group: Uuid,
    pub lead: Device,
    pub peer: Device,
    pub mo: Device,
    pub mia: Device,
}

pub async fn cast(server: &Server, url: &str, dir: &Path) -> Cast {
    let (group, lead_code) = server.group("Riverside").await;
    let lead = Device::join(dir, url, &lead_code, "Lena").await;
    let peer = Device::join(dir, url, &server.invite(group, Role::PeerSupporter, 1).await, "Pat").await;
    let members = server.invite(group, Role::Member, 2).await;
    let mo = Device::join(dir, url, &members, "Mo").await;
    let mia = Device::join(dir, url, &members, "Mia").await;
    Cast { group, lead, peer, mo, mia }
}

pub fn sorted(mut ids: Vec<Uuid>) -> Vec<Uuid> {
    ids.sort();
    ids
}
