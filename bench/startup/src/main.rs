//! Start-up time and idle memory of the release app, next to the floor (an
//! empty Tauri app built the same way, `bench/floor-app`).
//!
//! Start-up: for each app, a fresh tauri-driver (own free ports, own process
//! group) is started and left to come up (it starts WebKitWebDriver itself,
//! before the clock starts). The clock then runs from just before the WebDriver
//! "new session" request (which makes WebKitWebDriver launch the app) until the
//! page shows everything in the app's readiness list (XPath, checked in the
//! page in one script call, polled every 2 ms). The runs of the apps are
//! interleaved, after one unrecorded warm-up run each (which also applies any
//! pending migration to the journal). Before each run the journals are
//! checkpointed, so every start opens a cleanly closed journal.
//!
//! Memory: each app is started again on its own (no WebDriver), left idle,
//! and the RSS (and PSS) of its whole process tree (the app and every
//! descendant: WebKitWebProcess, WebKitNetworkProcess, …) is summed.
//!
//! Run it under a display (`bench/startup/run.sh` does everything).

use std::collections::HashMap;
use std::fs;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::ClientBuilder;
use serde_json::{Value, json};

const NAV: &str = "//nav[@aria-label='Main']";
/// The home screen's data has arrived: `loaded` is set once every call of
/// Home.svelte's `load()` has answered, and only then is "Recent moments" drawn.
const ADD: &str = "//a[normalize-space(.)='Add a moment']";
const RECENT: &str = "//h2[normalize-space(.)='Recent moments']";
/// Drawn only when there are moments: the newest ones are in the list.
const SEE_ALL: &str = "//a[normalize-space(.)='See all your moments']";
/// Drawn only on an empty journal, after the data arrived.
const WELCOME: &str = "//h1[normalize-space(.)='Welcome to Brim']";

const READY_JS: &str = r#"
const has = (x) => document.evaluate(x, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue !== null;
const nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : undefined;
return {
  ready: arguments[0].every(has),
  now: performance.now(),
  origin: performance.timeOrigin === undefined ? null : performance.timeOrigin,
  responseEnd: nav ? nav.responseEnd : null,
  domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
  resources: performance.getEntriesByType ? performance.getEntriesByType('resource').map((r) => ({
    name: r.name, start: r.startTime, end: r.responseEnd,
  })) : [],
  marks: performance.getEntriesByType ? performance.getEntriesByType('mark').map((m) => ({
    name: m.name, at: m.startTime,
  })) : [],
};
"#;

struct Target {
    name: &'static str,
    binary: PathBuf,
    data_dir: PathBuf,
    ready: Vec<&'static str>,
}

#[derive(Default, Clone)]
struct Run {
    /// From just before the session request to the session being created.
    session_ms: f64,
    /// From just before the session request to the readiness list being met.
    ready_ms: f64,
    /// From just before the session request to the page's navigation start.
    to_navigation_ms: Option<f64>,
    /// From navigation start to the page being ready, by the page's own clock.
    in_page_ready_ms: f64,
    dom_content_loaded_ms: Option<f64>,
    /// By the page's clock: when the last script or style file had arrived.
    assets_loaded_ms: Option<f64>,
    /// By the page's clock: the first IPC call sent, and the last one answered.
    first_ipc_ms: Option<f64>,
    last_ipc_ms: Option<f64>,
    ipc_calls: usize,
    polls: u32,
}

struct Args {
    brim: PathBuf,
    floor: PathBuf,
    fixture: PathBuf,
    work: PathBuf,
    out: PathBuf,
    runs: usize,
    idle: u64,
    memory_runs: usize,
}

fn parse_args() -> Args {
    let mut map: HashMap<String, String> = HashMap::new();
    let mut it = std::env::args().skip(1);
    while let Some(key) = it.next() {
        let key = key.trim_start_matches("--").to_owned();
        let value = it.next().unwrap_or_else(|| panic!("--{key} needs a value"));
        map.insert(key, value);
    }
    let path = |k: &str| PathBuf::from(map.get(k).unwrap_or_else(|| panic!("--{k} is required")));
    let num = |k: &str, d: usize| map.get(k).map(|v| v.parse().expect("a number")).unwrap_or(d);
    Args {
        brim: path("brim"),
        floor: path("floor"),
        fixture: path("fixture"),
        work: path("work"),
        out: path("out"),
        runs: num("runs", 15),
        idle: num("idle", 30) as u64,
        memory_runs: num("memory-runs", 3),
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().expect("its address").port()
}

fn wait_for_port(port: u16, patience: Duration) {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < patience, "nothing came up on port {port}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Every process whose parent chain leads to `root` (not `root` itself).
fn descendants(root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    if let Ok(entries) = fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
            let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
            // The command name may hold spaces and parentheses: the fields follow the last ')'.
            let Some(rest) = stat.rfind(')').map(|i| &stat[i + 1..]) else { continue };
            let Some(ppid) = rest.split_whitespace().nth(1).and_then(|p| p.parse::<u32>().ok()) else { continue };
            children.entry(ppid).or_default().push(pid);
        }
    }
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(pid) = stack.pop() {
        for &child in children.get(&pid).map(Vec::as_slice).unwrap_or(&[]) {
            found.push(child);
            stack.push(child);
        }
    }
    found
}

/// Kills a child started in its own process group, its group and anything it spawned.
fn kill_tree(child: &mut Child) {
    let pid = child.id();
    let mut all = descendants(pid);
    all.push(pid);
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).status();
    for p in all {
        let _ = Command::new("kill").args(["-KILL", &p.to_string()]).stderr(Stdio::null()).status();
    }
    let _ = child.wait();
}

