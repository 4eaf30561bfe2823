//! Nothing lost, nothing duplicated, nothing un-shared: randomized runs of
//! sharing, updating, revoking and recognising over a network that drops,
//! delays, duplicates, reorders, resets and fails requests (the proxy), with
//! a server restart in some runs. After the network heals, every device
//! converges on exactly what each person chose, and no outbox is wedged.

use std::collections::BTreeMap;
use std::path::Path;

use brim_core::{Area, Audience, ErrorCode, SkillRef};
use brim_protocol::Role;
use uuid::Uuid;

use crate::common::*;
use brim_tests::proxy::Proxy;

const RUNS: u64 = 200;
const AUDIENCES: [Audience; 4] =
    [Audience::SummaryOnly, Audience::Lead, Audience::PeerSupportersAndLead, Audience::WholeGroup];

/// Where to keep the runs' files: memory when the machine has it (each
/// journal commit is an fsync), so 200 runs stay quick.
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = tempfile::tempdir_in(shm)
    {
        return dir;
    }
    tempfile::tempdir().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn randomized_runs_over_a_faulty_network_converge_on_exactly_what_was_chosen() {
    let runs: u64 = std::env::var("BRIM_FAULT_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(RUNS);
    randomized_runs(runs, Deployment::One).await;
}

/// How many of the runs go to copies of the server (each run makes its own
/// PostgreSQL schema; `make bench` runs more of the single-server ones).
const COPIES_RUNS: u64 = 60;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_runs_through_three_copies_on_one_postgresql_converge_too() {
    if std::env::var_os("BRIM_TEST_POSTGRES_URL").is_none() {
        assert!(std::env::var_os("BRIM_REQUIRE_POSTGRES").is_none(), "no PostgreSQL was started");
        eprintln!("skipped: no BRIM_TEST_POSTGRES_URL (run under scripts/with-postgres.sh)");
        return;
    }
    let runs: u64 =
        std::env::var("BRIM_FAULT_COPIES_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(COPIES_RUNS);
    randomized_runs(runs, Deployment::Copies(3)).await;
}

/// What the devices talk to.
#[derive(Debug, Clone, Copy)]
enum Deployment {
    /// One server over a SQLite file; a restart brings it back on another port.
    One,
    /// Copies of the server over one PostgreSQL schema, each request to any
    /// of them; a restart stops one copy and starts it again.
    Copies(usize),
}

async fn randomized_runs(runs: u64, deployment: Deployment) {
    let base: u64 = std::env::var("BRIM_FAULT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let started = std::time::Instant::now();
    let mut faulted = 0;
    let mut restarts = 0;
    let mut leaves = 0;
    for run in 0..runs {
        let seed = base.wrapping_add(run);
        let dir = scratch();
        let (f, r, l) = one_run(seed, dir.path(), deployment).await;
        faulted += f;
        restarts += r;
        leaves += u64::from(l);
    }
    eprintln!(
        "{deployment:?}: {runs} runs in {:.1} s: {faulted} requests met a fault, {restarts} server restarts, \
         {leaves} left the group",
        started.elapsed().as_secs_f64()
    );
    assert!(faulted > runs * 4, "the network was not faulty enough to prove anything: {faulted}");
    assert!(restarts > runs / 20, "too few server restarts: {restarts}");
    assert!(leaves > runs / 20, "too few runs where someone left: {leaves}");
}

/// The servers of one run: the first answers the admin jobs (every copy
/// reads the same database).
async fn start(deployment: Deployment, dir: &Path) -> Vec<Server> {
    match deployment {
        Deployment::One => vec![Server::start(dir).await],
        Deployment::Copies(n) => {
            let url = fresh_postgres().await.expect("a PostgreSQL for the copies");
            let first = Server::start_postgres(&url).await;
            let mut servers = vec![];
            for _ in 1..n {
                servers.push(first.copy().await);
            }
            servers.insert(0, first);
            servers
        }
    }
}

fn addrs(servers: &[Server]) -> Vec<std::net::SocketAddr> {
    servers.iter().map(|s| s.addr).collect()
}

async fn one_run(seed: u64, dir: &Path, deployment: Deployment) -> (u64, u64, bool) {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut servers = start(deployment, dir).await;
    let proxy = Proxy::start(servers[0].addr, seed).await;
    proxy.set_upstreams(addrs(&servers));
    let url = proxy.url();
    let (group, lead_code) = servers[0].group("Riverside").await;
    let lead = Device::join(dir, &url, &lead_code, "Lena").await;
    let peer = Device::join(dir, &url, &servers[0].invite(group, Role::PeerSupporter, 1).await, "Pat").await;
    let mo = Device::join(dir, &url, &servers[0].invite(group, Role::Member, 1).await, "Mo").await;
    let roles = [(Role::Lead, &lead), (Role::PeerSupporter, &peer), (Role::Member, &mo)];

    proxy.faults(true);
    let restart_at = (rng.u32(0..8) == 0).then(|| rng.usize(0..8));
    // In some runs Mo leaves the group part-way, over the same bad network.
    let leave_at = (rng.u32(0..8) == 0).then(|| rng.usize(0..8));
    let mut left = false;
    let mut restarts = 0;
    let mut recognitions = Vec::new();
    let mut n = 0;
    for step in 0..rng.usize(6..16) {
        if leave_at == Some(step) {
            mo.journal.leave_group().unwrap();
            left = true;
        }
        let d = if rng.bool() && !left { &mo } else { &peer };
        let live: Vec<Uuid> =
            d.journal.shares().unwrap().into_iter().filter(|s| !s.revoked).map(|s| s.id).collect();
        match rng.u32(0..10) {
            0..=3 => {
                n += 1;
                d.share_skill(&format!("Skill {n}"), AUDIENCES[rng.usize(0..4)]);
            }
            4..=5 if !live.is_empty() => {
                let id = live[rng.usize(0..live.len())];
                if let brim_core::ShareItem::Skill { skill_id, .. } = d.journal.share(id).unwrap().item {
                    d.journal.set_skill_story(skill_id, &format!("Told again at step {step}")).unwrap();
                }
                let audience = rng.bool().then(|| AUDIENCES[rng.usize(0..4)]);
                let update = d.journal.preview_share_update(id, audience).unwrap();
                d.journal.confirm_share(&update).unwrap();
            }
            6 if !live.is_empty() => d.journal.revoke_share(live[rng.usize(0..live.len())]).unwrap(),
            // A recognition for someone who then leaves is refused, rightly: not in those runs.
            7 if leave_at.is_none() => {
                let sent = peer
                    .journal
                    .send_recognition(
                        mo.member_id,
                        SkillRef { name: "Listening".into(), area: "People".into() },
                        None,
                    )
                    .unwrap();
                recognitions.push(sent.id);
            }
            _ => {}
        }
        if rng.u32(0..4) != 0 {
            let _ = d.client.sync(&d.journal).await;
        }
        if rng.bool() {
            let r = roles[rng.usize(0..3)].1;
            let _ = r.client.sync(&r.journal).await;
        }
        if restart_at == Some(step) {
            // One copy goes down and comes back; the others carry on.
            let i = if servers.len() == 1 { 0 } else { rng.usize(0..servers.len()) };
            let stopped = servers.remove(i);
            servers.insert(i, stopped.restart().await);
            proxy.set_upstreams(addrs(&servers));
            restarts += 1;
        }
    }

    // The network heals: two rounds of syncs (push everything, then pull it).
    proxy.faults(false);
    for _ in 0..2 {
        for (_, d) in roles {
            match d.client.sync(&d.journal).await {
                Ok(_) => {}
                Err(e) if left && d.member_id == mo.member_id && e.code() == ErrorCode::NotInGroup => {}
                Err(e) => panic!("seed {seed}: sync after healing: {e}"),
            }
        }
    }
    if left {
        assert!(mo.journal.membership().unwrap().is_none(), "seed {seed}: the leave never finished");
        assert_eq!(mo.journal.erasure_receipts().unwrap().len(), 1, "seed {seed}: one receipt");
        assert!(servers[0].export(mo.member_id).await.is_none(), "seed {seed}: Mo is erased on the server");
        assert!(mo.journal.group_feed().unwrap().is_empty(), "seed {seed}: the cache went with the group");
    }

    let mut live_of: BTreeMap<Uuid, Vec<brim_core::Share>> = BTreeMap::new();
    for (_, d) in roles {
        let status = d.journal.sync_status().unwrap();
        assert_eq!(status.pending, 0, "seed {seed}: a wedged outbox");
        assert!(status.quarantined.is_empty(), "seed {seed}: quarantined {:?}", status.quarantined);
        let mine = d.journal.shares().unwrap();
        assert!(mine.iter().all(|s| !s.revoked), "seed {seed}: a revoke never finished");
        assert!(mine.iter().all(|s| s.up_to_date), "seed {seed}: an update never reached the server");
        // Every opted-in item is on the server exactly once, as last chosen;
        // nothing that was revoked (or never confirmed) is there.
        let on_server = servers[0].shares_of(d.member_id).await;
        let mut expected: Vec<(Uuid, u64, serde_json::Value)> =
            mine.iter().map(|s| (s.id, s.version, serde_json::to_value(&s.content).unwrap())).collect();
        expected.sort_by_key(|s| s.0);
        assert_eq!(on_server, expected, "seed {seed}: the server holds something other than what was chosen");
        let visible = d.journal.visible_to_group().unwrap();
        assert_eq!(visible.len(), mine.len(), "seed {seed}");
        live_of.insert(d.member_id, mine);
    }
    // Every reader's cache is exactly what its role may see of the others' shares.
    for (role, reader) in roles {
        if left && reader.member_id == mo.member_id {
            continue;
        }
        let mut expected: Vec<(Uuid, u64)> = live_of
            .iter()
            .filter(|(owner, _)| **owner != reader.member_id)
            .flat_map(|(_, shares)| shares.iter())
            .filter(|s| s.audience.visible_to(role))
            .map(|s| (s.id, s.version))
            .collect();
        expected.sort();
        let mut cached: Vec<(Uuid, u64)> =
            reader.journal.group_feed().unwrap().iter().map(|s| (s.share_id, s.version)).collect();
        cached.sort();
        assert_eq!(cached, expected, "seed {seed}: {role:?}'s cache did not converge");
    }
    let mut inbox: Vec<Uuid> = mo.journal.recognitions().unwrap().iter().map(|r| r.id).collect();
    inbox.sort();
    recognitions.sort();
    assert_eq!(inbox, recognitions, "seed {seed}: every recognition arrives exactly once");

    let faulted = proxy.faulted();
    drop(proxy);
    for s in servers {
        s.stop().await;
    }
    (faulted, restarts, left)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operation_refused_at_the_http_level_is_found_and_quarantined_alone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let proxy = Proxy::start(server.addr, 1).await;
    let c = cast(&server, &proxy.url(), dir.path()).await;
    let a = c.mo.share_skill("Singing", Audience::WholeGroup);
    let b = c.mo.share_skill("Cooking", Audience::Lead);
    let bad = c.mo.skill("Refuse-me", Area::People, "");
    c.mo.share(brim_core::ShareItem::Skill { skill_id: bad.id, include_story: false }, Audience::Lead);
    let d = c.mo.share_skill("Dancing", Audience::Lead);
    proxy.refuse_containing("Refuse-me");

    let report = c.mo.sync().await;
    assert_eq!((report.acknowledged, report.quarantined), (3, 1));
    let status = c.mo.journal.sync_status().unwrap();
    assert_eq!(status.pending, 0);
    assert_eq!(status.quarantined.len(), 1);
    // Brim's own words for the refusal, never the answer's own sentence.
    assert_eq!(
        status.quarantined[0].reason,
        brim_core::Words::from(brim_core::id::ERROR_SERVER_WOULD_NOT_TAKE).say(brim_core::Language::English)
    );
    assert!(!status.quarantined[0].reason.contains("proxy"));
    assert_eq!(
        server.shares_of(c.mo.member_id).await.iter().map(|s| s.0).collect::<Vec<_>>(),
        sorted(vec![a.share_id, b.share_id, d.share_id])
    );
    server.stop().await;
}

/// Starts `sync-loop` on the journal, lets it run for `run_for`, kills it
/// with SIGKILL (no destructors, no clean close) and reaps it.
fn sync_then_kill(journal: &Path, run_for: std::time::Duration) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sync-loop"))
        .arg(journal)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start sync-loop");
    std::thread::sleep(run_for);
    child.kill().expect("kill sync-loop");
    let status = child.wait().expect("reap sync-loop");
    assert!(status.code().is_none(), "sync-loop stopped by itself ({status})");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_killed_mid_sync_loses_nothing_and_duplicates_nothing() {
    let dir = scratch();
    let server = Server::start(dir.path()).await;
    let proxy = Proxy::start(server.addr, 7).await;
    let (group, lead_code) = server.group("Riverside").await;
    let lead = Device::join(dir.path(), &proxy.url(), &lead_code, "Lena").await;
    let mo = Device::join(dir.path(), &proxy.url(), &server.invite(group, Role::Member, 1).await, "Mo").await;
    // Delays and failures on the way, so kills land in the middle of requests.
    proxy.faults(true);
    let mut rng = fastrand::Rng::with_seed(7);
    let mut n = 0;
    for _ in 0..20 {
        for _ in 0..3 {
            n += 1;
            mo.share_skill(&format!("Skill {n}"), AUDIENCES[rng.usize(0..4)]);
        }
        let live: Vec<Uuid> =
            mo.journal.shares().unwrap().into_iter().filter(|s| !s.revoked).map(|s| s.id).collect();
        mo.journal.revoke_share(live[rng.usize(0..live.len())]).unwrap();
        let path = mo.path.clone();
        let run_for = std::time::Duration::from_millis(rng.u64(5..60));
        tokio::task::spawn_blocking(move || sync_then_kill(&path, run_for)).await.unwrap();
    }
    proxy.faults(false);
    for _ in 0..2 {
        mo.sync().await;
        lead.sync().await;
    }
    let status = mo.journal.sync_status().unwrap();
    assert_eq!((status.pending, status.quarantined.len()), (0, 0), "no wedged outbox after 20 kills");
    let mine = mo.journal.shares().unwrap();
    assert_eq!(mine.len(), 40, "60 shared, 20 revoked");
    let mut expected: Vec<(Uuid, u64, serde_json::Value)> =
        mine.iter().map(|s| (s.id, s.version, serde_json::to_value(&s.content).unwrap())).collect();
    expected.sort_by_key(|s| s.0);
    assert_eq!(server.shares_of(mo.member_id).await, expected, "exactly the live shares, each once");
    let mut to_lead: Vec<Uuid> =
        mine.iter().filter(|s| s.audience.visible_to(Role::Lead)).map(|s| s.id).collect();
    to_lead.sort();
    assert_eq!(lead.feed_ids(), to_lead);
    drop(proxy);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_from_something_in_between_quarantines_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let proxy = Proxy::start(server.addr, 1).await;
    let c = cast(&server, &proxy.url(), dir.path()).await;
    let a = c.mo.share_skill("Singing", Audience::WholeGroup);
    let b = c.mo.share_skill("Cooking", Audience::Lead);
    proxy.forbid_all(true);
    let err = c.mo.client.sync(&c.mo.journal).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ServerRefused);
    assert!(err.to_string().contains("network"), "{err}");
    let status = c.mo.journal.sync_status().unwrap();
    assert_eq!((status.pending, status.quarantined.len(), status.failures), (2, 0, 1));
    proxy.forbid_all(false);
    assert_eq!(c.mo.sync().await.acknowledged, 2);
    assert_eq!(
        server.shares_of(c.mo.member_id).await.iter().map(|s| s.0).collect::<Vec<_>>(),
        sorted(vec![a.share_id, b.share_id])
    );
    server.stop().await;
}
