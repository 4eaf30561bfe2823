//! The sync round trip: apply a device's operations (idempotent by
//! operation id; per share the higher (version, device id) wins; revoke wins
//! over any upsert, whatever the order) and read back the feed this member
//! may see. Visibility is decided here, from the audience and the reader's
//! role, never by the client.

use std::collections::{HashMap, HashSet};

use brim_protocol::{
    Audience, Change, ErasureReceipt, MAX_CHANGES_PER_SYNC, MAX_OPERATIONS_PER_SYNC, Operation,
    OperationKind, Recognition, Rejection, RejectionCode, Role, ShareContent, SharedItem, SkillRef,
    SummaryContribution, SyncResponse,
};
use serde_json::value::RawValue;
use uuid::Uuid;

use crate::cursor::{CursorKey, Position};
use crate::erasure::{LedgerEntry, SHARE_TABLES};
use crate::error::{Error, Result};
use crate::membership::{Auth, CallerJob, Who, erase_member};
use crate::store::queries::{self as q, OpenRow, RecognitionRow, RemovalRow, ShareRow};
use crate::store::{Conn, Job};
use crate::summary::ShareContribution;
use crate::token::now;

const KNOWN_KINDS: &[&str] =
    &["upsert_share", "revoke_share", "send_recognition", "set_open_to_roles", "leave_group"];

/// An operation after parsing: either usable, or rejected with a reason.
#[derive(Debug)]
pub enum ParsedOp {
    Ok(Operation),
    Rejected(Rejection),
}

/// Parse each raw operation of a [`brim_protocol::SyncRequest`]; only a
/// missing or malformed `id` fails the whole request, since without it the
/// device cannot match the answer.
pub fn parse_operations(raw: Vec<Box<RawValue>>) -> Result<Vec<ParsedOp>> {
    if raw.len() > MAX_OPERATIONS_PER_SYNC {
        return Err(Error::Invalid(format!(
            "This sends {} changes at once; send at most {MAX_OPERATIONS_PER_SYNC} at a time and the rest afterwards.",
            raw.len()
        )));
    }
    raw.into_iter()
        .enumerate()
        .map(|(i, raw)| {
            // Raw JSON is only checked for its syntax: a number out of range or
            // nesting too deep is found here, and refused as bad JSON, as a
            // body read whole would be.
            let v: serde_json::Value =
                serde_json::from_str(raw.get()).map_err(|e| Error::BadJson(e.to_string()))?;
            let id =
                v.get("id").and_then(|id| id.as_str()).and_then(|s| Uuid::parse_str(s).ok()).ok_or_else(
                    || {
                        Error::Invalid(format!(
                            "Operation {} has no valid \"id\": every operation needs a UUID.",
                            i + 1
                        ))
                    },
                )?;
            let kind = v.get("kind").and_then(|k| k.as_str()).map(str::to_owned);
            let sent = v.clone();
            let parsed = serde_json::from_value::<Operation>(v);
            let list = parsed.as_ref().ok().and_then(|op| list_read_as_object(&sent, op));
            Ok(match (parsed, list) {
                (Ok(_), Some(path)) => ParsedOp::Rejected(reject(
                    id,
                    RejectionCode::Invalid,
                    format!(
                        "In this operation, \"{path}\" must be an object in curly brackets, with named \
                         fields; a list doesn't fit."
                    ),
                )),
                (Ok(op), None) => match op.kind.validate() {
                    Ok(()) => ParsedOp::Ok(op),
                    Err(e) => ParsedOp::Rejected(reject(
                        id,
                        RejectionCode::Invalid,
                        format!("This operation has a field that doesn't fit: {e}."),
                    )),
                },
                (Err(e), _) => match kind {
                    Some(k) if KNOWN_KINDS.contains(&k.as_str()) => ParsedOp::Rejected(reject(
                        id,
                        RejectionCode::Invalid,
                        format!("This \"{k}\" operation doesn't have the expected fields: {e}."),
                    )),
                    _ => ParsedOp::Rejected(reject(
                        id,
                        RejectionCode::UnknownKind,
                        "This server doesn't know this kind of operation. Updating the app may help.".into(),
                    )),
                },
            })
        })
        .collect()
}