fn checkpoint(data_dir: &Path) {
    let db = data_dir.join("journal.db");
    if db.exists() {
        let conn = rusqlite::Connection::open(&db).expect("open the journal to checkpoint it");
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).expect("checkpoint the journal");
    }
}

/// Starts `command` (the app, or the driver that starts it) on the target's
/// journal, once its write-ahead log is folded in so every run opens the same
/// file: quietly, and in a process group of its own, so [`kill_tree`] ends
/// all it starts.
fn start_on(target: &Target, command: &mut Command, expect: &str) -> Child {
    checkpoint(&target.data_dir);
    let command = command.env("BRIM_DATA_DIR", &target.data_dir).process_group(0);
    command.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect(expect)
}

async fn start_once(target: &Target, patience: Duration) -> Run {
    let (port, native_port) = (free_port(), free_port());
    let mut driver = start_on(
        target,
        Command::new("tauri-driver").args(["--port", &port.to_string(), "--native-port", &native_port.to_string()]),
        "tauri-driver is installed",
    );
    // Both tauri-driver and the WebKitWebDriver it starts are up before the clock starts.
    wait_for_port(port, Duration::from_secs(20));
    wait_for_port(native_port, Duration::from_secs(20));

    let mut caps = serde_json::Map::new();
    caps.insert("tauri:options".into(), json!({ "application": target.binary.display().to_string() }));
    let wall = SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_secs_f64() * 1000.0;
    let started = Instant::now();
    let client = ClientBuilder::native()
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session with the app");
    let session_ms = started.elapsed().as_secs_f64() * 1000.0;
    let xpaths = json!(target.ready);
    let mut polls = 0;
    let mut run = Run { session_ms, ..Run::default() };
    loop {
        polls += 1;
        if let Ok(v) = client.execute(READY_JS, vec![xpaths.clone()]).await
            && v["ready"] == Value::Bool(true)
        {
            run.ready_ms = started.elapsed().as_secs_f64() * 1000.0;
            run.in_page_ready_ms = v["now"].as_f64().unwrap_or(f64::NAN);
            run.to_navigation_ms = v["origin"].as_f64().map(|o| o - wall);
            run.dom_content_loaded_ms = v["domContentLoaded"].as_f64();
            let resources = v["resources"].as_array().cloned().unwrap_or_default();
            let (ipc, assets): (Vec<&Value>, Vec<&Value>) = resources
                .iter()
                .partition(|r| r["name"].as_str().is_some_and(|n| n.starts_with("ipc:") || n.contains("ipc.localhost")));
            let max_end = |rs: &[&Value]| rs.iter().filter_map(|r| r["end"].as_f64()).reduce(f64::max);
            run.assets_loaded_ms = max_end(&assets);
            // The app marks each IPC call (ui/src/lib/ipc): custom-scheme
            // requests do not show up as resources in WebKitGTK.
            let marks = v["marks"].as_array().cloned().unwrap_or_default();
            let marked = |prefix: &str| -> Vec<f64> {
                marks
                    .iter()
                    .filter(|m| m["name"].as_str().is_some_and(|n| n.starts_with(prefix)))
                    .filter_map(|m| m["at"].as_f64())
                    .collect()
            };
            let (sent, answered) = (marked("ipc-sent:"), marked("ipc-answered:"));
            run.first_ipc_ms = ipc
                .iter()
                .filter_map(|r| r["start"].as_f64())
                .chain(sent.iter().copied())
                .reduce(f64::min);
            run.last_ipc_ms = max_end(&ipc).into_iter().chain(answered.iter().copied()).reduce(f64::max);
            run.ipc_calls = ipc.len().max(sent.len());
            break;
        }
        assert!(started.elapsed() < patience, "{} was not ready within {patience:?}", target.name);
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    run.polls = polls;
    let _ = client.close().await;
    kill_tree(&mut driver);
    run
}

struct Memory {
    rss_kb: u64,
    pss_kb: u64,
    processes: Vec<String>,
}

fn status_kb(pid: u32, file: &str, field: &str) -> u64 {
    fs::read_to_string(format!("/proc/{pid}/{file}"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

fn idle_memory(target: &Target, idle: Duration) -> Memory {
    let mut app = start_on(target, &mut Command::new(&target.binary), "start the app");
    std::thread::sleep(idle);
    let root = app.id();
    let mut pids = vec![root];
    pids.extend(descendants(root));
    let mut memory = Memory { rss_kb: 0, pss_kb: 0, processes: Vec::new() };
    for pid in pids {
        let rss = status_kb(pid, "status", "VmRSS:");
        memory.rss_kb += rss;
        memory.pss_kb += status_kb(pid, "smaps_rollup", "Pss:");
        let comm = fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        memory.processes.push(format!("{} {} MB", comm.trim(), rss / 1024));
    }
    kill_tree(&mut app);
    memory
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n % 2 == 1 { s[n / 2] } else { (s[n / 2 - 1] + s[n / 2]) / 2.0 }
}

/// Nearest rank: the smallest value with at least 95% of the runs at or below it.
fn p95(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let rank = ((0.95 * s.len() as f64).ceil() as usize).max(1);
    s[rank - 1]
}

fn reset_dir(dir: &Path) {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir).expect("make the work dir");
}

#[tokio::main]
async fn main() {
    let args = parse_args();
    for (what, p) in [("brim", &args.brim), ("floor", &args.floor), ("fixture", &args.fixture)] {
        assert!(p.exists(), "no {what} at {}", p.display());
    }
    let big = args.work.join("journal-100k");
    let empty = args.work.join("journal-empty");
    let floor_dir = args.work.join("floor");
    for d in [&big, &empty, &floor_dir] {
        reset_dir(d);
    }
    fs::copy(&args.fixture, big.join("journal.db")).expect("copy the 100k fixture");

    let targets = [
        Target { name: "floor (empty Tauri app)", binary: args.floor.clone(), data_dir: floor_dir, ready: vec![NAV] },
        Target {
            name: "brim, empty journal",
            binary: args.brim.clone(),
            data_dir: empty,
            ready: vec![NAV, ADD, RECENT, WELCOME],
        },
        Target {
            name: "brim, 100,000 moments",
            binary: args.brim.clone(),
            data_dir: big,
            ready: vec![NAV, ADD, RECENT, SEE_ALL],
        },
    ];

    eprintln!("warm-up: one unrecorded start of each (applies pending migrations)");
    for t in &targets {
        let r = start_once(t, Duration::from_secs(300)).await;
        eprintln!("  {}: {:.0} ms", t.name, r.ready_ms);
    }

    let mut runs: Vec<Vec<Run>> = vec![Vec::new(); targets.len()];
    for i in 0..args.runs {
        for (t, rs) in targets.iter().zip(runs.iter_mut()) {
            let r = start_once(t, Duration::from_secs(60)).await;
            eprintln!(
                "run {:2} {:24} session {:6.0} ms  ready {:6.0} ms  (to navigation {:>6} ms, in page {:5.0} ms, {} polls)",
                i + 1,
                t.name,
                r.session_ms,
                r.ready_ms,
                r.to_navigation_ms.map(|x| format!("{x:.0}")).unwrap_or_else(|| "?".into()),
                r.in_page_ready_ms,
                r.polls
            );
            rs.push(r);
        }
    }

    let mut memories: Vec<Vec<Memory>> = Vec::new();
    for t in &targets {
        let mut ms = Vec::new();
        for i in 0..args.memory_runs {
            let m = idle_memory(t, Duration::from_secs(args.idle));
            eprintln!(
                "memory {} {:24} RSS {:.1} MB, PSS {:.1} MB: {}",
                i + 1,
                t.name,
                m.rss_kb as f64 / 1024.0,
                m.pss_kb as f64 / 1024.0,
                m.processes.join(", ")
            );
            ms.push(m);
        }
        memories.push(ms);
    }

    // Summary.
    let col = |rs: &[Run], f: &dyn Fn(&Run) -> Option<f64>| -> Vec<f64> { rs.iter().filter_map(f).collect() };
    let floor_ready = median(&col(&runs[0], &|r| Some(r.ready_ms)));
    let floor_ready_p95 = p95(&col(&runs[0], &|r| Some(r.ready_ms)));
    let floor_rss = median(&memories[0].iter().map(|m| m.rss_kb as f64).collect::<Vec<_>>());
    let floor_pss = median(&memories[0].iter().map(|m| m.pss_kb as f64).collect::<Vec<_>>());
    let mut out = json!({ "runs": args.runs, "idle_s": args.idle, "memory_runs": args.memory_runs, "apps": [] });
    println!("\n| app | ready, median | ready, p95 | × floor (median / p95) | session created, median | request → navigation start, median | navigation start → ready (in page), median | idle RSS, tree | × floor | idle PSS, tree | × floor |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for ((t, rs), ms) in targets.iter().zip(&runs).zip(&memories) {
        let ready: Vec<f64> = col(rs, &|r| Some(r.ready_ms));
        let (med, p) = (median(&ready), p95(&ready));
        let session = median(&col(rs, &|r| Some(r.session_ms)));
        let to_nav = col(rs, &|r| r.to_navigation_ms);
        let in_page = median(&col(rs, &|r| Some(r.in_page_ready_ms)));
        let rss = median(&ms.iter().map(|m| m.rss_kb as f64).collect::<Vec<_>>());
        let pss = median(&ms.iter().map(|m| m.pss_kb as f64).collect::<Vec<_>>());
        println!(
            "| {} | {:.0} ms | {:.0} ms | {:.2}× / {:.2}× | {:.0} ms | {} | {:.0} ms | {:.0} MB | {:.2}× | {:.0} MB | {:.2}× |",
            t.name,
            med,
            p,
            med / floor_ready,
            p / floor_ready_p95,
            session,
            if to_nav.is_empty() { "?".to_owned() } else { format!("{:.0} ms", median(&to_nav)) },
            in_page,
            rss / 1024.0,
            rss / floor_rss,
            pss / 1024.0,
            pss / floor_pss,
        );
        out["apps"].as_array_mut().expect("an array").push(json!({
            "name": t.name,
            "binary": t.binary,
            "ready_xpaths": t.ready,
            "ready_ms": ready,
            "ready_median_ms": med,
            "ready_p95_ms": p,
            "ready_ratio_to_floor_median": med / floor_ready,
            "session_ms": col(rs, &|r| Some(r.session_ms)),
            "request_to_navigation_start_ms": to_nav,
            "navigation_start_to_ready_in_page_ms": col(rs, &|r| Some(r.in_page_ready_ms)),
            "dom_content_loaded_in_page_ms": col(rs, &|r| r.dom_content_loaded_ms),
            "assets_loaded_in_page_ms": col(rs, &|r| r.assets_loaded_ms),
            "first_ipc_sent_in_page_ms": col(rs, &|r| r.first_ipc_ms),
            "last_ipc_answered_in_page_ms": col(rs, &|r| r.last_ipc_ms),
            "ipc_calls": rs.iter().map(|r| r.ipc_calls).collect::<Vec<_>>(),
            "idle_rss_kb": ms.iter().map(|m| m.rss_kb).collect::<Vec<_>>(),
            "idle_pss_kb": ms.iter().map(|m| m.pss_kb).collect::<Vec<_>>(),
            "idle_rss_ratio_to_floor_median": rss / floor_rss,
            "processes": ms.last().map(|m| m.processes.clone()).unwrap_or_default(),
        }));
    }
    println!("\nIn the page, by its own clock from navigation start (medians):\n");
    println!("| app | scripts and styles loaded | DOMContentLoaded | first IPC call sent | last IPC call answered | IPC calls | ready |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let ms = |v: Vec<f64>| if v.is_empty() { "–".to_owned() } else { format!("{:.0} ms", median(&v)) };
    for (t, rs) in targets.iter().zip(&runs) {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            t.name,
            ms(col(rs, &|r| r.assets_loaded_ms)),
            ms(col(rs, &|r| r.dom_content_loaded_ms)),
            ms(col(rs, &|r| r.first_ipc_ms)),
            ms(col(rs, &|r| r.last_ipc_ms)),
            rs.last().map(|r| r.ipc_calls).unwrap_or(0),
            ms(col(rs, &|r| Some(r.in_page_ready_ms))),
        );
    }
    if let Some(parent) = args.out.parent() {
        let _ = fs::create_dir_all(parent);
    }
    fs::write(&args.out, serde_json::to_string_pretty(&out).expect("json")).expect("write the results");
    eprintln!("results in {}", args.out.display());
}
