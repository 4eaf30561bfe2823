//! brim-server: the Brim group server as a library, so the command line and
//! the tests start exactly the same thing.

pub mod cursor;
pub mod erasure;
pub mod error;
pub mod http;
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
use std::net::SocketAddr;
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
    /// Mount the routes only tests use (see `test_routes`).
    #[cfg(feature = "test-routes")]
    pub test_routes: bool,
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
    let app = http::router(state).into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| Error::Internal(format!("server stopped: {e}")));
    sweeper.abort();
    served
}

/// How often idle rate-limit keys are forgotten.
const SWEEP_EVERY: Duration = Duration::from_secs(60);
