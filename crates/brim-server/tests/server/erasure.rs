//! Erased means gone from the bytes, and stays gone after a restore.
//!
//! Unique markers are planted through the public API of the real server
//! binary (a story, a long story, a moment, display names, a device name, a
//! recognition, an "open to roles" skill), removed through it (revoke, leave,
//! device sign-out) and through the real admin command (`member erase`), and
//! then looked for in the raw bytes: on SQLite in every file of the folder
//! (database, -wal, -shm, the erasure ledger, a `sqlite3 .backup` made
//! afterwards), while the server runs and after it stopped; on PostgreSQL in
//! the files of every touched table, its TOAST table and their indexes, and
//! in every file of the database's directory. Each marker is first found
//! before its removal, so the scans can fail.
//!
//! The restore tests make a backup with the README's command, erase, then
//! restore the backup the README's way (SQLite: stop, put the copy in place,
//! start; PostgreSQL: `pg_dump` / `pg_restore`): erased members, revoked
//! shares and signed-out devices stay gone.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::{http_client, join_at, read};

// ---- the real binary ----

/// `brim-server serve` as its own process, on 127.0.0.1:0.
struct Served {
    child: Child,
    base: String,
    log: Arc<Mutex<String>>,
}

impl Served {
    fn start(database: &str) -> Self {
        Self::start_with(database, &[])
    }

