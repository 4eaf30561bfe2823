//! Suppression: over random groups and shares, an attacker who sees every
//! figure of the published summary recovers no hidden figure, every shown
//! figure is true and from at least k members, and no free text appears.

use std::collections::BTreeSet;

use brim_protocol::{CheckInRating, LeadSummary, Partition, ShareContent, SkillRef};
use brim_server::summary::{raw_counts, summarise};
use proptest::prelude::*;
use serde_json::json;
use uuid::Uuid;

use crate::common::*;

const AREAS: [&str; 6] = ["People", "Money", "Caring", "Speaking up", "my own secret area", "Learning"];

fn share() -> impl Strategy<Value = (usize, ShareContent)> {
    let skill = (0..AREAS.len(), "[a-z]{6,10}")
        .prop_map(|(a, name)| SkillRef { name: format!("secret-{name}"), area: AREAS[a].into() });
    let content = prop_oneof![
        (skill.clone(), proptest::option::of("[a-z ]{8,20}")).prop_map(|(skill, story)| {
            ShareContent::Skill { skill, story: story.map(|s| format!("secret-story {s}")) }
        }),
        (1..=28u32, prop::collection::vec((skill.clone(), 1..=5u8), 1..4)).prop_map(|(day, r)| {
            ShareContent::CheckIn {
                taken_on: format!("2026-02-{day:02}"),
                ratings: r.into_iter().map(|(skill, rating)| CheckInRating { skill, rating }).collect(),
            }
        }),
    ];
    (0..40usize, content)
}

/// What an attacker can pin down about one partition: for each hidden
/// cell, whether its value is forced by the published total and cells.
fn recoverable(p: &Partition, truth: &[u32]) -> Option<usize> {
    let total = p.total?;
    let shown: u32 = p.cells.iter().filter_map(|c| c.members).sum();
    let hidden: Vec<usize> =
        p.cells.iter().enumerate().filter(|(_, c)| c.members.is_none()).map(|(i, _)| i).collect();
    let rest = total - shown;
    match hidden.len() {
        0 => None,
        // One hidden cell is the total minus the others.
        1 => Some(hidden[0]),
        // Several hidden cells sharing nothing: each is pinned only when all are 0.
        _ if rest == 0 => Some(hidden[0]),
        _ => {
            debug_assert_eq!(rest, hidden.iter().map(|&i| truth[i]).sum::<u32>());
            None
        }
    }
}

fn check(summary: &LeadSummary, shares: &[(Uuid, ShareContent)], k: u32) {
    let raw = raw_counts(shares);
    let text = serde_json::to_string(summary).expect("json");
    assert!(!text.contains("secret"), "free text leaked into the summary: {text}");
    let mut figures = vec![(summary.members_counted, raw.members)];
    for (a, n) in summary.skill_areas.iter().zip(raw.areas.values()) {
        figures.push((a.members, *n));
    }
    for (p, truth) in
        [(&summary.check_in_ratings, raw.ratings.to_vec()), (&summary.check_in_change, raw.change.to_vec())]
    {
        figures.push((p.total, truth.iter().sum()));
        for (cell, t) in p.cells.iter().zip(&truth) {
            figures.push((cell.members, *t));
        }
        assert_eq!(recoverable(p, &truth), None, "a hidden cell can be worked out: {p:?} from {truth:?}");
        if p.total.is_none() {
            assert!(p.cells.iter().all(|c| c.members.is_none()), "cells shown under a hidden total: {p:?}");
        }
    }
    for (shown, truth) in figures {
        if let Some(v) = shown {
            assert_eq!(v, truth, "a shown figure is not the true count");
            assert!(v >= k, "a figure from {v} members (< k = {k}) was shown");
        } else {
            // Hidden because small, or to protect a small one: never both big and alone.
        }
    }
    if summary.members_counted.is_none() {
        assert!(summary.skill_areas.iter().all(|a| a.members.is_none()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
    #[test]
    fn no_hidden_figure_can_be_recovered(
        members in 1..40usize,
        raw in prop::collection::vec(share(), 0..120),
        k in 3..8u32,
    ) {
        let owners: Vec<Uuid> = (0..members).map(|_| Uuid::now_v7()).collect();
        let shares: Vec<(Uuid, ShareContent)> = raw.into_iter().map(|(o, c)| (owners[o % members], c)).collect();
        let summary = summarise(&shares, k);
        prop_assert_eq!(summary.k, k);
        check(&summary, &shares, k);
        let _ = BTreeSet::<u32>::new();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lead_sees_counts_only_when_enough_members_shared() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let g = s.admin.create_group("Counts").await;
        let lead = s.join(&g.lead_invite.code, "Lena").await;
        let invite = s.admin.invite(g.group_id, brim_protocol::Role::Member, 20).await;
        // Six members share a People skill; two of them also share Money.
        for i in 0..6 {
            let m = s.join(&invite.code, &format!("M{i}")).await;
            let mut ops = vec![upsert(
                Uuid::now_v7(),
                1,
                "summary_only",
                skill_content("Listening to people", "People", Some("private words")),
            )];
            if i < 2 {
                ops.push(upsert(Uuid::now_v7(), 1, "lead", skill_content("Budgeting", "Money", None)));
            }
            ops.push(upsert(
                Uuid::now_v7(),
                1,
                "summary_only",
                check_in_content("2026-03-01", &[("Listening", "People", if i < 5 { 4 } else { 1 })]),
            ));
            s.sync(&m.device_token, 0, ops).await;
        }
        let (status, summary) = s.get("/v1/summary", &lead.device_token).await;
        assert_eq!(status, 200);
        assert_eq!(summary["members_counted"], 6);
        let area = |name: &str| {
            summary["skill_areas"]
                .as_array()
                .and_then(|a| a.iter().find(|x| x["area"] == name).cloned())
                .unwrap_or(json!(null))
        };
        assert_eq!(area("people")["members"], 6);
        assert!(area("money")["members"].is_null(), "2 members is below k = 5");
        // Ratings: five gave 4, one gave 1: the 1 is hidden, and so is a second
        // cell, so the lone member cannot be worked out from the total.
        let cells = summary["check_in_ratings"]["cells"].as_array().cloned().unwrap_or_default();
        assert_eq!(summary["check_in_ratings"]["total"], 6);
        assert!(cells[0]["members"].is_null());
        assert!(cells[3]["members"].is_null(), "complementary suppression hides the 4s too: {cells:?}");
        assert!(!summary.to_string().contains("private words"));
        s.stop().await;
    }
}