/// Where serde read a struct inside `sent` from a JSON list (its sequence
/// form, which the OpenAPI document does not allow): the path to it, e.g.
/// `content.skill`. Found by writing `op` back: every struct is written as
/// an object, so a list in what was sent, where an object is written back,
/// is a struct that came from a list.
fn list_read_as_object(sent: &serde_json::Value, op: &Operation) -> Option<String> {
    fn walk(sent: &serde_json::Value, back: &serde_json::Value, path: &str) -> Option<String> {
        use serde_json::Value as V;
        match (sent, back) {
            (V::Array(_), V::Object(_)) => Some(path.to_owned()),
            (V::Object(s), V::Object(b)) => b.iter().find_map(|(key, b)| {
                let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                s.get(key).and_then(|s| walk(s, b, &path))
            }),
            (V::Array(s), V::Array(b)) => {
                s.iter().zip(b).enumerate().find_map(|(i, (s, b))| walk(s, b, &format!("{path}[{i}]")))
            }
            _ => None,
        }
    }
    walk(sent, &serde_json::to_value(op).ok()?, "")
}

fn reject(operation_id: Uuid, code: RejectionCode, message: String) -> Rejection {
    Rejection { operation_id, code, message }
}

fn not_found(op: Uuid) -> Rejection {
    reject(op, RejectionCode::NotFound, crate::error::NOT_FOUND_MESSAGE.into())
}

/// The name of the secret cursors are sealed with (see [`crate::cursor`]).
const CURSOR_SECRET: &str = "feed_cursor";

/// Whether a reader sees an item of `owner` shared with `audience`.
fn visible(audience: Audience, owner: Uuid, reader: &Auth) -> bool {
    owner == reader.member.id || audience.visible_to(reader.member.role)
}

/// Make the secret feed cursors are sealed with, if it is not there yet. The
/// server runs it once before it serves, so that a sync that only reads can
/// run on a read-only connection.
#[derive(Debug)]
pub struct EnsureCursorSecret;

impl Job for EnsureCursorSecret {
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C) -> Result<()> {
        q::server_secret(c, CURSOR_SECRET).await.map(|_| ())
    }
}

/// `POST /v1/sync`.
#[derive(Debug)]
pub struct SyncJob {
    pub cursor: u64,
    pub operations: Vec<ParsedOp>,
    /// The most shares one member may have on the server.
    pub share_quota: u32,
}

impl CallerJob for SyncJob {
    const WHO: Who = Who::Member;
    type Output = SyncResponse;
    async fn run<C: Conn>(self, c: &mut C, auth: Auth) -> Result<SyncResponse> {
        let mut known = Known::read(c, &auth, &self.operations).await?;
        let mut acknowledged = Vec::new();
        let mut rejected = Vec::new();
        let mut receipt: Option<ErasureReceipt> = None;
        let mut quota = ShareQuota { limit: i64::from(self.share_quota), held: None };
        for parsed in self.operations {
            let op = match parsed {
                ParsedOp::Rejected(r) => {
                    rejected.push(r);
                    continue;
                }
                ParsedOp::Ok(op) => op,
            };
            if receipt.is_some() {
                rejected.push(reject(
                    op.id,
                    RejectionCode::LeftGroup,
                    "You left the group before this arrived, so it wasn't applied.".into(),
                ));
                continue;
            }
            if !known.claim(c, auth.member.id, op.id).await? {
                acknowledged.push(op.id);
                continue;
            }
            if let OperationKind::LeaveGroup {} = op.kind {
                known.write_back(c).await?;
                receipt = Some(erase_member(c, &auth.member).await?);
                acknowledged.push(op.id);
                continue;
            }
            match apply(c, &auth, op.id, op.kind, &mut quota, &mut known).await? {
                Outcome::Applied => acknowledged.push(op.id),
                Outcome::Recorded(r) => rejected.push(r),
                Outcome::Rejected(r) => {
                    known.unclaim(c, auth.member.id, op.id).await?;
                    rejected.push(r);
                }
            }
        }
        if receipt.is_some() {
            return Ok(SyncResponse {
                acknowledged,
                rejected,
                changes: Vec::new(),
                cursor: 0,
                has_more: false,
                erasure_receipt: receipt,
                role: None,
                board: None,
            });
        }
        known.write_back(c).await?;
        let (changes, cursor, has_more) = feed(c, &auth, self.cursor, known.seqs.held()).await?;
        Ok(SyncResponse {
            acknowledged,
            rejected,
            changes,
            cursor,
            has_more,
            erasure_receipt: None,
            role: Some(auth.member.role),
            board: Some(u64::try_from(auth.group.board_version).unwrap_or(0)),
        })
    }
}

