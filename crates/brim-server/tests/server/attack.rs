//! The two attacks of issue 13 against the real server, on each engine,
//! 1,000 times each (`BRIM_ATTACK_RUNS` changes the number), one simulated
//! group per run, all in one server (groups are isolated).
//!
//! Every run's group has 12 members whose ratings the attacker knows
//! (six 4s and six 5s: the strongest adversary differential privacy is
//! stated against) and one target whose rating is 1 or 4, by a coin toss.
//! The attacker (the lead) guesses the target's rating with a likelihood
//! ratio test on everything the releases show. Without noise both attacks
//! are always right (the worked attack in the issue). With it, a guess can
//! be right at most e^d / (1 + e^d) of the time, where d is the privacy loss
//! between the two possible targets: their contributions differ in two
//! rating cells (L1 distance 2), so d = 2 / scale per release, summed over
//! the releases the attack sees. The test fails when the measured rate is
//! over that bound by more than three standard errors of 1,000 coin tosses.
//!
//! The honest members are written straight into the store by the same code
//! path a sync uses for contributions (`ShareContribution::record`), to keep each
//! run short; everything the attacker does goes over HTTP.

use std::sync::Arc;

use brim_protocol::{Audience, LeadSummary, Role, SummaryArea, SummaryContribution};
use brim_server::store::queries::{self as q, MemberRow, ShareRow};
use brim_server::store::{Conn, Job};
use brim_server::summary::{ReleaseSettings, ShareContribution};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::*;

const K: u32 = 5;
/// The known members' ratings.
const KNOWN: [u8; 12] = [4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5];

fn runs() -> usize {
    std::env::var("BRIM_ATTACK_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000)
}

/// Write simulated groups' honest members and their contributions.
#[derive(Debug)]
struct Seed(Vec<(Uuid, u8)>);

impl Job for Seed {
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C) -> brim_server::Result<()> {
        for (group_id, target) in self.0 {
            for rating in KNOWN.iter().copied().chain([target]) {
                let member = MemberRow {
                    id: Uuid::now_v7(),
                    group_id,
                    role: Role::Member,
                    display_name: "Simulated".into(),
                    joined_at: brim_server::token::now(),
                };
                q::insert_member(c, &member).await?;
                let seq = q::next_seq(c, group_id).await?;
                let share = ShareRow {
                    id: Uuid::now_v7(),
                    group_id,
                    owner_id: member.id,
                    audience: Audience::SummaryOnly,
                    version: 1,
                    device_id: Uuid::now_v7(),
                    content: check_in_content("2026-03-01", &[("Listening", "People", rating)]).to_string(),
                    seq,
                    updated_at: brim_server::token::now(),
                };
                q::put_share(c, &share).await?;
                let contribution = SummaryContribution {
                    areas: vec![SummaryArea::People],
                    rating: Some(rating),
                    change: None,
                };
                let new = ShareContribution { group_id, owner_id: member.id, share_id: share.id, seq };
                new.record(c, None, Some(contribution)).await?;
            }
        }
        Ok(())
    }
}

/// One simulated group: its id, the target's secret rating, the lead.
#[derive(Debug)]
struct Run {
    group: Uuid,
    target: u8,
    lead_token: String,
}

async fn setup(s: &TestServer, n: usize) -> Vec<Run> {
    let mut runs = Vec::with_capacity(n);
    let mut seeds = Vec::new();
    for _ in 0..n {
        let g = s.admin.create_group("Simulated").await;
        let target = if fastrand::bool() { 1 } else { 4 };
        let lead = s.join(&g.lead_invite.code, "Lead").await;
        seeds.push((g.group_id, target));
        runs.push(Run { group: g.group_id, target, lead_token: lead.device_token });
    }
    for chunk in seeds.chunks(50) {
        s.admin.run(Seed(chunk.to_vec())).await.expect("seed groups");
    }
    runs
}

fn rating_op(rating: u8) -> Value {
    upsert_counting(
        Uuid::now_v7(),
        1,
        "summary_only",
        check_in_content("2026-03-02", &[("Listening", "People", rating)]),
        json!({ "areas": ["people"], "rating": rating }),
    )
}

/// Ask for the summary of every run's group, a few at a time.
async fn ask_all(s: &TestServer, runs: &[Run]) -> Vec<String> {
    let client = Arc::new(s.http.clone());
    let mut out = vec![String::new(); runs.len()];
    for (chunk_no, chunk) in runs.chunks(8).enumerate() {
        let mut set = tokio::task::JoinSet::new();
        for (i, run) in chunk.iter().enumerate() {
            let client = client.clone();
            let url = s.url("/v1/summary");
            let token = run.lead_token.clone();
            set.spawn(async move {
                let resp = client.get(url).bearer_auth(token).send().await.expect("summary");
                assert_eq!(resp.status().as_u16(), 200);
                (i, resp.text().await.expect("body"))
            });
        }
        while let Some(done) = set.join_next().await {
            let (i, body) = done.expect("task");
            out[chunk_no * 8 + i] = body;
        }
    }
    out
}

