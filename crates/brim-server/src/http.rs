//! The HTTP surface: routes, the JSON-only body extractor, bearer tokens,
//! rate limits and request logging (method, route template, status and
//! time only: never bodies, tokens, invite codes or ids from the path).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{
    ConnectInfo, Extension, FromRequest, FromRequestParts, MatchedPath, Path, Query, Request, State,
};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post, put};
use axum::{Json, Router};
use brim_protocol::{JoinRequest, MAX_BODY_BYTES};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::board::{Board, PostOpportunity, TakeDownOpportunity};
use crate::error::Error;
use crate::lead::{
    LeadCreateInvite, LeadListInvites, LeadListMembers, LeadRemoveMember, LeadRevokeInvite, LeadSetRole,
    RemovalNotice,
};
use crate::membership::{
    AddDevice, AsCaller, Authenticate, Caller, CallerJob, Join, ListDevices, Me, RevokeDevice,
};
use crate::ratelimit::Limiters;
use crate::store::Store;
use crate::summary::{CachedSummary, OpenToRoles, Summary, SummaryAsk};
use crate::sync::{GetShare, MemberShares, SyncJob, parse_operations};
use crate::{Config, openapi};

/// What every handler shares.
#[derive(Debug)]
pub struct AppState<S> {
    pub store: Arc<S>,
    pub config: Config,
    pub limiters: Limiters,
}

impl<S: Store> AppState<S> {
    /// The caller a device token names, counted against its device's limit.
    fn caller(&self, Bearer(token): Bearer) -> Caller {
        Caller::limited(token, Arc::clone(&self.limiters.device))
    }

    /// The caller of a request that writes. Where every write waits for one
    /// connection (SQLite), the token is looked up and counted on a reader
    /// first, so a made-up token or a device over its limit is refused
    /// without queueing behind real writes; the write job then looks the
    /// token up again in its own transaction (a device revoked in between is
    /// refused there) without counting it twice.
    async fn writer(&self, bearer: Bearer) -> Result<Caller, Error> {
        if !S::ONE_WRITER {
            return Ok(self.caller(bearer));
        }
        self.checked(bearer).await
    }

    /// The caller of a request that writes from a body: the token is looked
    /// up and counted on a reader first on every engine, so a made-up token
    /// is refused before its body is read (see [`json_body`]); the job looks
    /// it up again in its own transaction without counting it twice.
    async fn checked(&self, bearer: Bearer) -> Result<Caller, Error> {
        let caller = self.caller(bearer);
        self.store.read(Authenticate(caller.clone())).await?;
        Ok(Caller::from(caller.token))
    }
}

/// The client's address, as the limits count it (see [`client_addr`]).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

type Shared<S> = State<Arc<AppState<S>>>;

/// What a body that is valid JSON but not an object is told.
pub const NOT_AN_OBJECT: &str = "The request body must be a JSON object, in curly brackets, with the \
     fields this endpoint's documentation lists; a list, text, a number, true, false or null doesn't fit.";

/// A JSON body: `application/json` only (415), at most 256 KiB (413),
/// malformed JSON is 400, and JSON of the wrong shape (a body that is not an
/// object included) is 422.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, St: Send + Sync> FromRequest<St> for JsonBody<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &St) -> Result<Self, Error> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(Error::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                Error::TooLarge
            } else if timed_out(&rejection) {
                Error::BodyTimeout
            } else {
                Error::BadJson("the body could not be read".into())
            }
        })?;
        // serde reads a struct from a JSON array too (its sequence form), so
        // `["CODE", "Sam", "phone"]` would join. Every body this server takes is
        // a JSON object, as the OpenAPI document says: anything else is refused
        // before it is read as the request.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(match serde_json::from_slice::<serde::de::IgnoredAny>(&bytes) {
                Ok(_) => Error::Invalid(NOT_AN_OBJECT.into()),
                Err(e) => Error::BadJson(e.to_string()),
            });
        }
        serde_json::from_slice(&bytes).map(JsonBody).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => Error::Invalid(format!(
                "The request doesn't match what this endpoint expects: {e}. Check the field names and types."
            )),
            _ => Error::BadJson(e.to_string()),
        })
    }
}

