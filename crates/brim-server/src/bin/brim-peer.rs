//! brim-peer: brim-server side by side with a peer sync server (atuin-server),
//! in one run, on the same engine, driven by this one load generator.
//!
//! Both servers run as child processes on 127.0.0.1, one after the other, each
//! with a database of its own (a fresh SQLite file, or a fresh PostgreSQL
//! database next to the one `--postgres` names). The workload is the same for
//! both, through an adapter per server that speaks its real API the way its own
//! client does:
//!
//! - `--devices` devices in sets of `--group-size`. A set is one atuin account
//!   whose hosts each log in, or one brim group whose members each join by
//!   invite and share with the whole group: in both, every device sees exactly
//!   what its set uploaded (its own records and the others').
//! - Upload: each device sends `--records` records of `--payload` bytes in
//!   batches of `--batch`. atuin: `GET /api/v0/record` (the status its client
//!   reads first), then `POST /api/v0/record` per batch. brim: `POST /v1/sync`
//!   per batch, carrying the last cursor as the app does (so each answer also
//!   carries the feed since that cursor).
//! - Download: each device reads everything visible to it from the start, as a
//!   new device would. atuin: the status, then `GET /api/v0/record/next` page by
//!   page (`--atuin-page`, 100 as its client asks) for every host's series.
//!   brim: `POST /v1/sync` with no operations from cursor 0 while `has_more`
//!   (up to 1,000 changes an answer, the server's page).
//!
//! Every record is counted on the way back: a device that sees fewer or more
//! than its set uploaded is an error. Reports records/s (over the phase's wall
//! time), p50/p99 per request, and the server's CPU time per 1,000 records
//! (from /proc, so a busy machine shows in the wall figures, less in this),
//! and the database's: every `postgres` process's CPU time over the phase
//! (the pool's connections live through it), or none on SQLite, which runs
//! inside the server.
//!
//!   make bench-peer
//!   brim-peer --brim target/server/brim-server --atuin target/peer/bin/atuin-server
//!   brim-peer ... --postgres postgres://brim@127.0.0.1:5432/brim_test

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use clap::Parser;
use serde_json::{Value, json};
use tokio::sync::Semaphore;
use uuid::Uuid;

#[derive(Debug, Parser)]
#[command(name = "brim-peer", about = "brim-server side by side with atuin-server")]
struct Args {
    /// The brim-server binary (built with `--profile server`).
    #[arg(long)]
    brim: PathBuf,
    /// The atuin-server binary.
    #[arg(long)]
    atuin: PathBuf,
    /// A PostgreSQL URL whose server may create databases; absent: SQLite.
    #[arg(long)]
    postgres: Option<String>,
    /// Devices in all.
    #[arg(long, default_value_t = 100)]
    devices: usize,
    /// Devices that see each other's records (one atuin account, one brim group).
    #[arg(long, default_value_t = 1)]
    group_size: usize,
    /// Records each device uploads.
    #[arg(long, default_value_t = 500)]
    records: usize,
    /// Records per upload request.
    #[arg(long, default_value_t = 100)]
    batch: usize,
    /// Bytes of payload in each record.
    #[arg(long, default_value_t = 256)]
    payload: usize,
    /// Devices working at once.
    #[arg(long, default_value_t = 32)]
    concurrency: usize,
    /// Records per atuin download page (its client asks for 100).
    #[arg(long, default_value_t = 100)]
    atuin_page: u64,
    /// Run only this server: `brim` or `atuin`.
    #[arg(long)]
    only: Option<String>,
}

/// The latencies and counts of one phase against one server.
#[derive(Debug, Default)]
struct Phase {
    latencies_ms: Vec<f64>,
    records: u64,
    errors: Vec<String>,
    wall: f64,
    cpu: f64,
    /// CPU seconds PostgreSQL spent over the phase.
    db_cpu: f64,
}

