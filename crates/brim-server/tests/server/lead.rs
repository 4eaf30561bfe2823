//! The lead runs the group over HTTP: invites (made, used, listed, revoked),
//! the member list, roles, and removing a member, whose devices then get the
//! same erasure receipt as leaving on their next sync. Each route is the
//! lead's own: everyone else gets 404.

use brim_protocol::Role;
use brim_server::membership::ListInvites;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::*;

async fn make_invite(s: &TestServer, token: &str, body: Value) -> (u16, Value) {
    s.post("/v1/invites", Some(token), &body).await
}

async fn try_join(s: &TestServer, code: &str, name: &str) -> (u16, Value) {
    s.post("/v1/join", None, &json!({ "invite_code": code, "display_name": name, "device_name": "phone" }))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_makes_invites_that_work_once_and_can_revoke_them() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Invites").await;
        let lead = &c.lead.device_token;

        // Single use and a week by default.
        let (st, made) = make_invite(&s, lead, json!({ "role": "member" })).await;
        assert_eq!(st, 201, "{made}");
        assert_eq!(made["max_uses"], 1);
        assert_eq!(made["role"], "member");
        let expires =
            chrono::DateTime::parse_from_rfc3339(made["expires_at"].as_str().expect("expiry")).expect("date");
        let days = (expires.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_hours();
        assert!((7 * 24 - 1..=7 * 24).contains(&days), "a week: {days} hours");
        let code = made["code"].as_str().expect("code").to_owned();
        let (st, joined) = try_join(&s, &code, "Nia").await;
        assert_eq!(st, 200, "{joined}");
        assert_eq!(joined["role"], "member");
        assert_eq!(joined["group_id"], json!(c.group));
        let (st, again) = try_join(&s, &code, "Noor").await;
        assert_eq!((st, again["error"]["code"].as_str()), (410, Some("invite_used_up")), "{again}");

        // A peer supporter's invite for three, for two days; then revoked after one use.
        let (st, made) =
            make_invite(&s, lead, json!({ "role": "peer_supporter", "max_uses": 3, "valid_days": 2 })).await;
        assert_eq!(st, 201, "{made}");
        let peer_code = made["code"].as_str().expect("code").to_owned();
        let (st, joined) = try_join(&s, &peer_code.to_lowercase(), "Pia").await;
        assert_eq!((st, joined["role"].as_str()), (200, Some("peer_supporter")), "{joined}");
        let (st, _) =
            s.delete(&format!("/v1/invites/{}", made["invite_id"].as_str().expect("id")), lead).await;
        assert_eq!(st, 204);
        let (st, refused) = try_join(&s, &peer_code, "Pip").await;
        assert_eq!((st, refused["error"]["code"].as_str()), (410, Some("invite_revoked")), "{refused}");

        // The list: newest first, states right, no codes, no lead invites.
        let open = make_invite(&s, lead, json!({ "role": "member", "max_uses": 5 })).await.1;
        let (st, list) = s.get("/v1/invites", lead).await;
        assert_eq!(st, 200, "{list}");
        let states: Vec<(&str, &str, u64)> = list["invites"]
            .as_array()
            .expect("invites")
            .iter()
            .take(3)
            .map(|i| (i["role"].as_str().unwrap(), i["state"].as_str().unwrap(), i["uses"].as_u64().unwrap()))
            .collect();
        assert_eq!(
            states,
            [("member", "open", 0), ("peer_supporter", "revoked", 1), ("member", "used_up", 1)]
        );
        assert_eq!(list["invites"][0]["invite_id"], open["invite_id"]);
        let text = list.to_string();
        for secret in [code.as_str(), peer_code.as_str(), open["code"].as_str().unwrap()] {
            assert!(!text.contains(secret) && !text.contains(&secret.replace('-', "")), "a code in the list");
        }
        assert!(list["invites"].as_array().unwrap().iter().all(|i| i["role"] != "lead"), "{list}");
        // The admin's own invites (cast's peer and members) are listed too; the lead's is not.
        let all = s.admin.run(ListInvites { group_id: c.group }).await.expect("invites");
        let not_lead = all.iter().filter(|i| i.1 != Role::Lead).count();
        assert_eq!(list["invites"].as_array().unwrap().len(), not_lead);

        // What a lead may not make: a lead, none or too many uses, too many days.
        for bad in [
            json!({ "role": "lead" }),
            json!({ "role": "member", "max_uses": 0 }),
            json!({ "role": "member", "max_uses": 101 }),
            json!({ "role": "member", "valid_days": 0 }),
            json!({ "role": "member", "valid_days": 31 }),
            json!({ "role": "boss" }),
            json!({}),
        ] {
            let (st, b) = make_invite(&s, lead, bad.clone()).await;
            assert_eq!((st, b["error"]["code"].as_str()), (422, Some("invalid")), "{bad}: {b}");
        }
        let after = s.admin.run(ListInvites { group_id: c.group }).await.expect("invites");
        assert_eq!(after.len(), all.len(), "a refused invite was stored");
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_lists_members_and_makes_one_a_peer_supporter_and_back() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Roles").await;
        let lead = &c.lead.device_token;
        let (st, list) = s.get("/v1/members", lead).await;
        assert_eq!(st, 200, "{list}");
        let rows = member_rows(&list);
        assert_eq!(
            rows,
            [
                ("Lena", "lead", true),
                ("Pat", "peer_supporter", false),
                ("Mo", "member", false),
                ("Mia", "member", false)
            ]
        );
        assert!(
            list["members"][0]["joined_at"]
                .as_str()
                .is_some_and(|t| chrono::DateTime::parse_from_rfc3339(t).is_ok())
        );

        // Pat shares with peer supporters and the lead; Mo cannot see it yet.
        let for_peers = Uuid::now_v7();
        s.sync(
            &c.peer.device_token,
            0,
            vec![upsert(for_peers, 1, "peer_supporters_and_lead", skill_content("Calm", "People", None))],
        )
        .await;
        let mo_before = s.sync(&c.mo.device_token, 0, vec![]).await;
        assert_eq!(mo_before["role"], "member");
        assert!(!share_ids(mo_before["changes"].as_array().unwrap()).contains(&for_peers));

        let (st, changed) = s
            .put(&format!("/v1/members/{}/role", c.mo.member_id), lead, &json!({ "role": "peer_supporter" }))
            .await;
        assert_eq!(st, 200, "{changed}");
        assert_eq!(changed["role"], "peer_supporter");
        // The next sync says so, and a feed from the start now holds the peer supporters' share.
        let cursor = mo_before["cursor"].as_u64().unwrap();
        let next = s.sync(&c.mo.device_token, cursor, vec![]).await;
        assert_eq!(next["role"], "peer_supporter", "{next}");
        assert!(share_ids(&s.full_feed(&c.mo.device_token).await).contains(&for_peers));
        // A peer supporter may recognise someone now.
        let rec = s.sync(&c.mo.device_token, 0, vec![recognise(c.mia.member_id, "Patience")]).await;
        assert_eq!(rec["acknowledged"].as_array().map(Vec::len), Some(1), "{rec}");
        // Setting the same role again changes nothing and says so.
        let (st, same) = s
            .put(&format!("/v1/members/{}/role", c.mo.member_id), lead, &json!({ "role": "peer_supporter" }))
            .await;
        assert_eq!((st, same["role"].as_str()), (200, Some("peer_supporter")));

        // And back.
        let (st, back) =
            s.put(&format!("/v1/members/{}/role", c.mo.member_id), lead, &json!({ "role": "member" })).await;
        assert_eq!((st, back["role"].as_str()), (200, Some("member")), "{back}");
        let feed = s.full_feed(&c.mo.device_token).await;
        assert!(!share_ids(&feed).contains(&for_peers), "a member again sees only what members may");
        let export = s.admin.export(c.mo.member_id).await.expect("export");
        assert_eq!(export["member"]["role"], "member");

        // A lead is not a role a lead can give; a lead's role is not theirs to change.
        let (st, b) =
            s.put(&format!("/v1/members/{}/role", c.mo.member_id), lead, &json!({ "role": "lead" })).await;
        assert_eq!((st, b["error"]["code"].as_str()), (422, Some("invalid")), "{b}");
        let (st, b) = s
            .put(&format!("/v1/members/{}/role", c.lead.member_id), lead, &json!({ "role": "member" }))
            .await;
        assert_eq!((st, b["error"]["code"].as_str()), (403, Some("forbidden")), "{b}");
        let other_lead = s.admin.invite(c.group, Role::Lead, 1).await;
        let other_lead = s.join(&other_lead.code, "Lou").await;
        let (st, b) = s
            .put(&format!("/v1/members/{}/role", other_lead.member_id), lead, &json!({ "role": "member" }))
            .await;
        assert_eq!((st, b["error"]["code"].as_str()), (403, Some("forbidden")), "{b}");
        let (st, b) = s.delete(&format!("/v1/members/{}", other_lead.member_id), lead).await;
        assert_eq!((st, b["error"]["code"].as_str()), (403, Some("forbidden")), "{b}");
        let (st, b) = s.delete(&format!("/v1/members/{}", c.lead.member_id), lead).await;
        assert_eq!((st, b["error"]["code"].as_str()), (403, Some("forbidden")), "{b}");
        assert!(b["error"]["message"].as_str().unwrap().contains("Leave the group"), "{b}");
        for id in [c.lead.member_id, other_lead.member_id] {
            let export = s.admin.export(id).await.expect("a lead is still there");
            assert_eq!(export["member"]["role"], "lead");
        }
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_member_is_erased_and_their_phones_get_the_receipt_on_their_next_sync() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Removal").await;
        let lead = &c.lead.device_token;
        // Mia shares for the whole group and the lead, is open to roles, and has a second phone.
        let (whole, for_lead) = (Uuid::now_v7(), Uuid::now_v7());
        let open = json!({ "id": Uuid::now_v7(), "kind": "set_open_to_roles", "version": 1, "open": true, "skills": ["Cooking"] });
        s.sync(
            &c.mia.device_token,
            0,
            vec![
                upsert(whole, 1, "whole_group", skill_content("Cooking", "Practical", Some("for forty"))),
                upsert(for_lead, 1, "lead", skill_content("Budgeting", "Money", None)),
                open,
            ],
        )
        .await;
        s.sync(&c.peer.device_token, 0, vec![recognise(c.mia.member_id, "Cooking")]).await;
        let (st, second) =
            s.post("/v1/devices", Some(&c.mia.device_token), &json!({ "device_name": "tablet" })).await;
        assert_eq!(st, 200, "{second}");
        let second = second["device_token"].as_str().expect("token").to_owned();
        let mo_cursor = s.sync(&c.mo.device_token, 0, vec![]).await["cursor"].as_u64().unwrap();

        let (st, b) = s.delete(&format!("/v1/members/{}", c.mia.member_id), lead).await;
        assert_eq!(st, 204, "{b}");

        // Gone from the server, as if she had left.
        assert!(s.admin.export(c.mia.member_id).await.is_err(), "the member is erased");
        let (_, list) = s.get("/v1/members", lead).await;
        assert!(!list.to_string().contains(&c.mia.member_id.to_string()), "{list}");
        let mo_next = s.sync(&c.mo.device_token, mo_cursor, vec![]).await;
        assert!(
            removed_ids(mo_next["changes"].as_array().unwrap()).contains(&whole),
            "readers drop her shares: {mo_next}"
        );
        let (st, _) = s.get(&format!("/v1/shares/{whole}"), &c.mo.device_token).await;
        assert_eq!(st, 404);

        // Each of her phones gets the receipt on its next sync, with what it carried unapplied;
        // asked again (an answer lost on the way), the same receipt.
        let late = upsert(Uuid::now_v7(), 1, "whole_group", skill_content("Late", "People", None));
        let first = s.sync(&c.mia.device_token, 0, vec![late]).await;
        let receipt = &first["erasure_receipt"];
        assert_eq!(receipt["removed_by_lead"], true, "{first}");
        assert_eq!(receipt["member_id"], json!(c.mia.member_id));
        assert_eq!(receipt["group_id"], json!(c.group));
        let erased: Vec<Uuid> = serde_json::from_value(receipt["shares_erased"].clone()).unwrap();
        assert_eq!(erased.len(), 2);
        assert!(erased.contains(&whole) && erased.contains(&for_lead));
        assert_eq!(receipt["devices_erased"], 2);
        assert_eq!(receipt["recognitions_erased"], 1);
        assert_eq!(receipt["open_to_roles_erased"], true);
        assert_eq!(first["acknowledged"], json!([]));
        assert_eq!(first["changes"], json!([]));
        assert!(first.get("role").is_none(), "{first}");
        let again = s.sync(&c.mia.device_token, 0, vec![]).await;
        assert_eq!(again["erasure_receipt"], *receipt);
        let other_phone = s.sync(&second, 7, vec![]).await;
        assert_eq!(other_phone["erasure_receipt"], *receipt);
        // Every other request of hers is simply not signed in.
        for path in ["/v1/me", "/v1/devices"] {
            let (st, _) = s.get(path, &c.mia.device_token).await;
            assert_eq!(st, 401, "{path}");
        }
        // Nothing came back with the late share.
        assert_eq!(s.full_feed(&c.mo.device_token).await.iter().filter(|ch| ch["kind"] == "share" && ch["share"]["owner_member_id"] == json!(c.mia.member_id)).count(), 0);

        // Someone erased by the operator (not the lead) gets the plain 401, as before;
        // so does a made-up token.
        s.admin.erase(c.mo.member_id).await;
        let (st, b) = s.post("/v1/sync", Some(&c.mo.device_token), &json!({ "cursor": 0 })).await;
        assert_eq!((st, b["error"]["code"].as_str()), (401, Some("unauthorized")), "{b}");
        let (st, _) = s.post("/v1/sync", Some("brim_made_up"), &json!({ "cursor": 0 })).await;
        assert_eq!(st, 401);
        // Removing her again, or anyone unknown: not found.
        let (st, _) = s.delete(&format!("/v1/members/{}", c.mia.member_id), lead).await;
        assert_eq!(st, 404);
        s.stop().await;
    }
}

