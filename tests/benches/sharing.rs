//! Sharing benchmarks (issue 5), against the real server over loopback and
//! through the proxy shaped like a slow mobile link. Prints one line per
//! figure; BENCHMARKS.md records them.
//!
//! `cargo bench -p brim-tests --bench sharing`

use std::time::{Duration, Instant};

use brim_core::{Area, Audience, ShareItem};
use brim_protocol::Role;
use brim_tests::proxy::Proxy;

#[path = "../tests/sharing/common.rs"]
#[allow(dead_code)]
mod common;

use common::{Device, Server};

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    rt.block_on(async {
        push_10_000().await;
        shaped_link_1_000().await;
        share_to_lead_latency().await;
    });
}

/// A member and a lead joined to a fresh server, reached through `url_of`.
async fn pair(dir: &std::path::Path, server: &Server, url: &str) -> (Device, Device) {
    let (group, lead_code) = server.group("Bench").await;
    let lead = Device::join(dir, url, &lead_code, "Lena").await;
    let code = server.invite(group, Role::Member, 1).await;
    let mo = Device::join(dir, url, &code, "Mo").await;
    (mo, lead)
}

/// Queue `n` shares of one skill to the lead.
fn queue(mo: &Device, n: usize) {
    let skill = mo.skill("Listening", Area::People, "Learnt it in the hostel kitchen, late at night.");
    for _ in 0..n {
        mo.share(ShareItem::Skill { skill_id: skill.id, include_story: true }, Audience::Lead);
    }
}

async fn push_10_000() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = Server::start(dir.path()).await;
    let (mo, lead) = pair(dir.path(), &server, &server.url()).await;
    queue(&mo, 10_000);
    let started = Instant::now();
    let report = mo.sync().await;
    let push = started.elapsed();
    assert_eq!(mo.journal.sync_status().expect("status").pending, 0);
    let started = Instant::now();
    let pulled = lead.sync().await;
    let pull = started.elapsed();
    println!(
        "push 10,000 shares over loopback: {:.2} s ({} round trips); the lead pulls them: {:.2} s ({} changes)",
        push.as_secs_f64(),
        report.round_trips,
        pull.as_secs_f64(),
        pulled.changes
    );
    server.stop().await;
}

async fn shaped_link_1_000() {
    for interrupted in [false, true] {
        let dir = tempfile::tempdir().expect("temp dir");
        let server = Server::start(dir.path()).await;
        let proxy = Proxy::start(server.addr, 1).await;
        let (mo, _lead) = pair(dir.path(), &server, &proxy.url()).await;
        queue(&mo, 1_000);
        // 1 Mbit/s each way, 300 ms round trips.
        proxy.shape(Duration::from_millis(300), 125_000);
        if interrupted {
            // The second upload is cut off: the first batch was acknowledged.
            proxy.drop_request(proxy.requests() + 2);
        }
        let started = Instant::now();
        let first = mo.client.sync(&mo.journal).await;
        let mut resumed = None;
        if interrupted {
            assert!(first.is_err(), "the cut-off upload fails");
            let pending = mo.journal.sync_status().expect("status").pending;
            let report = mo.sync().await;
            assert_eq!(report.sent, pending, "only what was not acknowledged is sent again");
            resumed = Some((1_000 - pending, report.sent));
        }
        let took = started.elapsed();
        assert_eq!(mo.journal.sync_status().expect("status").pending, 0);
        match resumed {
            None => println!(
                "1,000 pending over 1 Mbit/s, 300 ms RTT: {:.2} s in {} requests",
                took.as_secs_f64(),
                proxy.requests() - 2
            ),
            Some((acked, resent)) => println!(
                "1,000 pending over 1 Mbit/s, 300 ms RTT, second upload cut off: {:.2} s; {acked} acknowledged \
                 before the cut, {resent} sent on resuming (none twice)",
                took.as_secs_f64()
            ),
        }
        assert_eq!(server.shares_of(mo.member_id).await.len(), 1_000);
        drop(proxy);
        server.stop().await;
    }
}

async fn share_to_lead_latency() {
    let dir = tempfile::tempdir().expect("temp dir");
    let server = Server::start(dir.path()).await;
    let (mo, lead) = pair(dir.path(), &server, &server.url()).await;
    let skill = mo.skill("Listening", Area::People, "");
    lead.sync().await;
    let mut times = Vec::new();
    for _ in 0..200 {
        let started = Instant::now();
        let preview = mo.share(ShareItem::Skill { skill_id: skill.id, include_story: false }, Audience::Lead);
        mo.sync().await;
        lead.sync().await;
        assert!(lead.journal.group_feed().expect("feed").iter().any(|s| s.share_id == preview.share_id));
        times.push(started.elapsed());
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1000.0;
    println!(
        "share on A (confirm + sync) until in the lead's cache (lead syncs), 200 times: median {:.1} ms, p95 {:.1} ms",
        at(0.5),
        at(0.95)
    );
    server.stop().await;
}
