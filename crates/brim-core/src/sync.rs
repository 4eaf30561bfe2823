//! The sync client: joining a group, and the one round trip that pushes the
//! outbox and pulls the feed (`POST /v1/sync`), over reqwest with rustls.
//!
//! Invariants: the journal's lock is only ever taken inside a plain
//! (non-async) read or write, never across an `.await`; an operation leaves
//! the outbox only in the transaction that records its acknowledgement;
//! network failures, timeouts, 429 and 5xx are retried later with back-off;
//! 401 marks the membership as needing a rejoin; any other refusal
//! quarantines the one operation that caused it and the others carry on.

use std::time::Duration;

use crate::Tx;
use brim_protocol::{
    ErrorBody, ErrorCode, JoinRequest, JoinResponse, MAX_CHANGES_PER_SYNC, MAX_NAME_CHARS,
    MAX_OPERATIONS_PER_SYNC, OperationKind, RejectionCode, Role, SyncRequest, SyncResponse,
};
use chrono::{DateTime, Utc};
use reqwest::StatusCode;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::group::{self, Credentials, Membership, MembershipStatus};
use crate::outbox::{self, Pending, QuarantinedOperation};
use crate::words::{MessageId, Words, id};
use crate::{Journal, feed, now, share};

/// The first retry comes after at most this long…
pub const BACKOFF_FIRST: Duration = Duration::from_secs(1);
/// …and no retry waits longer than this.
pub const BACKOFF_MAX: Duration = Duration::from_secs(300);

/// How long to wait before retrying after `failures` failed syncs in a row.
///
/// The ceiling doubles from [`BACKOFF_FIRST`] up to [`BACKOFF_MAX`]; `jitter`
/// (0 to 1, random in use) picks a point in its upper half, so many devices
/// that lost the server together do not all come back at the same instant.
pub fn backoff_delay(failures: u32, jitter: f64) -> Duration {
    if failures == 0 {
        return Duration::ZERO;
    }
    let first = BACKOFF_FIRST.as_millis() as u64;
    let max = BACKOFF_MAX.as_millis() as u64;
    let ceiling = first.saturating_mul(1u64 << failures.saturating_sub(1).min(20)).min(max);
    let jitter = if jitter.is_finite() { jitter.clamp(0.0, 1.0) } else { 0.0 };
    Duration::from_millis(ceiling / 2 + ((ceiling / 2) as f64 * jitter) as u64)
}

/// The most operation JSON one sync carries, well under the server's 256 KiB.
const MAX_PUSH_BYTES: usize = 192 * 1024;
/// How often a member who is not the lead looks for a new group summary.
pub const SUMMARY_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(6);
/// A sync stops after this many round trips even if more waits (the next one carries on).
const MAX_ROUNDS: u32 = 64;

/// What the person types to join a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JoinDetails {
    /// Like `https://groups.example.org`.
    pub server_url: String,
    pub invite_code: String,
    /// The name the group will see.
    pub display_name: String,
    /// A name for this device, like "Sam's phone".
    pub device_name: String,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// Requests made.
    pub round_trips: u32,
    /// Operations sent (each at most once per round trip).
    pub sent: u32,
    /// Operations the server acknowledged.
    pub acknowledged: u32,
    /// Operations the server would not apply, now set aside with their reason.
    pub quarantined: u32,
    /// Feed changes received.
    pub changes: u32,
    /// True when this sync carried the leave, or brought the news that the
    /// lead removed this person, and the receipt is now kept.
    pub left_group: bool,
    /// True when the lead changed this person's role since the last sync.
    pub role_changed: bool,
    /// The version of the group's board the server last named.
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) board: Option<u64>,
}

