//! brim-load: a load generator for the group server. It starts the real
//! server in-process on 127.0.0.1 (SQLite with `synchronous=FULL`, or
//! PostgreSQL), joins simulated devices in groups of 20, and has each device
//! sync 10 operations per request on a fixed period, measuring latency over
//! loopback. `--ramp` then raises the rate step by step until p99 passes
//! `--break-ms` (250 ms), the breaking point.
//!
//!   make bench-load
//!   cargo run --profile server -p brim-server --bin brim-load -- --devices 2000 --period 60 --ramp

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use brim_protocol::Role;
use brim_server::membership::{CreateGroup, CreateInvite};
use brim_server::ratelimit::{Limit, Limits};
use brim_server::{Config, DatabaseUrl, PostgresStore, Quotas, SqliteStore, Store};
use clap::Parser;
use serde_json::{Value, json};
use uuid::Uuid;

#[derive(Debug, Parser)]
#[command(name = "brim-load", about = "Load generator for brim-server")]
struct Args {
    /// Simulated devices.
    #[arg(long, default_value_t = 2000)]
    devices: usize,
    /// Seconds between one device's syncs.
    #[arg(long, default_value_t = 60.0)]
    period: f64,
    /// How long to measure the steady phase, in seconds.
    #[arg(long, default_value_t = 60.0)]
    duration: f64,
    /// Operations per sync.
    #[arg(long, default_value_t = 10)]
    ops: usize,
    /// Members per group.
    #[arg(long, default_value_t = 20)]
    group_size: usize,
    /// A SQLite path or postgres:// URL; default a fresh temp SQLite file.
    #[arg(long)]
    database: Option<String>,
    /// After the steady phase, raise the request rate until p99 passes `--break-ms` (or errors).
    #[arg(long)]
    ramp: bool,
    /// Seconds per ramp step.
    #[arg(long, default_value_t = 10.0)]
    step: f64,
    /// The p99, in milliseconds, past which the server counts as broken.
    #[arg(long, default_value_t = 250.0)]
    break_ms: f64,
    /// How much each ramp step raises the request rate.
    #[arg(long, default_value_t = 1.5)]
    ramp_factor: f64,
}

#[derive(Debug)]
struct Device {
    token: String,
    cursor: AtomicU64,
    version: AtomicU64,
}

#[derive(Debug, Default)]
struct Sample {
    latencies_ms: Vec<f64>,
    errors: u64,
    /// What the first failed sync got, to say why.
    first_error: Option<String>,
    ops: u64,
    elapsed: f64,
}

impl Sample {
    fn merge(&mut self, other: Sample) {
        self.latencies_ms.extend(other.latencies_ms);
        self.errors += other.errors;
        self.first_error = self.first_error.take().or(other.first_error);
        self.ops += other.ops;
    }

    fn pct(&self, p: f64) -> f64 {
        if self.latencies_ms.is_empty() {
            return 0.0;
        }
        let mut v = self.latencies_ms.clone();
        v.sort_by(f64::total_cmp);
        let i = ((p / 100.0) * (v.len() - 1) as f64).round() as usize;
        v[i.min(v.len() - 1)]
    }
}

fn ops(device: &Device, n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let v = device.version.fetch_add(1, Ordering::Relaxed) + 1;
            json!({
                "id": Uuid::now_v7(), "kind": "upsert_share", "share_id": Uuid::now_v7(), "version": v,
                "audience": if i % 2 == 0 { "whole_group" } else { "summary_only" },
                "content": { "type": "check_in", "taken_on": "2026-03-01", "ratings": [
                    { "skill": { "name": "Listening", "area": "People" }, "rating": 1 + (v % 5) },
                    { "skill": { "name": "Budgeting", "area": "Money" }, "rating": 1 + ((v + 2) % 5) }
                ] }
            })
        })
        .collect()
}

async fn sync_once(http: &reqwest::Client, base: &str, d: &Device, n: usize) -> (f64, Result<(), String>) {
    let body = json!({ "cursor": d.cursor.load(Ordering::Relaxed), "operations": ops(d, n) });
    let started = Instant::now();
    let resp = http.post(format!("{base}/v1/sync")).bearer_auth(&d.token).json(&body).send().await;
    let ok = match resp {
        Ok(r) if r.status().is_success() => match r.json::<Value>().await {
            Ok(v) => {
                d.cursor.store(v["cursor"].as_u64().unwrap_or(0), Ordering::Relaxed);
                let acked = v["acknowledged"].as_array().map_or(0, Vec::len);
                if acked == n { Ok(()) } else { Err(format!("{acked} of {n} operations acknowledged")) }
            }
            Err(e) => Err(format!("unreadable answer: {e}")),
        },
        Ok(r) => Err(format!("status {}", r.status())),
        Err(e) => Err(format!("no answer: {e}")),
    };
    (started.elapsed().as_secs_f64() * 1000.0, ok)
}