/// What one sync's operations look up, read for the whole batch in a few
/// statements before any applies (on PostgreSQL each statement is a round
/// trip, and a new share used to take seven), then kept true in memory as
/// they apply, so each operation sees what the ones before it did.
#[derive(Default)]
struct Known {
    /// Operation ids this sync claimed and has not reached yet.
    claimed: HashSet<Uuid>,
    /// Operation ids refused earlier in this sync (and unclaimed): a second
    /// copy of one is claimed and tried again, as if sent in the next sync.
    unclaimed: HashSet<Uuid>,
    /// Every share an operation names: its row, or `None` if not held.
    shares: HashMap<Uuid, Option<ShareRow>>,
    /// Of those, the ones revoked for good, each with its owner.
    revoked: HashMap<Uuid, Uuid>,
    /// Of those, the ones in the erasure ledger.
    erased: HashSet<Uuid>,
    /// Each named share's summary contribution.
    contributions: HashMap<Uuid, Option<SummaryContribution>>,
    /// Shares written in memory and not yet in the database, by id (the
    /// last write of each wins, as it would have in the database).
    unwritten: HashMap<Uuid, ShareRow>,
    seqs: Seqs,
}

impl Known {
    /// Lock the group (if anything is to be applied) and read what the
    /// operations will look up.
    async fn read<C: Conn>(c: &mut C, auth: &Auth, operations: &[ParsedOp]) -> Result<Self> {
        let ops: Vec<&Operation> = operations
            .iter()
            .filter_map(|p| match p {
                ParsedOp::Ok(op) => Some(op),
                ParsedOp::Rejected(_) => None,
            })
            .collect();
        if ops.is_empty() {
            return Ok(Self::default());
        }
        let group_id = auth.member.group_id;
        let last = q::lock_group_at(c, group_id).await?;
        // Nothing after leaving is applied, so nothing after it is claimed.
        let leaving = ops.iter().position(|op| matches!(op.kind, OperationKind::LeaveGroup {}));
        let to_claim: Vec<Uuid> =
            ops[..leaving.map_or(ops.len(), |i| i + 1)].iter().map(|op| op.id).collect();
        let claimed = q::claim_ops(c, auth.member.id, &to_claim).await?;

        let mut named: Vec<Uuid> = ops
            .iter()
            .filter_map(|op| match &op.kind {
                OperationKind::UpsertShare { share_id, .. } | OperationKind::RevokeShare { share_id } => {
                    Some(*share_id)
                }
                _ => None,
            })
            .collect();
        named.sort_unstable();
        named.dedup();
        let mut shares: HashMap<Uuid, Option<ShareRow>> = named.iter().map(|id| (*id, None)).collect();
        for row in q::shares_by_ids(c, &named).await? {
            shares.insert(row.id, Some(row));
        }
        // A share held is never looked for among revokes or in the ledger
        // (its version decides), and only a share held has a contribution.
        let (held, absent): (Vec<Uuid>, Vec<Uuid>) = named.iter().partition(|id| shares[*id].is_some());
        let revoked = if absent.is_empty() { HashMap::new() } else { q::revoked_owners(c, &absent).await? };
        let hashes: Vec<String> = absent.iter().map(|id| LedgerEntry::share(*id).hash).collect();
        let in_ledger = if hashes.is_empty() { HashSet::new() } else { c.in_ledger_of(&hashes).await? };
        let erased =
            absent.iter().zip(&hashes).filter(|(_, h)| in_ledger.contains(*h)).map(|(id, _)| *id).collect();
        let mut contributions: HashMap<Uuid, Option<SummaryContribution>> =
            named.iter().map(|id| (*id, None)).collect();
        if !held.is_empty() {
            for row in crate::store::releases::contributions_by_ids(c, &held).await? {
                contributions.insert(row.share_id, Some(row.contribution));
            }
        }
        Ok(Self {
            claimed,
            unclaimed: HashSet::new(),
            shares,
            revoked,
            erased,
            contributions,
            unwritten: HashMap::new(),
            seqs: Seqs { group_id, last, moved: false, locked: true },
        })
    }

