//! Every SQL statement the server runs, written once for both engines.
//! Placeholders are `$1, $2, …`, each used once and in order.

use std::collections::{HashMap, HashSet};

use brim_protocol::{Audience, Role};
use uuid::Uuid;

use super::{Conn, Row, StoreError, Value, lists, placeholders};
use crate::error::{Error, Result};

/// A stored value that does not read as what was stored.
pub(crate) fn bad(what: &str) -> Error {
    Error::Store(StoreError(format!("unexpected stored value in {what}")))
}

fn role(row: &Row, column: &str) -> Result<Role> {
    Role::parse(&row.text(column)?).ok_or_else(|| bad("role"))
}

fn audience(row: &Row, column: &str) -> Result<Audience> {
    Audience::parse(&row.text(column)?).ok_or_else(|| bad("audience"))
}

/// The integer in `column` of the one row a count (or `RETURNING`) gives.
pub(crate) fn single_int(rows: &[Row], column: &str, what: &str) -> Result<i64> {
    Ok(rows.first().ok_or_else(|| bad(what))?.int(column)?)
}

/// A group.
#[derive(Debug, Clone)]
pub struct GroupRow {
    pub id: Uuid,
    pub name: String,
    pub created_at: String,
    /// Moves whenever the board changes (see [`touch_board`]).
    pub board_version: i64,
}

/// An invite code (only its hash is kept).
#[derive(Debug, Clone)]
pub struct InviteRow {
    pub id: Uuid,
    pub group_id: Uuid,
    pub code_hash: String,
    pub role: Role,
    pub max_uses: i64,
    pub uses: i64,
    pub expires_at: String,
    pub revoked: bool,
    pub created_at: String,
}

/// A member.
#[derive(Debug, Clone)]
pub struct MemberRow {
    pub id: Uuid,
    pub group_id: Uuid,
    pub role: Role,
    pub display_name: String,
    pub joined_at: String,
}

/// A device (only its token's hash is kept).
#[derive(Debug, Clone)]
pub struct DeviceRow {
    pub id: Uuid,
    pub member_id: Uuid,
    pub name: String,
    pub token_hash: String,
    pub created_at: String,
}

/// A live share.
#[derive(Debug, Clone)]
pub struct ShareRow {
    pub id: Uuid,
    pub group_id: Uuid,
    pub owner_id: Uuid,
    pub audience: Audience,
    pub version: i64,
    pub device_id: Uuid,
    pub content: String,
    pub seq: i64,
    pub updated_at: String,
}

/// A share's audience was narrowed: readers who lost it drop it.
pub const REMOVAL_NARROWED: i64 = 0;
/// A share was revoked or erased: every reader drops it, and no upsert brings it back.
pub const REMOVAL_REVOKED: i64 = 1;
/// A revoke arrived before its share: kept so the upsert never lands, but
/// never in a feed (nobody can have it cached).
pub const REMOVAL_PREEMPTIVE: i64 = 2;

/// A tombstone: ids only.
#[derive(Debug, Clone)]
pub struct RemovalRow {
    pub group_id: Uuid,
    pub seq: i64,
    pub share_id: Uuid,
    pub owner_id: Uuid,
    pub audience: Audience,
    /// One of the `REMOVAL_*` kinds.
    pub kind: i64,
}

/// A recognition.
#[derive(Debug, Clone)]
pub struct RecognitionRow {
    pub id: Uuid,
    pub group_id: Uuid,
    pub from_id: Uuid,
    pub to_id: Uuid,
    pub skill_name: String,
    pub skill_area: String,
    pub message: Option<String>,
    pub seq: i64,
    pub sent_at: String,
}

/// A member's "open to roles" choice.
#[derive(Debug, Clone)]
pub struct OpenRow {
    pub member_id: Uuid,
    pub group_id: Uuid,
    pub open: bool,
    pub skills: Vec<String>,
    /// "I would like to help recruit".
    pub recruit: bool,
    pub version: i64,
    pub device_id: Uuid,
}

// ---- groups ----

pub async fn insert_group<C: Conn>(c: &mut C, g: &GroupRow) -> Result<()> {
    c.execute(
        "INSERT INTO groups (id, name, created_at) VALUES ($1, $2, $3)",
        &[g.id.into(), g.name.as_str().into(), g.created_at.as_str().into()],
    )
    .await?;
    Ok(())
}

pub async fn group<C: Conn>(c: &mut C, id: Uuid) -> Result<Option<GroupRow>> {
    let rows =
        c.query("SELECT id, name, created_at, board_version FROM groups WHERE id = $1", &[id.into()]).await?;
    rows.first()
        .map(|r| {
            Ok(GroupRow {
                id: r.uuid("id")?,
                name: r.text("name")?,
                created_at: r.text("created_at")?,
                board_version: r.int("board_version")?,
            })
        })
        .transpose()
}