/// Sync at a glance, for the status line the app always shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    pub membership: Option<Membership>,
    pub last_synced_at: Option<DateTime<Utc>>,
    /// Operations waiting to be sent.
    pub pending: u32,
    /// Operations the server would not apply, with its reasons.
    pub quarantined: Vec<QuarantinedOperation>,
    /// Failed syncs in a row.
    pub failures: u32,
    /// When the back-off allows the next automatic sync (`None`: now).
    pub next_sync_at: Option<DateTime<Utc>>,
    /// Why the last sync failed, in plain words.
    pub last_error: Option<String>,
}

/// Talks to group servers. Cheap to clone; one per app is enough.
#[derive(Debug, Clone)]
pub struct SyncClient {
    pub(crate) http: reqwest::Client,
}

/// Why a request did not give an answer to use.
pub(crate) enum Failure {
    /// Try again later: the network, a timeout, 429 or 5xx; not before
    /// the wait the server asked for (`Retry-After`), if it asked.
    Retry(Error, Option<Duration>),
    /// 401: the device token is no longer valid.
    Unauthorized,
    /// Any other 4xx: the request itself is refused; `code` when the group
    /// server said why in its own error body (a middlebox's 4xx has none).
    Refused(Option<ErrorCode>, Words),
}

impl Failure {
    /// Whether the refusal is about what the request carried, so that one of
    /// its operations is to blame. A 403 or 404 from something in between
    /// (a filtering proxy, a wrong address) says nothing about the
    /// operations and must never quarantine them.
    fn blames_payload(code: Option<ErrorCode>) -> bool {
        matches!(code, Some(ErrorCode::Invalid | ErrorCode::TooLarge | ErrorCode::BadJson))
    }
}

/// What a person is told when the group server refuses a request, by the
/// code it sent: Brim's own words, in the person's language. The server's
/// own sentence is never shown: it is English, and a parser's complaint in it
/// could quote the person's writing back.
fn refusal(code: ErrorCode) -> Words {
    match code {
        ErrorCode::InviteNotFound => id::ERROR_INVITE_NOT_FOUND,
        ErrorCode::InviteExpired => id::ERROR_INVITE_EXPIRED,
        ErrorCode::InviteUsedUp => id::ERROR_INVITE_USED_UP,
        ErrorCode::InviteRevoked => id::ERROR_INVITE_REVOKED,
        ErrorCode::Forbidden => id::ERROR_SERVER_FORBIDDEN,
        ErrorCode::NotFound => id::ERROR_SERVER_NOT_FOUND,
        ErrorCode::Unauthorized => id::ERROR_NEEDS_REJOIN,
        ErrorCode::RateLimited | ErrorCode::TooSlow | ErrorCode::Internal => id::ERROR_SERVER_UNAVAILABLE,
        ErrorCode::BadJson
        | ErrorCode::Invalid
        | ErrorCode::MethodNotAllowed
        | ErrorCode::TooLarge
        | ErrorCode::UnsupportedMediaType => id::ERROR_SERVER_WOULD_NOT_TAKE,
    }
    .into()
}

/// Why the server set one operation aside, in Brim's words (see [`refusal`]).
fn rejection(code: RejectionCode) -> MessageId {
    match code {
        RejectionCode::UnknownKind => id::SYNC_REJECTED_UNKNOWN_KIND,
        RejectionCode::Invalid => id::SYNC_REJECTED_INVALID,
        RejectionCode::NotFound => id::SYNC_REJECTED_NOT_FOUND,
        RejectionCode::Forbidden => id::SYNC_REJECTED_FORBIDDEN,
        RejectionCode::LeftGroup => id::SYNC_REJECTED_LEFT_GROUP,
    }
}