    /// Whether `op_id` is new (claimed for this sync); false when it was
    /// applied before.
    async fn claim<C: Conn>(&mut self, c: &mut C, member_id: Uuid, op_id: Uuid) -> Result<bool> {
        if self.claimed.remove(&op_id) {
            return Ok(true);
        }
        if self.unclaimed.remove(&op_id) {
            return q::claim_op(c, member_id, op_id).await;
        }
        Ok(false)
    }

    /// `op_id` was refused and kept nothing: it may be sent again.
    async fn unclaim<C: Conn>(&mut self, c: &mut C, member_id: Uuid, op_id: Uuid) -> Result<()> {
        q::unclaim_op(c, member_id, op_id).await?;
        self.unclaimed.insert(op_id);
        Ok(())
    }

    fn share(&self, id: Uuid) -> Option<&ShareRow> {
        self.shares.get(&id).and_then(Option::as_ref)
    }

    /// Keep `row` as the share's state now; it reaches the database at the
    /// next [`Known::write_shares`], with the others, in a few statements.
    fn put_share(&mut self, row: ShareRow) {
        self.shares.insert(row.id, Some(row.clone()));
        self.unwritten.insert(row.id, row);
    }

    /// Write the shares kept in memory: before anything that reads or
    /// writes shares in the database (a revoke, a summary contribution,
    /// which refers to its share, leaving, the feed).
    async fn write_shares<C: Conn>(&mut self, c: &mut C) -> Result<()> {
        if self.unwritten.is_empty() {
            return Ok(());
        }
        let mut rows: Vec<ShareRow> = self.unwritten.drain().map(|(_, row)| row).collect();
        rows.sort_by_key(|r| r.seq);
        q::put_shares(c, &rows).await
    }

    /// Everything kept in memory, into the database: before leaving, and
    /// before the feed is read.
    async fn write_back<C: Conn>(&mut self, c: &mut C) -> Result<()> {
        self.write_shares(c).await?;
        self.seqs.write_back(c).await
    }
}

/// The group's feed positions through one sync, handed out in memory under
/// the group's lock ([`q::lock_group_at`]) and written back once.
#[derive(Default)]
struct Seqs {
    group_id: Uuid,
    last: i64,
    /// Whether a position was handed out since the last write-back.
    moved: bool,
    /// Whether the group's lock is held (nothing to apply: not taken).
    locked: bool,
}

impl Seqs {
    /// The group's last position, if the lock is held and it is written back.
    fn held(&self) -> Option<i64> {
        (self.locked && !self.moved).then_some(self.last)
    }

    fn next(&mut self) -> i64 {
        self.last += 1;
        self.moved = true;
        self.last
    }

    /// Write the last position back (before anything else in the
    /// transaction moves it, and before the feed is read).
    async fn write_back<C: Conn>(&mut self, c: &mut C) -> Result<()> {
        if self.moved {
            q::set_last_seq(c, self.group_id, self.last).await?;
            self.moved = false;
        }
        Ok(())
    }
}

/// A member's share quota through one sync: what they hold is counted once,
/// at the first new share, and kept up to date as operations apply.
struct ShareQuota {
    limit: i64,
    held: Option<i64>,
}

impl ShareQuota {
    /// Room for one more share, or the 413 that refuses the sync.
    async fn make_room<C: Conn>(&mut self, c: &mut C, me: Uuid) -> Result<()> {
        let held = match self.held {
            Some(held) => held,
            None => q::share_count(c, me).await?,
        };
        if held >= self.limit {
            return Err(Error::QuotaFull(format!(
                "You have {} things shared with your group, the most this server keeps for one \
                 person. Take back something you shared, then share this again.",
                self.limit
            )));
        }
        self.held = Some(held + 1);
        Ok(())
    }

    fn released(&mut self) {
        if let Some(held) = &mut self.held {
            *held -= 1;
        }
    }
}

/// What became of one operation.
enum Outcome {
    /// Applied (or seen before and already in effect).
    Applied,
    /// Refused, and nothing kept: the same operation may be sent again.
    Rejected(Rejection),
    /// Refused, but it left something on the server (a revoke of an id the
    /// server never held leaves a tombstone), so it counts as applied: sent
    /// again, it is acknowledged and stores nothing more.
    Recorded(Rejection),
}

