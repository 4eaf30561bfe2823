//! The server's one error type. As an HTTP answer every error is
//! `{"error": {"code", "message"}}` with its status; store failures are
//! logged (without content) and answered as a plain 500.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use brim_protocol::{ErrorBody, ErrorCode};

/// The one message for anything missing or outside the reader's group, so
/// the two can never be told apart.
pub const NOT_FOUND_MESSAGE: &str =
    "We couldn't find that. It may have been removed, or it isn't shared with you.";

/// A database failure; its text is logged, never sent to a client. What the
/// storage primitives ([`crate::store::Conn`], a row's columns) return: they
/// know nothing of requests, and [`Error::Store`] carries it up.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StoreError(pub String);

/// Everything that can go wrong in the server.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Missing, or outside the reader's group.
    #[error("not found")]
    NotFound,
    /// No valid device token.
    #[error("unauthorized")]
    Unauthorized,
    /// The role may not do this; the message says who may.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// The path exists, but not with this method.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The invite code is unknown.
    #[error("invite not found")]
    InviteNotFound,
    /// The invite code expired.
    #[error("invite expired")]
    InviteExpired,
    /// The invite code has no uses left.
    #[error("invite used up")]
    InviteUsedUp,
    /// The invite code was revoked.
    #[error("invite revoked")]
    InviteRevoked,
    /// The body is not JSON.
    #[error("bad json: {0}")]
    BadJson(String),
    /// The body or a field does not fit.
    #[error("invalid: {0}")]
    Invalid(String),
    /// The body is too large.
    #[error("too large")]
    TooLarge,
    /// A member's share quota is full; the message says what to do.
    #[error("quota full")]
    QuotaFull(String),
    /// The body did not arrive within the body timeout.
    #[error("body timeout")]
    BodyTimeout,
    /// The body is not JSON by its content type.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// Too many requests; retry after this many seconds.
    #[error("rate limited")]
    RateLimited(u64),
    /// The database failed.
    #[error("store: {0}")]
    Store(#[from] StoreError),
    /// Anything else internal.
    #[error("internal: {0}")]
    Internal(String),
}

impl Error {
    /// The HTTP status, the code and the message a person reads.
    fn parts(&self) -> (StatusCode, ErrorCode, String) {
        use ErrorCode as C;
        use StatusCode as S;
        match self {
            Error::NotFound => (S::NOT_FOUND, C::NotFound, NOT_FOUND_MESSAGE.into()),
            Error::Unauthorized => (
                S::UNAUTHORIZED,
                C::Unauthorized,
                "This device isn't signed in to a group. If you left or removed this device, \
                 join again with a new invite code from your group's lead."
                    .into(),
            ),
            Error::Forbidden(why) => (S::FORBIDDEN, C::Forbidden, why.clone()),
            Error::MethodNotAllowed => (
                S::METHOD_NOT_ALLOWED,
                C::MethodNotAllowed,
                "This address doesn't take that kind of request; the Allow header lists the ones it does."
                    .into(),
            ),
            Error::InviteNotFound => (
                S::NOT_FOUND,
                C::InviteNotFound,
                "We don't recognise that invite code. Check it with your group's lead.".into(),
            ),
            Error::InviteExpired => (
                S::GONE,
                C::InviteExpired,
                "This invite code has expired. Ask your group's lead for a new one.".into(),
            ),
            Error::InviteUsedUp => (
                S::GONE,
                C::InviteUsedUp,
                "This invite code has already been used. Ask your group's lead for a new one.".into(),
            ),
            Error::InviteRevoked => (
                S::GONE,
                C::InviteRevoked,
                "This invite code was cancelled. Ask your group's lead for a new one.".into(),
            ),
            Error::BadJson(why) => (
                S::BAD_REQUEST,
                C::BadJson,
                format!("The request isn't valid JSON ({why}). Send a JSON object."),
            ),
            Error::Invalid(why) => (S::UNPROCESSABLE_ENTITY, C::Invalid, why.clone()),
            Error::TooLarge => (
                S::PAYLOAD_TOO_LARGE,
                C::TooLarge,
                format!(
                    "The request is larger than {} KiB. Send fewer operations at a time.",
                    brim_protocol::MAX_BODY_BYTES / 1024
                ),
            ),
            // 413, so the app halves its batch until it finds the one share
            // that does not fit, and sets it aside with this message.
            Error::QuotaFull(why) => (S::PAYLOAD_TOO_LARGE, C::TooLarge, why.clone()),
            // 408, which clients retry.
            Error::BodyTimeout => (
                S::REQUEST_TIMEOUT,
                C::TooSlow,
                "The request arrived too slowly, so the server stopped waiting for it. \
                 Try again, on a steadier connection if you can."
                    .into(),
            ),
            Error::UnsupportedMediaType => (
                S::UNSUPPORTED_MEDIA_TYPE,
                C::UnsupportedMediaType,
                "Send the request as JSON, with the header Content-Type: application/json.".into(),
            ),
            Error::RateLimited(secs) => (
                S::TOO_MANY_REQUESTS,
                C::RateLimited,
                format!("Too many requests for now. Try again in {secs} seconds."),
            ),
            Error::Store(_) | Error::Internal(_) => (
                S::INTERNAL_SERVER_ERROR,
                C::Internal,
                "Something went wrong on the server. Nothing was changed; please try again later.".into(),
            ),
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if let Error::Store(_) | Error::Internal(_) = &self {
            // The text is a database or runtime message, never request content.
            tracing::error!(error = %self, "request failed");
        }
        let (status, code, message) = self.parts();
        let mut response = (status, axum::Json(ErrorBody::new(code, message))).into_response();
        if let Error::BodyTimeout = self {
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        if let Error::RateLimited(secs) = self
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response
    }
}

/// The server's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