pub(crate) async fn classify(
    resp: reqwest::Result<reqwest::Response>,
) -> std::result::Result<String, Failure> {
    let resp = resp.map_err(|_| Failure::Retry(Error::Offline, None))?;
    let status = resp.status();
    let asked_wait = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|secs| Duration::from_secs(secs).min(BACKOFF_MAX));
    let body = resp.text().await.map_err(|_| Failure::Retry(Error::Offline, None))?;
    if status.is_success() {
        return Ok(body);
    }
    Err(match status {
        StatusCode::UNAUTHORIZED => Failure::Unauthorized,
        StatusCode::TOO_MANY_REQUESTS | StatusCode::REQUEST_TIMEOUT => {
            Failure::Retry(Error::ServerUnavailable, asked_wait)
        }
        s if s.is_server_error() => Failure::Retry(Error::ServerUnavailable, asked_wait),
        s if s.is_client_error() => match serde_json::from_str::<ErrorBody>(&body) {
            Ok(b) => Failure::Refused(Some(b.error.code), refusal(b.error.code)),
            Err(_) => {
                Failure::Refused(None, Words::from(id::SYNC_REFUSED_CONNECTION).with("status", s.as_u16()))
            }
        },
        _ => Failure::Retry(Error::ServerUnavailable, asked_wait),
    })
}

/// `https://host` from whatever the person typed; `https://` when no scheme is given.
/// Plain `http://` is refused unless the server is on this device itself
/// (loopback), because the device token and everything shared would cross
/// the network readable by anyone on the way.
fn server_url(typed: &str) -> Result<String> {
    let typed = typed.trim().trim_end_matches('/');
    if typed.is_empty() || typed.ends_with(':') {
        return Err(bad_address());
    }
    let with_scheme = if typed.contains("://") { typed.to_owned() } else { format!("https://{typed}") };
    let url = reqwest::Url::parse(&with_scheme).map_err(|_| bad_address())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(bad_address());
    }
    if !secure_enough(&url) {
        return Err(not_https());
    }
    Ok(with_scheme)
}

/// Whether Brim may send a token to `url`: https anywhere, plain http only
/// to this device itself (127.0.0.0/8, ::1 or `localhost`), where nothing
/// crosses a network.
fn secure_enough(url: &reqwest::Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => {
            let host = url.host_str().unwrap_or_default();
            let bare = host.trim_start_matches('[').trim_end_matches(']');
            match bare.parse::<std::net::IpAddr>() {
                Ok(std::net::IpAddr::V4(ip)) => ip.is_loopback(),
                Ok(std::net::IpAddr::V6(ip)) => {
                    ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
                }
                Err(_) => host.eq_ignore_ascii_case("localhost"),
            }
        }
        _ => false,
    }
}

/// Refuses to send a token to a stored address that is not https (see [`secure_enough`]).
pub(crate) fn require_secure(server_url: &str) -> Result<()> {
    let parsed = reqwest::Url::parse(server_url).map_err(|_| bad_address())?;
    if secure_enough(&parsed) { Ok(()) } else { Err(not_https()) }
}

fn bad_address() -> Error {
    Error::invalid(id::ERROR_BAD_ADDRESS)
}

fn not_https() -> Error {
    Error::invalid(id::ERROR_NOT_HTTPS)
}

fn name(value: &str, if_empty: MessageId, if_long: MessageId) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(if_empty));
    }
    if v.chars().count() > MAX_NAME_CHARS {
        return Err(Error::invalid(Words::from(if_long).with("max", MAX_NAME_CHARS)));
    }
    Ok(v.to_owned())
}

/// Which certificate authorities the client trusts. Everywhere but Android,
/// the system's own (rustls-platform-verifier). On Android that verifier must
/// first be handed the JVM and the app's context through JNI, which needs
/// `unsafe` code this workspace forbids; without it the first HTTPS request
/// would panic. So Android trusts the Mozilla root list built into the app
/// (webpki-root-certs, the list Firefox ships) instead.
fn trust(builder: reqwest::ClientBuilder, bundled_roots: bool) -> reqwest::ClientBuilder {
    if !bundled_roots {
        return builder;
    }
    let roots = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .filter_map(|der| reqwest::Certificate::from_der(der.as_ref()).ok());
    builder.tls_certs_only(roots)
}

