//! What one member may keep on the server is capped: devices signed in,
//! shares, and the tombstones left by revokes of ids the server never held.
//! A revoke of an unknown id is recorded once as applied: sent again, it is
//! acknowledged and stores nothing more. On each engine.

use std::sync::Arc;

use brim_server::store::queries as q;
use brim_server::store::{Conn, Job};
use serde_json::json;
use uuid::Uuid;

use crate::common::*;

fn config(devices: u32, shares: u32) -> brim_server::Config {
    let mut c = test_config();
    c.quotas.devices_per_member = devices;
    c.quotas.shares_per_member = shares;
    c
}

/// (shares, pre-emptive tombstones, applied operations) of one member.
#[derive(Debug)]
struct Held(Uuid);

impl Job for Held {
    type Output = (i64, i64, i64);
    async fn run<C: Conn>(self, c: &mut C) -> brim_server::Result<Self::Output> {
        Ok((
            q::share_count(c, self.0).await?,
            q::preemptive_removal_count(c, self.0).await?,
            q::applied_op_count(c, self.0).await?,
        ))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_has_at_most_so_many_devices() {
    for engine in engines() {
        let s = Arc::new(TestServer::start_with(engine, config(3, 100)).await);
        let c = cast(&s, "Devices").await;
        let token = c.mo.device_token.clone();
        // Eight at once from one device with room for two more: exactly two land.
        let mut tasks = Vec::new();
        for i in 0..8 {
            let (s, token) = (Arc::clone(&s), token.clone());
            tasks.push(tokio::spawn(async move {
                s.post("/v1/devices", Some(&token), &json!({ "device_name": format!("tablet {i}") })).await
            }));
        }
        let mut made = Vec::new();
        for t in tasks {
            let (st, b) = t.await.expect("task");
            match st {
                200 => made.push(b),
                403 => {
                    assert_eq!(b["error"]["code"], "forbidden", "{b}");
                    let message = b["error"]["message"].as_str().unwrap_or_default();
                    assert!(message.contains("Sign one of them out"), "says what to do: {b}");
                }
                other => panic!("{engine:?}: adding a device answered {other}: {b}"),
            }
        }
        assert_eq!(made.len(), 2, "{engine:?}: {made:?}");
        let (st, list) = s.get("/v1/devices", &token).await;
        assert_eq!(st, 200);
        assert_eq!(list["devices"].as_array().map(Vec::len), Some(3), "{list}");
        // Signing one out makes room again.
        let id = made[0]["device_id"].as_str().expect("id");
        let (st, _) = s.delete(&format!("/v1/devices/{id}"), &token).await;
        assert_eq!(st, 204);
        let (st, b) = s.post("/v1/devices", Some(&token), &json!({ "device_name": "laptop" })).await;
        assert_eq!(st, 200, "{b}");
        // Another member's allowance is their own.
        let (st, b) =
            s.post("/v1/devices", Some(&c.mia.device_token), &json!({ "device_name": "tablet" })).await;
        assert_eq!(st, 200, "{b}");
        Arc::try_unwrap(s).expect("one owner").stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_past_the_share_quota_is_413_and_applies_nothing() {
    for engine in engines() {
        let s = TestServer::start_with(engine, config(10, 3)).await;
        let c = cast(&s, "Quota").await;
        let token = c.mo.device_token.clone();
        let ids: Vec<Uuid> = (0..3).map(|_| Uuid::now_v7()).collect();
        let ops =
            ids.iter().map(|id| upsert(*id, 1, "whole_group", skill_content("Cooking", "Practical", None)));
        let body = s.sync(&token, 0, ops.collect()).await;
        assert_eq!(acked(&body).len(), 3, "{body}");

        // One more new share, before a revoke and an update: refused whole.
        // (After the revoke it would fit: the quota counts what is held as
        // each operation is applied.)
        let extra = Uuid::now_v7();
        let batch = vec![
            upsert(extra, 1, "whole_group", skill_content("Drawing", "Creative", None)),
            revoke(ids[0]),
            upsert(ids[1], 2, "whole_group", skill_content("Cooking", "Practical", Some("for forty"))),
        ];
        let (st, b) = s.post("/v1/sync", Some(&token), &json!({ "cursor": 0, "operations": batch })).await;
        assert_eq!(st, 413, "{engine:?}: {b}");
        assert_eq!(b["error"]["code"], "too_large", "{b}");
        assert!(b["error"]["message"].as_str().unwrap_or_default().contains("Take back"), "{b}");
        let (st, _) = s.get(&format!("/v1/shares/{}", ids[0]), &c.mia.device_token).await;
        assert_eq!(st, 200, "{engine:?}: the revoke in the refused sync was not applied");
        let (_, share) = s.get(&format!("/v1/shares/{}", ids[1]), &c.mia.device_token).await;
        assert_eq!(share["version"], 1, "{engine:?}: nor the update");
        assert_eq!(s.admin.run(Held(c.mo.member_id)).await.expect("held").0, 3);

        // The same operations without the new share go through; an update is
        // never refused for the quota; after the revoke there is room again.
        let body = s.sync(&token, 0, batch[1..].to_vec()).await;
        assert_eq!(acked(&body).len(), 2, "{body}");
        let body = s.sync(&token, 0, vec![batch[0].clone()]).await;
        assert_eq!(acked(&body).len(), 1, "{engine:?}: {body}");
        let (st, _) = s.get(&format!("/v1/shares/{extra}"), &c.mia.device_token).await;
        assert_eq!(st, 200);
        // Another member's quota is their own.
        let body = s
            .sync(
                &c.mia.device_token,
                0,
                vec![upsert(Uuid::now_v7(), 1, "lead", skill_content("Maths", "Learning", None))],
            )
            .await;
        assert_eq!(acked(&body).len(), 1, "{body}");
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_revoke_of_an_unknown_id_is_stored_once() {
    for engine in engines() {
        let s = TestServer::start_with(engine, config(10, 5)).await;
        let c = cast(&s, "Replay").await;
        let token = c.mo.device_token.clone();
        let me = c.mo.member_id;
        let ghost = Uuid::now_v7();
        let op = revoke(ghost);
        let body = s.sync(&token, 0, vec![op.clone()]).await;
        assert_eq!(rejected_codes(&body), ["not_found"], "{engine:?}: {body}");
        assert_eq!(
            s.admin.run(Held(me)).await.expect("held"),
            (0, 1, 1),
            "{engine:?}: one tombstone, recorded"
        );

        // The same operation again and again: acknowledged, nothing more stored.
        for _ in 0..5 {
            let body = s.sync(&token, 0, vec![op.clone()]).await;
            assert_eq!(acked(&body), vec![serde_json::from_value::<Uuid>(op["id"].clone()).expect("id")]);
        }
        // A new operation revoking the same id: also nothing more.
        let body = s.sync(&token, 0, vec![revoke(ghost)]).await;
        assert_eq!(acked(&body).len(), 1, "{body}");
        assert_eq!(s.admin.run(Held(me)).await.expect("held"), (0, 1, 2), "{engine:?}");
        // The revoke still wins over the upsert that arrives after it.
        let body = s
            .sync(
                &token,
                0,
                vec![upsert(ghost, 1, "whole_group", skill_content("Singing", "Creative", None))],
            )
            .await;
        assert_eq!(acked(&body).len(), 1, "{body}");
        let (st, _) = s.get(&format!("/v1/shares/{ghost}"), &c.mia.device_token).await;
        assert_eq!(st, 404, "{engine:?}: the revoked share landed");

        // Revokes of ever new made-up ids leave at most the quota in tombstones.
        let many: Vec<_> = (0..20).map(|_| revoke(Uuid::now_v7())).collect();
        let body = s.sync(&token, 0, many).await;
        assert_eq!(rejected_codes(&body), vec!["not_found"; 20], "{body}");
        let (_, tombstones, _) = s.admin.run(Held(me)).await.expect("held");
        assert_eq!(tombstones, 5, "{engine:?}: tombstones past the cap were stored");
        s.stop().await;
    }
}