impl Phase {
    fn pct(&self, p: f64) -> f64 {
        pct(&self.latencies_ms, p)
    }
    fn rate(&self) -> f64 {
        self.records as f64 / self.wall.max(f64::EPSILON)
    }
    fn cpu_ms_per_1000(&self) -> f64 {
        self.cpu * 1000.0 / (self.records.max(1) as f64 / 1000.0)
    }
    fn db_cpu_ms_per_1000(&self) -> f64 {
        self.db_cpu * 1000.0 / (self.records.max(1) as f64 / 1000.0)
    }
}

fn pct(v: &[f64], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[((p / 100.0) * (v.len() - 1) as f64).round() as usize]
}

/// What one device does in a phase: its request latencies, the records it
/// moved, and what went wrong.
#[derive(Debug, Default)]
struct Work {
    latencies_ms: Vec<f64>,
    records: u64,
    errors: Vec<String>,
}

impl Work {
    async fn timed<T>(&mut self, f: impl std::future::Future<Output = anyhow::Result<T>>) -> Option<T> {
        let started = Instant::now();
        let r = f.await;
        self.latencies_ms.push(started.elapsed().as_secs_f64() * 1000.0);
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(format!("{e:#}"));
                None
            }
        }
    }
}

/// A payload of exactly `n` printable bytes (base64url-like, as an encrypted
/// record's text would be), different for every record.
fn payload(n: usize, seed: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ALPHABET[(x % 64) as usize] as char
        })
        .collect()
}

// ---------------------------------------------------------------- atuin

#[derive(Debug)]
struct AtuinDevice {
    token: String,
    host: Uuid,
    /// What this device must see on download: its set's records.
    expected: u64,
}

const ATUIN_VERSION_HEADER: &str = "atuin-version";
const ATUIN_VERSION: &str = "18.24.4";

async fn atuin_json(req: reqwest::RequestBuilder) -> anyhow::Result<Value> {
    let resp = req.header(ATUIN_VERSION_HEADER, ATUIN_VERSION).send().await?;
    let status = resp.status();
    let body = resp.bytes().await?;
    if !status.is_success() {
        bail!("atuin answered {status}: {}", String::from_utf8_lossy(&body));
    }
    if body.is_empty() {
        return Ok(Value::Null);
    }
    Ok(serde_json::from_slice(&body)?)
}

async fn atuin_setup(http: &reqwest::Client, base: &str, args: &Args) -> anyhow::Result<Vec<AtuinDevice>> {
    let mut devices = Vec::new();
    let sets = args.devices.div_ceil(args.group_size);
    let password = "a long enough benchmark password";
    for s in 0..sets {
        let size = args.group_size.min(args.devices - devices.len());
        let username = format!("peer-{s}-{}", &Uuid::now_v7().simple().to_string()[20..]);
        let reg = atuin_json(http.post(format!("{base}/register")).json(&json!({
            "email": format!("{username}@peer.test"), "username": username, "password": password
        })))
        .await
        .context("register")?;
        let mut token = reg["session"].as_str().context("no session")?.to_owned();
        for h in 0..size {
            if h > 0 {
                // Each host logs in, as `atuin login` on another machine does.
                let login = atuin_json(
                    http.post(format!("{base}/login"))
                        .json(&json!({ "username": username, "password": password })),
                )
                .await
                .context("login")?;
                token = login["session"].as_str().context("no session")?.to_owned();
            }
            devices.push(AtuinDevice {
                token: format!("Token {token}"),
                host: Uuid::now_v7(),
                expected: (size * args.records) as u64,
            });
        }
    }
    Ok(devices)
}

async fn atuin_upload(http: reqwest::Client, base: String, d: Arc<AtuinDevice>, a: Arc<Args>) -> Work {
    let mut w = Work::default();
    let status = format!("{base}/api/v0/record");
    w.timed(atuin_json(http.get(&status).header("authorization", &d.token))).await;
    let mut idx = 0u64;
    while (idx as usize) < a.records {
        let n = a.batch.min(a.records - idx as usize);
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let batch: Vec<Value> = (0..n as u64)
            .map(|i| {
                json!({
                    "id": Uuid::now_v7(), "idx": idx + i,
                    "host": { "id": d.host, "name": "" },
                    "timestamp": now.as_nanos() as u64 + i,
                    "version": "v0", "tag": "history",
                    "data": {
                        "data": payload(a.payload, d.host.as_u128() as u64 ^ (idx + i)),
                        "content_encryption_key": "k4.local-wrap.pie.benchmark"
                    }
                })
            })
            .collect();
        let req = http.post(&status).header("authorization", &d.token).json(&batch);
        if w.timed(atuin_json(req)).await.is_some() {
            w.records += n as u64;
        }
        idx += n as u64;
    }
    w
}

