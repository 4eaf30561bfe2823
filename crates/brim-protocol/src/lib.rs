//! brim-protocol: the wire types of the group server's HTTP API, shared by
//! the app's sync client and the server so the two can never drift apart.
//! Plain serde types only: no HTTP framework, no runtime.

mod board;
mod error;
mod join;
mod lead;
mod limits;
mod share;
mod summary;
mod sync;

pub use board::{GroupBoard, MAX_OPEN_OPPORTUNITIES, Opportunity, PostOpportunityRequest};
pub use error::{ErrorBody, ErrorCode, ErrorDetail};
pub use join::{
    AddDeviceRequest, AddDeviceResponse, DeviceInfo, DeviceList, JoinRequest, JoinResponse, MemberInfo, Role,
};
pub use lead::{
    CreateInviteRequest, CreatedInvite, DEFAULT_LEAD_INVITE_DAYS, GroupMember, InviteInfo, InviteList,
    InviteState, MAX_LEAD_INVITE_DAYS, MAX_LEAD_INVITE_USES, MemberList, SetRoleRequest,
};
pub use limits::*;
pub use share::{Audience, CheckInRating, FieldError, OfferedSkill, ShareContent, SharedItem, SkillRef};
pub use summary::{
    AreaCount, Figure, LeadSummary, MAX_CONTRIBUTION_AREAS, OpenToRolesEntry, OpenToRolesList, Partition,
    PartitionCell, PrivacyBudget, RatingChange, ReleaseInfo, SummaryArea, SummaryContribution,
};
pub use sync::{
    Change, ErasureReceipt, Operation, OperationKind, Recognition, Rejection, RejectionCode, SyncRequest,
    SyncResponse,
};

/// The API version prefix every endpoint lives under.
pub const API_PREFIX: &str = "/v1";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_operation_travels_as_one_flat_object() {
        let id = uuid::Uuid::now_v7();
        let share_id = uuid::Uuid::now_v7();
        let op = Operation { id, kind: OperationKind::RevokeShare { share_id } };
        let v = serde_json::to_value(&op).expect("serialise");
        assert_eq!(v, serde_json::json!({ "id": id, "kind": "revoke_share", "share_id": share_id }));
        assert_eq!(serde_json::from_value::<Operation>(v).expect("parse"), op);
        let unknown = serde_json::json!({ "id": id, "kind": "teleport" });
        assert!(serde_json::from_value::<Operation>(unknown).is_err());
    }

    #[test]
    fn field_limits_name_the_field_and_the_limit() {
        let kind = OperationKind::UpsertShare {
            share_id: uuid::Uuid::now_v7(),
            version: 1,
            audience: Audience::Lead,
            content: ShareContent::Skill {
                skill: SkillRef { name: "x".repeat(MAX_LABEL_CHARS + 1), area: "People".into() },
                story: None,
            },
            contribution: None,
        };
        let err = kind.validate().expect_err("too long");
        assert_eq!(err.field, "skill.name");
        assert!(err.problem.contains(&MAX_LABEL_CHARS.to_string()));
    }

    #[test]
    fn a_nul_character_is_refused_in_every_text_field() {
        let skill = SkillRef { name: "Draw\0ing".into(), area: "Creative".into() };
        let kind = OperationKind::SendRecognition {
            recognition_id: uuid::Uuid::now_v7(),
            to_member_id: uuid::Uuid::now_v7(),
            skill: SkillRef { name: "Drawing".into(), area: "Creative".into() },
            message: Some("well\0done".into()),
        };
        assert_eq!(kind.validate().expect_err("NUL").field, "message");
        let content = ShareContent::Skill { skill, story: None };
        assert_eq!(content.validate().expect_err("NUL").field, "skill.name");
    }

    #[test]
    fn a_contribution_is_bounded() {
        let ok = SummaryContribution { areas: vec![SummaryArea::People], rating: Some(4), change: None };
        assert_eq!(ok.validate(), Ok(()));
        let twice = SummaryContribution { areas: vec![SummaryArea::Money, SummaryArea::Money], ..ok.clone() };
        assert_eq!(twice.validate().expect_err("twice").field, "contribution.areas");
        for r in [0, 6, 255] {
            let bad = SummaryContribution { rating: Some(r), ..ok.clone() };
            assert_eq!(bad.validate().expect_err("rating").field, "contribution.rating");
        }
        // Unknown fields and unknown areas are refused when parsing.
        let extra = serde_json::json!({ "areas": ["people"], "rating": 3, "weight": 100 });
        assert!(serde_json::from_value::<SummaryContribution>(extra).is_err());
        let area = serde_json::json!({ "areas": ["my secret area"] });
        assert!(serde_json::from_value::<SummaryContribution>(area).is_err());
        let kind = OperationKind::UpsertShare {
            share_id: uuid::Uuid::now_v7(),
            version: 1,
            audience: Audience::SummaryOnly,
            content: ShareContent::Skill {
                skill: SkillRef { name: "Cooking".into(), area: "Practical".into() },
                story: None,
            },
            contribution: Some(SummaryContribution { rating: Some(9), ..ok }),
        };
        assert_eq!(kind.validate().expect_err("rating").field, "contribution.rating");
    }

    #[test]
    fn audiences_decide_who_sees_what() {
        assert!(!Audience::SummaryOnly.visible_to(Role::Lead));
        assert!(Audience::Lead.visible_to(Role::Lead));
        assert!(!Audience::Lead.visible_to(Role::PeerSupporter));
        assert!(Audience::PeerSupportersAndLead.visible_to(Role::PeerSupporter));
        assert!(!Audience::PeerSupportersAndLead.visible_to(Role::Member));
        assert!(Audience::WholeGroup.visible_to(Role::Member));
    }
}
