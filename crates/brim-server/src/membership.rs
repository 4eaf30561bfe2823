//! Groups, invites, joining, members, devices, and erasing a member.
//! Admin jobs (run from the command line) and member jobs (run over HTTP)
//! share the same rules.

use brim_protocol::{
    DeviceInfo, DeviceList, ErasureReceipt, JoinRequest, JoinResponse, MAX_INVITE_CODE_CHARS, MAX_NAME_CHARS,
    MemberInfo, Role,
};
use serde::Serialize;
use std::future::Future;
use std::sync::Arc;

use uuid::Uuid;

use crate::erasure::{CONTENT_TABLES, DEVICE_TABLES, LedgerEntry};
use crate::error::{Error, Result};
use crate::ratelimit::DeviceLimiter;
use crate::store::queries::{self as q, DeviceRow, GroupRow, InviteRow, MemberRow};
use crate::store::{Conn, Job};
use crate::token::{hash_secret, new_device_token, new_invite_code, normalise_invite_code, now};

/// The member and device a request's token belongs to.
#[derive(Debug, Clone)]
pub struct Auth {
    pub member: MemberRow,
    pub device_id: Uuid,
    pub group: GroupRow,
}

/// Who a request says it is: its device token, and the per-device limit to
/// count it against once the token is found to be real.
#[derive(Clone)]
pub struct Caller {
    pub token: String,
    pub limiter: Option<Arc<DeviceLimiter>>,
}

impl Caller {
    /// A caller counted against `limiter`.
    pub fn limited(token: String, limiter: Arc<DeviceLimiter>) -> Self {
        Self { token, limiter: Some(limiter) }
    }
}

/// A caller with no limit (tests, tools).
impl From<String> for Caller {
    fn from(token: String) -> Self {
        Self { token, limiter: None }
    }
}

impl From<&str> for Caller {
    fn from(token: &str) -> Self {
        token.to_owned().into()
    }
}

/// Never prints the token.
impl std::fmt::Debug for Caller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Caller").field("limited", &self.limiter.is_some()).finish_non_exhaustive()
    }
}

/// Look a device token up; anything unknown is 401. A real device's request
/// is then counted against its own limit (429 when over): made-up tokens
/// never become a key in any limiter. Private: a job a device asks for is
/// a [`CallerJob`], run as [`AsCaller`], which calls this first.
async fn authenticate<C: Conn>(c: &mut C, caller: &Caller) -> Result<Auth> {
    let (device_id, member, group) =
        q::device_member_group(c, &hash_secret(&caller.token)).await?.ok_or(Error::Unauthorized)?;
    if let Some(limiter) = &caller.limiter {
        limiter.check(&device_id).map_err(Error::RateLimited)?;
    }
    Ok(Auth { member, device_id, group })
}

/// Who may run a [`CallerJob`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// Any member of a group.
    Member,
    /// Only the lead of the caller's own group. Anyone else is told "not
    /// found" (404), as for an unknown route, so a member cannot even tell
    /// the lead's routes are there.
    Lead,
}

/// A job a device asks for with its token. The job never sees the token:
/// it runs as [`AsCaller`], which looks the token up, counts it against the
/// device's limit and checks the caller is who [`CallerJob::WHO`] says
/// before `run` is told who they are, so no job can skip the check.
pub trait CallerJob: Send + 'static {
    /// Who may run it.
    const WHO: Who;
    /// What the job returns.
    type Output: Send + 'static;
    /// Do the work for `me`, whose token and role are checked.
    fn run<C: Conn>(self, c: &mut C, me: Auth) -> impl Future<Output = Result<Self::Output>> + Send;
}

/// `job`, run for the device whose token `caller` carries.
#[derive(Debug)]
pub struct AsCaller<J> {
    pub caller: Caller,
    pub job: J,
}