async fn atuin_download(http: reqwest::Client, base: String, d: Arc<AtuinDevice>, a: Arc<Args>) -> Work {
    let mut w = Work::default();
    let Some(status) = w
        .timed(atuin_json(http.get(format!("{base}/api/v0/record")).header("authorization", &d.token)))
        .await
    else {
        return w;
    };
    let mut seen = 0u64;
    let hosts = status["hosts"].as_object().cloned().unwrap_or_default();
    for (host, tags) in hosts {
        for (tag, last) in tags.as_object().cloned().unwrap_or_default() {
            let last = last.as_u64().unwrap_or(0);
            let mut start = 0u64;
            while start <= last {
                let url = format!(
                    "{base}/api/v0/record/next?host={host}&tag={tag}&start={start}&count={}",
                    a.atuin_page
                );
                let Some(page) = w.timed(atuin_json(http.get(url).header("authorization", &d.token))).await
                else {
                    return w;
                };
                let got = page.as_array().map_or(0, Vec::len) as u64;
                if got == 0 {
                    break;
                }
                seen += got;
                start += got;
            }
        }
    }
    w.records = seen;
    if seen != d.expected {
        w.errors.push(format!("an atuin device saw {seen} records, not {}", d.expected));
    }
    w
}

// ---------------------------------------------------------------- brim

#[derive(Debug)]
struct BrimDevice {
    token: String,
    expected: u64,
}

async fn brim_json(req: reqwest::RequestBuilder) -> anyhow::Result<Value> {
    let resp = req.send().await?;
    let status = resp.status();
    let body = resp.bytes().await?;
    if !status.is_success() {
        bail!("brim answered {status}: {}", String::from_utf8_lossy(&body));
    }
    Ok(serde_json::from_slice(&body)?)
}