/// A client builder with rustls's cryptography in place: ring, installed for
/// the whole process unless a provider is there already (reqwest is built
/// without one; see the workspace Cargo.toml).
fn client_builder() -> reqwest::ClientBuilder {
    // An error only says a provider is installed already, which serves as well.
    let _ = rustls::crypto::ring::default_provider().install_default();
    // A redirect never takes the token somewhere plain http would expose it.
    let redirects = reqwest::redirect::Policy::custom(|attempt| {
        if attempt.previous().len() < 10 && secure_enough(attempt.url()) {
            attempt.follow()
        } else {
            attempt.stop()
        }
    });
    reqwest::Client::builder().redirect(redirects)
}

impl SyncClient {
    /// A client with everyday timeouts (10 s to connect, 30 s per request).
    pub fn new() -> Result<Self> {
        Self::with_timeout(Duration::from_secs(30))
    }

    /// A client whose requests give up after `timeout` (tests use short ones).
    pub fn with_timeout(timeout: Duration) -> Result<Self> {
        let builder = client_builder().connect_timeout(timeout.min(Duration::from_secs(10))).timeout(timeout);
        let http = trust(builder, cfg!(target_os = "android")).build().map_err(|_| Error::Offline)?;
        Ok(Self { http })
    }

    /// Join a group with an invite code. Needs the network; nothing already
    /// in the journal is sent by joining.
    pub async fn join(&self, journal: &Journal, details: &JoinDetails) -> Result<Membership> {
        // A join link pasted in either box brings both the address and the code.
        let (typed_server, typed_code) = match crate::lead::read_join_link(&details.invite_code)?
            .or(crate::lead::read_join_link(&details.server_url)?)
        {
            Some(link) => link,
            None => (details.server_url.clone(), details.invite_code.clone()),
        };
        let url = server_url(&typed_server)?;
        let display_name =
            name(&details.display_name, id::ERROR_DISPLAY_NAME_EMPTY, id::ERROR_DISPLAY_NAME_TOO_LONG)?;
        let device_name =
            name(&details.device_name, id::ERROR_DEVICE_NAME_EMPTY, id::ERROR_DEVICE_NAME_TOO_LONG)?;
        let invite_code = typed_code.trim().to_owned();
        if invite_code.is_empty() {
            return Err(Error::invalid(id::ERROR_INVITE_CODE_EMPTY));
        }
        journal.read(not_in_a_group)?;
        let req = JoinRequest { invite_code, display_name: display_name.clone(), device_name };
        let sent = self.http.post(format!("{url}/v1/join")).json(&req).send().await;
        let body = match classify(sent).await {
            Ok(body) => body,
            Err(Failure::Retry(e, _)) => return Err(e),
            Err(Failure::Unauthorized) => {
                return Err(Error::invalid(id::ERROR_JOIN_REFUSED));
            }
            Err(Failure::Refused(
                Some(
                    ErrorCode::InviteNotFound
                    | ErrorCode::InviteExpired
                    | ErrorCode::InviteUsedUp
                    | ErrorCode::InviteRevoked,
                ),
                message,
            )) => return Err(Error::InviteRefused(message)),
            Err(Failure::Refused(_, message)) => return Err(Error::ServerRefused(message)),
        };
        let joined: JoinResponse = serde_json::from_str(&body).map_err(|_| Error::ServerUnavailable)?;
        journal.write(|tx| {
            not_in_a_group(tx)?;
            group::store(tx, &url, &display_name, &joined)
        })
    }