/// Take the next feed position of a group. On PostgreSQL the row lock this
/// takes also orders concurrent writers of one group, so a reader's cursor
/// never skips a change that commits late.
pub async fn next_seq<C: Conn>(c: &mut C, group_id: Uuid) -> Result<i64> {
    let rows = c
        .query(
            "UPDATE groups SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq",
            &[group_id.into()],
        )
        .await?;
    single_int(&rows, "last_seq", "groups.last_seq")
}

/// Lock a group's row for the rest of the transaction (a no-op write), so
/// one group's writers queue in one order and never deadlock each other.
pub async fn lock_group<C: Conn>(c: &mut C, group_id: Uuid) -> Result<()> {
    lock_group_at(c, group_id).await.map(|_| ())
}

/// [`lock_group`], answering the group's last feed position: while the lock
/// is held, nobody else moves it, so the transaction may hand out the next
/// positions itself and write the last one back with [`set_last_seq`].
pub async fn lock_group_at<C: Conn>(c: &mut C, group_id: Uuid) -> Result<i64> {
    let rows = c
        .query("UPDATE groups SET last_seq = last_seq WHERE id = $1 RETURNING last_seq", &[group_id.into()])
        .await?;
    single_int(&rows, "last_seq", "groups.last_seq")
}

/// Write back the last feed position handed out under [`lock_group_at`].
pub async fn set_last_seq<C: Conn>(c: &mut C, group_id: Uuid, last: i64) -> Result<()> {
    c.execute("UPDATE groups SET last_seq = $1 WHERE id = $2", &[last.into(), group_id.into()]).await?;
    Ok(())
}

/// The named server secret, made (32 random bytes) on first use. Every
/// server copy reads the one row; concurrent first uses keep the first write.
pub async fn server_secret<C: Conn>(c: &mut C, name: &str) -> Result<Vec<u8>> {
    let read = |rows: Vec<Row>| -> Result<Option<Vec<u8>>> {
        rows.first()
            .map(|r| {
                let hex = r.text("secret")?;
                (0..hex.len())
                    .step_by(2)
                    .map(|i| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
                    .collect::<Option<Vec<u8>>>()
                    .filter(|b| b.len() == 32)
                    .ok_or_else(|| bad("server_secrets"))
            })
            .transpose()
    };
    let select = "SELECT secret FROM server_secrets WHERE name = $1";
    if let Some(secret) = read(c.query(select, &[name.into()]).await?)? {
        return Ok(secret);
    }
    let mut fresh = [0u8; 32];
    getrandom::fill(&mut fresh).map_err(|e| Error::Internal(format!("no randomness: {e}")))?;
    let hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
    c.execute(
        "INSERT INTO server_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        &[name.into(), hex.into()],
    )
    .await?;
    read(c.query(select, &[name.into()]).await?)?.ok_or_else(|| bad("server_secrets"))
}

pub async fn current_seq<C: Conn>(c: &mut C, group_id: Uuid) -> Result<i64> {
    let rows = c.query("SELECT last_seq FROM groups WHERE id = $1", &[group_id.into()]).await?;
    single_int(&rows, "last_seq", "groups.last_seq")
}

// ---- the board ----

/// The board changed: move its version, so every device fetches it again.
/// Called by every query that changes who is in a group or their role, and
/// by posting or taking down an opportunity.
pub async fn touch_board<C: Conn>(c: &mut C, group_id: Uuid) -> Result<()> {
    c.execute("UPDATE groups SET board_version = board_version + 1 WHERE id = $1", &[group_id.into()])
        .await?;
    Ok(())
}

async fn touch_board_of_member<C: Conn>(c: &mut C, member_id: Uuid) -> Result<()> {
    c.execute(
        "UPDATE groups SET board_version = board_version + 1 \
         WHERE id = (SELECT group_id FROM members WHERE id = $1)",
        &[member_id.into()],
    )
    .await?;
    Ok(())
}

/// A co-production opportunity a lead posted.
#[derive(Debug, Clone)]
pub struct OpportunityRow {
    pub id: Uuid,
    pub group_id: Uuid,
    pub posted_by: Uuid,
    pub title: String,
    pub about: Option<String>,
    pub skills: Vec<String>,
    pub closes_on: String,
    pub posted_at: String,
}

const OPPORTUNITY_COLS: &str = "id, group_id, posted_by, title, about, skills, closes_on, posted_at";

fn opportunity_row(r: &Row) -> Result<OpportunityRow> {
    Ok(OpportunityRow {
        id: r.uuid("id")?,
        group_id: r.uuid("group_id")?,
        posted_by: r.uuid("posted_by")?,
        title: r.text("title")?,
        about: r.opt_text("about")?,
        skills: serde_json::from_str(&r.text("skills")?).map_err(|_| bad("opportunities.skills"))?,
        closes_on: r.text("closes_on")?,
        posted_at: r.text("posted_at")?,
    })
}

pub async fn insert_opportunity<C: Conn>(c: &mut C, o: &OpportunityRow) -> Result<()> {
    let skills = serde_json::to_string(&o.skills).map_err(|e| Error::Internal(e.to_string()))?;
    c.execute(
        &format!("INSERT INTO opportunities ({OPPORTUNITY_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"),
        &[
            o.id.into(),
            o.group_id.into(),
            o.posted_by.into(),
            o.title.as_str().into(),
            o.about.clone().into(),
            skills.into(),
            o.closes_on.as_str().into(),
            o.posted_at.as_str().into(),
        ],
    )
    .await?;
    touch_board(c, o.group_id).await
}

pub async fn opportunity<C: Conn>(c: &mut C, id: Uuid) -> Result<Option<OpportunityRow>> {
    let sql = format!("SELECT {OPPORTUNITY_COLS} FROM opportunities WHERE id = $1");
    c.query(&sql, &[id.into()]).await?.first().map(opportunity_row).transpose()
}

/// A group's opportunities closing on `from` (`YYYY-MM-DD`) or later, soonest first.
pub async fn opportunities_of_group<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    from: &str,
) -> Result<Vec<OpportunityRow>> {
    let sql = format!(
        "SELECT {OPPORTUNITY_COLS} FROM opportunities WHERE group_id = $1 AND closes_on >= $2 \
         ORDER BY closes_on, posted_at, id"
    );
    c.query(&sql, &[group_id.into(), from.into()]).await?.iter().map(opportunity_row).collect()
}