fn admin(server: &Path, db: &str, args: &[&str]) -> anyhow::Result<Value> {
    let out = std::process::Command::new(server)
        .args(args)
        .args(["--database", db, "--json"])
        .env("RUST_LOG", "warn")
        .output()
        .context("run the brim-server admin command")?;
    if !out.status.success() {
        bail!("{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(serde_json::from_slice(&out.stdout)?)
}

/// Groups and invites with the admin command line, before the server starts.
fn brim_invites(server: &Path, db: &str, a: &Args) -> anyhow::Result<Vec<String>> {
    let sets = a.devices.div_ceil(a.group_size);
    let uses = a.group_size.to_string();
    (0..sets)
        .map(|g| {
            let group = admin(server, db, &["group", "create", "--name", &format!("Peer {g}")])?;
            let id = group["group_id"].as_str().context("group id")?.to_owned();
            let invite = admin(
                server,
                db,
                &["invite", "create", "--group", &id, "--role", "member", "--uses", &uses],
            )?;
            Ok(invite["code"].as_str().context("invite code")?.to_owned())
        })
        .collect()
}

async fn brim_setup(
    http: &reqwest::Client,
    base: &str,
    codes: &[String],
    args: &Args,
) -> anyhow::Result<Vec<BrimDevice>> {
    let mut devices = Vec::new();
    for (g, code) in codes.iter().enumerate() {
        let size = args.group_size.min(args.devices - g * args.group_size);
        for m in 0..size {
            let joined = brim_json(http.post(format!("{base}/v1/join")).json(&json!({
                "invite_code": code, "display_name": format!("Member {m}"), "device_name": "peer"
            })))
            .await
            .context("join")?;
            devices.push(BrimDevice {
                token: joined["device_token"].as_str().context("no device token")?.to_owned(),
                expected: (size * args.records) as u64,
            });
        }
    }
    Ok(devices)
}

async fn brim_upload(http: reqwest::Client, base: String, d: Arc<BrimDevice>, a: Arc<Args>) -> Work {
    let mut w = Work::default();
    let url = format!("{base}/v1/sync");
    let mut cursor = 0u64;
    let mut sent = 0usize;
    let seed = Uuid::now_v7().as_u128() as u64;
    while sent < a.records {
        let n = a.batch.min(a.records - sent);
        let ops: Vec<Value> = (0..n)
            .map(|i| {
                json!({
                    "id": Uuid::now_v7(), "kind": "upsert_share", "share_id": Uuid::now_v7(), "version": 1,
                    "audience": "whole_group",
                    "content": { "type": "moment", "happened_on": "2026-03-01",
                        "text": payload(a.payload, seed ^ (sent + i) as u64),
                        "skills": [{ "name": "Listening", "area": "People" }] }
                })
            })
            .collect();
        let req = http.post(&url).bearer_auth(&d.token).json(&json!({ "cursor": cursor, "operations": ops }));
        if let Some(v) = w.timed(brim_json(req)).await {
            let acked = v["acknowledged"].as_array().map_or(0, Vec::len);
            if acked == n {
                w.records += n as u64;
            } else {
                w.errors.push(format!("brim acknowledged {acked} of {n} operations: {}", v["rejected"]));
            }
            cursor = v["cursor"].as_u64().unwrap_or(cursor);
        }
        sent += n;
    }
    w
}

async fn brim_download(http: reqwest::Client, base: String, d: Arc<BrimDevice>, _a: Arc<Args>) -> Work {
    let mut w = Work::default();
    let url = format!("{base}/v1/sync");
    let mut cursor = 0u64;
    let mut seen = 0u64;
    loop {
        let req = http.post(&url).bearer_auth(&d.token).json(&json!({ "cursor": cursor, "operations": [] }));
        let Some(v) = w.timed(brim_json(req)).await else {
            return w;
        };
        seen +=
            v["changes"].as_array().map_or(0, |c| c.iter().filter(|c| c["kind"] == "share").count()) as u64;
        cursor = v["cursor"].as_u64().unwrap_or(cursor);
        if v["has_more"] != Value::Bool(true) {
            break;
        }
    }
    w.records = seen;
    if seen != d.expected {
        w.errors.push(format!("a brim device saw {seen} records, not {}", d.expected));
    }
    w
}

// ---------------------------------------------------------------- running

/// A server process, stopped when the run ends or fails.
#[derive(Debug)]
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Server {
    /// User plus system CPU seconds the process has used so far.
    fn cpu_seconds(&self) -> f64 {
        cpu_seconds_of(self.0.id()).map_or(0.0, |(_, cpu)| cpu)
    }
}

/// A process's command name and its user plus system CPU seconds so far.
fn cpu_seconds_of(pid: u32) -> Option<(String, f64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces.
    let (head, rest) = stat.rsplit_once(')')?;
    let name = head.split_once('(').map_or("", |(_, n)| n).to_owned();
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of the whole line; 11 and 12 here.
    Some((name, (ticks(11) + ticks(12)) / clock_ticks()))
}

/// CPU seconds of every `postgres` process now (the server's connections
/// live through a phase; one that ended in it is not counted).
fn postgres_cpu_seconds() -> f64 {
    let Ok(dir) = std::fs::read_dir("/proc") else { return 0.0 };
    dir.flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse::<u32>().ok()))
        .filter_map(cpu_seconds_of)
        .filter(|(name, _)| name == "postgres")
        .map(|(_, cpu)| cpu)
        .sum()
}

fn clock_ticks() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

