//! Feed cursors are per reader and opaque: what a reader may not see never
//! moves their cursor, never fills their page, and their cursor's bytes do
//! not count anything; every change and tombstone they may see still
//! arrives exactly once; and a cursor the server cannot read (an old plain
//! position from an app in the field, another reader's, a guess) starts the
//! feed again from the beginning instead of skipping anything.

use brim_protocol::Role;
use serde_json::Value;
use uuid::Uuid;

use crate::common::*;

/// Enciphered cursors carry this bit; plain positions never reach it.
const MARK: u64 = 1 << 62;

fn changes(body: &Value) -> Vec<Value> {
    body["changes"].as_array().cloned().unwrap_or_default()
}

fn cursor(body: &Value) -> u64 {
    body["cursor"].as_u64().expect("cursor")
}

fn opaque(c: u64) {
    assert!((MARK..MARK << 1).contains(&c), "an opaque cursor, not a count: {c}");
}

#[tokio::test]
async fn what_a_reader_cannot_see_leaves_their_cursor_exactly_as_it_was() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Riverside").await;
        let (mo, mia, lead, peer) =
            (&c.mo.device_token, &c.mia.device_token, &c.lead.device_token, &c.peer.device_token);

        let first = Uuid::now_v7();
        s.sync(mo, 0, vec![upsert(first, 1, "whole_group", skill_content("Singing", "Creative", None))])
            .await;
        let body = s.sync(mia, 0, vec![]).await;
        assert_eq!(share_ids(&changes(&body)), vec![first]);
        let before = cursor(&body);
        opaque(before);
        let lead_before = cursor(&s.sync(lead, 0, vec![]).await);

        // Everything that happens now is hidden from Mia.
        let (for_lead, for_peers, for_summary) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        s.sync(
            mo,
            0,
            vec![
                upsert(for_lead, 1, "lead", skill_content("Budgeting", "Money", Some("Rent every week"))),
                upsert(for_peers, 1, "peer_supporters_and_lead", skill_content("Cooking", "Practical", None)),
                upsert(
                    for_summary,
                    1,
                    "summary_only",
                    check_in_content("2026-11-01", &[("Listening", "People", 4)]),
                ),
            ],
        )
        .await;
        s.sync(mo, 0, vec![upsert(for_lead, 2, "lead", skill_content("Budgeting", "Money", None))]).await;
        s.sync(mo, 0, vec![revoke(for_peers)]).await;
        s.sync(peer, 0, vec![recognise(c.mo.member_id, "Listening")]).await;
        s.sync(lead, 0, vec![recognise(c.peer.member_id, "Patience")]).await;
        s.sync(
            lead,
            0,
            vec![upsert(Uuid::now_v7(), 1, "lead", skill_content("Planning", "Organising", None))],
        )
        .await;
        // Someone joins, shares only with the lead, and is erased.
        let newcomer = s.join(&s.admin.invite(c.group, Role::Member, 1).await.code, "Nia").await;
        s.sync(
            &newcomer.device_token,
            0,
            vec![upsert(Uuid::now_v7(), 1, "lead", skill_content("Drawing", "Creative", None))],
        )
        .await;
        s.admin.erase(newcomer.member_id).await;
        // A revoke of a share that never arrived (kept, never in any feed).
        s.sync(mo, 0, vec![revoke(Uuid::now_v7())]).await;

        for _ in 0..3 {
            let body = s.sync(mia, before, vec![]).await;
            assert!(changes(&body).is_empty(), "{engine:?}: {body}");
            assert_eq!(cursor(&body), before, "{engine:?}: the cursor did not move for what Mia cannot see");
            assert_eq!(body["has_more"], false);
        }
        // From the start, too, she gets only the one share she may see.
        assert_eq!(share_ids(&changes(&s.sync(mia, 0, vec![]).await)), vec![first]);
        let lead_after = s.sync(lead, lead_before, vec![]).await;
        assert_ne!(
            cursor(&lead_after),
            lead_before,
            "the lead saw things happen, so the lead's cursor moved"
        );
        opaque(cursor(&lead_after));

        // Then something Mia may see: it arrives once, and so does a tombstone.
        let second = Uuid::now_v7();
        s.sync(mo, 0, vec![upsert(second, 1, "whole_group", skill_content("Dancing", "Creative", None))])
            .await;
        let body = s.sync(mia, before, vec![]).await;
        assert_eq!(share_ids(&changes(&body)), vec![second], "{engine:?}");
        assert!(removed_ids(&changes(&body)).is_empty());
        let after_second = cursor(&body);
        opaque(after_second);
        assert_ne!(after_second, before);
        s.sync(mo, 0, vec![revoke(first)]).await;
        let body = s.sync(mia, after_second, vec![]).await;
        assert_eq!(removed_ids(&changes(&body)), vec![first], "{engine:?}");
        assert!(share_ids(&changes(&body)).is_empty());
        let last = cursor(&body);
        let again = s.sync(mia, last, vec![]).await;
        assert!(changes(&again).is_empty(), "nothing comes twice: {again}");
        assert_eq!(cursor(&again), last);
        s.stop().await;
    }
}

