//! The OpenAPI 3 document served at `/v1/openapi.json`. The path entries
//! below describe the handlers in `http`; a test checks that every route
//! the router serves is listed here. What routes share is added once, by
//! the modifiers: the device token and its 401 (`BearerAuth`), the 429
//! (`EveryRouteLimited`), and what a JSON body may be answered (`JsonBodies`).

use brim_protocol::{
    AddDeviceRequest, AddDeviceResponse, CreateInviteRequest, CreatedInvite, DeviceList, ErrorBody,
    GroupBoard, GroupMember, InviteList, JoinRequest, JoinResponse, LeadSummary, MemberInfo, MemberList,
    OpenToRolesList, Opportunity, PostOpportunityRequest, SetRoleRequest, SharedItem, SyncRequest,
    SyncResponse,
};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "Brim group server", description = "Groups, invites, opt-in sync and lead summaries."),
    paths(
        health, join, sync, me, devices, add_device, revoke_device, get_share, member_shares, summary, open_to_roles,
        board, create_invite, list_invites, revoke_invite, list_members, set_role, remove_member,
        post_opportunity, take_down_opportunity
    ),
    components(schemas(ErrorBody)),
    modifiers(&BearerAuth, &EveryRouteLimited, &JsonBodies)
)]
struct ApiDoc;

/// The routes anyone may call; every other one takes a device token.
const PUBLIC_PATHS: [&str; 2] = ["/v1/health", "/v1/join"];

/// Every route but [`PUBLIC_PATHS`] takes a device token
/// (`Authorization: Bearer …`): each says so, and may answer 401.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "device_token",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
        }
        let unauthorized = ResponseBuilder::new()
            .content(
                "application/json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build(),
            )
            .build();
        for (path, item) in &mut openapi.paths.paths {
            if PUBLIC_PATHS.contains(&path.as_str()) {
                continue;
            }
            for op in [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch]
                .into_iter()
                .flatten()
            {
                op.security = Some(vec![SecurityRequirement::new("device_token", Vec::<String>::new())]);
                op.responses.responses.insert("401".into(), unauthorized.clone().into());
            }
        }
    }
}

/// Every route is rate limited (per client address, and per device once a
/// token is real): each may answer 429, with `Retry-After`.
struct EveryRouteLimited;

impl utoipa::Modify for EveryRouteLimited {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::header::HeaderBuilder;
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let response = ResponseBuilder::new()
            .description(
                "Too many requests from this address, or from this device: wait the seconds in Retry-After",
            )
            .content(
                "application/json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build(),
            )
            .header(
                "Retry-After",
                HeaderBuilder::new()
                    .schema(Some(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1))))
                    .description(Some("Seconds to wait before trying again"))
                    .build(),
            )
            .build();
        for item in openapi.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch]
                .into_iter()
                .flatten()
            {
                op.responses.responses.insert("429".into(), response.clone().into());
            }
        }
    }
}

/// Every body is read by `http::JsonBody`, so every route that takes one
/// may answer as it does: 400 (not JSON), 408 (trickled in), 413 (too
/// large), 415 (not `application/json`) and 422 (the wrong shape). A route
/// that says more about one of them (its own 413 or 422) keeps its words.
struct JsonBodies;

impl utoipa::Modify for JsonBodies {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = || {
            ResponseBuilder::new().content(
                "application/json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build(),
            )
        };
        let slow_body = error()
            .description(
                "The body arrived too slowly (see the server's body timeout): error code too_slow; \
                 the connection is closed; try again",
            )
            .build();
        for item in openapi.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch]
                .into_iter()
                .flatten()
                .filter(|op| op.request_body.is_some())
            {
                let responses = &mut op.responses.responses;
                responses.insert("408".into(), slow_body.clone().into());
                for status in ["400", "413", "415", "422"] {
                    responses.entry(status.into()).or_insert_with(|| error().build().into());
                }
            }
        }
    }
}

/// The document.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

#[utoipa::path(get, path = "/v1/health", responses((status = 200, description = "The server is up")))]
#[allow(dead_code)]
fn health() {}

#[utoipa::path(post, path = "/v1/join", request_body = JoinRequest, responses(
    (status = 200, body = JoinResponse, description = "Joined; keep the device token secret"),
    (status = 400, body = ErrorBody, description = "Not JSON"),
    (status = 404, body = ErrorBody, description = "Unknown invite code"),
    (status = 410, body = ErrorBody, description = "Invite expired, used up or revoked"),
))]
#[allow(dead_code)]
fn join() {}

#[utoipa::path(post, path = "/v1/sync", request_body = SyncRequest, responses(
    (status = 200, body = SyncResponse, description = "Acknowledged and rejected operations, changes since the cursor, the new cursor"),
    (status = 413, body = ErrorBody, description = "The body is too large, or applying it would take the member past their share quota: nothing was applied"),
))]
#[allow(dead_code)]
fn sync() {}

#[utoipa::path(get, path = "/v1/me", responses(
    (status = 200, body = MemberInfo),
))]
#[allow(dead_code)]
fn me() {}

#[utoipa::path(get, path = "/v1/devices", responses(
    (status = 200, body = DeviceList),
))]
#[allow(dead_code)]
fn devices() {}

#[utoipa::path(post, path = "/v1/devices", request_body = AddDeviceRequest, responses(
    (status = 200, body = AddDeviceResponse),
    (status = 403, body = ErrorBody, description = "This member has as many devices signed in as the server allows; sign one out first"),
))]
#[allow(dead_code)]
fn add_device() {}