    /// One sync: push pending operations and pull the feed since the cursor,
    /// in one request, repeated while more is waiting on either side.
    pub async fn sync(&self, journal: &Journal) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        let mut batch = MAX_OPERATIONS_PER_SYNC;
        for _ in 0..MAX_ROUNDS {
            let (creds, ops) = journal.read(|tx| {
                let creds = group::credentials(tx)?.ok_or(Error::NotInGroup)?;
                Ok((creds.clone(), outbox::pending(tx, batch, MAX_PUSH_BYTES)?))
            })?;
            if creds.status == MembershipStatus::NeedsRejoin {
                // Signed out before this version forgot on sign-out: forget now.
                journal.write(group::forget_group_items)?;
                return Err(Error::NeedsRejoin);
            }
            // A membership made before plain http was refused stays unused
            // until the person joins again at an https address.
            let parsed = reqwest::Url::parse(&creds.server_url).map_err(|_| bad_address())?;
            if !secure_enough(&parsed) {
                let e = not_https();
                journal.write(|tx| failed(tx, &e, None))?;
                return Err(e);
            }
            // Each operation goes exactly as it was stored (and previewed).
            let request = SyncRequest::new(creds.cursor, ops.iter().map(|p| p.body.clone()))
                .and_then(|r| serde_json::to_string(&r));
            let Ok(body) = request else {
                // Only a damaged journal stores an operation that is not JSON:
                // set it aside, as the server would refuse it.
                let damaged = ops
                    .iter()
                    .find(|p| serde_json::from_str::<serde::de::IgnoredAny>(&p.body).is_err())
                    .map_or(ops[0].id, |p| p.id);
                journal.write(|tx| {
                    outbox::quarantine(tx, damaged, "refused", &id::SYNC_DAMAGED_CHANGE.to_string())
                })?;
                report.quarantined += 1;
                continue;
            };
            report.round_trips += 1;
            report.sent += ops.len() as u32;
            let sent = self
                .http
                .post(format!("{}/v1/sync", creds.server_url))
                .bearer_auth(&creds.token)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body)
                .send()
                .await;
            match classify(sent).await.and_then(|b| {
                serde_json::from_str::<SyncResponse>(&b)
                    .map_err(|_| Failure::Retry(Error::ServerUnavailable, None))
            }) {
                Ok(resp) => {
                    let more = journal.write(|tx| apply(tx, &creds, &ops, &resp, &mut report))?;
                    if report.left_group {
                        return Ok(report);
                    }
                    if !more {
                        break;
                    }
                }
                Err(Failure::Retry(e, asked_wait)) => {
                    journal.write(|tx| failed(tx, &e, asked_wait))?;
                    return Err(e);
                }
                Err(Failure::Unauthorized) => {
                    let left = journal.write(|tx| {
                        if creds.status == MembershipStatus::Leaving {
                            // The leave was applied and its answer lost: the
                            // server already erased this member.
                            let receipt = group::local_receipt(tx)?;
                            group::record_erasure(tx, receipt, false)?;
                            Ok(true)
                        } else {
                            // Signed out (erased, removed, or this device revoked):
                            // what others shared is no longer this device's to keep.
                            group::set_status(tx, MembershipStatus::NeedsRejoin)?;
                            group::forget_group_items(tx)?;
                            Ok(false)
                        }
                    })?;
                    if left {
                        report.left_group = true;
                        return Ok(report);
                    }
                    return Err(Error::NeedsRejoin);
                }
                Err(Failure::Refused(code, reason)) => match ops.len() {
                    // Find the one operation the server refuses by halving the batch.
                    n if n > 1 && Failure::blames_payload(code) => batch = (n / 2).max(1),
                    1 if Failure::blames_payload(code) => {
                        journal
                            .write(|tx| outbox::quarantine(tx, ops[0].id, "refused", &reason.to_string()))?;
                        report.quarantined += 1;
                        batch = MAX_OPERATIONS_PER_SYNC;
                    }
                    _ => {
                        let e = Error::ServerRefused(reason);
                        journal.write(|tx| failed(tx, &e, None))?;
                        return Err(e);
                    }
                },
            }
        }
        // The group's views are extra reads; failing them never fails the sync.
        let _ = self.refresh_views(journal).await;
        if let Some(version) = report.board
            && journal.read(feed::board_version)? != Some(version)
        {
            let _ = self.refresh_board(journal).await;
        }
        Ok(report)
    }

    /// Fetch the group's board (who is in the group, the open opportunities)
    /// and keep it for reading offline.
    pub(crate) async fn refresh_board(&self, journal: &Journal) -> Result<()> {
        let Some(creds) = journal.read(group::credentials)? else { return Ok(()) };
        let sent =
            self.http.get(format!("{}/v1/board", creds.server_url)).bearer_auth(&creds.token).send().await;
        match classify(sent).await {
            Ok(body) => journal.write(|tx| feed::put_view(tx, feed::BOARD, &body)),
            Err(Failure::Retry(e, _)) => Err(e),
            Err(Failure::Unauthorized) => Err(Error::NeedsRejoin),
            Err(Failure::Refused(_, reason)) => Err(Error::ServerRefused(reason)),
        }
    }

    /// The lead's views after every sync: the group summary and the
    /// open-to-roles list. Everyone else's: the summary ("What our group
    /// brings"), looked at again only every [`SUMMARY_EVERY`], since a new
    /// release comes at most once a period.
    async fn refresh_views(&self, journal: &Journal) -> Result<()> {
        let Some(creds) = journal.read(group::credentials)? else { return Ok(()) };
        let lead = creds.role == Role::Lead;
        let fetched = journal.read(|tx| feed::view_fetched_at(tx, feed::SUMMARY))?;
        let summary_due = lead || fetched.is_none_or(|at| Utc::now() - at >= SUMMARY_EVERY);
        let views =
            [(feed::SUMMARY, "/v1/summary", summary_due), (feed::OPEN_TO_ROLES, "/v1/open-to-roles", lead)];
        for (name, path, _) in views.into_iter().filter(|v| v.2) {
            let sent =
                self.http.get(format!("{}{path}", creds.server_url)).bearer_auth(&creds.token).send().await;
            if let Ok(body) = classify(sent).await {
                journal.write(|tx| feed::put_view(tx, name, &body))?;
            }
        }
        Ok(())
    }
}

