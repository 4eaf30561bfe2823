//! What a group's lead runs from the app: invites (made, listed, revoked),
//! the member list, a member's role, and removing a member. Every route is
//! for the lead of the caller's own group; anyone else gets 404, as for
//! anything outside their group.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::join::Role;

/// The most people one invite made by a lead lets in.
pub const MAX_LEAD_INVITE_USES: u32 = 100;
/// The longest an invite made by a lead stays usable, in days.
pub const MAX_LEAD_INVITE_DAYS: u32 = 30;
/// How long an invite made by a lead stays usable when the lead does not say.
pub const DEFAULT_LEAD_INVITE_DAYS: u32 = 7;

/// `POST /v1/invites`: a new invite code for a member or a peer supporter.
/// A new lead's invite comes only from the server's command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateInviteRequest {
    /// `member` or `peer_supporter` (`lead` is refused with 422).
    pub role: Role,
    /// How many people may join with it; 1 (single use) when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub max_uses: Option<u32>,
    /// How many days it stays usable; 7 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 30))]
    pub valid_days: Option<u32>,
}

/// A new invite. The code is shown this once: the server keeps only its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedInvite {
    /// The invite's id (to revoke it by).
    pub invite_id: Uuid,
    /// The code to hand over, like `7KQ2-M9XD-H4TB-P8RC`.
    pub code: String,
    /// The role it gives.
    pub role: Role,
    /// How many people may join with it.
    pub max_uses: u32,
    /// When it stops working (RFC 3339).
    pub expires_at: String,
}

/// Where an invite stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InviteState {
    /// Someone can still join with it.
    Open,
    /// As many people joined as it allows.
    UsedUp,
    /// Its time ran out.
    Expired,
    /// The lead (or the server's operator) cancelled it.
    Revoked,
}

/// One invite of the group, without its code (the server never keeps it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteInfo {
    /// Its id.
    pub invite_id: Uuid,
    /// The role it gives.
    pub role: Role,
    /// How many people may join with it.
    pub max_uses: u32,
    /// How many have.
    pub uses: u32,
    /// When it was made (RFC 3339).
    pub created_at: String,
    /// When it stops working (RFC 3339).
    pub expires_at: String,
    /// Open, used up, expired or revoked.
    pub state: InviteState,
}

/// `GET /v1/invites`: the group's invites for members and peer supporters, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteList {
    /// Newest first.
    pub invites: Vec<InviteInfo>,
}

/// One member of the group, as the lead sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupMember {
    /// Their id.
    pub member_id: Uuid,
    /// The name they gave the group.
    pub display_name: String,
    /// Their role.
    pub role: Role,
    /// When they joined (RFC 3339).
    pub joined_at: String,
    /// True for the lead asking.
    pub you: bool,
}

/// `GET /v1/members`: everyone in the group, in the order they joined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MemberList {
    /// Oldest first.
    pub members: Vec<GroupMember>,
}

/// `PUT /v1/members/{member_id}/role`: make a member a peer supporter, or back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetRoleRequest {
    /// `member` or `peer_supporter` (`lead` is refused with 422).
    pub role: Role,
}
