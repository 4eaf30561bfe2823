//! brim-abuse: a bounded abuse run on loopback against the real server
//! binary (a child process, so its memory is its own). Real devices sync on a
//! fixed period while, for the same time, strangers send requests with
//! made-up tokens and slow clients trickle request heads. Each kind of client
//! has addresses of its own in 127.0.0.0/8 (Linux routes the whole block to
//! loopback), so the per-address limits see them as the internet would.
//! Prints the real devices' latency, what the strangers got, and the
//! server's resident memory: now (VmRSS) when idle and after the joins, and
//! its peak since it started (VmHWM, the kernel's high-water mark).
//!
//!   make bench-abuse
//!   brim-abuse --server target/server/brim-server --devices 200 --attack 150000 --slow 500 --duration 60

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use uuid::Uuid;

#[derive(Debug, Parser)]
#[command(name = "brim-abuse", about = "A bounded abuse run against brim-server")]
struct Args {
    /// The brim-server binary (built with `--profile server`).
    #[arg(long)]
    server: std::path::PathBuf,
    /// Real devices, in groups of 20.
    #[arg(long, default_value_t = 200)]
    devices: usize,
    /// Seconds between one real device's syncs.
    #[arg(long, default_value_t = 60.0)]
    period: f64,
    /// Seconds the attack lasts (and the real devices are measured).
    #[arg(long, default_value_t = 60.0)]
    duration: f64,
    /// Requests with made-up tokens, spread over the duration.
    #[arg(long, default_value_t = 150_000)]
    attack: u64,
    /// Addresses the made-up tokens come from.
    #[arg(long, default_value_t = 64)]
    attack_addresses: u32,
    /// Slow connections held open at once, each sending one header line a second.
    #[arg(long, default_value_t = 500)]
    slow: usize,
}

fn addr(block: u8, i: u32) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, block, (i >> 8) as u8, (i & 255) as u8 + 1))
}

fn client(from: IpAddr) -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder().local_address(from).timeout(Duration::from_secs(30)).build()?)
}