/// Every opportunity a member posted (for their export).
pub async fn opportunities_posted_by<C: Conn>(c: &mut C, member_id: Uuid) -> Result<Vec<OpportunityRow>> {
    let sql =
        format!("SELECT {OPPORTUNITY_COLS} FROM opportunities WHERE posted_by = $1 ORDER BY posted_at, id");
    c.query(&sql, &[member_id.into()]).await?.iter().map(opportunity_row).collect()
}

/// Take an opportunity down, and any of the group's that closed before `before`.
pub async fn delete_opportunity<C: Conn>(c: &mut C, o: &OpportunityRow, before: &str) -> Result<()> {
    c.execute("DELETE FROM opportunities WHERE id = $1", &[o.id.into()]).await?;
    c.execute(
        "DELETE FROM opportunities WHERE group_id = $1 AND closes_on < $2",
        &[o.group_id.into(), before.into()],
    )
    .await?;
    touch_board(c, o.group_id).await
}

// ---- invites ----

const INVITE_COLS: &str = "id, group_id, code_hash, role, max_uses, uses, expires_at, revoked, created_at";

fn invite_row(r: &Row) -> Result<InviteRow> {
    Ok(InviteRow {
        id: r.uuid("id")?,
        group_id: r.uuid("group_id")?,
        code_hash: r.text("code_hash")?,
        role: role(r, "role")?,
        max_uses: r.int("max_uses")?,
        uses: r.int("uses")?,
        expires_at: r.text("expires_at")?,
        revoked: r.int("revoked")? != 0,
        created_at: r.text("created_at")?,
    })
}

pub async fn insert_invite<C: Conn>(c: &mut C, i: &InviteRow) -> Result<()> {
    c.execute(
        &format!("INSERT INTO invites ({INVITE_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
        &[
            i.id.into(),
            i.group_id.into(),
            i.code_hash.as_str().into(),
            i.role.as_str().into(),
            i.max_uses.into(),
            i.uses.into(),
            i.expires_at.as_str().into(),
            i64::from(i.revoked).into(),
            i.created_at.as_str().into(),
        ],
    )
    .await?;
    Ok(())
}

pub async fn invite_by_hash<C: Conn>(c: &mut C, hash: &str) -> Result<Option<InviteRow>> {
    let sql = format!("SELECT {INVITE_COLS} FROM invites WHERE code_hash = $1");
    c.query(&sql, &[hash.into()]).await?.first().map(invite_row).transpose()
}

pub async fn invite<C: Conn>(c: &mut C, id: Uuid) -> Result<Option<InviteRow>> {
    let sql = format!("SELECT {INVITE_COLS} FROM invites WHERE id = $1");
    c.query(&sql, &[id.into()]).await?.first().map(invite_row).transpose()
}

pub async fn invites_of_group<C: Conn>(c: &mut C, group_id: Uuid) -> Result<Vec<InviteRow>> {
    let sql = format!("SELECT {INVITE_COLS} FROM invites WHERE group_id = $1 ORDER BY created_at");
    c.query(&sql, &[group_id.into()]).await?.iter().map(invite_row).collect()
}

/// Use one of an invite's uses; false when none were left.
pub async fn use_invite<C: Conn>(c: &mut C, id: Uuid) -> Result<bool> {
    let n = c
        .execute(
            "UPDATE invites SET uses = uses + 1 WHERE id = $1 AND uses < max_uses AND revoked = 0",
            &[id.into()],
        )
        .await?;
    Ok(n == 1)
}

/// A group's invites for the given roles, newest first.
pub async fn invites_of_group_for<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    roles: [Role; 2],
) -> Result<Vec<InviteRow>> {
    let sql = format!(
        "SELECT {INVITE_COLS} FROM invites WHERE group_id = $1 AND role IN ($2, $3) ORDER BY created_at DESC, id DESC"
    );
    let params = [group_id.into(), roles[0].as_str().into(), roles[1].as_str().into()];
    c.query(&sql, &params).await?.iter().map(invite_row).collect()
}