#[tokio::test]
async fn cursors_are_per_reader_and_count_nothing() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Riverside").await;
        // Many hidden changes in one group, none in the other; the same
        // visible share at the end of each.
        let hidden: Vec<Value> = (0..200)
            .map(|i| upsert(Uuid::now_v7(), 1, "lead", skill_content(&format!("Skill {i}"), "People", None)))
            .collect();
        s.sync(&c.mo.device_token, 0, hidden).await;
        let seen = Uuid::now_v7();
        s.sync(
            &c.mo.device_token,
            0,
            vec![upsert(seen, 1, "whole_group", skill_content("Singing", "Creative", None))],
        )
        .await;
        let quiet = cast(&s, "Hillside").await;
        let quiet_share =
            upsert(Uuid::now_v7(), 1, "whole_group", skill_content("Singing", "Creative", None));
        s.sync(&quiet.mo.device_token, 0, vec![quiet_share]).await;

        let busy_mia = cursor(&s.sync(&c.mia.device_token, 0, vec![]).await);
        let busy_peer = cursor(&s.sync(&c.peer.device_token, 0, vec![]).await);
        let quiet_mia = cursor(&s.sync(&quiet.mia.device_token, 0, vec![]).await);
        for cur in [busy_mia, busy_peer, quiet_mia] {
            opaque(cur);
        }
        // Mia and Pat stand at the same share, after the same 201 changes: their cursors differ.
        assert_ne!(busy_mia, busy_peer, "{engine:?}: a cursor is per reader");
        assert_ne!(busy_mia, quiet_mia);
        for cur in [busy_mia, busy_peer, quiet_mia] {
            let low = cur & (MARK - 1);
            assert!(low > 1 << 40, "{engine:?}: no small count hides in the low bits: {cur:#x}");
        }

        // Another reader's cursor, a plain position of the old kind, or a
        // guess: each starts Mia's feed again, and nothing is skipped.
        for foreign in [busy_peer, 1, 2, 150, 202, 10_000, MARK + 12_345, u64::MAX] {
            let body = s.sync(&c.mia.device_token, foreign, vec![]).await;
            assert_eq!(share_ids(&changes(&body)), vec![seen], "{engine:?}: cursor {foreign}");
            assert_eq!(cursor(&body), busy_mia, "{engine:?}: the same place gives the same cursor");
        }
        s.stop().await;
    }
}

#[tokio::test]
async fn an_old_plain_cursor_from_the_field_resyncs_without_losing_a_tombstone() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Riverside").await;
        let (keep, gone) = (Uuid::now_v7(), Uuid::now_v7());
        s.sync(
            &c.mo.device_token,
            0,
            vec![
                upsert(keep, 1, "whole_group", skill_content("Singing", "Creative", None)),
                upsert(gone, 1, "whole_group", skill_content("Cooking", "Practical", None)),
            ],
        )
        .await;
        // What an older server gave Mia: the group-wide position after both shares (2).
        let old_cursor = 2;
        s.sync(&c.mo.device_token, 0, vec![revoke(gone)]).await;
        let body = s.sync(&c.mia.device_token, old_cursor, vec![]).await;
        let got = changes(&body);
        assert!(removed_ids(&got).contains(&gone), "{engine:?}: the tombstone still arrives: {body}");
        assert_eq!(share_ids(&got), vec![keep], "and what she may see is sent again");
        opaque(cursor(&body));
        let again = s.sync(&c.mia.device_token, cursor(&body), vec![]).await;
        assert!(changes(&again).is_empty());
        s.stop().await;
    }
}

#[tokio::test]
async fn a_page_holds_only_what_the_reader_may_see() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Riverside").await;
        let mut visible = Vec::new();
        for batch in 0..2 {
            let mut ops = Vec::new();
            for i in 0..600 {
                if i % 100 == 99 {
                    let id = Uuid::now_v7();
                    visible.push(id);
                    ops.push(upsert(
                        id,
                        1,
                        "whole_group",
                        skill_content(&format!("Open {batch}-{i}"), "People", None),
                    ));
                } else {
                    ops.push(upsert(
                        Uuid::now_v7(),
                        1,
                        "lead",
                        skill_content(&format!("Hidden {i}"), "People", None),
                    ));
                }
            }
            let body = s.sync(&c.mo.device_token, 0, ops).await;
            assert_eq!(acked(&body).len(), 600, "{body}");
        }
        let body = s.sync(&c.mia.device_token, 0, vec![]).await;
        assert_eq!(share_ids(&changes(&body)), visible, "{engine:?}: twelve, in order, in one page");
        assert_eq!(body["has_more"], false, "{engine:?}: 1,188 hidden shares do not make a second page");
        let lead = s.full_feed(&c.lead.device_token).await;
        assert_eq!(share_ids(&lead).len(), 1_200, "{engine:?}: the lead pages through all of them");
        s.stop().await;
    }
}
