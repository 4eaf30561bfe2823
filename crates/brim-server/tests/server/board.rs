//! The group's board: everyone in the group and the lead's co-production
//! opportunities, for every member. A sync answer names the board's version,
//! which moves when (and only when) the board changes; a member answers an
//! opportunity with a share to the lead, and nobody else ever sees it.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::*;

fn day(from_today: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(from_today)).to_string()
}

async fn board_version(s: &TestServer, token: &str) -> u64 {
    let body = s.sync(token, 0, vec![]).await;
    body["board"].as_u64().unwrap_or_else(|| panic!("a sync names the board's version: {body}"))
}

fn answer(opportunity: &str, title: &str, skills: &[&str]) -> Value {
    json!({
        "type": "answer",
        "opportunity_id": opportunity,
        "title": title,
        "skills": skills.iter().map(|s| json!({ "skill": { "name": s, "area": "People" }, "story": null })).collect::<Vec<_>>(),
        "note": "I sat on a panel at my hostel.",
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_member_sees_the_group_and_its_opportunities_and_answers_reach_the_lead_alone() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Board").await;
        let (lead, mo) = (c.lead.device_token.as_str(), c.mo.device_token.as_str());

        // Everyone, in the order they joined, to every member: Mo can notice
        // Mia's skill although Mia has shared nothing.
        let (st, board) = s.get("/v1/board", mo).await;
        assert_eq!(st, 200, "{board}");
        let names = member_rows(&board);
        assert_eq!(
            names,
            [
                ("Lena", "lead", false),
                ("Pat", "peer_supporter", false),
                ("Mo", "member", true),
                ("Mia", "member", false)
            ]
        );
        assert_eq!(board["opportunities"], json!([]));
        let v0 = board_version(&s, mo).await;
        assert_eq!(board["version"].as_u64(), Some(v0), "the board and the sync name the same version");

        // A share moves the feed, not the board.
        s.sync(
            mo,
            0,
            vec![upsert(Uuid::now_v7(), 1, "whole_group", skill_content("Cooking", "Practical", None))],
        )
        .await;
        assert_eq!(board_version(&s, mo).await, v0, "a share leaves the board as it was");

        // The lead posts; every member's next sync names a new version.
        let post = json!({
            "title": "  Interview panel for a support worker ",
            "about": "Tuesday 10am at the hub. Lunch provided.",
            "skills": ["Listening", "Fairness"],
            "closes_on": day(10),
        });
        let (st, posted) = s.post("/v1/opportunities", Some(lead), &post).await;
        assert_eq!(st, 201, "{posted}");
        assert_eq!(posted["title"], "Interview panel for a support worker", "trimmed");
        let opportunity = posted["opportunity_id"].as_str().expect("id").to_owned();
        let v1 = board_version(&s, mo).await;
        assert!(v1 > v0, "{v0} → {v1}");
        let (_, board) = s.get("/v1/board", &c.mia.device_token).await;
        assert_eq!(board["opportunities"][0]["opportunity_id"], json!(opportunity));
        // What the server holds about the lead says so; nobody else's does.
        let export = s.admin.export(c.lead.member_id).await.expect("export");
        assert_eq!(export["opportunities_posted"][0]["opportunity_id"], json!(opportunity), "{export}");
        assert_eq!(export["opportunities_posted"][0]["about"], post["about"]);
        let open = json!({ "id": Uuid::now_v7(), "kind": "set_open_to_roles", "version": 1,
                           "open": true, "skills": ["Listening"], "recruit": true });
        assert_eq!(acked(&s.sync(mo, 0, vec![open]).await).len(), 1);
        let export = s.admin.export(c.mo.member_id).await.expect("export");
        assert_eq!(export["opportunities_posted"], json!([]));
        assert_eq!(export["open_to_roles"]["recruit"], json!(true), "{export}");
        assert_eq!(board["opportunities"][0]["skills"], json!(["Listening", "Fairness"]));
        assert_eq!(board["version"].as_u64(), Some(v1));

        // Mo answers it with two skills, to the lead. Pat and Mia never see it.
        let share = Uuid::now_v7();
        let title = "Interview panel for a support worker";
        let body = s
            .sync(
                mo,
                0,
                vec![upsert(share, 1, "lead", answer(&opportunity, title, &["Listening", "Patience"]))],
            )
            .await;
        assert_eq!(acked(&body).len(), 1, "{body}");
        let lead_feed = s.full_feed(lead).await;
        let got = lead_feed
            .iter()
            .find(|ch| ch["share"]["share_id"] == json!(share))
            .expect("the lead has the answer");
        assert_eq!(got["share"]["content"]["type"], "answer");
        assert_eq!(got["share"]["content"]["skills"][1]["skill"]["name"], "Patience");
        assert_eq!(got["share"]["owner_display_name"], "Mo");
        for other in [&c.peer.device_token, &c.mia.device_token] {
            let feed = s.full_feed(other).await;
            assert!(!share_ids(&feed).contains(&share), "an answer is the lead's alone");
        }
        // An answer is never sent to the whole group, even by a hand-made request.
        let wide = upsert(Uuid::now_v7(), 1, "whole_group", answer(&opportunity, title, &["Listening"]));
        let body = s.sync(mo, 0, vec![wide]).await;
        assert_eq!(rejected_codes(&body), ["invalid"], "{body}");
        let no_skill = upsert(Uuid::now_v7(), 1, "lead", answer(&opportunity, title, &[]));
        assert_eq!(rejected_codes(&s.sync(mo, 0, vec![no_skill]).await), ["invalid"]);

        // Joining and a role change move the board too.
        let invite = s.admin.invite(c.group, brim_protocol::Role::Member, 1).await;
        s.join(&invite.code, "Noor").await;
        let v2 = board_version(&s, mo).await;
        assert!(v2 > v1);
        let (st, _) = s
            .put(&format!("/v1/members/{}/role", c.mia.member_id), lead, &json!({ "role": "peer_supporter" }))
            .await;
        assert_eq!(st, 200);
        let v3 = board_version(&s, mo).await;
        assert!(v3 > v2);

        // Taken down: gone from the board; Mo's answer stays until Mo takes it back.
        let (st, _) = s.delete(&format!("/v1/opportunities/{opportunity}"), lead).await;
        assert_eq!(st, 204);
        let (_, board) = s.get("/v1/board", mo).await;
        assert_eq!(board["opportunities"], json!([]));
        assert!(board["version"].as_u64().unwrap() > v3);
        assert!(share_ids(&s.full_feed(lead).await).contains(&share), "the answer is Mo's to take back");
        let body = s.sync(mo, 0, vec![revoke(share)]).await;
        assert_eq!(acked(&body).len(), 1);
        assert!(!share_ids(&s.full_feed(lead).await).contains(&share), "taken back");
        let (st, _) = s.delete(&format!("/v1/opportunities/{opportunity}"), lead).await;
        assert_eq!(st, 404, "taking it down twice finds nothing");
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_opportunity_that_does_not_fit_is_refused_in_words_that_say_what_to_do() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Posts").await;
        let lead = c.lead.device_token.as_str();
        for (body, says) in [
            (json!({ "title": "Panel", "closes_on": day(-3) }), "from today"),
            (json!({ "title": "Panel", "closes_on": day(400) }), "a year ahead"),
            (json!({ "title": "Panel", "closes_on": "next week" }), "2026-03-31"),
            (json!({ "title": "   ", "closes_on": day(5) }), "title"),
            (json!({ "title": "x".repeat(201), "closes_on": day(5) }), "200"),
            (json!({ "title": "Panel", "closes_on": day(5), "skills": vec!["Listening"; 51] }), "50"),
            (json!({ "title": "Panel", "closes_on": day(5), "colour": "red" }), "colour"),
        ] {
            let (st, got) = s.post("/v1/opportunities", Some(lead), &body).await;
            assert_eq!(st, 422, "{body}: {got}");
            assert!(got["error"]["message"].as_str().unwrap_or_default().contains(says), "{body}: {got}");
        }
        // Closing today is fine; a group holds 50 open at once.
        for i in 0..50 {
            let (st, got) = s
                .post(
                    "/v1/opportunities",
                    Some(lead),
                    &json!({ "title": format!("Panel {i}"), "closes_on": day(0) }),
                )
                .await;
            assert_eq!(st, 201, "{got}");
        }
        let (st, full) = s
            .post("/v1/opportunities", Some(lead), &json!({ "title": "One more", "closes_on": day(1) }))
            .await;
        assert_eq!(st, 413, "{full}");
        assert!(full["error"]["message"].as_str().unwrap().contains("Take one down"), "{full}");
        let (_, board) = s.get("/v1/board", &c.mo.device_token).await;
        assert_eq!(board["opportunities"].as_array().unwrap().len(), 50);
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_who_leaves_takes_their_opportunities_with_them() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Leaving").await;
        let marker = format!("Panel {}", Uuid::now_v7());
        let (st, _) = s
            .post(
                "/v1/opportunities",
                Some(&c.lead.device_token),
                &json!({ "title": marker, "closes_on": day(9) }),
            )
            .await;
        assert_eq!(st, 201);
        let before = board_version(&s, &c.mo.device_token).await;
        s.admin.erase(c.lead.member_id).await;
        let (_, board) = s.get("/v1/board", &c.mo.device_token).await;
        assert_eq!(board["opportunities"], json!([]), "{board}");
        assert!(!board.to_string().contains("Lena"), "{board}");
        assert!(board["version"].as_u64().unwrap() > before);
        s.stop().await;
    }
}