pub async fn revoke_invite<C: Conn>(c: &mut C, id: Uuid) -> Result<bool> {
    let n = c.execute("UPDATE invites SET revoked = 1 WHERE id = $1", &[id.into()]).await?;
    Ok(n == 1)
}

// ---- members and devices ----

const MEMBER_COLS: &str = "id, group_id, role, display_name, joined_at";

fn member_row(r: &Row) -> Result<MemberRow> {
    Ok(MemberRow {
        id: r.uuid("id")?,
        group_id: r.uuid("group_id")?,
        role: role(r, "role")?,
        display_name: r.text("display_name")?,
        joined_at: r.text("joined_at")?,
    })
}

pub async fn insert_member<C: Conn>(c: &mut C, m: &MemberRow) -> Result<()> {
    c.execute(
        &format!("INSERT INTO members ({MEMBER_COLS}) VALUES ($1, $2, $3, $4, $5)"),
        &[
            m.id.into(),
            m.group_id.into(),
            m.role.as_str().into(),
            m.display_name.as_str().into(),
            m.joined_at.as_str().into(),
        ],
    )
    .await?;
    touch_board(c, m.group_id).await
}

pub async fn member<C: Conn>(c: &mut C, id: Uuid) -> Result<Option<MemberRow>> {
    let sql = format!("SELECT {MEMBER_COLS} FROM members WHERE id = $1");
    c.query(&sql, &[id.into()]).await?.first().map(member_row).transpose()
}

pub async fn members_of_group<C: Conn>(c: &mut C, group_id: Uuid) -> Result<Vec<MemberRow>> {
    let sql = format!("SELECT {MEMBER_COLS} FROM members WHERE group_id = $1 ORDER BY joined_at, id");
    c.query(&sql, &[group_id.into()]).await?.iter().map(member_row).collect()
}

/// Change a member's role.
pub async fn set_member_role<C: Conn>(c: &mut C, id: Uuid, role: Role) -> Result<()> {
    c.execute("UPDATE members SET role = $1 WHERE id = $2", &[role.as_str().into(), id.into()]).await?;
    touch_board_of_member(c, id).await
}

// ---- removal notices ----

/// Keep a removed member's receipt for one of their devices, found by its token's hash.
pub async fn insert_removal_notice<C: Conn>(
    c: &mut C,
    token_hash: &str,
    receipt: &str,
    at: &str,
) -> Result<()> {
    c.execute(
        "INSERT INTO removal_notices (token_hash, receipt, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (token_hash) DO UPDATE SET receipt = excluded.receipt, created_at = excluded.created_at",
        &[token_hash.into(), receipt.into(), at.into()],
    )
    .await?;
    Ok(())
}

/// The receipt waiting for the device whose token hashes to `token_hash`.
pub async fn removal_notice<C: Conn>(c: &mut C, token_hash: &str) -> Result<Option<String>> {
    let rows =
        c.query("SELECT receipt FROM removal_notices WHERE token_hash = $1", &[token_hash.into()]).await?;
    Ok(rows.first().map(|r| r.text("receipt")).transpose()?)
}

/// Drop notices made before `before` (RFC 3339, as stored).
pub async fn drop_removal_notices_before<C: Conn>(c: &mut C, before: &str) -> Result<()> {
    c.execute("DELETE FROM removal_notices WHERE created_at < $1", &[before.into()]).await?;
    Ok(())
}

/// Delete a member; their devices, operation log, recognitions and
/// "open to roles" entry go with them (foreign keys cascade).
pub async fn delete_member<C: Conn>(c: &mut C, id: Uuid) -> Result<()> {
    touch_board_of_member(c, id).await?;
    c.execute("DELETE FROM members WHERE id = $1", &[id.into()]).await?;
    Ok(())
}

const DEVICE_COLS: &str = "id, member_id, name, token_hash, created_at";

fn device_row(r: &Row) -> Result<DeviceRow> {
    Ok(DeviceRow {
        id: r.uuid("id")?,
        member_id: r.uuid("member_id")?,
        name: r.text("name")?,
        token_hash: r.text("token_hash")?,
        created_at: r.text("created_at")?,
    })
}

pub async fn insert_device<C: Conn>(c: &mut C, d: &DeviceRow) -> Result<()> {
    c.execute(
        &format!("INSERT INTO devices ({DEVICE_COLS}) VALUES ($1, $2, $3, $4, $5)"),
        &[
            d.id.into(),
            d.member_id.into(),
            d.name.as_str().into(),
            d.token_hash.as_str().into(),
            d.created_at.as_str().into(),
        ],
    )
    .await?;
    Ok(())
}