impl<J: CallerJob> Job for AsCaller<J> {
    type Output = J::Output;
    async fn run<C: Conn>(self, c: &mut C) -> Result<J::Output> {
        let me = authenticate(c, &self.caller).await?;
        if J::WHO == Who::Lead && me.member.role != Role::Lead {
            return Err(Error::NotFound);
        }
        self.job.run(c, me).await
    }
}

/// Only look a device token up (and count it): a write request's first
/// check, on a reader (see `http`).
#[derive(Debug)]
pub struct Authenticate(pub Caller);

impl Job for Authenticate {
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C) -> Result<()> {
        authenticate(c, &self.0).await.map(|_| ())
    }
}

pub(crate) fn check_name(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::Invalid(format!("Please give a {field}.")));
    }
    if v.chars().count() > MAX_NAME_CHARS {
        return Err(Error::Invalid(format!(
            "The {field} is too long: use at most {MAX_NAME_CHARS} characters."
        )));
    }
    // PostgreSQL cannot store a NUL in text: refuse it here rather than fail there.
    if v.contains('\0') {
        return Err(Error::Invalid(format!("The {field} has a NUL character in it: remove it.")));
    }
    Ok(v.to_owned())
}

/// A new invite, as printed by the admin command line.
#[derive(Debug, Clone, Serialize)]
pub struct NewInvite {
    pub invite_id: Uuid,
    pub group_id: Uuid,
    pub code: String,
    pub role: Role,
    pub max_uses: i64,
    pub expires_at: String,
}

/// A new group and its lead's first invite.
#[derive(Debug, Clone, Serialize)]
pub struct NewGroup {
    pub group_id: Uuid,
    pub name: String,
    pub lead_invite: NewInvite,
}

pub(crate) async fn create_invite<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    role: Role,
    max_uses: i64,
    valid_for: chrono::Duration,
) -> Result<NewInvite> {
    if max_uses < 1 {
        return Err(Error::Invalid("An invite needs at least one use.".into()));
    }
    let code = new_invite_code()?;
    let expires_at = (chrono::Utc::now() + valid_for).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let row = InviteRow {
        id: Uuid::now_v7(),
        group_id,
        code_hash: hash_secret(&normalise_invite_code(&code)),
        role,
        max_uses,
        uses: 0,
        expires_at: expires_at.clone(),
        revoked: false,
        created_at: now(),
    };
    q::insert_invite(c, &row).await?;
    Ok(NewInvite { invite_id: row.id, group_id, code, role, max_uses, expires_at })
}

/// `group create`: a group and a single-use invite for its lead.
#[derive(Debug)]
pub struct CreateGroup {
    pub name: String,
    pub valid_for: chrono::Duration,
}

impl Job for CreateGroup {
    type Output = NewGroup;
    async fn run<C: Conn>(self, c: &mut C) -> Result<NewGroup> {
        let name = check_name("group name", &self.name)?;
        let group = GroupRow { id: Uuid::now_v7(), name: name.clone(), created_at: now(), board_version: 0 };
        q::insert_group(c, &group).await?;
        let lead_invite = create_invite(c, group.id, Role::Lead, 1, self.valid_for).await?;
        Ok(NewGroup { group_id: group.id, name, lead_invite })
    }
}

/// `invite create`.
#[derive(Debug)]
pub struct CreateInvite {
    pub group_id: Uuid,
    pub role: Role,
    pub max_uses: i64,
    pub valid_for: chrono::Duration,
}

impl Job for CreateInvite {
    type Output = NewInvite;
    async fn run<C: Conn>(self, c: &mut C) -> Result<NewInvite> {
        q::group(c, self.group_id).await?.ok_or(Error::NotFound)?;
        create_invite(c, self.group_id, self.role, self.max_uses, self.valid_for).await
    }
}

/// `invite revoke`: by invite id or by the code itself.
#[derive(Debug)]
pub struct RevokeInvite {
    pub id_or_code: String,
}