    fn start_with(database: &str, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_brim-server"))
            .args(["serve", "--listen", "127.0.0.1:0", "--database", database])
            .args(extra)
            .env("RUST_LOG", "info")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start brim-server serve");
        let stderr = child.stderr.take().expect("stderr");
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let sink = Arc::clone(&log);
        // Keep reading, so the server never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(i) = line.find("addr=")
                    && let Some(tx) = tx.take()
                {
                    let _ = tx.send(line[i + 5..].split_whitespace().next().unwrap_or_default().to_owned());
                }
                let mut log = sink.lock().unwrap_or_else(|p| p.into_inner());
                log.push_str(&line);
                log.push('\n');
            }
        });
        let mut served = Self { child, base: String::new(), log };
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(addr) => served.base = format!("http://{addr}"),
            Err(_) => {
                let _ = served.child.kill();
                panic!("serve did not start: {}", served.log());
            }
        }
        served
    }

    fn log(&self) -> String {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// SIGTERM, and wait until it has exited (it closes the database).
    fn stop(mut self) {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
        for _ in 0..300 {
            if let Some(status) = self.child.try_wait().expect("wait") {
                assert!(status.success(), "serve exited with {status}: {}", self.log());
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("serve did not stop within 30 s: {}", self.log());
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// An admin command with `--json`; panics unless it succeeds.
fn admin(database: &str, args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_brim-server"))
        .args(args)
        .args(["--database", database, "--json"])
        .env("RUST_LOG", "off")
        .output()
        .expect("run brim-server");
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?} printed no JSON: {e}"))
}

/// Run a tool (sqlite3, pg_dump, pg_restore); panics unless it succeeds.
fn tool(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("run {program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

// ---- the public API ----

struct Client {
    base: String,
    http: reqwest::Client,
}

impl Client {
    fn new(base: &str) -> Self {
        Self { base: base.to_owned(), http: http_client() }
    }

    async fn sync(&self, token: &str, operations: Vec<Value>) -> Value {
        let body = crate::common::sync_at(&self.base, token, operations).await;
        assert_eq!(body["rejected"], json!([]), "an operation was rejected: {body}");
        body
    }

    async fn status(&self, method: reqwest::Method, path: &str, token: &str) -> (u16, Value) {
        let resp = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        read(resp).await
    }

    async fn add_device(&self, token: &str, name: &str) -> (Uuid, String) {
        let resp = self
            .http
            .post(format!("{}/v1/devices", self.base))
            .bearer_auth(token)
            .json(&json!({ "device_name": name }))
            .send()
            .await
            .expect("add device");
        let (status, body) = read(resp).await;
        assert_eq!(status, 200, "add device failed: {body}");
        (
            serde_json::from_value(body["device_id"].clone()).expect("device id"),
            body["device_token"].as_str().expect("token").to_owned(),
        )
    }

    /// The ids of the shares in a member's whole feed.
    async fn feed_share_ids(&self, token: &str) -> Vec<Uuid> {
        let body = self.sync(token, vec![]).await;
        assert_eq!(body["has_more"], false);
        crate::common::share_ids(body["changes"].as_array().expect("changes"))
    }
}

fn op(kind: &str, fields: Value) -> Value {
    let mut v = json!({ "id": Uuid::now_v7(), "kind": kind });
    for (k, x) in fields.as_object().expect("fields") {
        v[k] = x.clone();
    }
    v
}

fn share_skill(id: Uuid, audience: &str, story: &str) -> Value {
    op(
        "upsert_share",
        json!({ "share_id": id, "version": 1, "audience": audience,
                "content": { "type": "skill", "skill": { "name": "Listening", "area": "People" }, "story": story } }),
    )
}

fn share_moment(id: Uuid, text: &str) -> Value {
    op(
        "upsert_share",
        json!({ "share_id": id, "version": 1, "audience": "whole_group",
                "content": { "type": "moment", "happened_on": "2026-11-02", "text": text,
                             "skills": [{ "name": "Planning", "area": "Organising" }] } }),
    )
}

fn marker(label: &str) -> String {
    format!("MK{label}{}", Uuid::now_v7().simple())
}

/// Text that neither PostgreSQL nor anything else can compress, so a long
/// story is stored as it is (out of line, in the TOAST table).
fn incompressible(chars: usize) -> String {
    (0..chars).map(|_| fastrand::alphanumeric()).collect()
}

// ---- where the bytes are ----

enum Place {
    /// Every file under this folder.
    Folder(PathBuf),
    /// A PostgreSQL database, by URL.
    Postgres(String),
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn hits_in(files: &[PathBuf], markers: &[String]) -> Vec<String> {
    let mut hits = Vec::new();
    for file in files {
        let Ok(bytes) = std::fs::read(file) else { continue }; // gone since it was listed
        for m in markers {
            if bytes.windows(m.len()).any(|w| w == m.as_bytes()) {
                hits.push(format!("{m} in {}", file.display()));
            }
        }
    }
    hits
}

const PG_TABLES: &[&str] =
    &["members", "devices", "shares", "recognitions", "open_to_roles", "applied_ops", "removals", "groups"];

impl Place {
    /// Every "marker in file" found, after PostgreSQL has flushed its
    /// buffers (CHECKPOINT), so the files hold what the server holds.
    /// PostgreSQL: (the touched tables' files, every other file of the database).
    async fn hits(&self, markers: &[String]) -> (Vec<String>, Vec<String>) {
        match self {
            Place::Folder(dir) => (hits_in(&files_under(dir), markers), Vec::new()),
            Place::Postgres(url) => {
                let (client, conn) =
                    tokio_postgres::connect(url, tokio_postgres::NoTls).await.expect("connect");
                tokio::spawn(conn);
                client.batch_execute("CHECKPOINT").await.expect("checkpoint");
                let data: String =
                    client.query_one("SHOW data_directory", &[]).await.expect("data dir").get(0);
                let data = PathBuf::from(data);
                let mut relation_files = Vec::new();
                for table in PG_TABLES {
                    let rows = client
                        .query(
                            "WITH t AS (SELECT oid, reltoastrelid FROM pg_class WHERE oid = to_regclass($1::text)) \
                             SELECT pg_relation_filepath(r) FROM ( \
                               SELECT oid AS r FROM t \
                               UNION ALL SELECT reltoastrelid FROM t WHERE reltoastrelid <> 0 \
                               UNION ALL SELECT indexrelid FROM pg_index \
                                 WHERE indrelid IN (SELECT oid FROM t UNION SELECT reltoastrelid FROM t)) x",
                            &[&format!("public.{table}")],
                        )
                        .await
                        .expect("relation files");
                    assert!(!rows.is_empty(), "no table {table}");
                    for row in rows {
                        let rel: String = row.get(0);
                        let main = data.join(rel);
                        let name = main.file_name().expect("name").to_string_lossy().into_owned();
                        let dir = main.parent().expect("dir").to_path_buf();
                        // The main fork, its 1 GB segments (.1, .2, …) and the _fsm / _vm forks.
                        for f in std::fs::read_dir(&dir).expect("db dir").flatten() {
                            let n = f.file_name().to_string_lossy().into_owned();
                            if n == name
                                || n.starts_with(&format!("{name}."))
                                || n.starts_with(&format!("{name}_"))
                            {
                                relation_files.push(f.path());
                            }
                        }
                    }
                }
                let db_dir = relation_files[0].parent().expect("db dir").to_path_buf();
                let others: Vec<PathBuf> =
                    files_under(&db_dir).into_iter().filter(|f| !relation_files.contains(f)).collect();
                (hits_in(&relation_files, markers), hits_in(&others, markers))
            }
        }
    }

    async fn assert_none(&self, markers: &[String], when: &str) {
        let (tables, others) = self.hits(markers).await;
        assert!(tables.is_empty(), "{when}: erased text is still in the files: {tables:#?}");
        assert!(
            others.is_empty(),
            "{when}: erased text is still in other files of the database: {others:#?}"
        );
    }

    /// As [`Place::assert_none`], but on PostgreSQL a rewrite that ran while
    /// a transaction older than the erasure was open (another connection on
    /// the cluster, which a loaded test run has plenty of) may keep the dead
    /// rows that transaction could still see; the next rewrite drops them.
    /// Then `brim-server vacuum` runs once more, as the README says to
    /// schedule, and the files must be clean after it.
    async fn assert_none_once_settled(&self, markers: &[String], when: &str, database: &str) {
        if let Place::Postgres(_) = self {
            let (tables, others) = self.hits(markers).await;
            if !tables.is_empty() || !others.is_empty() {
                eprintln!(
                    "{when}: the rewrite kept {} file(s) with erased text (an older transaction could \
                     still see them); running brim-server vacuum again",
                    tables.len() + others.len()
                );
                assert_eq!(admin(database, &["vacuum"]), json!({ "vacuumed": true }));
            }
        }
        self.assert_none(markers, when).await;
    }

    async fn assert_each(&self, markers: &[String], when: &str) {
        let (tables, _) = self.hits(markers).await;
        for m in markers {
            assert!(
                tables.iter().any(|h| h.starts_with(m.as_str())),
                "{when}: {m} is in no file: {tables:#?}"
            );
        }
    }
}

/// A fresh, empty PostgreSQL database on the test cluster: its URL.
async fn fresh_postgres_database() -> String {
    let url = std::env::var("BRIM_TEST_POSTGRES_URL").expect("BRIM_TEST_POSTGRES_URL");
    let name = format!("erase_{}", Uuid::now_v7().simple());
    let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.expect("connect");
    tokio::spawn(conn);
    client.batch_execute(&format!("CREATE DATABASE {name}")).await.expect("create database");
    let (server, _) = url.rsplit_once('/').expect("a database in the URL");
    format!("{server}/{name}")
}

// ---- the scan ----

/// Plant markers, check they are in the files, remove them every way there
/// is, and check they are in none. SQLite also makes a `.backup` afterwards.
async fn plant_remove_and_scan(database: &str, place: &Place) {
    let group = admin(database, &["group", "create", "--name", "Bytes group"]);
    let group_id = group["group_id"].as_str().expect("group id").to_owned();
    let lead_code = group["lead_invite"]["code"].as_str().expect("code").to_owned();
    let invite =
        admin(database, &["invite", "create", "--group", &group_id, "--role", "member", "--uses", "5"]);
    let code = invite["code"].as_str().expect("code").to_owned();

    let server = Served::start(database);
    let api = Client::new(&server.base);
    let story = marker("STORY");
    let long_story = format!("{} {}", marker("LONG"), incompressible(3_800));
    let long_marker = long_story[..long_story.find(' ').expect("space")].to_owned();
    let moment = marker("MOMENT");
    let name_bo = marker("BO");
    let name_cy = marker("CY");
    let device = marker("DEVICE");
    let recognition = marker("RECOGNITION");
    let open_skill = marker("OPEN");
    let story_cy = marker("STORYCY");
    let keep = marker("KEEP");
    let erased = vec![
        story.clone(),
        long_marker,
        moment.clone(),
        name_bo.clone(),
        name_cy.clone(),
        device.clone(),
        recognition.clone(),
        open_skill.clone(),
        story_cy.clone(),
    ];

    let lead = join_at(&server.base, &lead_code, "Lena", "Lena's phone").await;
    let ann = join_at(&server.base, &code, "Ann", "Ann's phone").await;
    let bo = join_at(&server.base, &code, &name_bo, "Bo's phone").await;
    let cy = join_at(&server.base, &code, &name_cy, "Cy's phone").await;
    let (second_device, _) = api.add_device(&lead.device_token, &device).await;
    let (s_story, s_long, s_moment, s_cy, s_keep) =
        (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    api.sync(
        &ann.device_token,
        vec![share_skill(s_story, "whole_group", &story), share_skill(s_long, "lead", &long_story)],
    )
    .await;
    api.sync(
        &bo.device_token,
        vec![
            share_moment(s_moment, &moment),
            op("set_open_to_roles", json!({ "version": 1, "open": true, "skills": [open_skill] })),
        ],
    )
    .await;
    api.sync(&cy.device_token, vec![share_skill(s_cy, "whole_group", &story_cy)]).await;
    api.sync(
        &lead.device_token,
        vec![
            share_skill(s_keep, "whole_group", &keep),
            op(
                "send_recognition",
                json!({ "recognition_id": Uuid::now_v7(), "to_member_id": cy.member_id,
                        "skill": { "name": "Cooking", "area": "Practical" }, "message": recognition }),
            ),
        ],
    )
    .await;
    // Every reader has them in the feed (so they really are stored).
    let seen = api.feed_share_ids(&lead.device_token).await;
    assert!([s_story, s_long, s_moment, s_cy, s_keep].iter().all(|s| seen.contains(s)), "{seen:?}");
    place.assert_each(&erased, "before removal").await;

    // Remove each the way a person or an admin would.
    api.sync(
        &ann.device_token,
        vec![
            op("revoke_share", json!({ "share_id": s_story })),
            op("revoke_share", json!({ "share_id": s_long })),
        ],
    )
    .await;
    let left = api.sync(&bo.device_token, vec![op("leave_group", json!({}))]).await;
    assert!(left["erasure_receipt"].is_object(), "{left}");
    let (status, _) = api
        .status(reqwest::Method::DELETE, &format!("/v1/devices/{second_device}"), &lead.device_token)
        .await;
    assert_eq!(status, 204);
    let receipt = admin(database, &["member", "erase", "--member", &cy.member_id.to_string()]);
    assert_eq!(receipt["member_id"], cy.member_id.to_string());
    let seen = api.feed_share_ids(&lead.device_token).await;
    assert_eq!(seen, vec![s_keep], "only the kept share is left");

    place.assert_none_once_settled(&erased, "while the server runs", database).await;
    place.assert_each(std::slice::from_ref(&keep), "while the server runs").await;
    if let (Place::Folder(dir), Some(db)) = (place, database.strip_prefix("sqlite://")) {
        // A backup made afterwards, the README's way.
        let backup = dir.join("backup-afterwards.db");
        tool("sqlite3", &[db, &format!(".backup '{}'", backup.display())]);
        assert!(backup.exists());
    }
    server.stop();
    place.assert_none(&erased, "after the server stopped").await;
    place.assert_each(std::slice::from_ref(&keep), "after the server stopped").await;
    // `brim-server vacuum` (after a restore, or on a schedule) keeps what lives.
    assert_eq!(admin(database, &["vacuum"]), json!({ "vacuumed": true }));
    place.assert_none(&erased, "after brim-server vacuum").await;
    place.assert_each(std::slice::from_ref(&keep), "after brim-server vacuum").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erased_text_is_in_no_file_of_the_sqlite_folder() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("brim-server.db");
    plant_remove_and_scan(&format!("sqlite://{}", db.display()), &Place::Folder(dir.path().to_path_buf()))
        .await;
    // The ledger is there, and holds hashes only.
    let ledger = std::fs::read_to_string(dir.path().join("brim-server.db.erasures")).expect("ledger");
    let entries: Vec<&str> = ledger.lines().filter(|l| !l.starts_with('#')).collect();
    assert!(entries.len() >= 5, "{ledger}");
    for line in entries {
        let (kind, hash) = line.split_once(' ').expect("KIND HASH");
        assert!(["member", "share", "device"].contains(&kind), "{line}");
        assert!(hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{line}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erased_text_is_in_no_file_of_the_postgres_tables() {
    if !crate::common::engines().contains(&crate::common::Engine::Postgres) {
        return;
    }
    let url = fresh_postgres_database().await;
    plant_remove_and_scan(&url, &Place::Postgres(url.clone())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scheduled_postgres_vacuum_scrubs_what_a_deferred_erasure_left() {
    if !crate::common::engines().contains(&crate::common::Engine::Postgres) {
        return;
    }
    let url = fresh_postgres_database().await;
    let place = Place::Postgres(url.clone());
    let group = admin(&url, &["group", "create", "--name", "Scheduled group"]);
    let lead_code = group["lead_invite"]["code"].as_str().expect("code").to_owned();
    let server = Served::start_with(&url, &["--vacuum-after-erasure", "false"]);
    let api = Client::new(&server.base);
    let lead = join_at(&server.base, &lead_code, "Lena", "Lena's phone").await;
    let (story, keep) = (marker("DEFERRED"), marker("KEEP"));
    let (revoked, kept) = (Uuid::now_v7(), Uuid::now_v7());
    api.sync(
        &lead.device_token,
        vec![share_skill(revoked, "whole_group", &story), share_skill(kept, "whole_group", &keep)],
    )
    .await;
    api.sync(&lead.device_token, vec![op("revoke_share", json!({ "share_id": revoked }))]).await;
    assert_eq!(api.feed_share_ids(&lead.device_token).await, vec![kept]);
    // Deferred: the revoked row's bytes are still in the table's free space
    // (which is why rewriting at once is the default) ...
    place.assert_each(std::slice::from_ref(&story), "before the scheduled vacuum").await;
    // ... until the scheduled command runs.
    admin(&url, &["vacuum"]);
    place.assert_none_once_settled(std::slice::from_ref(&story), "after brim-server vacuum", &url).await;
    place.assert_each(std::slice::from_ref(&keep), "after brim-server vacuum").await;
    server.stop();
}

// ---- restore ----

/// What a restore must not bring back, and what it must.
struct BeforeBackup {
    group_id: String,
    lead_token: String,
    ann_token: String,
    kept_share: Uuid,
    revoked_share: Uuid,
    erased: Vec<(Uuid, String)>,
    signed_out_token: String,
}

/// Build a group, back it up with `backup`, then erase (revoke, leave,
/// `member erase`, device sign-out), stop, `restore`, start again: nothing
/// erased comes back.
async fn backup_erase_restore(database: &str, backup: impl FnOnce(), restore: impl FnOnce()) {
    let group = admin(database, &["group", "create", "--name", "Restore group"]);
    let group_id = group["group_id"].as_str().expect("group id").to_owned();
    let lead_code = group["lead_invite"]["code"].as_str().expect("code").to_owned();
    let invite =
        admin(database, &["invite", "create", "--group", &group_id, "--role", "member", "--uses", "5"]);
    let code = invite["code"].as_str().expect("code").to_owned();

    let server = Served::start(database);
    let api = Client::new(&server.base);
    let lead = join_at(&server.base, &lead_code, "Lena", "Lena's phone").await;
    let ann = join_at(&server.base, &code, "Ann", "Ann's phone").await;
    let bo = join_at(&server.base, &code, "Bo", "Bo's phone").await;
    let cy = join_at(&server.base, &code, "Cy", "Cy's phone").await;
    let (_, second_token) = api.add_device(&lead.device_token, "Lena's tablet").await;
    let (kept, revoked, bo_share, cy_share) =
        (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    api.sync(
        &ann.device_token,
        vec![share_skill(kept, "whole_group", "kept"), share_skill(revoked, "whole_group", "revoked")],
    )
    .await;
    api.sync(&bo.device_token, vec![share_skill(bo_share, "whole_group", "Bo's")]).await;
    api.sync(&cy.device_token, vec![share_skill(cy_share, "whole_group", "Cy's")]).await;
    let before = BeforeBackup {
        group_id,
        lead_token: lead.device_token.clone(),
        ann_token: ann.device_token.clone(),
        kept_share: kept,
        revoked_share: revoked,
        erased: vec![(bo.member_id, bo.device_token.clone()), (cy.member_id, cy.device_token.clone())],
        signed_out_token: second_token.clone(),
    };

    backup();

    api.sync(&ann.device_token, vec![op("revoke_share", json!({ "share_id": revoked }))]).await;
    api.sync(&bo.device_token, vec![op("leave_group", json!({}))]).await;
    admin(database, &["member", "erase", "--member", &cy.member_id.to_string()]);
    let me: Value = {
        let (status, body) = api.status(reqwest::Method::GET, "/v1/devices", &second_token).await;
        assert_eq!(status, 200);
        body
    };
    let current = me["devices"]
        .as_array()
        .expect("devices")
        .iter()
        .find(|d| d["current"] == true)
        .expect("current device")["device_id"]
        .as_str()
        .expect("id")
        .to_owned();
    // Signed out from the device itself.
    let (status, _) =
        api.status(reqwest::Method::DELETE, &format!("/v1/devices/{current}"), &second_token).await;
    assert_eq!(status, 204);
    server.stop();

    restore();

    let server = Served::start(database);
    let api = Client::new(&server.base);
    check_nothing_came_back(database, &api, &before, &[bo_share, cy_share]).await;
    server.stop();
    // And again after a second start: re-applying twice changes nothing.
    let server = Served::start(database);
    let api = Client::new(&server.base);
    check_nothing_came_back(database, &api, &before, &[bo_share, cy_share]).await;
    server.stop();
}

async fn check_nothing_came_back(database: &str, api: &Client, b: &BeforeBackup, erased_shares: &[Uuid]) {
    // The restore did restore: what nobody erased is back as it was.
    let (status, _) = api.status(reqwest::Method::GET, "/v1/me", &b.ann_token).await;
    assert_eq!(status, 200, "Ann was never erased");
    for (member, token) in &b.erased {
        let (status, _) = api.status(reqwest::Method::GET, "/v1/me", token).await;
        assert_eq!(status, 401, "an erased member's token works again after the restore");
        let list = admin(database, &["member", "list", "--group", &b.group_id]);
        assert!(
            !list.as_array().expect("list").iter().any(|m| m["member_id"] == member.to_string()),
            "an erased member is back in `member list`: {list}"
        );
    }
    let (status, _) = api.status(reqwest::Method::GET, "/v1/me", &b.signed_out_token).await;
    assert_eq!(status, 401, "a signed-out device's token works again after the restore");
    for token in [&b.lead_token, &b.ann_token] {
        let feed = api.feed_share_ids(token).await;
        assert!(feed.contains(&b.kept_share), "the restore lost a live share: {feed:?}");
        assert!(!feed.contains(&b.revoked_share), "a revoked share is back in a feed");
        for s in erased_shares {
            assert!(!feed.contains(s), "an erased member's share is back in a feed");
        }
    }
    let (status, _) =
        api.status(reqwest::Method::GET, &format!("/v1/shares/{}", b.revoked_share), &b.lead_token).await;
    assert_eq!(status, 404);
    // The owner cannot bring it back by sending it again.
    api.sync(&b.ann_token, vec![share_skill(b.revoked_share, "whole_group", "revoked")]).await;
    let feed = api.feed_share_ids(&b.lead_token).await;
    assert!(!feed.contains(&b.revoked_share), "a revoked share came back through a replayed upsert");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restored_sqlite_backup_resurrects_nobody() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("brim-server.db");
    let backup_file = dir.path().join("brim-backup.db");
    let (db_s, backup_s) = (db.display().to_string(), backup_file.display().to_string());
    backup_erase_restore(
        &db_s,
        // README: sqlite3 DB ".backup 'FILE'" while the server runs.
        || tool("sqlite3", &[&db_s, &format!(".backup '{backup_s}'")]),
        // README: stop the server, put the backup in place of the database, start it.
        || {
            assert!(!dir.path().join("brim-server.db-wal").exists(), "a clean stop leaves no WAL");
            std::fs::copy(&backup_file, &db).expect("put the backup in place");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restored_postgres_dump_resurrects_nobody() {
    if !crate::common::engines().contains(&crate::common::Engine::Postgres) {
        return;
    }
    let url = fresh_postgres_database().await;
    let dir = tempfile::tempdir().expect("dir");
    let dump = dir.path().join("brim.dump").display().to_string();
    backup_erase_restore(
        &url,
        // README: pg_dump --format=custom --exclude-schema='*_erasures' brim > FILE
        || tool("pg_dump", &["--format=custom", "--exclude-schema=*_erasures", "--file", &dump, &url]),
        // README: stop the servers, pg_restore --clean --if-exists, start them.
        || tool("pg_restore", &["--clean", "--if-exists", "--dbname", &url, &dump]),
    )
    .await;
}