/// The device a token hash belongs to, with its member and group, in one
/// statement (every request with a token asks).
pub async fn device_member_group<C: Conn>(
    c: &mut C,
    hash: &str,
) -> Result<Option<(Uuid, MemberRow, GroupRow)>> {
    let rows = c
        .query(
            "SELECT d.id AS device_id, m.id, m.group_id, m.role, m.display_name, m.joined_at, \
             g.name AS group_name, g.created_at AS group_created_at, g.board_version \
             FROM devices d JOIN members m ON m.id = d.member_id JOIN groups g ON g.id = m.group_id \
             WHERE d.token_hash = $1",
            &[hash.into()],
        )
        .await?;
    rows.first()
        .map(|r| {
            // The member's columns under their own names, so `member_row` reads them.
            let member = member_row(r)?;
            let group = GroupRow {
                id: member.group_id,
                name: r.text("group_name")?,
                created_at: r.text("group_created_at")?,
                board_version: r.int("board_version")?,
            };
            Ok((r.uuid("device_id")?, member, group))
        })
        .transpose()
}

pub async fn device_by_token<C: Conn>(c: &mut C, hash: &str) -> Result<Option<DeviceRow>> {
    let sql = format!("SELECT {DEVICE_COLS} FROM devices WHERE token_hash = $1");
    c.query(&sql, &[hash.into()]).await?.first().map(device_row).transpose()
}

pub async fn devices_of_member<C: Conn>(c: &mut C, member_id: Uuid) -> Result<Vec<DeviceRow>> {
    let sql = format!("SELECT {DEVICE_COLS} FROM devices WHERE member_id = $1 ORDER BY created_at, id");
    c.query(&sql, &[member_id.into()]).await?.iter().map(device_row).collect()
}

pub async fn delete_device<C: Conn>(c: &mut C, member_id: Uuid, device_id: Uuid) -> Result<bool> {
    let n = c
        .execute(
            "DELETE FROM devices WHERE member_id = $1 AND id = $2",
            &[member_id.into(), device_id.into()],
        )
        .await?;
    Ok(n == 1)
}

// ---- operation log ----

/// Claim an operation id for a member; false when it was applied before.
pub async fn claim_op<C: Conn>(c: &mut C, member_id: Uuid, op_id: Uuid) -> Result<bool> {
    let n = c
        .execute(
            "INSERT INTO applied_ops (member_id, op_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[member_id.into(), op_id.into()],
        )
        .await?;
    Ok(n == 1)
}

/// Claim many operation ids for a member at once; answers the ones not
/// applied before.
pub async fn claim_ops<C: Conn>(c: &mut C, member_id: Uuid, op_ids: &[Uuid]) -> Result<HashSet<Uuid>> {
    let mut claimed = HashSet::new();
    for list in lists(op_ids) {
        let rows: Vec<String> =
            (0..list.len()).map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2)).collect();
        let sql = format!(
            "INSERT INTO applied_ops (member_id, op_id) VALUES {} ON CONFLICT DO NOTHING RETURNING op_id",
            rows.join(", ")
        );
        let params: Vec<Value> = list.iter().flat_map(|op| [member_id.into(), (*op).into()]).collect();
        for row in c.query(&sql, &params).await? {
            claimed.insert(row.uuid("op_id")?);
        }
    }
    Ok(claimed)
}

pub async fn unclaim_op<C: Conn>(c: &mut C, member_id: Uuid, op_id: Uuid) -> Result<()> {
    c.execute(
        "DELETE FROM applied_ops WHERE member_id = $1 AND op_id = $2",
        &[member_id.into(), op_id.into()],
    )
    .await?;
    Ok(())
}

pub async fn applied_op_count<C: Conn>(c: &mut C, member_id: Uuid) -> Result<i64> {
    let rows =
        c.query("SELECT COUNT(*) AS n FROM applied_ops WHERE member_id = $1", &[member_id.into()]).await?;
    single_int(&rows, "n", "applied_ops")
}

// ---- shares and removals ----

/// How many shares a member has on the server now.
pub async fn share_count<C: Conn>(c: &mut C, owner: Uuid) -> Result<i64> {
    let rows = c.query("SELECT COUNT(*) AS n FROM shares WHERE owner_id = $1", &[owner.into()]).await?;
    single_int(&rows, "n", "shares")
}

/// How many pre-emptive tombstones (revokes of ids never held) a member left.
pub async fn preemptive_removal_count<C: Conn>(c: &mut C, owner: Uuid) -> Result<i64> {
    let rows = c
        .query(
            "SELECT COUNT(*) AS n FROM removals WHERE owner_id = $1 AND final = $2",
            &[owner.into(), REMOVAL_PREEMPTIVE.into()],
        )
        .await?;
    single_int(&rows, "n", "removals")
}

const SHARE_COLS: &str =
    "s.id, s.group_id, s.owner_id, s.audience, s.version, s.device_id, s.content, s.seq, s.updated_at";

fn share_row(r: &Row) -> Result<ShareRow> {
    Ok(ShareRow {
        id: r.uuid("id")?,
        group_id: r.uuid("group_id")?,
        owner_id: r.uuid("owner_id")?,
        audience: audience(r, "audience")?,
        version: r.int("version")?,
        device_id: r.uuid("device_id")?,
        content: r.text("content")?,
        seq: r.int("seq")?,
        updated_at: r.text("updated_at")?,
    })
}