fn not_in_a_group(tx: &Tx<'_>) -> Result<()> {
    match group::membership(tx)? {
        Some(m) if m.status != MembershipStatus::NeedsRejoin => Err(Error::AlreadyInGroup),
        _ => Ok(()),
    }
}

/// Record a failed sync and when the back-off (or the server, if it said
/// how long to wait) allows the next one.
fn failed(tx: &Tx<'_>, error: &Error, asked_wait: Option<Duration>) -> Result<()> {
    group::record_failed_sync(tx, &error.to_string(), |failures| {
        backoff_delay(failures, fastrand::f64()).max(asked_wait.unwrap_or_default())
    })
}

/// Apply one answer in one transaction; returns whether to go round again.
fn apply(
    tx: &Tx<'_>,
    creds: &Credentials,
    sent: &[Pending],
    resp: &SyncResponse,
    report: &mut SyncReport,
) -> Result<bool> {
    // The person may have left or joined another group while this was in flight.
    match group::credentials(tx)? {
        Some(c) if c.member_id == creds.member_id => {}
        _ => return Ok(false),
    }
    for id in &resp.acknowledged {
        let Some(op) = outbox::get(tx, *id)? else { continue };
        report.acknowledged += 1;
        match op.kind {
            OperationKind::UpsertShare { share_id, version, audience, content, .. } => {
                share::acknowledged_upsert(tx, share_id, version, audience, &content)?;
            }
            OperationKind::RevokeShare { share_id } => share::gone_from_server(tx, share_id)?,
            OperationKind::SendRecognition { recognition_id, .. } => {
                group::recognition_delivered(tx, recognition_id)?;
            }
            OperationKind::SetOpenToRoles { .. } | OperationKind::LeaveGroup {} => {}
        }
        outbox::remove(tx, *id)?;
    }
    for r in &resp.rejected {
        let Some(op) = outbox::get(tx, r.operation_id)? else { continue };
        match (op.kind, r.code) {
            // Nothing of it is on the server: which is what the revoke wanted.
            (OperationKind::RevokeShare { share_id }, RejectionCode::NotFound) => {
                share::gone_from_server(tx, share_id)?;
                outbox::remove(tx, r.operation_id)?;
            }
            (_, code) => {
                let code = serde_json::to_value(code).ok().and_then(|v| v.as_str().map(str::to_owned));
                let reason = rejection(r.code).to_string();
                outbox::quarantine(tx, r.operation_id, code.as_deref().unwrap_or("rejected"), &reason)?;
                report.quarantined += 1;
            }
        }
    }
    if let Some(receipt) = &resp.erasure_receipt {
        group::record_erasure(tx, receipt.clone(), true)?;
        report.left_group = true;
        return Ok(false);
    }
    if let Some(role) = resp.role.filter(|r| *r != creds.role) {
        // The lead changed this person's role, so what they may see changed:
        // forget the feed and start it again from the beginning, as the new role.
        group::set_role(tx, role)?;
        feed::forget_all(tx)?;
        tx.erased();
        group::record_synced(tx, 0)?;
        report.role_changed = true;
        return Ok(true);
    }
    feed::apply(tx, creds.member_id, &resp.changes)?;
    report.changes += resp.changes.len() as u32;
    report.board = resp.board.or(report.board);
    group::record_synced(tx, resp.cursor)?;
    let pending_left = outbox::pending_count(tx)? > 0;
    let progressed = !sent.is_empty() || !resp.changes.is_empty();
    Ok(resp.has_more || (pending_left && progressed) || resp.changes.len() >= MAX_CHANGES_PER_SYNC)
}