impl Job for RevokeInvite {
    type Output = Uuid;
    async fn run<C: Conn>(self, c: &mut C) -> Result<Uuid> {
        let invite = match Uuid::parse_str(self.id_or_code.trim()) {
            Ok(id) => q::invite(c, id).await?,
            Err(_) => q::invite_by_hash(c, &hash_secret(&normalise_invite_code(&self.id_or_code))).await?,
        }
        .ok_or(Error::InviteNotFound)?;
        q::revoke_invite(c, invite.id).await?;
        Ok(invite.id)
    }
}

/// `POST /v1/join`.
#[derive(Debug)]
pub struct Join(pub JoinRequest);

impl Job for Join {
    type Output = JoinResponse;
    async fn run<C: Conn>(self, c: &mut C) -> Result<JoinResponse> {
        let req = self.0;
        let display_name = check_name("display name", &req.display_name)?;
        let device_name = check_name("device name", &req.device_name)?;
        if req.invite_code.chars().count() > MAX_INVITE_CODE_CHARS {
            return Err(Error::InviteNotFound);
        }
        let hash = hash_secret(&normalise_invite_code(&req.invite_code));
        let invite = q::invite_by_hash(c, &hash).await?.ok_or(Error::InviteNotFound)?;
        if invite.revoked {
            return Err(Error::InviteRevoked);
        }
        let expires = chrono::DateTime::parse_from_rfc3339(&invite.expires_at)
            .map_err(|e| Error::Internal(format!("stored expiry unreadable: {e}")))?;
        if expires <= chrono::Utc::now() {
            return Err(Error::InviteExpired);
        }
        if !q::use_invite(c, invite.id).await? {
            return Err(Error::InviteUsedUp);
        }
        let group = q::group(c, invite.group_id).await?.ok_or(Error::InviteNotFound)?;
        let member = MemberRow {
            id: Uuid::now_v7(),
            group_id: group.id,
            role: invite.role,
            display_name,
            joined_at: now(),
        };
        q::insert_member(c, &member).await?;
        let token = new_device_token()?;
        let device = DeviceRow {
            id: Uuid::now_v7(),
            member_id: member.id,
            name: device_name,
            token_hash: hash_secret(&token),
            created_at: now(),
        };
        q::insert_device(c, &device).await?;
        Ok(JoinResponse {
            member_id: member.id,
            role: member.role,
            group_id: group.id,
            group_name: group.name,
            device_id: device.id,
            device_token: token,
        })
    }
}

/// `GET /v1/me`.
#[derive(Debug)]
pub struct Me;

impl CallerJob for Me {
    const WHO: Who = Who::Member;
    type Output = MemberInfo;
    async fn run<C: Conn>(self, _: &mut C, a: Auth) -> Result<MemberInfo> {
        Ok(MemberInfo {
            member_id: a.member.id,
            display_name: a.member.display_name,
            role: a.member.role,
            group_id: a.group.id,
            group_name: a.group.name,
            device_id: a.device_id,
        })
    }
}

/// `GET /v1/devices`.
#[derive(Debug)]
pub struct ListDevices;

impl CallerJob for ListDevices {
    const WHO: Who = Who::Member;
    type Output = DeviceList;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<DeviceList> {
        let devices = q::devices_of_member(c, a.member.id)
            .await?
            .into_iter()
            .map(|d| DeviceInfo {
                current: d.id == a.device_id,
                device_id: d.id,
                name: d.name,
                created_at: d.created_at,
            })
            .collect();
        Ok(DeviceList { devices })
    }
}

/// `POST /v1/devices`: a new device for the same member.
#[derive(Debug)]
pub struct AddDevice {
    pub device_name: String,
    /// The most devices one member may have signed in.
    pub max_devices: u32,
}