pub async fn share<C: Conn>(c: &mut C, id: Uuid) -> Result<Option<ShareRow>> {
    let sql = format!("SELECT {SHARE_COLS} FROM shares s WHERE s.id = $1");
    c.query(&sql, &[id.into()]).await?.first().map(share_row).transpose()
}

/// The shares among `ids` that the server holds.
pub async fn shares_by_ids<C: Conn>(c: &mut C, ids: &[Uuid]) -> Result<Vec<ShareRow>> {
    let mut out = Vec::new();
    for list in lists(ids) {
        let sql =
            format!("SELECT {SHARE_COLS} FROM shares s WHERE s.id IN ({})", placeholders(1, list.len()));
        let params: Vec<Value> = list.into_iter().map(Value::from).collect();
        for row in c.query(&sql, &params).await? {
            out.push(share_row(&row)?);
        }
    }
    Ok(out)
}

pub async fn put_share<C: Conn>(c: &mut C, s: &ShareRow) -> Result<()> {
    put_shares(c, std::slice::from_ref(s)).await
}

/// Insert or replace many shares, each id at most once, in a few
/// statements: runs of 64, 32, … 1 rows, so a statement's text is one of
/// seven and stays in the engines' statement caches.
pub async fn put_shares<C: Conn>(c: &mut C, rows: &[ShareRow]) -> Result<()> {
    let mut rest = rows;
    while !rest.is_empty() {
        let n = 1usize << rest.len().min(64).ilog2();
        let (run, after) = rest.split_at(n);
        let values: Vec<String> = (0..n).map(|i| format!("({})", placeholders(9 * i + 1, 9))).collect();
        let sql = format!(
            "INSERT INTO shares (id, group_id, owner_id, audience, version, device_id, content, seq, updated_at) \
             VALUES {} \
             ON CONFLICT (id) DO UPDATE SET audience = excluded.audience, version = excluded.version, \
             device_id = excluded.device_id, content = excluded.content, seq = excluded.seq, \
             updated_at = excluded.updated_at",
            values.join(", ")
        );
        let params: Vec<Value> = run
            .iter()
            .flat_map(|s| {
                [
                    s.id.into(),
                    s.group_id.into(),
                    s.owner_id.into(),
                    s.audience.as_str().into(),
                    s.version.into(),
                    s.device_id.into(),
                    s.content.as_str().into(),
                    s.seq.into(),
                    s.updated_at.as_str().into(),
                ]
            })
            .collect();
        c.execute(&sql, &params).await?;
        rest = after;
    }
    Ok(())
}

pub async fn delete_share<C: Conn>(c: &mut C, id: Uuid) -> Result<()> {
    c.execute("DELETE FROM shares WHERE id = $1", &[id.into()]).await?;
    Ok(())
}

pub async fn shares_of_owner<C: Conn>(c: &mut C, owner: Uuid) -> Result<Vec<ShareRow>> {
    let sql = format!("SELECT {SHARE_COLS} FROM shares s WHERE s.owner_id = $1 ORDER BY s.seq");
    c.query(&sql, &[owner.into()]).await?.iter().map(share_row).collect()
}

pub async fn shares_of_group<C: Conn>(c: &mut C, group_id: Uuid) -> Result<Vec<ShareRow>> {
    let sql = format!("SELECT {SHARE_COLS} FROM shares s WHERE s.group_id = $1 ORDER BY s.seq");
    c.query(&sql, &[group_id.into()]).await?.iter().map(share_row).collect()
}

/// The audiences a reader sees besides their own items, padded to three
/// (an unused slot holds a value no audience has) so the SQL is one shape.
fn visible_audiences(role: Role) -> [Value; 3] {
    let mut out = [Value::from("-"), Value::from("-"), Value::from("-")];
    let seen = [Audience::SummaryOnly, Audience::Lead, Audience::PeerSupportersAndLead, Audience::WholeGroup]
        .into_iter()
        .filter(|a| a.visible_to(role));
    for (slot, a) in out.iter_mut().zip(seen) {
        *slot = a.as_str().into();
    }
    out
}

/// Who is reading a feed: visibility is decided in the query itself, so a
/// page, its limit and the cursor after it count only what this reader may
/// see (what they may not see leaves no trace in any of them).
#[derive(Debug, Clone, Copy)]
pub struct Reader {
    pub member_id: Uuid,
    pub group_id: Uuid,
    pub role: Role,
}

/// Shares this reader may see changed in `(after, upto]`, oldest first, with the owner's name.
pub async fn feed_shares<C: Conn>(
    c: &mut C,
    reader: Reader,
    after: i64,
    upto: i64,
    limit: i64,
) -> Result<Vec<(ShareRow, String)>> {
    let sql = format!(
        "SELECT {SHARE_COLS}, m.display_name FROM shares s JOIN members m ON m.id = s.owner_id \
         WHERE s.group_id = $1 AND s.seq > $2 AND s.seq <= $3 \
         AND (s.owner_id = $4 OR s.audience IN ($5, $6, $7)) ORDER BY s.seq LIMIT $8"
    );
    let [a, b, d] = visible_audiences(reader.role);
    let params: [Value; 8] =
        [reader.group_id.into(), after.into(), upto.into(), reader.member_id.into(), a, b, d, limit.into()];
    let rows = c.query(&sql, &params).await?;
    rows.iter().map(|r| Ok((share_row(r)?, r.text("display_name")?))).collect()
}

