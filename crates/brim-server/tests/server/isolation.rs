//! Isolation: every endpoint that takes an id, tried with another group's
//! or another member's ids, by every role. None succeeds, every answer is
//! exactly the answer for an id that never existed, and nothing changes.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::*;

/// One group with a cast, and the ids of what they hold.
struct World {
    cast: Cast,
    /// (share id, owner token) for every share, by audience index.
    shares: Vec<(Uuid, String, usize)>,
    devices: Vec<Uuid>,
    recognitions: Vec<Uuid>,
    /// Invites the lead made in the app.
    invites: Vec<Uuid>,
    /// Opportunities the lead posted on the group's board.
    opportunities: Vec<Uuid>,
}

const AUDIENCES: [&str; 4] = ["summary_only", "lead", "peer_supporters_and_lead", "whole_group"];

async fn world(s: &TestServer, name: &str, per_audience: usize) -> World {
    let cast = cast(s, name).await;
    let mut shares = Vec::new();
    for who in [&cast.lead, &cast.peer, &cast.mo, &cast.mia] {
        let mut ops = Vec::new();
        for (a, audience) in AUDIENCES.iter().enumerate() {
            for i in 0..per_audience {
                let id = Uuid::now_v7();
                ops.push(upsert(
                    id,
                    1,
                    audience,
                    skill_content(&format!("{name} skill {i}"), "People", Some("a story")),
                ));
                shares.push((id, who.device_token.clone(), a));
            }
        }
        let body = s.sync(&who.device_token, 0, ops).await;
        assert!(body["rejected"].as_array().is_some_and(Vec::is_empty), "{body}");
    }
    let mut recognitions = Vec::new();
    for to in [&cast.mo, &cast.mia] {
        let op = recognise(to.member_id, "Patience");
        recognitions.push(serde_json::from_value(op["recognition_id"].clone()).expect("id"));
        s.sync(&cast.peer.device_token, 0, vec![op]).await;
    }
    let devices = vec![cast.lead.device_id, cast.peer.device_id, cast.mo.device_id, cast.mia.device_id];
    let mut invites = Vec::new();
    for role in ["member", "peer_supporter"] {
        let (st, made) = s.post("/v1/invites", Some(&cast.lead.device_token), &json!({ "role": role })).await;
        assert_eq!(st, 201, "{made}");
        invites.push(serde_json::from_value(made["invite_id"].clone()).expect("invite id"));
    }
    let mut opportunities = Vec::new();
    let closes = (chrono::Utc::now().date_naive() + chrono::Days::new(14)).to_string();
    for title in ["Interview panel", "Peer research"] {
        let body =
            json!({ "title": format!("{name} {title}"), "skills": ["Listening"], "closes_on": closes });
        let (st, made) = s.post("/v1/opportunities", Some(&cast.lead.device_token), &body).await;
        assert_eq!(st, 201, "{made}");
        opportunities.push(serde_json::from_value(made["opportunity_id"].clone()).expect("opportunity id"));
    }
    World { cast, shares, devices, recognitions, invites, opportunities }
}

/// What a request answers, reduced to what a client could compare.
async fn answer(s: &TestServer, token: &str, req: &Request) -> (u16, Value) {
    match req {
        Request::GetShare(id) => s.get(&format!("/v1/shares/{id}"), token).await,
        Request::MemberShares(id) => s.get(&format!("/v1/members/{id}/shares"), token).await,
        Request::DeleteDevice(id) => s.delete(&format!("/v1/devices/{id}"), token).await,
        Request::RevokeInvite(id) => s.delete(&format!("/v1/invites/{id}"), token).await,
        Request::SetRole(id) => {
            s.put(&format!("/v1/members/{id}/role"), token, &json!({ "role": "peer_supporter" })).await
        }
        Request::RemoveMember(id) => s.delete(&format!("/v1/members/{id}"), token).await,
        Request::TakeDown(id) => s.delete(&format!("/v1/opportunities/{id}"), token).await,
        Request::Op(op) => {
            let body = s.sync(token, u64::MAX / 2, vec![op.clone()]).await;
            let rejected = &body["rejected"];
            (
                200,
                json!({ "acknowledged": body["acknowledged"], "code": rejected[0]["code"], "message": rejected[0]["message"] }),
            )
        }
    }
}