fn admin(server: &std::path::Path, db: &std::path::Path, args: &[&str]) -> anyhow::Result<Value> {
    let out = std::process::Command::new(server)
        .args(args)
        .arg("--database")
        .arg(db)
        .arg("--json")
        .env("RUST_LOG", "warn")
        .output()
        .context("run the admin command")?;
    if !out.status.success() {
        bail!("{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(serde_json::from_slice(&out.stdout)?)
}

/// The server's resident memory in KiB as it is now (`VmRSS`).
fn rss_now_kib(pid: u32) -> Option<u64> {
    proc_status_kib(pid, "VmRSS:")
}

/// The most resident memory the server has had since it started, in KiB
/// (`VmHWM`): the kernel keeps it, so no spike between samples is missed.
fn rss_peak_kib(pid: u32) -> Option<u64> {
    proc_status_kib(pid, "VmHWM:")
}

fn proc_status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find(|l| l.starts_with(field))?.split_whitespace().nth(1)?.parse().ok()
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((p / 100.0) * (sorted.len() - 1) as f64).round() as usize]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // Plain HTTP, but in a workspace build reqwest carries rustls without a
    // crypto provider (see the workspace Cargo.toml), so one goes in first.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile_dir()?;
    let db = dir.join("server.db");
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let listen = SocketAddr::from(([0, 0, 0, 0], port));
    let base = format!("http://127.0.0.1:{port}");

    // Groups and invites first, with the admin command line on the same file.
    let groups = args.devices.div_ceil(20);
    let mut codes = Vec::new();
    for g in 0..groups {
        let group = admin(&args.server, &db, &["group", "create", "--name", &format!("Group {g}")])?;
        let id = group["group_id"].as_str().context("group id")?.to_owned();
        let invite = admin(
            &args.server,
            &db,
            &["invite", "create", "--group", &id, "--role", "member", "--uses", "20"],
        )?;
        codes.push(invite["code"].as_str().context("code")?.to_owned());
    }

    // The server with its default limits, except joins (all real devices join at once).
    let mut child = Server(
        std::process::Command::new(&args.server)
            .args(["serve", "--listen", &listen.to_string(), "--join-limit", "100000"])
            .arg("--database")
            .arg(&db)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .context("start brim-server")?,
    );
    let pid = child.0.id();
    let probe = reqwest::Client::new();
    for _ in 0..100 {
        if probe.get(format!("{base}/v1/health")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let rss_idle = rss_now_kib(pid).unwrap_or(0);

    // Real devices, each from an address of its own.
    let mut devices = Vec::new();
    for i in 0..args.devices {
        let http = client(addr(1, i as u32))?;
        let body = json!({ "invite_code": codes[i / 20], "display_name": format!("Member {i}"), "device_name": "phone" });
        let joined: Value =
            http.post(format!("{base}/v1/join")).json(&body).send().await?.error_for_status()?.json().await?;
        let token = joined["device_token"].as_str().context("token")?.to_owned();
        devices.push((http, token));
    }
    let rss_joined = rss_now_kib(pid).unwrap_or(0);
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(args.duration);

    // Strangers: made-up tokens at an even rate over the duration.
    let statuses: Arc<[AtomicU64; 6]> = Arc::new(Default::default()); // 401, 429, other 4xx, 5xx, failed, sent
    let mut attackers = Vec::new();
    let workers = 64u64;
    for w in 0..workers {
        let statuses = Arc::clone(&statuses);
        let http = client(addr(2, (w as u32) % args.attack_addresses.max(1)))?;
        let base = base.clone();
        let per_worker = args.attack / workers;
        let gap = Duration::from_secs_f64(args.duration / per_worker.max(1) as f64);
        attackers.push(tokio::spawn(async move {
            let mut next = Instant::now();
            for i in 0..per_worker {
                tokio::time::sleep_until(next.into()).await;
                next += gap;
                let token = format!("brim_{:064x}", (w << 40) | i);
                let resp = http
                    .post(format!("{base}/v1/sync"))
                    .bearer_auth(token)
                    .json(&json!({ "cursor": 0 }))
                    .send()
                    .await;
                statuses[5].fetch_add(1, Ordering::Relaxed);
                let slot = match resp.map(|r| r.status().as_u16()) {
                    Ok(401) => 0,
                    Ok(429) => 1,
                    Ok(s) if s < 500 => 2,
                    Ok(_) => 3,
                    Err(_) => 4,
                };
                statuses[slot].fetch_add(1, Ordering::Relaxed);
            }
        }));
    }

    // Slow clients: each keeps one connection trickling a head, and opens
    // another when the server cuts it off.
    let cut_off = Arc::new(AtomicU64::new(0));
    let mut slow = Vec::new();
    for s in 0..args.slow {
        let cut_off = Arc::clone(&cut_off);
        let from = addr(3, s as u32);
        slow.push(tokio::spawn(async move {
            while Instant::now() < until {
                let Ok(socket) = tokio::net::TcpSocket::new_v4() else { return };
                if socket.bind(SocketAddr::new(from, 0)).is_err() {
                    return;
                }
                let Ok(mut stream) = socket.connect(SocketAddr::from(([127, 0, 0, 1], port))).await else {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                };
                let _ = stream.write_all(b"POST /v1/sync HTTP/1.1\r\nHost: brim\r\n").await;
                let mut buf = [0u8; 256];
                let mut line = 0;
                loop {
                    if Instant::now() >= until {
                        return;
                    }
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    line += 1;
                    if stream.write_all(format!("X-Slow-{line}: a\r\n").as_bytes()).await.is_err() {
                        break;
                    }
                    if let Ok(Ok(0) | Err(_)) =
                        tokio::time::timeout(Duration::from_millis(1), stream.read(&mut buf)).await
                    {
                        break;
                    }
                }
                cut_off.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }

    // Real devices: each syncs 5 new shares once per period, at spread offsets.
    let latencies = Arc::new(std::sync::Mutex::new(Vec::new()));
    let lost = Arc::new(AtomicU64::new(0));
    let mut real = Vec::new();
    let n = devices.len();
    for (i, (http, token)) in devices.into_iter().enumerate() {
        let (latencies, lost, base) = (Arc::clone(&latencies), Arc::clone(&lost), base.clone());
        let offset = Duration::from_secs_f64(args.period * i as f64 / n as f64);
        let period = Duration::from_secs_f64(args.period);
        real.push(tokio::spawn(async move {
            let mut next = started + offset;
            let mut cursor = 0u64;
            while next < until {
                tokio::time::sleep_until(next.into()).await;
                next += period;
                let ops: Vec<Value> = (0..5)
                    .map(|_| json!({ "id": Uuid::now_v7(), "kind": "upsert_share", "share_id": Uuid::now_v7(),
                        "version": 1, "audience": "whole_group",
                        "content": { "type": "skill", "skill": { "name": "Listening", "area": "People" }, "story": null } }))
                    .collect();
                let t = Instant::now();
                let resp = http
                    .post(format!("{base}/v1/sync"))
                    .bearer_auth(&token)
                    .json(&json!({ "cursor": cursor, "operations": ops }))
                    .send()
                    .await;
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                let acked = match resp {
                    Ok(r) if r.status().is_success() => match r.json::<Value>().await {
                        Ok(v) => {
                            cursor = v["cursor"].as_u64().unwrap_or(cursor);
                            v["acknowledged"].as_array().map_or(0, Vec::len)
                        }
                        Err(_) => 0,
                    },
                    _ => 0,
                };
                if acked != ops.len() {
                    lost.fetch_add(1, Ordering::Relaxed);
                }
                latencies.lock().unwrap_or_else(|p| p.into_inner()).push(ms);
            }
        }));
    }
    for t in real {
        t.await?;
    }
    for t in attackers {
        t.abort();
    }
    for t in slow {
        t.abort();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let rss_peak = rss_peak_kib(pid).unwrap_or(0);
    child.stop();

    let mut l = latencies.lock().unwrap_or_else(|p| p.into_inner()).clone();
    l.sort_by(f64::total_cmp);
    let s: Vec<u64> = statuses.iter().map(|a| a.load(Ordering::Relaxed)).collect();
    println!("brim-abuse: {elapsed:.1} s on loopback, server pid {pid}");
    println!(
        "real devices: {} syncs of 5 new shares, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {} not fully acknowledged",
        l.len(),
        pct(&l, 50.0),
        pct(&l, 99.0),
        pct(&l, 100.0),
        lost.load(Ordering::Relaxed)
    );
    println!(
        "made-up tokens: {} sent from {} addresses ({:.0}/s): 401 {}, 429 {}, other 4xx {}, 5xx {}, failed {}",
        s[5],
        args.attack_addresses,
        s[5] as f64 / elapsed,
        s[0],
        s[1],
        s[2],
        s[3],
        s[4]
    );
    println!(
        "slow connections: {} held at once, {} cut off by the server",
        args.slow,
        cut_off.load(Ordering::Relaxed)
    );
    println!(
        "server RSS: {:.1} MiB idle, {:.1} MiB after {} joins (VmRSS); peak since it started {:.1} MiB (VmHWM)",
        rss_idle as f64 / 1024.0,
        rss_joined as f64 / 1024.0,
        args.devices,
        rss_peak as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("brim-abuse-{}", Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// The server process, stopped when the run ends or fails.
#[derive(Debug)]
struct Server(std::process::Child);

impl Server {
    fn stop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}