/// Leave a tombstone for `share_id` at the group's next feed position.
pub async fn record_removal<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    share_id: Uuid,
    owner_id: Uuid,
    audience: Audience,
    kind: i64,
) -> Result<()> {
    let seq = next_seq(c, group_id).await?;
    insert_removal(c, &RemovalRow { group_id, seq, share_id, owner_id, audience, kind }).await
}

/// Leave a tombstone at the position `r.seq` (see [`record_removal`]).
pub async fn insert_removal<C: Conn>(c: &mut C, r: &RemovalRow) -> Result<()> {
    c.execute(
        "INSERT INTO removals (group_id, seq, share_id, owner_id, audience, final) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            r.group_id.into(),
            r.seq.into(),
            r.share_id.into(),
            r.owner_id.into(),
            r.audience.as_str().into(),
            r.kind.into(),
        ],
    )
    .await?;
    Ok(())
}

fn removal_row(r: &Row) -> Result<RemovalRow> {
    Ok(RemovalRow {
        group_id: r.uuid("group_id")?,
        seq: r.int("seq")?,
        share_id: r.uuid("share_id")?,
        owner_id: r.uuid("owner_id")?,
        audience: audience(r, "audience")?,
        kind: r.int("final")?,
    })
}

/// Of `share_ids`, those revoked for good, each with its owner.
pub async fn revoked_owners<C: Conn>(c: &mut C, share_ids: &[Uuid]) -> Result<HashMap<Uuid, Uuid>> {
    let mut out = HashMap::new();
    for list in lists(share_ids) {
        let sql = format!(
            "SELECT share_id, owner_id FROM removals WHERE final >= 1 AND share_id IN ({})",
            placeholders(1, list.len())
        );
        let params: Vec<Value> = list.into_iter().map(Value::from).collect();
        for row in c.query(&sql, &params).await? {
            out.insert(row.uuid("share_id")?, row.uuid("owner_id")?);
        }
    }
    Ok(out)
}

/// Tombstones this reader must apply in `(after, upto]`: of shares they
/// could see (by the audience the share had), never the pre-emptive kind.
pub async fn feed_removals<C: Conn>(
    c: &mut C,
    reader: Reader,
    after: i64,
    upto: i64,
    limit: i64,
) -> Result<Vec<RemovalRow>> {
    let [a, b, d] = visible_audiences(reader.role);
    let rows = c
        .query(
            "SELECT group_id, seq, share_id, owner_id, audience, final FROM removals \
             WHERE group_id = $1 AND seq > $2 AND seq <= $3 AND final < 2 \
             AND (owner_id = $4 OR audience IN ($5, $6, $7)) ORDER BY seq LIMIT $8",
            &[
                reader.group_id.into(),
                after.into(),
                upto.into(),
                reader.member_id.into(),
                a,
                b,
                d,
                limit.into(),
            ],
        )
        .await?;
    rows.iter().map(removal_row).collect()
}

pub async fn removals_of_owner<C: Conn>(c: &mut C, owner: Uuid) -> Result<Vec<RemovalRow>> {
    let rows = c
        .query(
            "SELECT group_id, seq, share_id, owner_id, audience, final FROM removals \
             WHERE owner_id = $1 ORDER BY seq",
            &[owner.into()],
        )
        .await?;
    rows.iter().map(removal_row).collect()
}

// ---- recognitions ----

const RECOGNITION_COLS: &str =
    "r.id, r.group_id, r.from_id, r.to_id, r.skill_name, r.skill_area, r.message, r.seq, r.sent_at";

fn recognition_row(r: &Row) -> Result<RecognitionRow> {
    Ok(RecognitionRow {
        id: r.uuid("id")?,
        group_id: r.uuid("group_id")?,
        from_id: r.uuid("from_id")?,
        to_id: r.uuid("to_id")?,
        skill_name: r.text("skill_name")?,
        skill_area: r.text("skill_area")?,
        message: r.opt_text("message")?,
        seq: r.int("seq")?,
        sent_at: r.text("sent_at")?,
    })
}

pub async fn insert_recognition<C: Conn>(c: &mut C, r: &RecognitionRow) -> Result<()> {
    c.execute(
        "INSERT INTO recognitions (id, group_id, from_id, to_id, skill_name, skill_area, message, seq, sent_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[
            r.id.into(),
            r.group_id.into(),
            r.from_id.into(),
            r.to_id.into(),
            r.skill_name.as_str().into(),
            r.skill_area.as_str().into(),
            r.message.clone().into(),
            r.seq.into(),
            r.sent_at.as_str().into(),
        ],
    )
    .await?;
    Ok(())
}