/// ln P(a noisy count is `observed`) (shown) or ln P(it is under k) (hidden),
/// up to a constant shared by both guesses, for a true count `mu`.
fn log_likelihood(observed: Option<u32>, mu: u32, scale: f64) -> f64 {
    let p = (-1.0 / scale).exp();
    match observed {
        Some(x) => -(f64::from(x) - f64::from(mu)).abs() / scale,
        None => {
            // P(mu + Z <= k - 1) for discrete Laplace Z.
            let t = i64::from(K) - 1 - i64::from(mu);
            let cdf = if t >= 0 {
                1.0 - p.powi((t + 1) as i32) / (1.0 + p)
            } else {
                p.powi((-t) as i32) / (1.0 + p)
            };
            cdf.max(1e-300).ln()
        }
    }
}

/// The attacker's guess from the releases it saw, each with the number of
/// 1s it knows of besides the target (its own made-up members and share).
fn guess(releases: &[(LeadSummary, u32)], scale: f64) -> u8 {
    let mut llr = 0.0; // > 0 favours "the target rated 1"
    for (s, extra_ones) in releases {
        let one = s.check_in_ratings.cells[0].members;
        let four = s.check_in_ratings.cells[3].members;
        // Target rated 1: ones = extra + 1, fours = 6. Rated 4: ones = extra, fours = 7.
        llr += log_likelihood(one, extra_ones + 1, scale) + log_likelihood(four, 6, scale);
        llr -= log_likelihood(one, *extra_ones, scale) + log_likelihood(four, 7, scale);
    }
    if llr > 0.0 {
        1
    } else if llr < 0.0 {
        4
    } else if fastrand::bool() {
        1
    } else {
        4
    }
}

fn report(name: &str, engine: Engine, right: usize, n: usize, loss: f64) {
    let rate = right as f64 / n as f64;
    let bound = loss.exp() / (1.0 + loss.exp());
    let slack = 3.0 * (bound * (1.0 - bound) / n as f64).sqrt();
    println!(
        "{name} on {engine:?}: right {right} of {n} = {rate:.3}; bound e^d/(1+e^d) with d = {loss:.3}: {bound:.3} \
         (+ 3 standard errors: {:.3})",
        bound + slack
    );
    assert!(
        rate <= bound + slack,
        "{name} on {engine:?}: the attacker is right {rate:.3} of the time, over the bound {bound:.3}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tracker_learns_no_more_than_epsilon_allows() {
    let n = runs();
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let scale = ReleaseSettings::default().scale();
        let runs = setup(&s, n).await;
        let first = ask_all(&s, &runs).await;
        // The tracker: the lead shares a rating of 1 between two asks.
        for run in &runs {
            s.sync(&run.lead_token, 0, vec![rating_op(1)]).await;
        }
        let second = ask_all(&s, &runs).await;
        let mut right = 0;
        for ((run, a), b) in runs.iter().zip(&first).zip(&second) {
            assert_eq!(a, b, "asking again after the lead's own share gave other bytes");
            let release: LeadSummary = serde_json::from_str(a).expect("summary");
            assert_eq!(release.release.number, 1);
            crate::suppression::check_release(&release);
            if guess(&[(release, 0)], scale) == run.target {
                right += 1;
            }
        }
        // One release seen: d = 2 / scale.
        report("tracker", engine, right, n, 2.0 / scale);
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn made_up_members_learn_no_more_than_epsilon_allows() {
    let n = runs();
    for engine in engines() {
        let config = test_config();
        let clock = config.clock.clone();
        let s = TestServer::start_with(engine, config).await;
        let scale = ReleaseSettings::default().scale();
        let runs = setup(&s, n).await;
        let first = ask_all(&s, &runs).await;
        // The lead joins k - 1 made-up members through one multi-use invite;
        // they and the lead all rate 1, so k members changed: a release is due
        // once the period is over.
        for run in &runs {
            let invite = s.admin.invite(run.group, Role::Member, i64::from(K) - 1).await;
            for i in 0..K - 1 {
                let fake = s.join(&invite.code, &format!("Made up {i}")).await;
                s.sync(&fake.device_token, 0, vec![rating_op(1)]).await;
            }
            s.sync(&run.lead_token, 0, vec![rating_op(1)]).await;
        }
        clock.advance(chrono::Duration::days(8));
        let second = ask_all(&s, &runs).await;
        let mut right = 0;
        for ((run, a), b) in runs.iter().zip(&first).zip(&second) {
            let a: LeadSummary = serde_json::from_str(a).expect("summary");
            let b: LeadSummary = serde_json::from_str(b).expect("summary");
            assert_eq!((a.release.number, b.release.number), (1, 2), "the attack caused a second release");
            crate::suppression::check_release(&a);
            crate::suppression::check_release(&b);
            if guess(&[(a, 0), (b, K)], scale) == run.target {
                right += 1;
            }
        }
        // Two releases seen: d = 2 x 2 / scale (composition).
        report("made-up members", engine, right, n, 4.0 / scale);
        s.stop().await;
    }
}
