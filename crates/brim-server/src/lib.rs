//! brim-server: the Brim group server as a library, so the command line and
//! the tests start exactly the same thing.

pub mod board;
pub mod cursor;
pub mod erasure;
pub mod error;
pub mod http;
pub mod lead;
pub mod membership;
pub mod openapi;
pub mod ratelimit;
pub mod store;
pub mod summary;
pub mod sync;
#[cfg(feature = "test-routes")]
pub mod test_routes;
pub mod token;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

pub use error::{Error, Result};
pub use store::postgres::PostgresStore;
pub use store::sqlite::SqliteStore;
pub use store::{DatabaseUrl, Store};

use ratelimit::{Limiters, Limits};

/// Server settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Figures from fewer members than this are hidden (never below 3).
    pub k: u32,
    /// Rate limits: per client address, joins per address, per device.
    pub limits: Limits,
    /// Behind a reverse proxy: the header it puts the client's address in
    /// (e.g. `X-Forwarded-For`; the last address in it is used). `None`: the
    /// connection's own address, which is the only one a client cannot forge.
    pub client_ip_header: Option<axum::http::HeaderName>,
    /// Summary release settings for groups that have none of their own.
    pub summary: summary::ReleaseSettings,
    /// The clock releases are timed by.
    pub clock: Clock,
    /// What one member may keep on the server.
    pub quotas: Quotas,
    /// How long clients may be slow, and how many connections are served at once.
    pub connections: Connections,
    /// Mount the routes only tests use (see `test_routes`).
    #[cfg(feature = "test-routes")]
    pub test_routes: bool,
}

/// What one member may keep on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotas {
    /// Devices signed in at once (each has its own token and allowance).
    pub devices_per_member: u32,
    /// Shares on the server at once; a sync that would add one more is
    /// answered 413. Also caps the tombstones left by revokes of unknown ids.
    pub shares_per_member: u32,
}

impl Default for Quotas {
    fn default() -> Self {
        Self { devices_per_member: 10, shares_per_member: 2000 }
    }
}

/// Timeouts and the connection cap: what a slow or idle client may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Connections {
    /// A connection must send a whole request head (request line and
    /// headers) within this long, or it is closed. The same wait applies to a
    /// kept-alive connection between requests, so it is the idle timeout too.
    pub header_timeout: Duration,
    /// A request's body must have arrived within this long (408 otherwise).
    pub body_timeout: Duration,
    /// Connections served at once; more wait to be accepted.
    pub max_connections: usize,
}

impl Default for Connections {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(60),
            max_connections: 4096,
        }
    }
}

/// The server's clock: the system's, moved forward by tests to reach the
/// next release period without waiting a week.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_seconds: Arc<std::sync::atomic::AtomicI64>,
}

impl Clock {
    /// Now, as this clock tells it.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        let offset = self.offset_seconds.load(std::sync::atomic::Ordering::SeqCst);
        chrono::Utc::now() + chrono::Duration::seconds(offset)
    }

    /// Today (UTC), as this clock tells it.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now().date_naive()
    }

    /// Move the clock forward (tests).
    pub fn advance(&self, by: chrono::Duration) {
        self.offset_seconds.fetch_add(by.num_seconds(), std::sync::atomic::Ordering::SeqCst);
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            k: summary::DEFAULT_K,
            limits: Limits::default(),
            client_ip_header: None,
            quotas: Quotas::default(),
            connections: Connections::default(),
            summary: summary::ReleaseSettings::default(),
            clock: Clock::default(),
            #[cfg(feature = "test-routes")]
            test_routes: false,
        }
    }
}

impl Config {
    /// Check the settings; a `k` under 3 is refused.
    pub fn validate(&self) -> Result<()> {
        if self.k < summary::MIN_K {
            return Err(Error::Invalid(format!(
                "The summary threshold k must be at least {}; it is {}.",
                summary::MIN_K,
                self.k
            )));
        }
        self.summary.validate()
    }
}

/// Serve on `listener` until `shutdown` completes, then finish the requests
/// in flight and return.
pub async fn serve<S: Store>(
    listener: tokio::net::TcpListener,
    store: Arc<S>,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<()> {
    config.validate()?;
    // Syncs that only read run on readers, which cannot make it on first use.
    store.transact(sync::EnsureCursorSecret).await?;
    let config_connections = config.connections;
    let state = Arc::new(http::AppState { store, limiters: Limiters::new(&config.limits), config });
    // Idle keys are forgotten every minute, so the limiters hold only the
    // addresses and devices seen lately.
    let sweeper = {
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let mut every = tokio::time::interval(SWEEP_EVERY);
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                every.tick().await;
                state.limiters.sweep();
            }
        })
    };
    let app = http::router(state);
    let served = accept_loop(listener, app, config_connections, shutdown).await;
    sweeper.abort();
    served
}

/// Accept HTTP/1.1 connections until `shutdown`, then let the requests in
/// flight finish. Each connection carries its peer address (for the limits)
/// and hyper's header read timeout; at most `max_connections` are served at
/// once.
async fn accept_loop(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    connections: Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let permits = Arc::new(tokio::sync::Semaphore::new(connections.max_connections.max(1)));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(connections.header_timeout).keep_alive(true);
    let shutdown = std::pin::pin!(shutdown);
    let mut shutdown = shutdown;
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => {
                permit.map_err(|e| Error::Internal(format!("connection permits closed: {e}")))?
            }
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it
                    // was accepted: wait a little and go on, as axum::serve does.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            tower::ServiceExt::oneshot(app.clone(), req)
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // How a connection ended, at debug level and without its address.
            match connection.await {
                Ok(()) => tracing::debug!("connection closed"),
                Err(e) if e.is_timeout() => tracing::debug!("connection closed: too slow to send a request"),
                Err(e) => tracing::debug!(error = %e, "connection ended early"),
            }
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// How often idle rate-limit keys are forgotten.
const SWEEP_EVERY: Duration = Duration::from_secs(60);
