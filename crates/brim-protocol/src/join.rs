//! Joining a group with an invite code, and the member's own devices.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// A member's role in their group; decides what they see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the group; sees what was shared with the lead and the group summary.
    Lead,
    /// Supports peers; sees what was shared with peer supporters; sends recognitions.
    PeerSupporter,
    /// Takes part; sees what was shared with the whole group.
    Member,
}

impl Role {
    /// The name used on the wire and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::PeerSupporter => "peer_supporter",
            Role::Member => "member",
        }
    }

    /// Parse the wire name back.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "lead" => Some(Role::Lead),
            "peer_supporter" | "peer-supporter" => Some(Role::PeerSupporter),
            "member" => Some(Role::Member),
            _ => None,
        }
    }
}

/// `POST /v1/join`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinRequest {
    /// The code the lead handed out.
    pub invite_code: String,
    /// The name the group will see (at most [`crate::MAX_NAME_CHARS`]; a test checks the schema says so).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80, pattern = r"\S"))]
    pub display_name: String,
    /// A name for this device, so the person can tell their devices apart.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80, pattern = r"\S"))]
    pub device_name: String,
}

/// The answer to a join: keep `device_token` secret; it is shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinResponse {
    /// The new member's id.
    pub member_id: Uuid,
    /// The role the invite granted.
    pub role: Role,
    /// The group joined.
    pub group_id: Uuid,
    /// The group's name.
    pub group_name: String,
    /// This device's id.
    pub device_id: Uuid,
    /// Bearer token for every later request from this device.
    pub device_token: String,
}

/// `GET /v1/me`: who this device is signed in as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MemberInfo {
    /// The member's id.
    pub member_id: Uuid,
    /// Their display name.
    pub display_name: String,
    /// Their role.
    pub role: Role,
    /// Their group.
    pub group_id: Uuid,
    /// Their group's name.
    pub group_name: String,
    /// The device making the request.
    pub device_id: Uuid,
}

/// One of the member's devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceInfo {
    /// The device's id.
    pub device_id: Uuid,
    /// The name given when joining.
    pub name: String,
    /// When it joined (RFC 3339).
    pub created_at: String,
    /// True for the device making this request.
    pub current: bool,
}

/// `GET /v1/devices`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceList {
    /// The member's devices, oldest first.
    pub devices: Vec<DeviceInfo>,
}

/// `POST /v1/devices`: sign another of my devices in, from one already signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddDeviceRequest {
    /// A name for the new device.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80, pattern = r"\S"))]
    pub device_name: String,
}

/// The new device's id and token; the token is shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddDeviceResponse {
    /// The new device's id.
    pub device_id: Uuid,
    /// Bearer token for the new device.
    pub device_token: String,
}