async fn wait_ready(http: &reqwest::Client, url: &str) -> anyhow::Result<()> {
    for _ in 0..300 {
        if http.get(url).send().await.is_ok_and(|r| r.status().is_success()) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("{url} did not answer within 30 s")
}

/// Run one phase: every device at once, at most `concurrency` working.
async fn phase<D, F, Fut>(server: &Server, devices: &[Arc<D>], args: &Arc<Args>, base: &str, f: F) -> Phase
where
    D: Send + Sync + 'static,
    F: Fn(reqwest::Client, String, Arc<D>, Arc<Args>) -> Fut,
    Fut: std::future::Future<Output = Work> + Send + 'static,
{
    let http = client();
    let gate = Arc::new(Semaphore::new(args.concurrency));
    let cpu0 = server.cpu_seconds();
    let db0 = postgres_cpu_seconds();
    let started = Instant::now();
    let tasks: Vec<_> = devices
        .iter()
        .map(|d| {
            let work = f(http.clone(), base.to_owned(), Arc::clone(d), Arc::clone(args));
            let gate = Arc::clone(&gate);
            tokio::spawn(async move {
                let _permit = gate.acquire_owned().await;
                work.await
            })
        })
        .collect();
    let mut p = Phase::default();
    for t in tasks {
        match t.await {
            Ok(w) => {
                p.latencies_ms.extend(w.latencies_ms);
                p.records += w.records;
                p.errors.extend(w.errors);
            }
            Err(e) => p.errors.push(format!("a device's task failed: {e}")),
        }
    }
    p.wall = started.elapsed().as_secs_f64();
    p.cpu = server.cpu_seconds() - cpu0;
    p.db_cpu = postgres_cpu_seconds() - db0;
    p
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(1024)
        // brim-server closes a kept-alive connection that sends nothing for
        // 10 s; let go of idle ones sooner, so none is reused as it closes.
        .pool_idle_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap_or_default()
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// One server's figures: upload, then download.
#[derive(Debug)]
struct Outcome {
    server: &'static str,
    upload: Phase,
    download: Phase,
    rss_kib: u64,
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

async fn run_brim(args: &Arc<Args>, db: &str) -> anyhow::Result<Outcome> {
    let codes = brim_invites(&args.brim, db, args)?;
    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let big = u32::MAX.to_string();
    let server = Server(
        std::process::Command::new(&args.brim)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--database", db])
            // No limit or quota may shape the run: atuin has none.
            .args(["--address-limit", &big, "--join-limit", &big, "--device-limit", &big])
            .args(["--shares-per-member", &big, "--devices-per-member", &big])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .context("start brim-server")?,
    );
    let http = client();
    wait_ready(&http, &format!("{base}/v1/health")).await?;
    let devices: Vec<Arc<BrimDevice>> =
        brim_setup(&http, &base, &codes, args).await?.into_iter().map(Arc::new).collect();
    let upload = phase(&server, &devices, args, &base, brim_upload).await;
    let download = phase(&server, &devices, args, &base, brim_download).await;
    Ok(Outcome { server: "brim-server", upload, download, rss_kib: rss_kib(server.0.id()) })
}

async fn run_atuin(args: &Arc<Args>, db: &str, dir: &Path) -> anyhow::Result<Outcome> {
    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let config = dir.join("atuin-config");
    std::fs::create_dir_all(&config)?;
    let server = Server(
        std::process::Command::new(&args.atuin)
            .args(["start", "--host", "127.0.0.1", "--port", &port.to_string()])
            .env("ATUIN_CONFIG_DIR", &config)
            .env("ATUIN_DB_URI", db)
            .env("ATUIN_OPEN_REGISTRATION", "true")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .context("start atuin-server")?,
    );
    let http = client();
    wait_ready(&http, &format!("{base}/healthz")).await?;
    let devices: Vec<Arc<AtuinDevice>> =
        atuin_setup(&http, &base, args).await?.into_iter().map(Arc::new).collect();
    let upload = phase(&server, &devices, args, &base, atuin_upload).await;
    let download = phase(&server, &devices, args, &base, atuin_download).await;
    Ok(Outcome { server: "atuin-server", upload, download, rss_kib: rss_kib(server.0.id()) })
}

/// A fresh database for one server next to the one `url` names.
async fn create_database(url: &str, name: &str) -> anyhow::Result<String> {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    let conn = tokio::spawn(conn);
    // One statement a call: together they would run as one transaction, which these refuse.
    client.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).await?;
    client.batch_execute(&format!("CREATE DATABASE {name}")).await?;
    drop(client);
    let _ = conn.await;
    let (base, _) = url.rsplit_once('/').context("a PostgreSQL URL ends in /DATABASE")?;
    Ok(format!("{base}/{name}"))
}

fn table_row(engine: &str, o: &Outcome) -> String {
    let (u, d) = (&o.upload, &o.download);
    format!(
        "| {engine} | {} | {:.0} | {:.1} | {:.1} | {:.0} | {:.1} | {:.1} | {:.0} / {:.0} | {} | {} / {} | {:.0} |",
        o.server,
        u.rate(),
        u.pct(50.0),
        u.pct(99.0),
        d.rate(),
        d.pct(50.0),
        d.pct(99.0),
        u.cpu_ms_per_1000(),
        d.cpu_ms_per_1000(),
        if engine == "SQLite" {
            "–".to_owned()
        } else {
            format!("{:.0} / {:.0}", u.db_cpu_ms_per_1000(), d.db_cpu_ms_per_1000())
        },
        u.latencies_ms.len(),
        d.latencies_ms.len(),
        o.rss_kib as f64 / 1024.0,
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    ensure!(
        args.devices > 0 && args.group_size > 0 && args.records > 0,
        "devices, group size and records must be > 0"
    );
    ensure!((1..=1000).contains(&args.batch), "brim takes 1 to 1,000 operations a sync");
    // Plain HTTP, but in a workspace build reqwest carries rustls without a
    // crypto provider (see the workspace Cargo.toml), so one goes in first.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let args = Arc::new(args);
    let dir = std::env::temp_dir().join(format!("brim-peer-{}", Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir)?;
    let engine = if args.postgres.is_some() { "PostgreSQL" } else { "SQLite" };
    println!(
        "engine: {engine}; {} devices in sets of {}, {} records of {} bytes each, batches of {}, {} at once",
        args.devices, args.group_size, args.records, args.payload, args.batch, args.concurrency
    );
    let wanted = |name: &str| args.only.as_deref().is_none_or(|o| o == name);
    let mut outcomes = Vec::new();
    let result: anyhow::Result<()> = async {
        if wanted("brim") {
            let db = match &args.postgres {
                Some(url) => create_database(url, "peer_brim").await?,
                None => dir.join("brim.db").display().to_string(),
            };
            outcomes.push(run_brim(&args, &db).await?);
        }
        if wanted("atuin") {
            let db = match &args.postgres {
                Some(url) => create_database(url, "peer_atuin").await?,
                None => format!("sqlite://{}", dir.join("atuin.db").display()),
            };
            outcomes.push(run_atuin(&args, &db, &dir).await?);
        }
        Ok(())
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    result?;

    println!();
    println!(
        "| engine | server | upload records/s | upload p50 ms | upload p99 ms | download records/s | download p50 ms | download p99 ms | server CPU ms per 1,000 records (up / down) | database CPU ms per 1,000 records (up / down) | requests (up / down) | peak RSS MiB |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for o in &outcomes {
        println!("{}", table_row(engine, o));
    }
    let mut failed = false;
    for o in &outcomes {
        for (name, p) in [("upload", &o.upload), ("download", &o.download)] {
            if !p.errors.is_empty() {
                failed = true;
                eprintln!("{} {name}: {} errors; the first: {}", o.server, p.errors.len(), p.errors[0]);
            }
        }
    }
    ensure!(
        !failed,
        "some requests failed or a device saw the wrong records: the figures above are not comparable"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_have_the_asked_size_and_differ() {
        assert_eq!(payload(256, 1).len(), 256);
        assert_eq!(payload(0, 1), "");
        assert_ne!(payload(64, 1), payload(64, 2));
    }

    #[test]
    fn percentiles_pick_the_nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(pct(&v, 50.0), 51.0);
        assert_eq!(pct(&v, 99.0), 99.0);
        assert_eq!(pct(&[], 99.0), 0.0);
    }
}