/// Apply one operation. An `Err` is a store failure or the member's share
/// quota (the whole sync rolls back); the `Outcome` is this operation's alone.
async fn apply<C: Conn>(
    c: &mut C,
    auth: &Auth,
    op_id: Uuid,
    kind: OperationKind,
    quota: &mut ShareQuota,
    known: &mut Known,
) -> Result<Outcome> {
    let me = auth.member.id;
    let group_id = auth.member.group_id;
    match kind {
        OperationKind::UpsertShare { share_id, version, audience, content, contribution } => {
            if matches!(content, ShareContent::Answer { .. }) && audience != Audience::Lead {
                return Ok(Outcome::Rejected(reject(
                    op_id,
                    RejectionCode::Invalid,
                    "An answer to an opportunity goes to the group's lead only.".into(),
                )));
            }
            let version = i64::try_from(version).unwrap_or(i64::MAX);
            let existing = known.share(share_id).cloned();
            if let Some(s) = &existing {
                if s.owner_id != me {
                    return Ok(Outcome::Rejected(not_found(op_id)));
                }
                if (version, auth.device_id) <= (s.version, s.device_id) {
                    return Ok(Outcome::Applied); // an older write: seen, and it loses
                }
            } else if let Some(&owner) = known.revoked.get(&share_id) {
                // Revoke wins over any upsert, whichever arrives first.
                return Ok(if owner == me { Outcome::Applied } else { Outcome::Rejected(not_found(op_id)) });
            } else if known.erased.contains(&share_id) {
                // Revoked before a restore of an older backup: it stays revoked.
                return Ok(Outcome::Applied);
            } else {
                quota.make_room(c, me).await?;
            }
            if let Some(old) = &existing {
                let narrowed = [Role::Lead, Role::PeerSupporter, Role::Member]
                    .into_iter()
                    .any(|r| old.audience.visible_to(r) && !audience.visible_to(r));
                if narrowed {
                    let (audience, kind, seq) = (old.audience, q::REMOVAL_NARROWED, known.seqs.next());
                    q::insert_removal(
                        c,
                        &RemovalRow { group_id, seq, share_id, owner_id: me, audience, kind },
                    )
                    .await?;
                }
            }
            let content = serde_json::to_string(&content)
                .map_err(|e| Error::Internal(format!("share did not serialise: {e}")))?;
            let seq = known.seqs.next();
            let row = ShareRow {
                id: share_id,
                group_id,
                owner_id: me,
                audience,
                version,
                device_id: auth.device_id,
                content,
                seq,
                updated_at: now(),
            };
            known.put_share(row);
            let old = known.contributions.remove(&share_id).flatten();
            let contribution = contribution.filter(|x| !x.is_empty());
            if old != contribution {
                known.write_shares(c).await?; // a contribution refers to its share
            }
            let now = ShareContribution { group_id, owner_id: me, share_id, seq }
                .record(c, old, contribution)
                .await?;
            known.contributions.insert(share_id, now);
            Ok(Outcome::Applied)
        }
        OperationKind::RevokeShare { share_id } => {
            let audience = match known.share(share_id).map(|s| (s.owner_id, s.audience)) {
                Some((owner, _)) if owner != me => return Ok(Outcome::Rejected(not_found(op_id))),
                Some((_, audience)) => {
                    known.write_shares(c).await?;
                    crate::summary::forget_contribution(c, group_id, me, share_id).await?;
                    known.contributions.insert(share_id, None);
                    q::delete_share(c, share_id).await?;
                    known.shares.insert(share_id, None);
                    quota.released();
                    audience
                }
                None => {
                    match known.revoked.get(&share_id) {
                        Some(&owner) if owner == me => return Ok(Outcome::Applied),
                        Some(_) => {}
                        None => {
                            // Perhaps revoked before its upsert arrived: remember, so
                            // that upsert never lands. The answer is the plain
                            // not-found every unknown id gets, and the operation
                            // counts as applied, so that sending it again stores
                            // nothing more. A member's tombstones are capped like
                            // their shares: past the cap the revoke is kept as
                            // applied but leaves no row.
                            if q::preemptive_removal_count(c, me).await? < quota.limit {
                                let (audience, kind) = (Audience::SummaryOnly, q::REMOVAL_PREEMPTIVE);
                                let row = RemovalRow {
                                    group_id,
                                    seq: known.seqs.next(),
                                    share_id,
                                    owner_id: me,
                                    audience,
                                    kind,
                                };
                                q::insert_removal(c, &row).await?;
                                known.revoked.insert(share_id, me);
                            }
                            return Ok(Outcome::Recorded(not_found(op_id)));
                        }
                    }
                    return Ok(Outcome::Rejected(not_found(op_id)));
                }
            };
            let (kind, seq) = (q::REMOVAL_REVOKED, known.seqs.next());
            q::insert_removal(c, &RemovalRow { group_id, seq, share_id, owner_id: me, audience, kind })
                .await?;
            known.revoked.insert(share_id, me);
            c.record_erasure(LedgerEntry::share(share_id), SHARE_TABLES).await?;
            known.erased.insert(share_id);
            Ok(Outcome::Applied)
        }
        OperationKind::SendRecognition { recognition_id, to_member_id, skill, message } => {
            // Anyone in the group may recognise anyone else in it, the lead
            // included: power between members, supporters and staff is levelled.
            match q::member(c, to_member_id).await? {
                Some(to) if to.group_id == group_id && to.id != me => {}
                Some(to) if to.id == me => {
                    return Ok(Outcome::Rejected(reject(
                        op_id,
                        RejectionCode::Invalid,
                        "A recognition is for someone else: choose another member.".into(),
                    )));
                }
                _ => return Ok(Outcome::Rejected(not_found(op_id))),
            }
            if let Some(existing) = q::recognition(c, recognition_id).await? {
                return Ok(if existing.from_id == me {
                    Outcome::Applied
                } else {
                    Outcome::Rejected(not_found(op_id))
                });
            }
            let seq = known.seqs.next();
            q::insert_recognition(
                c,
                &RecognitionRow {
                    id: recognition_id,
                    group_id,
                    from_id: me,
                    to_id: to_member_id,
                    skill_name: skill.name,
                    skill_area: skill.area,
                    message,
                    seq,
                    sent_at: now(),
                },
            )
            .await?;
            Ok(Outcome::Applied)
        }
        OperationKind::SetOpenToRoles { version, open, skills, recruit } => {
            let version = i64::try_from(version).unwrap_or(i64::MAX);
            if let Some(existing) = q::open_to_roles(c, me).await?
                && (version, auth.device_id) <= (existing.version, existing.device_id)
            {
                return Ok(Outcome::Applied);
            }
            let skills = skills.into_iter().map(|s| s.trim().to_owned()).collect();
            let row = OpenRow {
                member_id: me,
                group_id,
                open,
                skills,
                recruit,
                version,
                device_id: auth.device_id,
            };
            q::put_open_to_roles(c, &row).await?;
            Ok(Outcome::Applied)
        }
        // Handled by the caller, which must answer with the receipt.
        OperationKind::LeaveGroup {} => Ok(Outcome::Applied),
    }
}

