//! The one sync round trip: the device pushes pending operations and its
//! feed cursor; the server answers with what it acknowledged or rejected,
//! the changes this member may see since the cursor, and a new cursor.
//! Cursors are per member and opaque: they move only when something this
//! member may see is sent, so they reveal nothing about anything else.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use ts_rs::TS;
use uuid::Uuid;

use crate::limits::{MAX_LABEL_CHARS, MAX_OPEN_SKILLS, MAX_TEXT_CHARS};
use crate::share::{Audience, FieldError, ShareContent, SharedItem, SkillRef, check_text};
use crate::summary::SummaryContribution;

/// `POST /v1/sync`. Unknown fields are refused (422), as the server does.
///
/// The one sync request, written by the app and read by the server. Each
/// operation stays raw JSON on both sides: the app sends each one exactly as
/// it was stored in its outbox (the bytes the person previewed, never
/// re-encoded), and the server reads each one on its own, so one unknown or
/// malformed operation is refused alone instead of failing the whole batch.
/// Each is an [`Operation`].
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SyncRequest {
    /// The cursor from the last answer, sent back exactly as it came; 0 (or
    /// absent) for everything. It is opaque: it means something only to the
    /// server, for this member, and says nothing about changes they cannot see.
    #[serde(default)]
    #[ts(type = "number")]
    // Any unsigned 64-bit number: plain `int64` would promise a smaller range than is taken.
    #[cfg_attr(feature = "openapi", schema(format = "uint64", minimum = 0))]
    pub cursor: u64,
    /// Pending operations, oldest first; at most [`crate::MAX_OPERATIONS_PER_SYNC`].
    #[serde(default)]
    #[ts(type = "Array<Operation>")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Operation>, max_items = 1000))]
    pub operations: Vec<Box<RawValue>>,
}

impl SyncRequest {
    /// A request carrying `operations`, each the JSON of one [`Operation`]
    /// exactly as stored. A text that is not JSON at all is refused.
    pub fn new(cursor: u64, operations: impl IntoIterator<Item = String>) -> serde_json::Result<Self> {
        let operations =
            operations.into_iter().map(RawValue::from_string).collect::<serde_json::Result<_>>()?;
        Ok(SyncRequest { cursor, operations })
    }
}

/// One operation from the outbox. `id` makes it idempotent: an id the server
/// has seen before is acknowledged and not applied again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Operation {
    /// Chosen by the device when the operation is written to the outbox.
    pub id: Uuid,
    /// What to do.
    #[serde(flatten)]
    pub kind: OperationKind,
}

/// What an operation does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OperationKind {
    /// Create or replace one of my shares; the higher (version, device id) wins.
    UpsertShare {
        /// The share's id, chosen by the device.
        share_id: Uuid,
        /// Raise it on every update of this share.
        #[ts(type = "number")]
        version: u64,
        /// Who may see it.
        audience: Audience,
        /// The snapshot.
        content: ShareContent,
        /// What it adds to the group summary, if anything; the summary is
        /// made from these alone. Absent or `null`: it adds nothing.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        contribution: Option<SummaryContribution>,
    },
    /// Delete one of my shares for good; readers get a tombstone with ids only.
    RevokeShare {
        /// The share to delete.
        share_id: Uuid,
    },
    /// "I noticed you're good at …" to one member (peer supporters and leads only).
    SendRecognition {
        /// The recognition's id, chosen by the device.
        recognition_id: Uuid,
        /// Who it is for; only they will see it.
        to_member_id: Uuid,
        /// The skill noticed.
        skill: SkillRef,
        /// A few kind words, if any.
        message: Option<String>,
    },
    /// Opt in to (or out of) the lead's "open to roles" list.
    SetOpenToRoles {
        /// Raise it on every change; the higher (version, device id) wins.
        #[ts(type = "number")]
        version: u64,
        /// Whether the member is open to roles.
        open: bool,
        /// The skills they would like to be found by.
        skills: Vec<String>,
        /// "I would like to help recruit": to sit on interview panels.
        /// Absent (from older apps): false.
        #[serde(default)]
        recruit: bool,
    },
    /// Leave the group: erases the member and everything they shared.
    LeaveGroup {},
}

impl OperationKind {
    /// Check every field against the limits in [`crate::limits`].
    pub fn validate(&self) -> Result<(), FieldError> {
        match self {
            OperationKind::UpsertShare { content, contribution, .. } => {
                content.validate()?;
                contribution.as_ref().map_or(Ok(()), SummaryContribution::validate)
            }
            OperationKind::RevokeShare { .. } | OperationKind::LeaveGroup {} => Ok(()),
            OperationKind::SendRecognition { skill, message, .. } => {
                check_text("skill.name", &skill.name, MAX_LABEL_CHARS, true)?;
                check_text("skill.area", &skill.area, MAX_LABEL_CHARS, true)?;
                if let Some(m) = message {
                    check_text("message", m, MAX_TEXT_CHARS, false)?;
                }
                Ok(())
            }
            OperationKind::SetOpenToRoles { skills, .. } => {
                if skills.len() > MAX_OPEN_SKILLS {
                    return Err(FieldError {
                        field: "skills",
                        problem: format!(
                            "has {} entries; the most allowed is {MAX_OPEN_SKILLS}",
                            skills.len()
                        ),
                    });
                }
                for s in skills {
                    check_text("skills", s, MAX_LABEL_CHARS, true)?;
                }
                Ok(())
            }
        }
    }
}