/// The JSON body of a request a handler took whole, read only now: a
/// handler that checks the token first and then calls this refuses a
/// made-up token without reading, or waiting for, its body. (A
/// `JsonBody` argument would be read before the handler runs.)
async fn json_body<T: DeserializeOwned>(req: Request) -> Result<T, Error> {
    let JsonBody(body) = JsonBody::from_request(req, &()).await?;
    Ok(body)
}

/// Whether reading the body stopped because it took longer than the body timeout.
fn timed_out(rejection: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(rejection);
    while let Some(e) = cause {
        if e.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = e.source();
    }
    false
}

/// The device token from `Authorization: Bearer …`.
#[derive(Debug)]
pub struct Bearer(pub String);

impl<St: Send + Sync> FromRequestParts<St> for Bearer {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &St) -> Result<Self, Error> {
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| Bearer(t.trim().to_owned()))
            .filter(|b| !b.0.is_empty() && b.0.len() <= 256)
            .ok_or(Error::Unauthorized)
    }
}

/// A path id; anything that is not a UUID cannot exist, so it is a 404.
#[derive(Debug)]
pub struct PathId(pub Uuid);

impl<St: Send + Sync> FromRequestParts<St> for PathId {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &St) -> Result<Self, Error> {
        let Path(raw) =
            Path::<String>::from_request_parts(parts, state).await.map_err(|_| Error::NotFound)?;
        Uuid::parse_str(&raw).map(PathId).map_err(|_| Error::NotFound)
    }
}

/// Build the router for a store.
pub fn router<S: Store>(state: Arc<AppState<S>>) -> Router {
    let routes = Router::new();
    #[cfg(feature = "test-routes")]
    let routes = if state.config.test_routes {
        routes.route("/v1/test/panic", get(crate::test_routes::panic::<S>))
    } else {
        routes
    };
    let routes = routes
        .route("/v1/health", get(health))
        .route("/v1/openapi.json", get(openapi_doc))
        .route("/v1/join", post(join::<S>))
        .route("/v1/sync", post(sync::<S>))
        // The routes of one shape differ only in the job each makes (see
        // `read`, `read_one`, `remove` and `create`); who may run it is the job's.
        .route("/v1/me", read(|_| Me))
        .route("/v1/devices", read(|_| ListDevices).post(add_device::<S>))
        .route("/v1/devices/{device_id}", remove(|device_id, _| RevokeDevice { device_id }))
        .route("/v1/shares/{share_id}", read_one(|share_id| GetShare { share_id }))
        .route("/v1/members/{member_id}/shares", read_one(|member_id| MemberShares { member_id }))
        .route("/v1/summary", get(summary::<S>))
        .route("/v1/open-to-roles", get(open_to_roles::<S>))
        .route(
            "/v1/invites",
            read(|_| LeadListInvites).merge(create(|request, _| LeadCreateInvite { request })),
        )
        .route("/v1/invites/{invite_id}", remove(|invite_id, _| LeadRevokeInvite { invite_id }))
        .route("/v1/members", read(|_| LeadListMembers))
        .route("/v1/members/{member_id}", remove(|member_id, _| LeadRemoveMember { member_id }))
        .route("/v1/members/{member_id}/role", put(set_role::<S>))
        .route("/v1/board", read(|config| Board { today: config.clock.today() }))
        .route(
            "/v1/opportunities",
            create(|request, config| PostOpportunity { request, today: config.clock.today() }),
        )
        .route(
            "/v1/opportunities/{opportunity_id}",
            remove(|opportunity_id, config| TakeDownOpportunity {
                opportunity_id,
                today: config.clock.today(),
            }),
        )
        .fallback(|| async { Error::NotFound })
        // A known path with another method is a 405; axum adds the Allow header.
        // (The routes are public in the OpenAPI document, so this tells nobody anything.)
        .method_not_allowed_fallback(|| async { Error::MethodNotAllowed })
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        // A body that trickles in is cut off (408) instead of holding a connection.
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(state.config.connections.body_timeout))
        // Every request, the unknown routes too, is counted per client address
        // before anything else is read.
        .layer(middleware::from_fn_with_state(Arc::clone(&state), limit_by_address::<S>))
        .layer(middleware::from_fn(log_request))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| {
            Error::Internal("a request handler panicked".into()).into_response()
        }));
    // Added after the layers, so no limit counts the test's own look at the limiters.
    #[cfg(feature = "test-routes")]
    let routes = if state.config.test_routes {
        routes.route("/v1/test/limiters", get(crate::test_routes::limiters::<S>))
    } else {
        routes
    };
    routes.with_state(state)
}