impl CallerJob for AddDevice {
    const WHO: Who = Who::Member;
    type Output = brim_protocol::AddDeviceResponse;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<Self::Output> {
        let name = check_name("device name", &self.device_name)?;
        // Counted under the group's lock, so two at once cannot both slip in.
        q::lock_group(c, a.member.group_id).await?;
        let have = q::devices_of_member(c, a.member.id).await?.len();
        if have >= usize::try_from(self.max_devices).unwrap_or(usize::MAX) {
            return Err(Error::Forbidden(format!(
                "You have {have} devices signed in, the most one person can have. \
                 Sign one of them out (under Devices), then add this one."
            )));
        }
        let token = new_device_token()?;
        let device = DeviceRow {
            id: Uuid::now_v7(),
            member_id: a.member.id,
            name,
            token_hash: hash_secret(&token),
            created_at: now(),
        };
        q::insert_device(c, &device).await?;
        Ok(brim_protocol::AddDeviceResponse { device_id: device.id, device_token: token })
    }
}

/// `DELETE /v1/devices/{id}`: sign one of my devices out.
#[derive(Debug)]
pub struct RevokeDevice {
    pub device_id: Uuid,
}

impl CallerJob for RevokeDevice {
    const WHO: Who = Who::Member;
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<()> {
        let device = q::devices_of_member(c, a.member.id)
            .await?
            .into_iter()
            .find(|d| d.id == self.device_id)
            .ok_or(Error::NotFound)?;
        q::delete_device(c, a.member.id, device.id).await?;
        Ok(c.record_erasure(LedgerEntry::device(&device.token_hash), DEVICE_TABLES).await?)
    }
}

/// Erase a member and everything they shared; readers get tombstones, and
/// the erasure ledger remembers them (see `crate::erasure`).
pub async fn erase_member<C: Conn>(c: &mut C, member: &MemberRow) -> Result<ErasureReceipt> {
    c.record_erasure(LedgerEntry::member(member.id), CONTENT_TABLES).await?;
    crate::summary::forget_member(c, member.group_id, member.id).await?;
    let shares = q::shares_of_owner(c, member.id).await?;
    for s in &shares {
        q::record_removal(c, member.group_id, s.id, member.id, s.audience, q::REMOVAL_REVOKED).await?;
        q::delete_share(c, s.id).await?;
    }
    let recognitions = q::recognitions_of_member(c, member.id).await?.len();
    let devices = q::devices_of_member(c, member.id).await?.len();
    let open = q::open_to_roles(c, member.id).await?.is_some();
    q::delete_member(c, member.id).await?;
    Ok(ErasureReceipt {
        member_id: member.id,
        group_id: member.group_id,
        erased_at: now(),
        shares_erased: shares.iter().map(|s| s.id).collect(),
        recognitions_erased: u32::try_from(recognitions).unwrap_or(u32::MAX),
        devices_erased: u32::try_from(devices).unwrap_or(u32::MAX),
        open_to_roles_erased: open,
        removed_by_lead: false,
    })
}

/// `member erase`.
#[derive(Debug)]
pub struct EraseMember {
    pub member_id: Uuid,
}

impl Job for EraseMember {
    type Output = ErasureReceipt;
    async fn run<C: Conn>(self, c: &mut C) -> Result<ErasureReceipt> {
        let member = q::member(c, self.member_id).await?.ok_or(Error::NotFound)?;
        erase_member(c, &member).await
    }
}

/// One member as `member list` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct MemberSummary {
    pub member_id: Uuid,
    pub display_name: String,
    pub role: Role,
    pub joined_at: String,
    pub devices: usize,
    pub shares: usize,
}

/// `member list`.
#[derive(Debug)]
pub struct ListMembers {
    pub group_id: Uuid,
}