#[utoipa::path(delete, path = "/v1/devices/{device_id}",
    params(("device_id" = uuid::Uuid, Path, description = "One of my devices")),
    responses((status = 204, description = "Signed out"), (status = 404, body = ErrorBody)))]
#[allow(dead_code)]
fn revoke_device() {}

#[utoipa::path(get, path = "/v1/shares/{share_id}",
    params(("share_id" = uuid::Uuid, Path)),
    responses((status = 200, body = SharedItem), (status = 404, body = ErrorBody)))]
#[allow(dead_code)]
fn get_share() {}

#[utoipa::path(get, path = "/v1/members/{member_id}/shares",
    params(("member_id" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<SharedItem>, description = "The member's shares I may see"), (status = 404, body = ErrorBody)))]
#[allow(dead_code)]
fn member_shares() {}

#[utoipa::path(get, path = "/v1/summary", responses(
    (status = 200, body = LeadSummary, description = "The group's latest summary release, for every member of the group: noisy counts, small ones hidden; the same bytes until the next release"),
))]
#[allow(dead_code)]
fn summary() {}

#[utoipa::path(get, path = "/v1/open-to-roles",
    params(("skill" = Option<String>, Query, description = "Only members listing a skill containing this")),
    responses((status = 200, body = OpenToRolesList), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "A query string that doesn't fit")))]
#[allow(dead_code)]
fn open_to_roles() {}

#[utoipa::path(get, path = "/v1/board", responses(
    (status = 200, body = GroupBoard, description = "Everyone in the caller's group and the opportunities still open, for every member"),
))]
#[allow(dead_code)]
fn board() {}

// The lead's routes. For anyone but the lead of the caller's group each
// answers 404, as for anything outside their group.

#[utoipa::path(post, path = "/v1/invites", request_body = CreateInviteRequest, responses(
    (status = 201, body = CreatedInvite, description = "A new invite; its code is shown only this once"),
    (status = 404, body = ErrorBody, description = "Not the lead of a group"),
    (status = 422, body = ErrorBody, description = "A role a lead cannot give, or uses or days out of range"),
))]
#[allow(dead_code)]
fn create_invite() {}

#[utoipa::path(get, path = "/v1/invites", responses(
    (status = 200, body = InviteList, description = "The group's invites for members and peer supporters, newest first, without codes"),
    (status = 404, body = ErrorBody, description = "Not the lead of a group"),
))]
#[allow(dead_code)]
fn list_invites() {}

#[utoipa::path(delete, path = "/v1/invites/{invite_id}",
    params(("invite_id" = uuid::Uuid, Path, description = "An invite of the lead's group")),
    responses((status = 204, description = "Revoked: nobody more can join with it"),
        (status = 404, body = ErrorBody, description = "No such invite in the lead's group, or not a lead")))]
#[allow(dead_code)]
fn revoke_invite() {}

#[utoipa::path(get, path = "/v1/members", responses(
    (status = 200, body = MemberList, description = "Everyone in the group, in the order they joined"),
    (status = 404, body = ErrorBody, description = "Not the lead of a group"),
))]
#[allow(dead_code)]
fn list_members() {}

#[utoipa::path(put, path = "/v1/members/{member_id}/role", request_body = SetRoleRequest,
    params(("member_id" = uuid::Uuid, Path, description = "A member of the lead's group")),
    responses(
        (status = 200, body = GroupMember, description = "The member with their new role; what they see follows at their next sync"),
        (status = 403, body = ErrorBody, description = "The member is a lead (the caller included)"),
        (status = 404, body = ErrorBody, description = "No such member in the lead's group, or not a lead"),
        (status = 422, body = ErrorBody, description = "A role a lead cannot give"),
    ))]
#[allow(dead_code)]
fn set_role() {}

#[utoipa::path(delete, path = "/v1/members/{member_id}",
    params(("member_id" = uuid::Uuid, Path, description = "A member of the lead's group")),
    responses(
        (status = 204, description = "Erased, as if they had left; their devices get the receipt at their next sync"),
        (status = 403, body = ErrorBody, description = "The member is a lead (the caller included)"),
        (status = 404, body = ErrorBody, description = "No such member in the lead's group, or not a lead"),
    ))]
#[allow(dead_code)]
fn remove_member() {}

#[utoipa::path(post, path = "/v1/opportunities", request_body = PostOpportunityRequest, responses(
    (status = 201, body = Opportunity, description = "Posted: every member sees it on the board from their next sync"),
    (status = 404, body = ErrorBody, description = "Not the lead of a group"),
    (status = 413, body = ErrorBody, description = "The body is too large, or the group has 50 opportunities open"),
    (status = 422, body = ErrorBody, description = "A field that doesn't fit, or a closing day in the past or over a year ahead"),
))]
#[allow(dead_code)]
fn post_opportunity() {}

#[utoipa::path(delete, path = "/v1/opportunities/{opportunity_id}",
    params(("opportunity_id" = uuid::Uuid, Path, description = "An opportunity of the lead's group")),
    responses((status = 204, description = "Taken down: gone from the board at each member's next sync; answers stay until taken back"),
        (status = 404, body = ErrorBody, description = "No such opportunity in the lead's group, or not a lead")))]
#[allow(dead_code)]
fn take_down_opportunity() {}