/// A read for the caller: the job `make` builds, run on a reader, its
/// answer as JSON.
fn read<S: Store, J>(make: fn(&Config) -> J) -> MethodRouter<Arc<AppState<S>>>
where
    J: CallerJob,
    J::Output: Serialize,
{
    get(move |State(st): Shared<S>, bearer: Bearer| async move {
        let job = make(&st.config);
        st.store.read(AsCaller { caller: st.caller(bearer), job }).await.map(Json)
    })
}

/// A read of the one thing the path's id names, as JSON.
fn read_one<S: Store, J>(make: fn(Uuid) -> J) -> MethodRouter<Arc<AppState<S>>>
where
    J: CallerJob,
    J::Output: Serialize,
{
    get(move |State(st): Shared<S>, bearer: Bearer, PathId(id): PathId| async move {
        st.store.read(AsCaller { caller: st.caller(bearer), job: make(id) }).await.map(Json)
    })
}

/// Removing the thing the path's id names: 204 once it is gone.
fn remove<S: Store, J>(make: fn(Uuid, &Config) -> J) -> MethodRouter<Arc<AppState<S>>>
where
    J: CallerJob<Output = ()>,
{
    delete(move |State(st): Shared<S>, bearer: Bearer, PathId(id): PathId| async move {
        let caller = st.writer(bearer).await?;
        st.store.transact(AsCaller { caller, job: make(id, &st.config) }).await?;
        Ok::<_, Error>(StatusCode::NO_CONTENT)
    })
}

/// Making something from a JSON body: 201 with what was made. The token is
/// checked before the body is read.
fn create<S: Store, B, J>(make: fn(B, &Config) -> J) -> MethodRouter<Arc<AppState<S>>>
where
    B: DeserializeOwned + Send + 'static,
    J: CallerJob,
    J::Output: Serialize,
{
    post(move |State(st): Shared<S>, bearer: Bearer, body: Request| async move {
        let caller = st.checked(bearer).await?;
        let body = json_body(body).await?;
        let made = st.store.transact(AsCaller { caller, job: make(body, &st.config) }).await?;
        Ok::<_, Error>((StatusCode::CREATED, Json(made)))
    })
}

/// The client's address: the connection's, or behind a reverse proxy the
/// last address in the header the proxy sets (`Config::client_ip_header`).
/// The last one, because a proxy appends what it saw to whatever the client
/// sent: anything before it may be forged. Without a usable header, the
/// connection's address (the proxy's) is used.
pub fn client_addr(config: &Config, req: &Request) -> IpAddr {
    let socket = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(a)| a.ip());
    let Some(name) = &config.client_ip_header else { return socket };
    req.headers()
        .get_all(name)
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .map(str::trim)
        .and_then(|v| v.parse::<IpAddr>().ok().or_else(|| v.parse::<SocketAddr>().ok().map(|s| s.ip())))
        .unwrap_or(socket)
}

async fn limit_by_address<S: Store>(State(st): Shared<S>, mut req: Request, next: Next) -> Response {
    let addr = client_addr(&st.config, &req);
    if let Err(secs) = st.limiters.address.check(addr) {
        return Error::RateLimited(secs).into_response();
    }
    req.extensions_mut().insert(ClientAddr(addr));
    next.run(req).await
}

async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let started = Instant::now();
    let response = next.run(req).await;
    tracing::info!(
        %method,
        route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}

async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

async fn openapi_doc() -> Json<utoipa::openapi::OpenApi> {
    Json(openapi::document())
}