impl Journal {
    /// Sync at a glance: last synced, pending, quarantined with reasons.
    pub fn sync_status(&self) -> Result<SyncStatus> {
        self.read(|tx| {
            let membership = group::membership(tx)?;
            // As the status line shows it: a membership it cannot read shows as never synced.
            let state = group::sync_state(tx).ok().flatten().unwrap_or_default();
            Ok(SyncStatus {
                membership,
                last_synced_at: state.last_synced_at,
                pending: outbox::pending_count(tx)?,
                quarantined: outbox::quarantined(tx)?,
                failures: state.failures,
                next_sync_at: state.next_sync_at,
                last_error: state.last_error,
            })
        })
    }

    /// Whether an automatic sync may run now (joined, and not backing off).
    pub fn sync_due(&self) -> Result<bool> {
        self.read(|tx| {
            let Some(creds) = group::credentials(tx)? else { return Ok(false) };
            if creds.status == MembershipStatus::NeedsRejoin {
                return Ok(false);
            }
            let next = group::sync_state(tx)?.and_then(|s| s.next_sync_at);
            Ok(next.is_none_or(|n| n <= now()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_list_android_trusts_is_whole_and_builds_a_client() {
        let roots = webpki_root_certs::TLS_SERVER_ROOT_CERTS;
        let usable = roots.iter().filter(|der| reqwest::Certificate::from_der(der.as_ref()).is_ok()).count();
        assert!(roots.len() > 100, "Mozilla's list has well over 100 roots");
        assert_eq!(usable, roots.len(), "every root is taken");
        assert!(trust(client_builder(), true).build().is_ok());
    }

    #[test]
    fn backoff_starts_at_a_second_and_never_passes_five_minutes() {
        assert_eq!(backoff_delay(0, 0.5), Duration::ZERO);
        assert!(backoff_delay(1, 1.0) <= BACKOFF_FIRST);
        assert!(backoff_delay(1, 0.0) >= BACKOFF_FIRST / 2);
        for failures in 1..100 {
            for jitter in [0.0, 0.3, 1.0, f64::NAN, -4.0, 7.0] {
                let d = backoff_delay(failures, jitter);
                assert!(d <= BACKOFF_MAX, "{failures} failures: {d:?}");
                assert!(d >= BACKOFF_FIRST / 2, "{failures} failures: {d:?}");
            }
        }
        assert!(backoff_delay(30, 0.0) >= BACKOFF_MAX / 2, "the ceiling is reached");
    }

    #[test]
    fn backoff_doubles_until_the_ceiling() {
        let ceilings: Vec<u64> = (1..=10).map(|n| backoff_delay(n, 1.0).as_millis() as u64).collect();
        assert_eq!(ceilings, [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000]);
        let floors: Vec<u64> = (1..=3).map(|n| backoff_delay(n, 0.0).as_millis() as u64).collect();
        assert_eq!(floors, [500, 1_000, 2_000]);
    }

    #[test]
    fn jitter_spreads_retries_out() {
        let mut seen: Vec<u128> = (0..50).map(|_| backoff_delay(6, fastrand::f64()).as_millis()).collect();
        seen.sort_unstable();
        seen.dedup();
        assert!(seen.len() > 10, "fifty devices should not all retry at once: {seen:?}");
    }

    #[test]
    fn every_refusal_is_said_in_brim_s_own_words_in_every_language() {
        use crate::preferences::Language;
        let codes = [
            ErrorCode::BadJson,
            ErrorCode::Invalid,
            ErrorCode::Unauthorized,
            ErrorCode::Forbidden,
            ErrorCode::NotFound,
            ErrorCode::MethodNotAllowed,
            ErrorCode::InviteNotFound,
            ErrorCode::InviteExpired,
            ErrorCode::InviteUsedUp,
            ErrorCode::InviteRevoked,
            ErrorCode::TooLarge,
            ErrorCode::UnsupportedMediaType,
            ErrorCode::RateLimited,
            ErrorCode::TooSlow,
            ErrorCode::Internal,
        ];
        for language in Language::ALL {
            for code in codes {
                let said = refusal(code).say(language);
                assert!(!said.is_empty() && !said.contains("error-"), "{code:?}: {said}");
            }
        }
        assert_eq!(
            refusal(ErrorCode::InviteExpired).say(Language::English),
            "This invite code has expired. Ask your group's lead for a new one."
        );
        assert_ne!(
            refusal(ErrorCode::InviteExpired).say(Language::Polish),
            refusal(ErrorCode::InviteExpired).say(Language::English)
        );
    }

    #[test]
    fn server_addresses_get_a_scheme_and_lose_trailing_slashes() {
        assert_eq!(server_url(" groups.example.org/ ").unwrap(), "https://groups.example.org");
        assert_eq!(server_url("http://127.0.0.1:8787").unwrap(), "http://127.0.0.1:8787");
        assert_eq!(server_url("https://groups.example.org").unwrap(), "https://groups.example.org");
        assert!(server_url("ftp://x").is_err());
        assert!(server_url("https://").is_err());
        assert!(server_url("").is_err());
    }

    #[test]
    fn plain_http_is_refused_unless_the_server_is_on_this_device() {
        for ok in [
            "http://127.0.0.1:8787",
            "http://127.8.9.10",
            "http://localhost:3000",
            "http://LOCALHOST",
            "http://[::1]:8787",
            "http://[::ffff:127.0.0.1]",
            "http://127.1",
            "https://10.0.0.5",
            "https://groups.example.org",
            "groups.example.org",
        ] {
            assert!(server_url(ok).is_ok(), "{ok} should be allowed");
        }
        for refused in [
            "http://groups.example.org",
            "http://10.0.0.5:8787",
            "http://192.168.1.20",
            "http://0.0.0.0:8787",
            "http://[::]:8787",
            "http://[fe80::1]",
            "http://localhost.example.org",
            "http://127.0.0.1.nip.io",
            "HTTP://Groups.Example.Org",
        ] {
            let err = server_url(refused).unwrap_err();
            assert_eq!(err.code(), crate::ErrorCode::InvalidInput, "{refused}");
            let message = err.to_string();
            assert!(message.contains("https://"), "says what to do: {message}");
            assert!(message.contains("secure connection"), "{message}");
        }
    }
}
