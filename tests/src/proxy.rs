//! A small fault-injecting HTTP/1.1 proxy for tests: it sits between the
//! sync client and the server and, when faults are on, drops requests, delays
//! them, resets connections, answers 5xx (before or after the server applied
//! the request), cuts responses short, sends a request twice, and replays an
//! older request late (reordering). Every choice comes from one seeded RNG,
//! so a failing run can be replayed from its seed.
//!
//! It can also shape the link (a round-trip time and a bandwidth) and cut
//! the next request off, for the benchmarks.
//!
//! In front of several copies of the server (one database behind them all),
//! it sends each request to one of them at random, as a load balancer might:
//! a device's next request, or a fault's second sending, may reach another.
//!
//! One request per client connection: the proxy asks the server to close
//! after answering, and passes that on, so the client opens a fresh
//! connection for its next request.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the proxy does to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    Pass,
    /// Close the connection without forwarding: the server never sees it.
    DropRequest,
    /// Reset the connection (RST) without forwarding.
    ResetBefore,
    /// Answer 503 without forwarding.
    FailBefore,
    /// Forward after a short wait.
    Delay(u64),
    /// Forward, then close without answering: applied, answer lost.
    DropResponse,
    /// Forward, then reset: applied, answer lost.
    ResetAfter,
    /// Forward, then answer 502: applied, but the client sees a failure.
    FailAfter,
    /// Forward, then pass on only the first half of the answer.
    Truncate,
    /// Forward twice; the client gets the second answer.
    Duplicate,
    /// Forward, and replay an older request afterwards (a late duplicate).
    Replay,
}

#[derive(Debug)]
struct State {
    /// Where requests go: one server, or copies of it to choose among.
    upstreams: Mutex<Vec<SocketAddr>>,
    faults: AtomicBool,
    rng: Mutex<fastrand::Rng>,
    refuse: Mutex<Option<String>>,
    recent: Mutex<VecDeque<Vec<u8>>>,
    faulted: AtomicU64,
    /// A shaped link: round-trip time and bytes per second (0: unshaped).
    shape: Mutex<(Duration, u64)>,
    drop_request: AtomicU64,
    forbid_all: AtomicBool,
    requests: AtomicU64,
}

