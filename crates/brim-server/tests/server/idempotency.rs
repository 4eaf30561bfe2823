//! Idempotency: any batch, replayed 1–10 times in any order and split into
//! requests any way, leaves the same server state as applying it once.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config as PropConfig, TestRunner};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::*;

/// An operation on one of a few shares, by index, so the same batch can be
/// played by two members with different concrete ids.
#[derive(Debug, Clone)]
enum Step {
    Upsert { share: usize, audience: usize, text: u8 },
    Revoke { share: usize },
    Open { open: bool, skill: u8 },
}

const AUDIENCES: [&str; 4] = ["summary_only", "lead", "peer_supporters_and_lead", "whole_group"];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        5 => (0..4usize, 0..4usize, any::<u8>()).prop_map(|(share, audience, text)| Step::Upsert { share, audience, text }),
        2 => (0..4usize).prop_map(|share| Step::Revoke { share }),
        1 => (any::<bool>(), any::<u8>()).prop_map(|(open, skill)| Step::Open { open, skill }),
    ]
}

/// Concrete operations: op ids and versions fixed once, so replays are true replays.
fn operations(steps: &[Step], shares: &[Uuid]) -> Vec<Value> {
    steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let version = i as u64 + 1;
            match s {
                Step::Upsert { share, audience, text } => upsert(
                    shares[*share],
                    version,
                    AUDIENCES[*audience],
                    skill_content(&format!("Skill {text}"), "People", Some(&format!("story {text}"))),
                ),
                Step::Revoke { share } => revoke(shares[*share]),
                Step::Open { open, skill } => json!({
                    "id": Uuid::now_v7(), "kind": "set_open_to_roles", "version": version,
                    "open": open, "skills": [format!("Skill {skill}")],
                }),
            }
        })
        .collect()
}

/// The state of a member, with their share ids replaced by indexes.
async fn state(s: &TestServer, member: Uuid, shares: &[Uuid]) -> Value {
    let mut export = s.admin.export(member).await.expect("export");
    let index = |id: &Value| shares.iter().position(|s| json!(s) == *id).map_or(json!("other"), |i| json!(i));
    let mut live: Vec<Value> = export["shares"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|sh| json!({ "share": index(&sh["share_id"]), "audience": sh["audience"], "version": sh["version"], "content": sh["content"] }))
        .collect();
    live.sort_by_key(|v| v["share"].to_string());
    let mut revoked: Vec<String> = export["revoked_share_ids"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|id| index(id).to_string())
        .collect();
    revoked.sort();
    revoked.dedup();
    json!({ "shares": live, "revoked": revoked, "open_to_roles": export["open_to_roles"].take() })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replaying_a_batch_in_any_order_gives_the_same_state() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let g = s.admin.create_group("Replay").await;
        let invite = s.admin.invite(g.group_id, brim_protocol::Role::Member, 10_000).await;
        let mut runner = TestRunner::new(PropConfig { cases: 24, ..PropConfig::default() });
        let strategy = (prop::collection::vec(step(), 1..12), 1..=10usize, any::<u64>());
        // The property runs async code: collect the cases first, then check each.
        let mut cases = Vec::new();
        for _ in 0..24 {
            cases.push(strategy.new_tree(&mut runner).expect("case").current());
        }
        for (steps, times, seed) in cases {
            let once = s.join(&invite.code, "Once").await;
            let many = s.join(&invite.code, "Many").await;
            let ids_once: Vec<Uuid> = (0..4).map(|_| Uuid::now_v7()).collect();
            let ids_many: Vec<Uuid> = (0..4).map(|_| Uuid::now_v7()).collect();
            s.sync(&once.device_token, 0, operations(&steps, &ids_once)).await;
            // The same batch (same op ids) sent `times` times, shuffled together and
            // cut into requests of random sizes.
            let batch = operations(&steps, &ids_many);
            let mut all: Vec<Value> = (0..times).flat_map(|_| batch.clone()).collect();
            let mut rng = fastrand::Rng::with_seed(seed);
            rng.shuffle(&mut all);
            while !all.is_empty() {
                let n = rng.usize(1..=all.len());
                let chunk: Vec<Value> = all.drain(..n).collect();
                s.sync(&many.device_token, 0, chunk).await;
            }
            let a = state(&s, once.member_id, &ids_once).await;
            let b = state(&s, many.member_id, &ids_many).await;
            assert_eq!(a, b, "steps {steps:?} replayed {times} times (seed {seed}) changed the outcome");
        }
        s.stop().await;
    }
}
