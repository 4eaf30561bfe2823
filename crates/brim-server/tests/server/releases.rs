//! Summary releases over real HTTP, on each engine: made only from
//! contributions, at most once a period and only when at least k members'
//! contributions changed, the same bytes between releases, a yearly budget
//! that runs out, and contributions that go with their share.

use brim_protocol::{LeadSummary, Role, SummaryArea};
use brim_server::store::releases::contributions_of_group;
use brim_server::store::{Conn, Job};
use brim_server::summary::{ReleaseSettings, SetReleaseSettings};
use serde_json::json;
use uuid::Uuid;

use crate::common::*;

/// Every live contribution of a group, read straight from the store.
#[derive(Debug)]
struct Contributions(Uuid);

impl Job for Contributions {
    type Output = Vec<brim_server::store::releases::ContributionRow>;
    async fn run<C: Conn>(self, c: &mut C) -> brim_server::Result<Self::Output> {
        contributions_of_group(c, self.0).await
    }
}

fn rating(r: u8) -> serde_json::Value {
    json!({ "areas": ["people"], "rating": r })
}

fn parse(body: &str) -> LeadSummary {
    serde_json::from_str(body).expect("a summary")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn releases_come_once_a_period_and_only_when_k_members_changed() {
    for engine in engines() {
        let config = test_config();
        let clock = config.clock.clone();
        let s = TestServer::start_with(engine, config).await;
        let g = s.admin.create_group("Releases").await;
        let lead = s.join(&g.lead_invite.code, "Lena").await;
        let invite = s.admin.invite(g.group_id, Role::Member, 40).await;

        // Before anything is shared: release 0, everything hidden.
        let (status, before) = summary_bytes(&s, &lead.device_token).await;
        assert_eq!(status, 200, "{before}");
        let before = parse(&before);
        assert_eq!(before.release.number, 0);
        assert_eq!(before.members_counted, None);
        assert_eq!(before.release.budget.releases_left, 12);

        // Four members contribute: under k = 5, no release yet.
        let mut members = Vec::new();
        for i in 0..4 {
            let m = s.join(&invite.code, &format!("M{i}")).await;
            let c = check_in_content("2026-03-01", &[("Listening", "People", 4)]);
            s.sync(
                &m.device_token,
                0,
                vec![upsert_counting(Uuid::now_v7(), 1, "summary_only", c, rating(4))],
            )
            .await;
            members.push(m);
        }
        let (_, body) = summary_bytes(&s, &lead.device_token).await;
        assert_eq!(parse(&body).release.number, 0, "4 changed members are under k");

        // A share without a contribution counts for nothing.
        let quiet = s.join(&invite.code, "Quiet").await;
        let c = skill_content("Cooking", "Practical", Some("private words"));
        s.sync(&quiet.device_token, 0, vec![upsert(Uuid::now_v7(), 1, "lead", c)]).await;
        let (_, body) = summary_bytes(&s, &lead.device_token).await;
        assert_eq!(parse(&body).release.number, 0, "a share with no contribution changes nothing");

        // A fifth: the first release.
        for i in 4..14 {
            let m = s.join(&invite.code, &format!("M{i}")).await;
            let c = check_in_content("2026-03-01", &[("Listening", "People", 5)]);
            s.sync(
                &m.device_token,
                0,
                vec![upsert_counting(Uuid::now_v7(), 1, "summary_only", c, rating(5))],
            )
            .await;
            members.push(m);
        }
        let (_, first) = summary_bytes(&s, &lead.device_token).await;
        let release = parse(&first);
        assert_eq!(release.release.number, 1);
        assert!(release.release.released_at.is_some() && release.release.next_not_before.is_some());
        assert_eq!(release.release.budget.spent_epsilon, 1.0);
        assert_eq!(release.release.budget.releases_left, 11);
        assert!(!first.contains("private words") && !first.contains("Listening"));
        crate::suppression::check_release(&release);

        // Asking again, and after the lead's own share, and after the period
        // with fewer than k members changed: the very same bytes.
        let (_, again) = summary_bytes(&s, &lead.device_token).await;
        assert_eq!(again, first);
        let c = check_in_content("2026-03-02", &[("Listening", "People", 1)]);
        s.sync(&lead.device_token, 0, vec![upsert_counting(Uuid::now_v7(), 1, "summary_only", c, rating(1))])
            .await;
        let (_, again) = summary_bytes(&s, &lead.device_token).await;
        assert_eq!(again, first, "the lead's own share changes nothing until a release");
        for m in &members[..3] {
            let c = check_in_content("2026-04-01", &[("Listening", "People", 2)]);
            s.sync(
                &m.device_token,
                0,
                vec![upsert_counting(Uuid::now_v7(), 1, "summary_only", c, rating(2))],
            )
            .await;
        }
        clock.advance(chrono::Duration::days(8));
        let (_, again) = summary_bytes(&s, &lead.device_token).await;
        assert_eq!(again, first, "4 changed members (3 and the lead) are under k");

        // A fifth change, but inside a new period: wait for it to pass.
        let c = check_in_content("2026-04-01", &[("Listening", "People", 2)]);
        let m3_share = Uuid::now_v7();
        s.sync(&members[3].device_token, 0, vec![upsert_counting(m3_share, 1, "summary_only", c, rating(2))])
            .await;
        let (_, second) = summary_bytes(&s, &lead.device_token).await;
        assert_ne!(second, first, "k members changed and the period is over: a new release");
        assert_eq!(parse(&second).release.number, 2);
        let (_, again) = summary_bytes(&s, &lead.device_token).await;
        assert_eq!(again, second);

        // Revoking takes the contribution away with the share.
        let before = s.admin.run(Contributions(g.group_id)).await.expect("contributions").len();
        s.sync(&members[3].device_token, 0, vec![revoke(m3_share)]).await;
        let after = s.admin.run(Contributions(g.group_id)).await.expect("contributions");
        assert_eq!(after.len(), before - 1);
        assert!(after.iter().all(|r| r.share_id != m3_share));
        // Erasing a member takes all of theirs.
        let erased = members[0].member_id;
        s.admin.erase(erased).await;
        let after = s.admin.run(Contributions(g.group_id)).await.expect("contributions");
        assert!(after.iter().all(|r| r.owner_id != erased));
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn summaries_are_made_from_contributions_never_from_content() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let g = s.admin.create_group("Contributions").await;
        let m = s.join(&g.lead_invite.code, "Lena").await;
        // The content says Money and a rating of 1; the contribution says People, 5.
        let share = Uuid::now_v7();
        let c = check_in_content("2026-03-01", &[("Budgeting", "Money", 1)]);
        let body = s.sync(&m.device_token, 0, vec![upsert_counting(share, 1, "lead", c, rating(5))]).await;
        assert!(rejected_codes(&body).is_empty(), "{body}");
        let rows = s.admin.run(Contributions(g.group_id)).await.expect("contributions");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].contribution.areas, vec![SummaryArea::People]);
        assert_eq!(rows[0].contribution.rating, Some(5));
        // An update without one removes it.
        let c = check_in_content("2026-03-01", &[("Budgeting", "Money", 1)]);
        s.sync(&m.device_token, 0, vec![upsert(share, 2, "lead", c)]).await;
        assert!(s.admin.run(Contributions(g.group_id)).await.expect("contributions").is_empty());

        // Out-of-bounds contributions are refused, each with its reason.
        for bad in [
            json!({ "areas": ["people"], "rating": 6 }),
            json!({ "areas": ["people"], "rating": 0 }),
            json!({ "areas": ["people", "people"] }),
            json!({ "areas": ["a free-text area"] }),
            json!({ "areas": [], "weight": 1000 }),
        ] {
            let op =
                upsert_counting(Uuid::now_v7(), 1, "lead", skill_content("X", "People", None), bad.clone());
            let body = s.sync(&m.device_token, 0, vec![op]).await;
            assert_eq!(rejected_codes(&body), vec!["invalid"], "{bad} was not refused: {body}");
        }
        assert!(s.admin.run(Contributions(g.group_id)).await.expect("contributions").is_empty());
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_yearly_budget_stops_releases_and_says_so() {
    for engine in engines() {
        let config = test_config();
        let clock = config.clock.clone();
        let s = TestServer::start_with(engine, config).await;
        let g = s.admin.create_group("Budget").await;
        let lead = s.join(&g.lead_invite.code, "Lena").await;
        // Two releases a year at epsilon 0.5, every day at most.
        let settings = ReleaseSettings { period_days: 1, epsilon_milli: 500, yearly_budget_milli: 1_000 };
        s.admin.run(SetReleaseSettings { group_id: g.group_id, settings }).await.expect("settings");
        let bad = ReleaseSettings { period_days: 0, ..settings };
        assert!(s.admin.run(SetReleaseSettings { group_id: g.group_id, settings: bad }).await.is_err());
        let invite = s.admin.invite(g.group_id, Role::Member, 10).await;
        let mut members = Vec::new();
        for i in 0..6 {
            members.push(s.join(&invite.code, &format!("M{i}")).await);
        }
        let mut bodies = Vec::new();
        // Stay inside one calendar year: the budget is per year.
        for round in 0..3u8 {
            for m in &members {
                let c = skill_content("Listening", "People", None);
                let op = upsert_counting(Uuid::now_v7(), 1, "summary_only", c, rating(1 + round));
                s.sync(&m.device_token, 0, vec![op]).await;
            }
            let (_, body) = summary_bytes(&s, &lead.device_token).await;
            bodies.push(body);
            clock.advance(chrono::Duration::hours(25));
        }
        let (a, b, c) = (parse(&bodies[0]), parse(&bodies[1]), &bodies[2]);
        let same_year = a.release.budget.year == b.release.budget.year;
        assert_eq!(a.release.number, 1);
        assert_eq!(a.release.epsilon, 0.5);
        if same_year {
            assert_eq!(b.release.number, 2);
            assert_eq!(b.release.budget.spent_epsilon, 1.0);
            assert_eq!(b.release.budget.releases_left, 0);
            assert!(b.release.waiting_for_budget, "the lead is told the budget is used up");
            let next = b.release.next_not_before.clone().expect("next");
            assert!(
                next.ends_with("-01-01T00:00:00.000Z"),
                "the next release waits for the new year: {next}"
            );
            if parse(c).release.budget.year == b.release.budget.year {
                assert_eq!(c, &bodies[1], "no release over the budget");
            }
        }
        s.stop().await;
    }
}