/// A running proxy; stops when dropped.
#[derive(Debug)]
pub struct Proxy {
    pub addr: SocketAddr,
    state: Arc<State>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Proxy {
    pub async fn start(upstream: SocketAddr, seed: u64) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy addr");
        let state = Arc::new(State {
            upstreams: Mutex::new(vec![upstream]),
            faults: AtomicBool::new(false),
            rng: Mutex::new(fastrand::Rng::with_seed(seed)),
            refuse: Mutex::new(None),
            recent: Mutex::new(VecDeque::new()),
            faulted: AtomicU64::new(0),
            shape: Mutex::new((Duration::ZERO, 0)),
            drop_request: AtomicU64::new(0),
            forbid_all: AtomicBool::new(false),
            requests: AtomicU64::new(0),
        });
        let st = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                tokio::spawn(handle(conn, st.clone()));
            }
        });
        Self { addr, state, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Point at a server that moved (restarted on another port).
    pub fn set_upstream(&self, addr: SocketAddr) {
        self.set_upstreams(vec![addr]);
    }

    /// Spread requests over copies of the server, each request to one of
    /// them at random (from the proxy's seeded RNG).
    pub fn set_upstreams(&self, addrs: Vec<SocketAddr>) {
        assert!(!addrs.is_empty(), "a proxy needs somewhere to send requests");
        *lock(&self.state.upstreams) = addrs;
    }

    /// Turn faults on (a bad network) or off (the network healed).
    pub fn faults(&self, on: bool) {
        self.state.faults.store(on, Ordering::SeqCst);
    }

    /// Answer 422 to any request whose body contains `marker`, as a server
    /// that refuses one operation at the HTTP level would.
    pub fn refuse_containing(&self, marker: &str) {
        *lock(&self.state.refuse) = Some(marker.to_owned());
    }

    /// Answer every request 403 with an HTML page, as a filtering proxy or
    /// a captive portal would: nothing the group server said.
    pub fn forbid_all(&self, on: bool) {
        self.state.forbid_all.store(on, Ordering::SeqCst);
    }

    /// How many requests met a fault.
    pub fn faulted(&self) -> u64 {
        self.state.faulted.load(Ordering::SeqCst)
    }

    /// How many requests arrived.
    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::SeqCst)
    }

    /// Shape the link: each request and answer waits half the round trip
    /// plus its size at `bytes_per_sec` (a slow mobile link).
    pub fn shape(&self, rtt: Duration, bytes_per_sec: u64) {
        *lock(&self.state.shape) = (rtt, bytes_per_sec);
    }

    /// Cut request number `n` (counting from 1, as [`Proxy::requests`]
    /// does) off mid-upload: the server never sees it.
    pub fn drop_request(&self, n: u64) {
        self.state.drop_request.store(n, Ordering::SeqCst);
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The time `bytes` take over the shaped link, plus half a round trip.
fn transfer(st: &State, bytes: usize) -> Duration {
    let (rtt, rate) = *lock(&st.shape);
    if rate == 0 {
        return rtt / 2;
    }
    rtt / 2 + Duration::from_secs_f64(bytes as f64 / rate as f64)
}

fn pick(rng: &mut fastrand::Rng) -> Fault {
    // About half of all requests meet some fault.
    match rng.u32(0..100) {
        0..50 => Fault::Pass,
        50..55 => Fault::DropRequest,
        55..60 => Fault::ResetBefore,
        60..66 => Fault::FailBefore,
        66..74 => Fault::Delay(rng.u64(1..30)),
        74..79 => Fault::DropResponse,
        79..84 => Fault::ResetAfter,
        84..89 => Fault::FailAfter,
        89..92 => Fault::Truncate,
        92..96 => Fault::Duplicate,
        _ => Fault::Replay,
    }
}

/// Read one request (headers and a `content-length` body); `None` on EOF.
async fn read_request(conn: &mut TcpStream) -> Option<Vec<u8>> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(end) = find(&buf, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            while buf.len() < end + 4 + len {
                let n = conn.read(&mut chunk).await.ok()?;
                if n == 0 {
                    return None;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            buf.truncate(end + 4 + len);
            return Some(buf);
        }
        let n = conn.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The request with `connection: close`, so the server answers and hangs up.
fn closing(req: &[u8]) -> Vec<u8> {
    let end = find(req, b"\r\n\r\n").unwrap_or(req.len());
    let head = String::from_utf8_lossy(&req[..end]);
    let mut out: Vec<u8> = head
        .split("\r\n")
        .filter(|l| !l.to_lowercase().starts_with("connection:"))
        .collect::<Vec<_>>()
        .join("\r\n")
        .into_bytes();
    out.extend_from_slice(b"\r\nconnection: close\r\n\r\n");
    out.extend_from_slice(&req[(end + 4).min(req.len())..]);
    out
}

async fn forward(st: &State, req: &[u8]) -> Option<Vec<u8>> {
    tokio::time::sleep(transfer(st, req.len())).await;
    let upstream = {
        let upstreams = lock(&st.upstreams);
        // One server: no draw, so a seed replays the same faults as before copies existed.
        if upstreams.len() == 1 { upstreams[0] } else { upstreams[lock(&st.rng).usize(0..upstreams.len())] }
    };
    let mut conn = TcpStream::connect(upstream).await.ok()?;
    conn.write_all(&closing(req)).await.ok()?;
    let mut resp = Vec::new();
    conn.read_to_end(&mut resp).await.ok()?;
    tokio::time::sleep(transfer(st, resp.len())).await;
    (!resp.is_empty()).then_some(resp)
}

fn answer(status: &str, code: &str, message: &str) -> Vec<u8> {
    let body = serde_json::json!({ "error": { "code": code, "message": message } }).to_string();
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

async fn handle(mut client: TcpStream, st: Arc<State>) {
    let Some(req) = read_request(&mut client).await else { return };
    let number = st.requests.fetch_add(1, Ordering::SeqCst) + 1;
    if st.drop_request.load(Ordering::SeqCst) == number {
        let _ = client.set_zero_linger();
        return;
    }
    if st.forbid_all.load(Ordering::SeqCst) {
        let page = "<html><body>Blocked by your network</body></html>";
        let head = format!(
            "HTTP/1.1 403 Forbidden\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            page.len()
        );
        let _ = client.write_all(format!("{head}{page}").as_bytes()).await;
        return;
    }
    let refused = lock(&st.refuse).as_ref().is_some_and(|m| find(&req, m.as_bytes()).is_some());
    if refused {
        let _ = client
            .write_all(&answer("422 Unprocessable Entity", "invalid", "The proxy refuses this operation."))
            .await;
        return;
    }
    let (fault, replay) = if st.faults.load(Ordering::SeqCst) {
        let mut rng = lock(&st.rng);
        let fault = pick(&mut rng);
        let recent = lock(&st.recent);
        let replay = (!recent.is_empty()).then(|| recent[rng.usize(0..recent.len())].clone());
        (fault, replay)
    } else {
        (Fault::Pass, None)
    };
    if req.starts_with(b"POST /v1/sync ") {
        // Only syncs are replayed later: a replayed join would spend an invite.
        let mut recent = lock(&st.recent);
        recent.push_back(req.clone());
        if recent.len() > 16 {
            recent.pop_front();
        }
    }
    if fault != Fault::Pass {
        st.faulted.fetch_add(1, Ordering::SeqCst);
    }
    let response = match fault {
        Fault::DropRequest => return,
        Fault::ResetBefore => {
            let _ = client.set_zero_linger();
            return;
        }
        Fault::FailBefore => answer(
            "503 Service Unavailable",
            "internal",
            "The proxy made this fail before the server saw it.",
        ),
        Fault::Delay(ms) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            forward(&st, &req).await.unwrap_or_else(|| answer("502 Bad Gateway", "internal", "upstream"))
        }
        Fault::DropResponse => {
            forward(&st, &req).await;
            return;
        }
        Fault::ResetAfter => {
            forward(&st, &req).await;
            let _ = client.set_zero_linger();
            return;
        }
        Fault::FailAfter => {
            forward(&st, &req).await;
            answer("502 Bad Gateway", "internal", "The proxy lost the server's answer.")
        }
        Fault::Truncate => {
            let resp = forward(&st, &req).await.unwrap_or_default();
            let _ = client.write_all(&resp[..resp.len() / 2]).await;
            let _ = client.set_zero_linger();
            return;
        }
        Fault::Duplicate => {
            forward(&st, &req).await;
            forward(&st, &req).await.unwrap_or_else(|| answer("502 Bad Gateway", "internal", "upstream"))
        }
        Fault::Replay => {
            let resp =
                forward(&st, &req).await.unwrap_or_else(|| answer("502 Bad Gateway", "internal", "upstream"));
            if let Some(old) = replay {
                forward(&st, &old).await;
            }
            resp
        }
        Fault::Pass => {
            forward(&st, &req).await.unwrap_or_else(|| answer("502 Bad Gateway", "internal", "upstream"))
        }
    };
    let _ = client.write_all(&response).await;
    let _ = client.shutdown().await;
}