enum FeedEntry {
    Share(ShareRow, String),
    Removal(RemovalRow),
    Recognition(RecognitionRow, String),
}

impl FeedEntry {
    fn seq(&self) -> i64 {
        match self {
            FeedEntry::Share(s, _) => s.seq,
            FeedEntry::Removal(r) => r.seq,
            FeedEntry::Recognition(r, _) => r.seq,
        }
    }
}

pub(crate) fn shared_item(s: ShareRow, owner_name: String) -> Result<SharedItem> {
    let content: ShareContent = serde_json::from_str(&s.content)
        .map_err(|e| Error::Internal(format!("stored share unreadable: {e}")))?;
    Ok(SharedItem {
        share_id: s.id,
        owner_member_id: s.owner_id,
        owner_display_name: owner_name,
        audience: s.audience,
        version: u64::try_from(s.version).unwrap_or(0),
        content,
        updated_at: s.updated_at,
    })
}

/// The changes this member may see after their cursor, at most
/// `MAX_CHANGES_PER_SYNC` of a kind at a time, and the cursor after them.
///
/// Only what this reader may see is read, and the cursor moves only to the
/// position of a change sent: changes hidden from the reader (a lead-only
/// share, a summary-only one, someone else's recognition) never move it, so
/// the same cursor comes back until there is something for them. A cursor
/// that was not sealed for this reader, or that points past the end of the
/// feed (a server restored from an older backup), starts again from the
/// beginning: every change and tombstone is sent again, and nothing is lost.
///
/// `last` is the group's last feed position when the caller holds the
/// group's lock and knows it; otherwise it is read.
async fn feed<C: Conn>(
    c: &mut C,
    auth: &Auth,
    cursor: u64,
    last: Option<i64>,
) -> Result<(Vec<Change>, u64, bool)> {
    let key = CursorKey::new(&q::server_secret(c, CURSOR_SECRET).await?);
    let me = auth.member.id;
    let upto = match last {
        Some(last) => last,
        None => q::current_seq(c, auth.member.group_id).await?,
    };
    let after = match key.open(me, cursor) {
        Position::After(seq) if seq <= upto => seq,
        _ => 0,
    };
    let reader = q::Reader { member_id: me, group_id: auth.member.group_id, role: auth.member.role };
    let limit = MAX_CHANGES_PER_SYNC as i64;
    let shares = q::feed_shares(c, reader, after, upto, limit).await?;
    let removals = q::feed_removals(c, reader, after, upto, limit).await?;
    let recognitions = q::feed_recognitions(c, me, after, upto, limit).await?;
    // A list that came back full may have more beyond its last position:
    // stop the page there so nothing in between is skipped.
    let mut bound = upto;
    let mut has_more = false;
    for (len, last) in [
        (shares.len(), shares.last().map(|s| s.0.seq)),
        (removals.len(), removals.last().map(|r| r.seq)),
        (recognitions.len(), recognitions.last().map(|r| r.0.seq)),
    ] {
        if len as i64 == limit
            && let Some(last) = last
        {
            bound = bound.min(last);
            has_more = true;
        }
    }
    let mut entries: Vec<FeedEntry> = shares
        .into_iter()
        .map(|(s, n)| FeedEntry::Share(s, n))
        .chain(removals.into_iter().map(FeedEntry::Removal))
        .chain(recognitions.into_iter().map(|(r, n)| FeedEntry::Recognition(r, n)))
        .filter(|e| e.seq() <= bound)
        .collect();
    entries.sort_by_key(FeedEntry::seq);
    let position = match entries.last() {
        Some(e) => Position::After(e.seq()),
        None if after > 0 => Position::After(after),
        None => Position::Start,
    };
    let mut changes = Vec::with_capacity(entries.len());
    for e in entries {
        match e {
            FeedEntry::Share(s, name) => {
                // The query chose by the same rule; this only guards a change to either.
                if visible(s.audience, s.owner_id, auth) {
                    changes.push(Change::Share { share: shared_item(s, name)? });
                }
            }
            FeedEntry::Removal(r) => {
                if visible(r.audience, r.owner_id, auth) {
                    changes.push(Change::ShareRemoved { share_id: r.share_id, owner_member_id: r.owner_id });
                }
            }
            FeedEntry::Recognition(r, name) => changes.push(Change::Recognition {
                recognition: Recognition {
                    recognition_id: r.id,
                    from_member_id: r.from_id,
                    from_display_name: name,
                    skill: SkillRef { name: r.skill_name, area: r.skill_area },
                    message: r.message,
                    sent_at: r.sent_at,
                },
            }),
        }
    }
    Ok((changes, key.seal(me, position)?, has_more))
}