/// Every device syncs once per `period`, at evenly spread offsets, for `duration`.
async fn run_phase(
    http: &reqwest::Client,
    base: &str,
    devices: &[Arc<Device>],
    period: Duration,
    duration: Duration,
    n: usize,
) -> Sample {
    let start = Instant::now();
    let count = devices.len();
    let mut tasks = Vec::with_capacity(count);
    for (i, d) in devices.iter().enumerate() {
        let (http, base, d) = (http.clone(), base.to_owned(), Arc::clone(d));
        let offset = period.mul_f64(i as f64 / count as f64);
        tasks.push(tokio::spawn(async move {
            let mut sample = Sample::default();
            let mut next = start + offset;
            while next < start + duration {
                tokio::time::sleep_until(next.into()).await;
                let (ms, ok) = sync_once(&http, &base, &d, n).await;
                sample.latencies_ms.push(ms);
                match ok {
                    Ok(()) => sample.ops += n as u64,
                    Err(e) => {
                        sample.errors += 1;
                        sample.first_error.get_or_insert(e);
                    }
                }
                next += period;
            }
            sample
        }));
    }
    let mut all = Sample::default();
    for t in tasks {
        if let Ok(s) = t.await {
            all.merge(s);
        }
    }
    // Throughput over the time it really took, including requests that
    // finished after the window closed.
    all.elapsed = start.elapsed().as_secs_f64();
    all
}

fn report(label: &str, s: &Sample) {
    let secs = s.elapsed.max(f64::EPSILON);
    println!(
        "{label}: {} syncs ({:.1}/s, {:.0} ops/s), p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, errors {}",
        s.latencies_ms.len(),
        s.latencies_ms.len() as f64 / secs,
        s.ops as f64 / secs,
        s.pct(50.0),
        s.pct(99.0),
        s.pct(100.0),
        s.errors
    );
    if let Some(e) = &s.first_error {
        println!("  the first error: {e}");
    }
}

async fn bench<S: Store>(store: Arc<S>, args: Args) -> anyhow::Result<()> {
    let config = Config {
        limits: Limits {
            per_address: Limit { requests: u32::MAX, window: Duration::from_secs(60) },
            join: Limit { requests: u32::MAX, window: Duration::from_secs(60) },
            per_device: Limit { requests: u32::MAX, window: Duration::from_secs(60) },
            ..Limits::default()
        },
        // Every sync adds new shares: no quota may end the run early.
        quotas: Quotas { devices_per_member: u32::MAX, shares_per_member: u32::MAX },
        ..Config::default()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(brim_server::serve(listener, Arc::clone(&store), config, async {
        let _ = stop_rx.await;
    }));
    // Plain HTTP, but in a workspace build reqwest carries rustls without a
    // crypto provider (see the workspace Cargo.toml), so one goes in first.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder().pool_max_idle_per_host(512).build()?;

    let joined = Instant::now();
    let mut devices = Vec::new();
    let groups = args.devices.div_ceil(args.group_size);
    for g in 0..groups {
        let group = store
            .transact(CreateGroup { name: format!("Load {g}"), valid_for: chrono::Duration::days(1) })
            .await?;
        let invite = store
            .transact(CreateInvite {
                group_id: group.group_id,
                role: Role::Member,
                max_uses: args.group_size as i64,
                valid_for: chrono::Duration::days(1),
            })
            .await?;
        let size = args.group_size.min(args.devices - devices.len());
        for m in 0..size {
            let code = if m == 0 { &group.lead_invite.code } else { &invite.code };
            let resp: Value = http
                .post(format!("{base}/v1/join"))
                .json(&json!({ "invite_code": code, "display_name": format!("D{m}"), "device_name": "load" }))
                .send()
                .await?
                .error_for_status()?
                .json()
                .await?;
            let token = resp["device_token"].as_str().context("no token")?.to_owned();
            devices.push(Arc::new(Device { token, cursor: AtomicU64::new(0), version: AtomicU64::new(0) }));
        }
    }
    println!(
        "joined {} devices in {} groups in {:.1} s",
        devices.len(),
        groups,
        joined.elapsed().as_secs_f64()
    );

    let period = Duration::from_secs_f64(args.period);
    let duration = Duration::from_secs_f64(args.duration);
    let s = run_phase(&http, &base, &devices, period, duration, args.ops).await;
    report(&format!("steady: {} devices every {:.0} s", devices.len(), args.period), &s);

    if args.ramp {
        // Same devices, shorter periods: the request rate rises by `ramp_factor` each step.
        let step = Duration::from_secs_f64(args.step);
        let mut rate = devices.len() as f64 / args.period;
        loop {
            rate *= args.ramp_factor.max(1.01);
            let period = Duration::from_secs_f64(devices.len() as f64 / rate);
            let s = run_phase(&http, &base, &devices, period, step, args.ops).await;
            report(
                &format!(
                    "ramp: target {rate:.0} syncs/s (= {:.0} devices every 60 s), achieved",
                    rate * 60.0
                ),
                &s,
            );
            if s.pct(99.0) > args.break_ms || s.errors > 0 || rate > 20_000.0 {
                println!(
                    "breaking point: p99 > {:.0} ms (or errors) at a target of {rate:.0} syncs/s, \
                     {:.1} achieved; the step before held",
                    args.break_ms,
                    s.latencies_ms.len() as f64 / s.elapsed.max(f64::EPSILON)
                );
                break;
            }
        }
    }
    let _ = stop_tx.send(());
    server.await??;
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dir = tempfile_dir()?;
    let database = args.database.clone().unwrap_or_else(|| dir.join("load.db").display().to_string());
    let result = match DatabaseUrl::parse(&database) {
        DatabaseUrl::Sqlite(path) => {
            println!("engine: SQLite {} (WAL, synchronous=FULL)", path.display());
            bench(Arc::new(SqliteStore::open(&path)?), args).await
        }
        DatabaseUrl::Postgres(url) => {
            println!("engine: PostgreSQL");
            bench(Arc::new(PostgresStore::connect(&url).await?), args).await
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("brim-load-{}", Uuid::now_v7()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