#[derive(Debug, Clone)]
enum Request {
    GetShare(Uuid),
    MemberShares(Uuid),
    DeleteDevice(Uuid),
    /// The lead's routes.
    RevokeInvite(Uuid),
    SetRole(Uuid),
    RemoveMember(Uuid),
    TakeDown(Uuid),
    Op(Value),
}

/// The same request with a never-existing id: what "not found" looks like.
/// For an operation that is a revoke of an unknown share (or, for a
/// recognition, one to an unknown member, so a role refusal compares like
/// with like).
fn with_fresh_id(req: &Request) -> Request {
    let fresh = Uuid::now_v7();
    match req {
        Request::GetShare(_) => Request::GetShare(fresh),
        Request::MemberShares(_) => Request::MemberShares(fresh),
        Request::DeleteDevice(_) => Request::DeleteDevice(fresh),
        Request::RevokeInvite(_) => Request::RevokeInvite(fresh),
        Request::SetRole(_) => Request::SetRole(fresh),
        Request::RemoveMember(_) => Request::RemoveMember(fresh),
        Request::TakeDown(_) => Request::TakeDown(fresh),
        Request::Op(op) if op["kind"] == "send_recognition" => Request::Op(recognise(fresh, "Anything")),
        Request::Op(_) => Request::Op(revoke(fresh)),
    }
}