/// `GET /v1/shares/{id}`: one share, if this member may see it.
#[derive(Debug)]
pub struct GetShare {
    pub share_id: Uuid,
}

impl CallerJob for GetShare {
    const WHO: Who = Who::Member;
    type Output = SharedItem;
    async fn run<C: Conn>(self, c: &mut C, auth: Auth) -> Result<SharedItem> {
        let share = q::share(c, self.share_id).await?.ok_or(Error::NotFound)?;
        if share.group_id != auth.member.group_id || !visible(share.audience, share.owner_id, &auth) {
            return Err(Error::NotFound);
        }
        let owner = q::member(c, share.owner_id).await?.ok_or(Error::NotFound)?;
        shared_item(share, owner.display_name)
    }
}

/// `GET /v1/members/{id}/shares`: a member's shares that this member may
/// see (all of them, for the member themself: "what my group can see").
#[derive(Debug)]
pub struct MemberShares {
    pub member_id: Uuid,
}

impl CallerJob for MemberShares {
    const WHO: Who = Who::Member;
    type Output = Vec<SharedItem>;
    async fn run<C: Conn>(self, c: &mut C, auth: Auth) -> Result<Vec<SharedItem>> {
        let owner = q::member(c, self.member_id).await?.ok_or(Error::NotFound)?;
        if owner.group_id != auth.member.group_id {
            return Err(Error::NotFound);
        }
        q::shares_of_owner(c, owner.id)
            .await?
            .into_iter()
            .filter(|s| visible(s.audience, s.owner_id, &auth))
            .map(|s| shared_item(s, owner.display_name.clone()))
            .collect()
    }
}