pub async fn recognition<C: Conn>(c: &mut C, id: Uuid) -> Result<Option<RecognitionRow>> {
    let sql = format!("SELECT {RECOGNITION_COLS} FROM recognitions r WHERE r.id = $1");
    c.query(&sql, &[id.into()]).await?.first().map(recognition_row).transpose()
}

/// Recognitions sent or received by a member.
pub async fn recognitions_of_member<C: Conn>(c: &mut C, member_id: Uuid) -> Result<Vec<RecognitionRow>> {
    let sql = format!(
        "SELECT {RECOGNITION_COLS} FROM recognitions r WHERE r.from_id = $1 \
         UNION ALL SELECT {RECOGNITION_COLS} FROM recognitions r WHERE r.to_id = $2 AND r.from_id <> $3"
    );
    let id: Value = member_id.into();
    c.query(&sql, &[id.clone(), id.clone(), id]).await?.iter().map(recognition_row).collect()
}

/// Recognitions addressed to a member in `(after, upto]`, with the sender's name.
pub async fn feed_recognitions<C: Conn>(
    c: &mut C,
    to_id: Uuid,
    after: i64,
    upto: i64,
    limit: i64,
) -> Result<Vec<(RecognitionRow, String)>> {
    let sql = format!(
        "SELECT {RECOGNITION_COLS}, m.display_name FROM recognitions r JOIN members m ON m.id = r.from_id \
         WHERE r.to_id = $1 AND r.seq > $2 AND r.seq <= $3 ORDER BY r.seq LIMIT $4"
    );
    let rows = c.query(&sql, &[to_id.into(), after.into(), upto.into(), limit.into()]).await?;
    rows.iter().map(|r| Ok((recognition_row(r)?, r.text("display_name")?))).collect()
}

// ---- open to roles ----

fn open_row(r: &Row) -> Result<OpenRow> {
    let skills: Vec<String> =
        serde_json::from_str(&r.text("skills")?).map_err(|_| bad("open_to_roles.skills"))?;
    Ok(OpenRow {
        member_id: r.uuid("member_id")?,
        group_id: r.uuid("group_id")?,
        open: r.int("open")? != 0,
        skills,
        recruit: r.int("recruit")? != 0,
        version: r.int("version")?,
        device_id: r.uuid("device_id")?,
    })
}

pub async fn open_to_roles<C: Conn>(c: &mut C, member_id: Uuid) -> Result<Option<OpenRow>> {
    c.query(
        "SELECT member_id, group_id, open, skills, recruit, version, device_id FROM open_to_roles \
         WHERE member_id = $1",
        &[member_id.into()],
    )
    .await?
    .first()
    .map(open_row)
    .transpose()
}

pub async fn put_open_to_roles<C: Conn>(c: &mut C, o: &OpenRow) -> Result<()> {
    let skills = serde_json::to_string(&o.skills).map_err(|e| Error::Internal(e.to_string()))?;
    c.execute(
        "INSERT INTO open_to_roles (member_id, group_id, open, skills, recruit, version, device_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (member_id) DO UPDATE SET open = excluded.open, \
         skills = excluded.skills, recruit = excluded.recruit, version = excluded.version, \
         device_id = excluded.device_id",
        &[
            o.member_id.into(),
            o.group_id.into(),
            i64::from(o.open).into(),
            skills.into(),
            i64::from(o.recruit).into(),
            o.version.into(),
            o.device_id.into(),
        ],
    )
    .await?;
    Ok(())
}

/// Members of a group who are open to roles, with their names.
pub async fn open_members_of_group<C: Conn>(c: &mut C, group_id: Uuid) -> Result<Vec<(OpenRow, String)>> {
    let rows = c
        .query(
            "SELECT o.member_id, o.group_id, o.open, o.skills, o.recruit, o.version, o.device_id, m.display_name \
             FROM open_to_roles o JOIN members m ON m.id = o.member_id \
             WHERE o.group_id = $1 AND o.open = 1 ORDER BY m.display_name, m.id",
            &[group_id.into()],
        )
        .await?;
    rows.iter().map(|r| Ok((open_row(r)?, r.text("display_name")?))).collect()
}

// ---- re-applying the erasure ledger ----

pub async fn all_member_ids<C: Conn>(c: &mut C) -> Result<Vec<Uuid>> {
    c.query("SELECT id FROM members", &[]).await?.iter().map(|r| Ok(r.uuid("id")?)).collect()
}

pub async fn all_share_ids<C: Conn>(c: &mut C) -> Result<Vec<Uuid>> {
    c.query("SELECT id FROM shares", &[]).await?.iter().map(|r| Ok(r.uuid("id")?)).collect()
}

/// Every device as (member id, device id, token hash).
pub async fn all_device_tokens<C: Conn>(c: &mut C) -> Result<Vec<(Uuid, Uuid, String)>> {
    c.query("SELECT member_id, id, token_hash FROM devices", &[])
        .await?
        .iter()
        .map(|r| Ok((r.uuid("member_id")?, r.uuid("id")?, r.text("token_hash")?)))
        .collect()
}