impl Job for ListMembers {
    type Output = Vec<MemberSummary>;
    async fn run<C: Conn>(self, c: &mut C) -> Result<Vec<MemberSummary>> {
        q::group(c, self.group_id).await?.ok_or(Error::NotFound)?;
        let mut out = Vec::new();
        for m in q::members_of_group(c, self.group_id).await? {
            let devices = q::devices_of_member(c, m.id).await?.len();
            let shares = q::shares_of_owner(c, m.id).await?.len();
            out.push(MemberSummary {
                member_id: m.id,
                display_name: m.display_name,
                role: m.role,
                joined_at: m.joined_at,
                devices,
                shares,
            });
        }
        Ok(out)
    }
}

/// `member export`: everything the server holds about one member.
#[derive(Debug)]
pub struct ExportMember {
    pub member_id: Uuid,
}

impl Job for ExportMember {
    type Output = serde_json::Value;
    async fn run<C: Conn>(self, c: &mut C) -> Result<serde_json::Value> {
        let m = q::member(c, self.member_id).await?.ok_or(Error::NotFound)?;
        let group = q::group(c, m.group_id).await?.ok_or(Error::NotFound)?;
        let devices = q::devices_of_member(c, m.id).await?;
        let shares = q::shares_of_owner(c, m.id).await?;
        let removals = q::removals_of_owner(c, m.id).await?;
        let recognitions = q::recognitions_of_member(c, m.id).await?;
        let open = q::open_to_roles(c, m.id).await?;
        let operations = q::applied_op_count(c, m.id).await?;
        let posted = q::opportunities_posted_by(c, m.id).await?;
        let mut shares_json = Vec::new();
        for s in shares {
            let content: serde_json::Value = serde_json::from_str(&s.content)
                .map_err(|e| Error::Internal(format!("stored share unreadable: {e}")))?;
            let contribution = crate::store::releases::contribution(c, s.id).await?.map(|r| r.contribution);
            shares_json.push(serde_json::json!({
                "share_id": s.id, "audience": s.audience, "version": s.version,
                "device_id": s.device_id, "content": content, "updated_at": s.updated_at,
                "summary_contribution": contribution,
            }));
        }
        Ok(serde_json::json!({
            "member": {
                "member_id": m.id, "display_name": m.display_name, "role": m.role,
                "joined_at": m.joined_at,
            },
            "group": { "group_id": group.id, "name": group.name },
            "devices": devices.iter().map(|d| serde_json::json!({
                "device_id": d.id, "name": d.name, "created_at": d.created_at,
            })).collect::<Vec<_>>(),
            "shares": shares_json,
            "revoked_share_ids": removals.iter().filter(|r| r.kind != q::REMOVAL_NARROWED).map(|r| r.share_id).collect::<Vec<_>>(),
            "recognitions": recognitions.iter().map(|r| serde_json::json!({
                "recognition_id": r.id, "from_member_id": r.from_id, "to_member_id": r.to_id,
                "skill": { "name": r.skill_name, "area": r.skill_area },
                "message": r.message, "sent_at": r.sent_at,
            })).collect::<Vec<_>>(),
            "open_to_roles": open.map(|o| serde_json::json!({ "open": o.open, "skills": o.skills, "recruit": o.recruit })),
            "opportunities_posted": posted.iter().map(|o| serde_json::json!({
                "opportunity_id": o.id, "title": o.title, "about": o.about, "skills": o.skills,
                "closes_on": o.closes_on, "posted_at": o.posted_at,
            })).collect::<Vec<_>>(),
            "operations_applied": operations,
        }))
    }
}

/// Used by tests and the load generator: every invite of a group.
#[derive(Debug)]
pub struct ListInvites {
    pub group_id: Uuid,
}

impl Job for ListInvites {
    type Output = Vec<(Uuid, Role, i64, i64, bool)>;
    async fn run<C: Conn>(self, c: &mut C) -> Result<Self::Output> {
        Ok(q::invites_of_group(c, self.group_id)
            .await?
            .into_iter()
            .map(|i| (i.id, i.role, i.max_uses, i.uses, i.revoked))
            .collect())
    }
}