async fn join<S: Store>(
    State(st): Shared<S>,
    Extension(ClientAddr(addr)): Extension<ClientAddr>,
    body: Result<JsonBody<JoinRequest>, Error>,
) -> Result<Json<brim_protocol::JoinResponse>, Error> {
    // Count the attempt before reading the body, so guessing codes is slow
    // even with malformed requests.
    st.limiters.join.check(addr).map_err(Error::RateLimited)?;
    let JsonBody(req) = body?;
    Ok(Json(st.store.transact(Join(req)).await?))
}

async fn sync<S: Store>(
    State(st): Shared<S>,
    bearer: Bearer,
    body: Result<JsonBody<brim_protocol::SyncRequest>, Error>,
) -> Result<Json<brim_protocol::SyncResponse>, Error> {
    let JsonBody(req) = body?;
    let operations = parse_operations(req.operations)?;
    let token = bearer.0.clone();
    let share_quota = st.config.quotas.shares_per_member;
    let job = SyncJob { cursor: req.cursor, operations, share_quota };
    let synced = if job.operations.is_empty() {
        // A sync with nothing to apply only reads the feed: a reader, never
        // the one writer (the cursor's secret is made when the server starts).
        st.store.read(AsCaller { caller: st.caller(bearer), job }).await
    } else {
        match st.writer(bearer).await {
            Ok(caller) => st.store.transact(AsCaller { caller, job }).await,
            Err(e) => Err(e),
        }
    };
    match synced {
        // A token the server no longer knows: if the lead removed its member,
        // the device gets the receipt, as a sync that carried a leave does.
        Err(Error::Unauthorized) => match st.store.read(RemovalNotice { token }).await? {
            Some(receipt) => Ok(Json(receipt)),
            None => Err(Error::Unauthorized),
        },
        other => other.map(Json),
    }
}

/// Adding a device: the token is checked before the body is read (see
/// [`json_body`]).
async fn add_device<S: Store>(
    State(st): Shared<S>,
    bearer: Bearer,
    body: Request,
) -> Result<Json<brim_protocol::AddDeviceResponse>, Error> {
    let caller = st.checked(bearer).await?;
    let req: brim_protocol::AddDeviceRequest = json_body(body).await?;
    let job = AddDevice { device_name: req.device_name, max_devices: st.config.quotas.devices_per_member };
    Ok(Json(st.store.transact(AsCaller { caller, job }).await?))
}

/// The release's stored JSON, byte for byte: asking again gets the same bytes.
/// Read first (on SQLite, on a reader; on PostgreSQL, without the group's
/// lock, so asking never holds up the group's syncs); only when a new release
/// is due does it write (and decide again, under the group's lock).
async fn summary<S: Store>(State(st): Shared<S>, bearer: Bearer) -> Result<Response, Error> {
    let ask = SummaryAsk { k: st.config.k, defaults: st.config.summary, now: st.config.clock.now() };
    let caller = st.caller(bearer);
    let cached = AsCaller { caller: caller.clone(), job: CachedSummary(ask) };
    let body = match st.store.read(cached).await? {
        Some(body) => body,
        // Counted on the read already.
        None => {
            let caller = Caller::from(caller.token);
            st.store.transact(AsCaller { caller, job: Summary(ask) }).await?
        }
    };
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// `?skill=…` on the open-to-roles list.
#[derive(Debug, Deserialize)]
pub struct SkillQuery {
    skill: Option<String>,
}

async fn open_to_roles<S: Store>(
    State(st): Shared<S>,
    bearer: Bearer,
    query: Result<Query<SkillQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<brim_protocol::OpenToRolesList>, Error> {
    let Query(q) = query.map_err(|e| Error::Invalid(format!("The query string doesn't fit: {e}.")))?;
    let job = OpenToRoles { skill: q.skill };
    Ok(Json(st.store.read(AsCaller { caller: st.caller(bearer), job }).await?))
}

async fn set_role<S: Store>(
    State(st): Shared<S>,
    bearer: Bearer,
    PathId(member_id): PathId,
    body: Request,
) -> Result<Json<brim_protocol::GroupMember>, Error> {
    let caller = st.checked(bearer).await?;
    let req: brim_protocol::SetRoleRequest = json_body(body).await?;
    Ok(Json(st.store.transact(AsCaller { caller, job: LeadSetRole { member_id, role: req.role } }).await?))
}