/// The answer to a sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SyncResponse {
    /// Operations applied now or before: drop them from the outbox.
    pub acknowledged: Vec<Uuid>,
    /// Operations the server will never apply, each with its reason.
    pub rejected: Vec<Rejection>,
    /// What this member may see that changed since the cursor, oldest first.
    pub changes: Vec<Change>,
    /// Send this back next time. Opaque, and the same as the one sent when
    /// nothing this member may see has changed; a cursor the server cannot
    /// read starts the feed again from the beginning.
    #[ts(type = "number")]
    pub cursor: u64,
    /// True when more changes wait: sync again straight away.
    pub has_more: bool,
    /// Present when this sync carried a `leave_group`, or when the group's
    /// lead removed this member since their last sync: what was erased.
    pub erasure_receipt: Option<ErasureReceipt>,
    /// The member's role now. The lead can change it between syncs; a device
    /// that held another role starts its feed again from the beginning,
    /// since what it may see changed. Absent with an erasure receipt (and
    /// from servers older than this field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub role: Option<crate::Role>,
    /// The version of the group's board ([`crate::GroupBoard`]): fetch
    /// `GET /v1/board` when it differs from the one kept. Absent with an
    /// erasure receipt (and from servers older than this field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub board: Option<u64>,
}

/// An operation the server will not apply. Do not resend it unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rejection {
    /// The operation's id.
    pub operation_id: Uuid,
    /// Why, for the program.
    pub code: RejectionCode,
    /// Why, for the person.
    pub message: String,
}

/// Why an operation was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RejectionCode {
    /// This server does not know the operation's kind (an older server?).
    UnknownKind,
    /// A field is missing, of the wrong type or too long.
    Invalid,
    /// The share or member is not there, or not this member's to change.
    NotFound,
    /// The member's role may not do this.
    Forbidden,
    /// The member left the group earlier in the same sync.
    LeftGroup,
}

/// One change in a member's feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A share this member may see was created or updated.
    Share {
        /// The share as it is now.
        share: SharedItem,
    },
    /// A share this member could see is gone (revoked, narrowed or its owner
    /// left): drop it from every cache.
    ShareRemoved {
        /// The share's id.
        share_id: Uuid,
        /// Its owner's id.
        owner_member_id: Uuid,
    },
    /// A recognition addressed to this member.
    Recognition {
        /// The recognition.
        recognition: Recognition,
    },
}

/// "I noticed you're good at …", from a peer supporter or lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recognition {
    /// Its id.
    pub recognition_id: Uuid,
    /// Who sent it.
    pub from_member_id: Uuid,
    /// Their display name.
    pub from_display_name: String,
    /// The skill noticed.
    pub skill: SkillRef,
    /// Their words, if any.
    pub message: Option<String>,
    /// When it was sent (RFC 3339).
    pub sent_at: String,
}

/// What leaving the group erased, and when. Keep it: the server keeps nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErasureReceipt {
    /// The member erased.
    pub member_id: Uuid,
    /// Their group.
    pub group_id: Uuid,
    /// When (RFC 3339).
    pub erased_at: String,
    /// Every share deleted.
    pub shares_erased: Vec<Uuid>,
    /// Recognitions sent or received that were deleted.
    pub recognitions_erased: u32,
    /// Devices signed out.
    pub devices_erased: u32,
    /// Whether the "open to roles" entry was deleted.
    pub open_to_roles_erased: bool,
    /// True when the group's lead removed the member (false: they left).
    #[serde(default)]
    pub removed_by_lead: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sync_request_carries_each_operation_byte_for_byte() {
        // As an outbox stores them, and one written by hand: its own key
        // order and spacing, which re-encoding would change.
        let stored = r#"{"id":"01900000-0000-7000-8000-000000000001","kind":"revoke_share","share_id":"01900000-0000-7000-8000-000000000002"}"#;
        let odd = r#"{"kind": "leave_group",  "id":"01900000-0000-7000-8000-000000000003"}"#;
        let request = SyncRequest::new(7, [stored.to_owned(), odd.to_owned()]).unwrap();
        let json = serde_json::to_string(&request).unwrap();
        assert_eq!(json, format!("{{\"cursor\":7,\"operations\":[{stored},{odd}]}}"));
        // Read as the server reads it: each operation on its own, as sent.
        let read: SyncRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(read.cursor, 7);
        assert_eq!(read.operations.iter().map(|o| o.get()).collect::<Vec<_>>(), [stored, odd]);
        assert!(SyncRequest::new(0, ["{\"id\":".to_owned()]).is_err(), "a text that is not JSON is refused");
        let unknown = serde_json::from_str::<SyncRequest>(r#"{"cursor":1,"operations":[],"extra":1}"#);
        assert!(unknown.is_err(), "unknown fields are refused");
    }
}
