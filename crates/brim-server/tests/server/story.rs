//! The whole story on each engine: a group forms, members share to each
//! audience, each role reads its own feed, a share is narrowed and revoked,
//! a recognition reaches one person, and a member leaves with a receipt.

use brim_protocol::Role;
use serde_json::json;
use uuid::Uuid;

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_story_on_every_engine() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        story(&s).await;
        s.stop().await;
    }
}

async fn story(s: &TestServer) {
    let c = cast(s, "Riverside").await;
    assert_eq!(c.lead.role, Role::Lead);
    assert_eq!(c.peer.role, Role::PeerSupporter);
    assert_eq!(c.mo.role, Role::Member);
    assert_eq!(c.lead.group_name, "Riverside");

    // Mo shares one item to each audience.
    let [only_summary, to_lead, to_peers, to_all] = [(); 4].map(|()| Uuid::now_v7());
    let ops = vec![
        upsert(
            only_summary,
            1,
            "summary_only",
            check_in_content("2026-03-01", &[("Listening", "People", 3)]),
        ),
        upsert(
            to_lead,
            1,
            "lead",
            skill_content("Budgeting", "Money", Some("Making money last on the street")),
        ),
        upsert(to_peers, 1, "peer_supporters_and_lead", skill_content("Cooking", "Practical", None)),
        upsert(to_all, 1, "whole_group", skill_content("Singing", "Creative", None)),
    ];
    let body = s.sync(&c.mo.device_token, 0, ops.clone()).await;
    assert_eq!(acked(&body).len(), 4, "every share is acknowledged: {body}");
    assert!(body["rejected"].as_array().is_some_and(Vec::is_empty));

    // Each role sees exactly what its audience allows; the owner sees all.
    let mut lead_sees = share_ids(&s.full_feed(&c.lead.device_token).await);
    lead_sees.sort();
    let mut expect = vec![to_lead, to_peers, to_all];
    expect.sort();
    assert_eq!(lead_sees, expect, "the lead sees lead, peer and whole-group shares");
    let mut peer_sees = share_ids(&s.full_feed(&c.peer.device_token).await);
    peer_sees.sort();
    let mut expect = vec![to_peers, to_all];
    expect.sort();
    assert_eq!(peer_sees, expect, "a peer supporter sees peer and whole-group shares");
    assert_eq!(share_ids(&s.full_feed(&c.mia.device_token).await), vec![to_all]);
    assert_eq!(share_ids(&s.full_feed(&c.mo.device_token).await).len(), 4);

    // The same content reads back exactly as shared, with the owner's name.
    let (status, item) = s.get(&format!("/v1/shares/{to_lead}"), &c.lead.device_token).await;
    assert_eq!(status, 200);
    assert_eq!(item["owner_display_name"], "Mo");
    assert_eq!(item["content"]["story"], "Making money last on the street");
    let (status, _) = s.get(&format!("/v1/shares/{to_lead}"), &c.mia.device_token).await;
    assert_eq!(status, 404, "a member cannot read a share meant for the lead");
    let (status, _) = s.get(&format!("/v1/shares/{only_summary}"), &c.lead.device_token).await;
    assert_eq!(status, 404, "a summary-only share is never shown as the member's");
    let (status, mine) = s.get(&format!("/v1/members/{}/shares", c.mo.member_id), &c.mo.device_token).await;
    assert_eq!(status, 200);
    assert_eq!(mine.as_array().map(Vec::len), Some(4), "what my group can see lists all four");

    // Replaying the same batch changes nothing and is acknowledged again.
    let lead_cursor = s.sync(&c.lead.device_token, 0, vec![]).await["cursor"].as_u64().unwrap_or(0);
    let again = s.sync(&c.mo.device_token, 0, ops).await;
    assert_eq!(acked(&again).len(), 4);
    let after = s.sync(&c.lead.device_token, lead_cursor, vec![]).await;
    assert!(after["changes"].as_array().is_some_and(Vec::is_empty), "a replay is not applied again");

    // A recognition reaches only Mo; a member may send one too, to the lead.
    let rec = recognise(c.mo.member_id, "Listening");
    let body = s.sync(&c.peer.device_token, 0, vec![rec]).await;
    assert_eq!(acked(&body).len(), 1, "{body}");
    let mo_feed = s.full_feed(&c.mo.device_token).await;
    let recs: Vec<_> = mo_feed.iter().filter(|c| c["kind"] == "recognition").collect();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["recognition"]["from_display_name"], "Pat");
    assert_eq!(recs[0]["recognition"]["skill"]["name"], "Listening");
    for other in [&c.lead, &c.mia, &c.peer] {
        let feed = s.full_feed(&other.device_token).await;
        assert!(feed.iter().all(|c| c["kind"] != "recognition"), "only Mo sees his recognition");
    }
    let body = s.sync(&c.mia.device_token, 0, vec![recognise(c.lead.member_id, "Kindness")]).await;
    assert_eq!(acked(&body).len(), 1, "a member recognises the lead: {body}");
    let lead_feed = s.full_feed(&c.lead.device_token).await;
    let recs: Vec<_> = lead_feed.iter().filter(|c| c["kind"] == "recognition").collect();
    assert_eq!(recs.len(), 1, "the lead's feed has Mia's recognition");
    assert_eq!(recs[0]["recognition"]["from_display_name"], "Mia");
    assert_eq!(recs[0]["recognition"]["skill"]["name"], "Kindness");

    // Narrowing a share to the lead removes it from the peer supporter's cache.
    let peer_cursor = s.sync(&c.peer.device_token, 0, vec![]).await["cursor"].as_u64().unwrap_or(0);
    let lead_cursor = s.sync(&c.lead.device_token, 0, vec![]).await["cursor"].as_u64().unwrap_or(0);
    s.sync(
        &c.mo.device_token,
        0,
        vec![upsert(to_peers, 2, "lead", skill_content("Cooking", "Practical", Some("For twenty people")))],
    )
    .await;
    let peer_changes = s.sync(&c.peer.device_token, peer_cursor, vec![]).await;
    let peer_changes = peer_changes["changes"].as_array().cloned().unwrap_or_default();
    assert_eq!(removed_ids(&peer_changes), vec![to_peers]);
    assert!(share_ids(&peer_changes).is_empty());
    let lead_changes = s.sync(&c.lead.device_token, lead_cursor, vec![]).await;
    let lead_changes = lead_changes["changes"].as_array().cloned().unwrap_or_default();
    let updated = lead_changes.iter().find(|c| c["kind"] == "share").expect("the lead gets the update");
    assert_eq!(updated["share"]["version"], 2);
    assert_eq!(updated["share"]["content"]["story"], "For twenty people");
    // An older version arriving late loses.
    s.sync(
        &c.mo.device_token,
        0,
        vec![upsert(to_peers, 1, "whole_group", skill_content("Old", "Practical", None))],
    )
    .await;
    let (_, item) = s.get(&format!("/v1/shares/{to_peers}"), &c.lead.device_token).await;
    assert_eq!(item["version"], 2);

    // Revoke: gone from the server, tombstone in every reader's feed.
    let mia_cursor = s.sync(&c.mia.device_token, 0, vec![]).await["cursor"].as_u64().unwrap_or(0);
    let body = s.sync(&c.mo.device_token, 0, vec![revoke(to_all)]).await;
    assert_eq!(acked(&body).len(), 1);
    let mia_changes = s.sync(&c.mia.device_token, mia_cursor, vec![]).await;
    let mia_changes = mia_changes["changes"].as_array().cloned().unwrap_or_default();
    assert_eq!(removed_ids(&mia_changes), vec![to_all]);
    let tomb = mia_changes.iter().find(|c| c["kind"] == "share_removed").expect("tombstone");
    let keys: Vec<&String> = tomb.as_object().map(|o| o.keys().collect()).unwrap_or_default();
    assert_eq!(keys.len(), 3, "a tombstone carries ids only: {tomb}");
    let (status, _) = s.get(&format!("/v1/shares/{to_all}"), &c.mo.device_token).await;
    assert_eq!(status, 404, "revoked content is deleted, even for its owner");
    assert!(!s.admin.export(c.mo.member_id).await.expect("export").to_string().contains("Singing"));
    // An upsert of a revoked share (a late retry) never brings it back.
    s.sync(
        &c.mo.device_token,
        0,
        vec![upsert(to_all, 9, "whole_group", skill_content("Singing", "Creative", None))],
    )
    .await;
    let (status, _) = s.get(&format!("/v1/shares/{to_all}"), &c.mia.device_token).await;
    assert_eq!(status, 404);

    // Open to roles: the lead finds Mia by skill; nobody else may look.
    let body = s
        .sync(&c.mia.device_token, 0, vec![json!({ "id": Uuid::now_v7(), "kind": "set_open_to_roles", "version": 1, "open": true, "skills": ["Cooking", "Listening"] })])
        .await;
    assert_eq!(acked(&body).len(), 1);
    let (status, list) = s.get("/v1/open-to-roles?skill=cook", &c.lead.device_token).await;
    assert_eq!(status, 200);
    assert_eq!(list["members"][0]["display_name"], "Mia");
    let (_, list) = s.get("/v1/open-to-roles?skill=driving", &c.lead.device_token).await;
    assert_eq!(list["members"].as_array().map(Vec::len), Some(0));
    let (status, body) = s.get("/v1/open-to-roles", &c.peer.device_token).await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["code"], "forbidden");

    // The summary: too few members here, so every figure is hidden.
    let (status, summary) = s.get("/v1/summary", &c.lead.device_token).await;
    assert_eq!(status, 200);
    assert_eq!(summary["k"], 5);
    assert!(summary["members_counted"].is_null(), "one sharer is below k: {summary}");
    // Every member sees what the group brings: the very same release.
    let (status, for_mo) = s.get("/v1/summary", &c.mo.device_token).await;
    assert_eq!(status, 200);
    assert_eq!(for_mo, summary);

    // Devices: Mo adds a tablet, lists both, signs the tablet out.
    let (status, tablet) =
        s.post("/v1/devices", Some(&c.mo.device_token), &json!({ "device_name": "Tablet" })).await;
    assert_eq!(status, 200);
    let tablet_token = tablet["device_token"].as_str().expect("token").to_owned();
    let (_, me) = s.get("/v1/me", &tablet_token).await;
    assert_eq!(me["member_id"], json!(c.mo.member_id), "the tablet is the same member");
    let (_, list) = s.get("/v1/devices", &c.mo.device_token).await;
    assert_eq!(list["devices"].as_array().map(Vec::len), Some(2));
    let (status, _) = s
        .delete(
            &format!("/v1/devices/{}", tablet["device_id"].as_str().unwrap_or_default()),
            &c.mo.device_token,
        )
        .await;
    assert_eq!(status, 204);
    let (status, body) = s.get("/v1/me", &tablet_token).await;
    assert_eq!(status, 401, "a revoked device is signed out: {body}");

    // Leave: Mo is erased with a receipt; readers drop his shares.
    let lead_cursor = s.sync(&c.lead.device_token, 0, vec![]).await["cursor"].as_u64().unwrap_or(0);
    let body =
        s.sync(&c.mo.device_token, 0, vec![json!({ "id": Uuid::now_v7(), "kind": "leave_group" })]).await;
    let receipt = &body["erasure_receipt"];
    assert_eq!(receipt["member_id"], json!(c.mo.member_id));
    let mut erased: Vec<Uuid> = serde_json::from_value(receipt["shares_erased"].clone()).expect("ids");
    erased.sort();
    let mut expect = vec![only_summary, to_lead, to_peers];
    expect.sort();
    assert_eq!(erased, expect, "the receipt lists every share erased");
    assert_eq!(receipt["recognitions_erased"], 1);
    assert!(receipt["erased_at"].as_str().is_some_and(|t| t.starts_with("20")));
    let lead_changes = s.sync(&c.lead.device_token, lead_cursor, vec![]).await;
    let lead_changes = lead_changes["changes"].as_array().cloned().unwrap_or_default();
    let mut removed = removed_ids(&lead_changes);
    removed.sort();
    let mut expect = vec![to_lead, to_peers];
    expect.sort();
    assert_eq!(removed, expect, "the lead drops what Mo had shared with her");
    let (status, _) = s.get("/v1/me", &c.mo.device_token).await;
    assert_eq!(status, 401, "a member who left is signed out");
    assert!(matches!(s.admin.export(c.mo.member_id).await, Err(brim_server::Error::NotFound)));
    let members =
        s.admin.run(brim_server::membership::ListMembers { group_id: c.group }).await.expect("list");
    assert_eq!(members.len(), 3);
    assert!(members.iter().all(|m| m.display_name != "Mo"));

    // The admin can erase a member too (a request made in person).
    let receipt = s.admin.erase(c.mia.member_id).await;
    assert_eq!(receipt.member_id, c.mia.member_id);
    assert!(receipt.open_to_roles_erased);
    let (status, _) = s.get("/v1/open-to-roles", &c.lead.device_token).await;
    assert_eq!(status, 200);
    let (_, list) = s.get("/v1/open-to-roles", &c.lead.device_token).await;
    assert_eq!(list["members"].as_array().map(Vec::len), Some(0), "Mia is gone from the list");
    let (status, _) = s.get("/v1/me", &c.mia.device_token).await;
    assert_eq!(status, 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_openapi_describe_the_server() {
    let s = TestServer::start(Engine::Sqlite).await;
    let resp = s.http.get(s.url("/v1/health")).send().await.expect("health");
    assert_eq!(resp.status(), 200);
    let doc = s.document().await;
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    for path in [
        "/v1/join",
        "/v1/sync",
        "/v1/summary",
        "/v1/open-to-roles",
        "/v1/devices",
        "/v1/devices/{device_id}",
        "/v1/shares/{share_id}",
        "/v1/members/{member_id}/shares",
        "/v1/me",
        "/v1/health",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is documented");
    }
    assert!(doc["components"]["schemas"]["SyncRequest"].is_object());
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_feed_arrives_in_pages_with_nothing_skipped() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Pages").await;
        let mut sent = Vec::new();
        for _ in 0..3 {
            let ops: Vec<_> = (0..800)
                .map(|i| {
                    let id = Uuid::now_v7();
                    sent.push(id);
                    upsert(id, 1, "whole_group", skill_content(&format!("Skill {i}"), "People", None))
                })
                .collect();
            let body = s.sync(&c.mo.device_token, 0, ops).await;
            assert_eq!(acked(&body).len(), 800);
        }
        // A recognition in between must not be skipped by paging either.
        s.sync(&c.peer.device_token, 0, vec![recognise(c.mia.member_id, "Patience")]).await;
        let first = s.sync(&c.mia.device_token, 0, vec![]).await;
        assert_eq!(first["has_more"], true, "2,401 changes do not fit in one answer");
        let feed = s.full_feed(&c.mia.device_token).await;
        let mut got = share_ids(&feed);
        got.sort();
        sent.sort();
        assert_eq!(got, sent, "every share arrives exactly once across the pages");
        assert_eq!(feed.iter().filter(|c| c["kind"] == "recognition").count(), 1);
        s.stop().await;
    }
}