/// Every lead route, for everyone but the group's lead: 404, exactly as an
/// id that never existed, and nothing changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_groups_own_lead_reaches_the_lead_routes() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let a = cast(&s, "Alpha").await;
        let b = cast(&s, "Beta").await;
        let (_, invite) =
            make_invite(&s, &a.lead.device_token, json!({ "role": "member", "max_uses": 3 })).await;
        let invite_id = invite["invite_id"].as_str().expect("id").to_owned();
        let closes = (chrono::Utc::now().date_naive() + chrono::Days::new(30)).to_string();
        let (st, posted) = s
            .post(
                "/v1/opportunities",
                Some(&a.lead.device_token),
                &json!({ "title": "Interview panel", "closes_on": closes }),
            )
            .await;
        assert_eq!(st, 201, "{posted}");
        let opportunity_id = posted["opportunity_id"].as_str().expect("id").to_owned();
        let before = (
            s.get("/v1/invites", &a.lead.device_token).await,
            s.get("/v1/members", &a.lead.device_token).await,
        );
        let mut tried = 0;
        for attacker in [&a.mo, &a.peer, &b.lead, &b.mo] {
            let t = &attacker.device_token;
            let requests: Vec<(&str, String, Option<Value>)> = vec![
                ("GET", "/v1/invites".into(), None),
                ("GET", "/v1/members".into(), None),
                ("POST", "/v1/invites".into(), Some(json!({ "role": "member" }))),
                ("POST", "/v1/invites".into(), Some(json!({ "role": "lead" }))),
                ("DELETE", format!("/v1/invites/{invite_id}"), None),
                (
                    "PUT",
                    format!("/v1/members/{}/role", a.mia.member_id),
                    Some(json!({ "role": "peer_supporter" })),
                ),
                ("PUT", format!("/v1/members/{}/role", a.lead.member_id), Some(json!({ "role": "member" }))),
                ("DELETE", format!("/v1/members/{}", a.mia.member_id), None),
                ("DELETE", format!("/v1/members/{}", a.lead.member_id), None),
                (
                    "POST",
                    "/v1/opportunities".into(),
                    Some(json!({ "title": "Made up", "closes_on": closes })),
                ),
                ("DELETE", format!("/v1/opportunities/{opportunity_id}"), None),
            ];
            for (method, path, body) in requests {
                let lists = path == "/v1/invites" || path == "/v1/members";
                if attacker.role == Role::Lead && path == "/v1/opportunities" {
                    // Another group's lead posts on their own board, never on ours.
                    let (st, _) = s.post(&path, Some(t), body.as_ref().expect("body")).await;
                    assert_eq!(st, 201);
                    continue;
                }
                if attacker.role == Role::Lead && lists {
                    // Another group's lead lists their own group: none of ours in it.
                    let (st, got) = s.get(&path, t).await;
                    assert_eq!(st, 200);
                    let text = got.to_string();
                    assert!(
                        !text.contains(&invite_id) && !text.contains(&a.mia.member_id.to_string()),
                        "{text}"
                    );
                    if method == "POST" {
                        continue;
                    }
                    continue;
                }
                let mut req = s.http.request(method.parse().unwrap(), s.url(&path)).bearer_auth(t);
                if let Some(body) = &body {
                    req = req.json(body);
                }
                let (st, got) = read(req.send().await.expect("request")).await;
                assert_eq!(
                    st,
                    404,
                    "{method} {path} by {:?} of {}: {got}",
                    attacker.role,
                    if attacker.member_id == b.lead.member_id || attacker.member_id == b.mo.member_id {
                        "Beta"
                    } else {
                        "Alpha"
                    }
                );
                assert_eq!(got["error"]["code"], "not_found");
                tried += 1;
            }
        }
        assert!(tried >= 36, "{tried}");
        // Alpha's board still holds its one opportunity, and Beta's post is on Beta's.
        let (_, board) = s.get("/v1/board", &a.mo.device_token).await;
        let titles: Vec<&str> = board["opportunities"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(|o| o["title"].as_str())
            .collect();
        assert_eq!(titles, ["Interview panel"], "{board}");
        let (_, theirs) = s.get("/v1/board", &b.mo.device_token).await;
        assert!(!theirs.to_string().contains(&opportunity_id), "{theirs}");
        let after = (
            s.get("/v1/invites", &a.lead.device_token).await,
            s.get("/v1/members", &a.lead.device_token).await,
        );
        assert_eq!(before, after, "nothing changed");
        let (st, _) = try_join(&s, invite["code"].as_str().unwrap(), "Still works").await;
        assert_eq!(st, 200, "the invite was not revoked");
        s.stop().await;
    }
}
