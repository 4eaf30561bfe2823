//! The one error body every failing request answers with.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// `{"error": {"code": "...", "message": "..."}}`: branch on `code`, show `message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// The code and the plain-words message of an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    /// Stable machine-readable code.
    pub code: ErrorCode,
    /// A sentence for a person, saying what to do next.
    pub message: String,
}

/// Every error code the server sends. The HTTP status goes with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: the body is not valid JSON.
    BadJson,
    /// 422: valid JSON that does not fit the endpoint (types, missing fields, lengths).
    Invalid,
    /// 401: no device token, or one that was revoked or erased.
    Unauthorized,
    /// 403: the person's role may not do this.
    Forbidden,
    /// 404: nothing there, or nothing this member may see (the two look the same).
    NotFound,
    /// 405: the path exists but not with this method; the `Allow` header lists those it takes.
    MethodNotAllowed,
    /// 404: the invite code is unknown.
    InviteNotFound,
    /// 410: the invite code expired.
    InviteExpired,
    /// 410: the invite code has been used as many times as it allows.
    InviteUsedUp,
    /// 410: the lead revoked the invite code.
    InviteRevoked,
    /// 413: the body is larger than [`crate::MAX_BODY_BYTES`].
    TooLarge,
    /// 415: the body is not `application/json`.
    UnsupportedMediaType,
    /// 429: slow down; the `Retry-After` header says for how many seconds.
    RateLimited,
    /// 408: the request body arrived too slowly and the server stopped
    /// waiting for it; try again (the connection is closed).
    TooSlow,
    /// 500: the server failed; nothing was half-applied, try again later.
    Internal,
}

impl ErrorBody {
    /// Build an error body.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self { error: ErrorDetail { code, message: message.into() } }
    }
}
