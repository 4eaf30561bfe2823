//! The lead's jobs, run over HTTP from the lead's app: invites for members
//! and peer supporters, the member list, a member's role, and removing a
//! member. Only the lead of the caller's own group may run them; for anyone
//! else every one of them answers exactly as an unknown route does (404), so
//! a member cannot even tell the routes are there for someone.
//!
//! Removing a member is the same erasure as leaving (`erase_member`): what
//! they shared, their devices and their place in the group are gone at once,
//! and the receipt waits for each of their devices (by token hash, see
//! [`RemovalNotice`]) so their app records it on its next sync.

use brim_protocol::{
    CreateInviteRequest, CreatedInvite, DEFAULT_LEAD_INVITE_DAYS, GroupMember, InviteInfo, InviteList,
    InviteState, MAX_LEAD_INVITE_DAYS, MAX_LEAD_INVITE_USES, MemberList, Role, SyncResponse,
};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::membership::{Auth, CallerJob, Who, create_invite, erase_member};
use crate::store::queries::{self as q, InviteRow, MemberRow};
use crate::store::{Conn, Job};
use crate::token::{hash_secret, now};

/// How long a removed member's receipt waits for their devices.
pub const NOTICE_DAYS: i64 = 90;

/// A member of the lead's own group (anyone else, or nobody: 404).
async fn member_of<C: Conn>(c: &mut C, a: &Auth, member_id: Uuid) -> Result<MemberRow> {
    q::member(c, member_id).await?.filter(|m| m.group_id == a.group.id).ok_or(Error::NotFound)
}

/// The roles a lead hands out; a new lead comes from the server's command line.
fn lead_may_give(role: Role) -> Result<Role> {
    match role {
        Role::Member | Role::PeerSupporter => Ok(role),
        Role::Lead => Err(Error::Invalid(
            "A lead can invite members and peer supporters, or make someone one of them. \
             A new lead's invite comes from whoever runs the group server."
                .into(),
        )),
    }
}

/// Refuses a change to a lead (the caller included), in words that say why.
fn not_a_lead(target: &MemberRow, a: &Auth, what: &str) -> Result<()> {
    if target.id == a.member.id {
        return Err(Error::Forbidden(format!(
            "You can't {what} yourself. To leave the group, use \"Leave the group\"."
        )));
    }
    if target.role == Role::Lead {
        return Err(Error::Forbidden(format!(
            "You can't {what} another lead here. Whoever runs the group server can."
        )));
    }
    Ok(())
}

/// `POST /v1/invites`.
#[derive(Debug)]
pub struct LeadCreateInvite {
    pub request: CreateInviteRequest,
}

impl CallerJob for LeadCreateInvite {
    const WHO: Who = Who::Lead;
    type Output = CreatedInvite;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<CreatedInvite> {
        let role = lead_may_give(self.request.role)?;
        let uses = self.request.max_uses.unwrap_or(1);
        if !(1..=MAX_LEAD_INVITE_USES).contains(&uses) {
            return Err(Error::Invalid(format!(
                "An invite lets in from 1 to {MAX_LEAD_INVITE_USES} people: choose a number in between."
            )));
        }
        let days = self.request.valid_days.unwrap_or(DEFAULT_LEAD_INVITE_DAYS);
        if !(1..=MAX_LEAD_INVITE_DAYS).contains(&days) {
            return Err(Error::Invalid(format!(
                "An invite works for 1 to {MAX_LEAD_INVITE_DAYS} days: choose a number in between."
            )));
        }
        let made =
            create_invite(c, a.group.id, role, i64::from(uses), chrono::Duration::days(i64::from(days)))
                .await?;
        Ok(CreatedInvite {
            invite_id: made.invite_id,
            code: made.code,
            role,
            max_uses: uses,
            expires_at: made.expires_at,
        })
    }
}

fn invite_state(i: &InviteRow, now: chrono::DateTime<chrono::Utc>) -> InviteState {
    let expired = chrono::DateTime::parse_from_rfc3339(&i.expires_at).map_or(true, |e| e <= now);
    if i.revoked {
        InviteState::Revoked
    } else if i.uses >= i.max_uses {
        InviteState::UsedUp
    } else if expired {
        InviteState::Expired
    } else {
        InviteState::Open
    }
}

/// `GET /v1/invites`: invites for members and peer supporters (a lead's own
/// invite is the operator's to manage).
#[derive(Debug)]
pub struct LeadListInvites;