fn op_with_new_id(mut op: Value) -> Value {
    op["id"] = json!(Uuid::now_v7());
    op
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_outside_your_group_or_audience_can_be_reached() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let a = world(&s, "Alpha", 11).await;
        let b = world(&s, "Beta", 11).await;
        let mut total = 0usize;
        for (mine, theirs) in [(&a, &b), (&b, &a)] {
            let before: Vec<Value> = {
                let mut v = Vec::new();
                for m in [&theirs.cast.lead, &theirs.cast.peer, &theirs.cast.mo, &theirs.cast.mia] {
                    v.push(s.admin.export(m.member_id).await.expect("export"));
                }
                v
            };
            for attacker in [&mine.cast.lead, &mine.cast.peer, &mine.cast.mo] {
                let mut requests = Vec::new();
                // Another group's shares, members, devices and recognitions.
                for (id, _, _) in &theirs.shares {
                    requests.push(Request::GetShare(*id));
                    requests.push(Request::Op(revoke(*id)));
                    requests.push(Request::Op(upsert(
                        *id,
                        99,
                        "whole_group",
                        skill_content("Hijack", "People", None),
                    )));
                }
                for m in [&theirs.cast.lead, &theirs.cast.peer, &theirs.cast.mo, &theirs.cast.mia] {
                    requests.push(Request::SetRole(m.member_id));
                    requests.push(Request::RemoveMember(m.member_id));
                }
                for i in &theirs.invites {
                    requests.push(Request::RevokeInvite(*i));
                }
                for o in &theirs.opportunities {
                    requests.push(Request::TakeDown(*o));
                }
                // In my own group the lead's routes are the lead's alone.
                if attacker.role != brim_protocol::Role::Lead {
                    for m in [&mine.cast.lead, &mine.cast.peer, &mine.cast.mo, &mine.cast.mia] {
                        requests.push(Request::SetRole(m.member_id));
                        requests.push(Request::RemoveMember(m.member_id));
                    }
                    for i in &mine.invites {
                        requests.push(Request::RevokeInvite(*i));
                    }
                    for o in &mine.opportunities {
                        requests.push(Request::TakeDown(*o));
                    }
                }
                for m in [&theirs.cast.lead, &theirs.cast.peer, &theirs.cast.mo, &theirs.cast.mia] {
                    requests.push(Request::MemberShares(m.member_id));
                    requests.push(Request::Op(recognise(m.member_id, "Snooping")));
                }
                for d in &theirs.devices {
                    requests.push(Request::DeleteDevice(*d));
                }
                for r in &theirs.recognitions {
                    let mut op = recognise(mine.cast.mia.member_id, "Reuse");
                    op["recognition_id"] = json!(r);
                    requests.push(Request::Op(op));
                }
                // My own group: other members' devices, and shares my role may not see or change.
                for d in &mine.devices {
                    if *d != attacker.device_id {
                        requests.push(Request::DeleteDevice(*d));
                    }
                }
                let role = attacker.role;
                for (id, owner_token, audience) in &mine.shares {
                    if *owner_token == attacker.device_token {
                        continue;
                    }
                    let visible = brim_protocol::Audience::parse(AUDIENCES[*audience])
                        .is_some_and(|a| a.visible_to(role));
                    if !visible {
                        requests.push(Request::GetShare(*id));
                    }
                    requests.push(Request::Op(revoke(*id)));
                    requests.push(Request::Op(upsert(
                        *id,
                        99,
                        "whole_group",
                        skill_content("Hijack", "People", None),
                    )));
                }
                for req in &requests {
                    let req = match req {
                        Request::Op(op) => Request::Op(op_with_new_id(op.clone())),
                        other => other.clone(),
                    };
                    let got = answer(&s, &attacker.device_token, &req).await;
                    let baseline = answer(&s, &attacker.device_token, &with_fresh_id(&req)).await;
                    assert_eq!(got, baseline, "{req:?} by {role:?} must look like not-found");
                    if let Request::Op(_) = req {
                        assert_eq!(got.1["acknowledged"], json!([]), "{req:?} was applied");
                    } else {
                        assert_eq!(got.0, 404, "{req:?} by {role:?} succeeded: {:?}", got.1);
                    }
                    total += 1;
                }
            }
            // Nothing about the other group changed.
            for (m, was) in
                [&theirs.cast.lead, &theirs.cast.peer, &theirs.cast.mo, &theirs.cast.mia].iter().zip(before)
            {
                assert_eq!(
                    s.admin.export(m.member_id).await.expect("export"),
                    was,
                    "another group's data changed"
                );
            }
            // Their invites are all still open, and my lists hold nothing of theirs.
            let (_, list) = s.get("/v1/invites", &theirs.cast.lead.device_token).await;
            let open =
                list["invites"].as_array().expect("invites").iter().filter(|i| i["state"] == "open").count();
            assert_eq!(open, theirs.invites.len(), "another group's invite was revoked: {list}");
            // Every member's board is their own group's: all of it, and nothing of theirs.
            for who in [&mine.cast.lead, &mine.cast.peer, &mine.cast.mo] {
                let (st, board) = s.get("/v1/board", &who.device_token).await;
                assert_eq!(st, 200, "{board}");
                let text = board.to_string();
                for id in theirs
                    .opportunities
                    .iter()
                    .chain([&theirs.cast.mo.member_id, &theirs.cast.lead.member_id])
                {
                    assert!(!text.contains(&id.to_string()), "the board shows another group's {id}");
                }
                for id in
                    mine.opportunities.iter().chain([&mine.cast.mia.member_id, &mine.cast.lead.member_id])
                {
                    assert!(text.contains(&id.to_string()), "the board misses my group's {id}: {text}");
                }
            }
            for path in ["/v1/invites", "/v1/members"] {
                let (_, list) = s.get(path, &mine.cast.lead.device_token).await;
                let text = list.to_string();
                for id in
                    theirs.invites.iter().chain([&theirs.cast.mo.member_id, &theirs.cast.lead.member_id])
                {
                    assert!(!text.contains(&id.to_string()), "{path} shows another group's {id}");
                }
                for who in [&mine.cast.peer, &mine.cast.mo] {
                    assert_eq!(s.get(path, &who.device_token).await.0, 404, "{path} is the lead's");
                }
            }
            // And their shares never reach my feed.
            for reader in [&mine.cast.lead, &mine.cast.mo] {
                let seen = share_ids(&s.full_feed(&reader.device_token).await);
                assert!(seen.iter().all(|id| !theirs.shares.iter().any(|(t, _, _)| t == id)));
            }
        }
        assert!(total >= 5_000, "only {total} requests per engine");
        eprintln!(
            "isolation ({:?}): {total} foreign-id requests (each paired with a not-found baseline), 0 succeeded",
            s.engine
        );
        // Own ids still work, so the test can tell success from failure.
        let mine =
            &a.shares.iter().find(|(_, t, au)| *t == a.cast.mo.device_token && *au == 3).expect("share").0;
        let (st, _) = s.get(&format!("/v1/shares/{mine}"), &a.cast.mia.device_token).await;
        assert_eq!(st, 200);
        s.stop().await;
    }
}