impl CallerJob for LeadListInvites {
    const WHO: Who = Who::Lead;
    type Output = InviteList;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<InviteList> {
        let at = chrono::Utc::now();
        let rows = q::invites_of_group_for(c, a.group.id, [Role::Member, Role::PeerSupporter]).await?;
        let invites = rows
            .iter()
            .map(|i| InviteInfo {
                invite_id: i.id,
                role: i.role,
                max_uses: u32::try_from(i.max_uses).unwrap_or(u32::MAX),
                uses: u32::try_from(i.uses).unwrap_or(u32::MAX),
                created_at: i.created_at.clone(),
                expires_at: i.expires_at.clone(),
                state: invite_state(i, at),
            })
            .collect();
        Ok(InviteList { invites })
    }
}

/// `DELETE /v1/invites/{invite_id}`: nobody more can join with it.
#[derive(Debug)]
pub struct LeadRevokeInvite {
    pub invite_id: Uuid,
}

impl CallerJob for LeadRevokeInvite {
    const WHO: Who = Who::Lead;
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<()> {
        let invite = q::invite(c, self.invite_id)
            .await?
            .filter(|i| i.group_id == a.group.id && i.role != Role::Lead)
            .ok_or(Error::NotFound)?;
        q::revoke_invite(c, invite.id).await?;
        Ok(())
    }
}

pub(crate) fn listed(m: MemberRow, me: Uuid) -> GroupMember {
    GroupMember {
        you: m.id == me,
        member_id: m.id,
        display_name: m.display_name,
        role: m.role,
        joined_at: m.joined_at,
    }
}

/// `GET /v1/members`.
#[derive(Debug)]
pub struct LeadListMembers;

impl CallerJob for LeadListMembers {
    const WHO: Who = Who::Lead;
    type Output = MemberList;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<MemberList> {
        let members = q::members_of_group(c, a.group.id).await?;
        Ok(MemberList { members: members.into_iter().map(|m| listed(m, a.member.id)).collect() })
    }
}

/// `PUT /v1/members/{member_id}/role`: member to peer supporter, or back.
/// What the member may see follows at their next sync.
#[derive(Debug)]
pub struct LeadSetRole {
    pub member_id: Uuid,
    pub role: Role,
}

impl CallerJob for LeadSetRole {
    const WHO: Who = Who::Lead;
    type Output = GroupMember;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<GroupMember> {
        // Ordered with the group's syncs, so none reads half the change.
        q::lock_group(c, a.group.id).await?;
        let mut target = member_of(c, &a, self.member_id).await?;
        let role = lead_may_give(self.role)?;
        not_a_lead(&target, &a, "change the role of")?;
        if target.role != role {
            q::set_member_role(c, target.id, role).await?;
            target.role = role;
        }
        Ok(listed(target, a.member.id))
    }
}

/// `DELETE /v1/members/{member_id}`: erase a member, as if they had left.
#[derive(Debug)]
pub struct LeadRemoveMember {
    pub member_id: Uuid,
}

impl CallerJob for LeadRemoveMember {
    const WHO: Who = Who::Lead;
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<()> {
        q::lock_group(c, a.group.id).await?;
        let target = member_of(c, &a, self.member_id).await?;
        not_a_lead(&target, &a, "remove")?;
        // Their devices' token hashes, before the erasure takes them.
        let devices = q::devices_of_member(c, target.id).await?;
        let mut receipt = erase_member(c, &target).await?;
        receipt.removed_by_lead = true;
        let body = serde_json::to_string(&receipt).map_err(|e| Error::Internal(format!("receipt: {e}")))?;
        let at = now();
        let cutoff = (chrono::Utc::now() - chrono::Duration::days(NOTICE_DAYS))
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        q::drop_removal_notices_before(c, &cutoff).await?;
        for d in devices {
            q::insert_removal_notice(c, &d.token_hash, &body, &at).await?;
        }
        Ok(())
    }
}

/// A sync from a device whose member the lead removed: the receipt, as a
/// sync that carried a leave answers. Read only: the notice stays (until it
/// is 90 days old), so an answer lost on the way is answered again.
#[derive(Debug)]
pub struct RemovalNotice {
    pub token: String,
}

impl Job for RemovalNotice {
    type Output = Option<SyncResponse>;
    async fn run<C: Conn>(self, c: &mut C) -> Result<Option<SyncResponse>> {
        let Some(body) = q::removal_notice(c, &hash_secret(&self.token)).await? else { return Ok(None) };
        let receipt = serde_json::from_str(&body)
            .map_err(|e| Error::Internal(format!("stored receipt unreadable: {e}")))?;
        Ok(Some(SyncResponse {
            acknowledged: Vec::new(),
            rejected: Vec::new(),
            changes: Vec::new(),
            cursor: 0,
            has_more: false,
            erasure_receipt: Some(receipt),
            role: None,
            board: None,
        }))
    }
}
