//! What erasing costs: a revoke (commit, the erasure ledger's fsync, then the
//! WAL checkpoint and truncate on SQLite, or `VACUUM FULL` of the shares
//! table on PostgreSQL) against the floor of an ordinary share (one commit)
//! on the same store, as a ratio. The store is filled with `BACKGROUND`
//! shares first, since a rewrite costs in proportion to the table.
//!
//!   cargo bench -p brim-server --bench erasure
//!   scripts/with-postgres.sh cargo bench -p brim-server --bench erasure   # PostgreSQL too
//!
//! Jobs run in-process through the store (no HTTP), so the figures are the
//! storage cost alone.

use std::hint::black_box;
use std::time::{Duration, Instant};

use brim_protocol::{Audience, JoinRequest, Operation, OperationKind, ShareContent, SkillRef};
use brim_server::membership::{AsCaller, CreateGroup, CreateInvite, Join};
use brim_server::sync::{ParsedOp, SyncJob};
use brim_server::{PostgresStore, SqliteStore, Store};
use criterion::{Criterion, SamplingMode};
use uuid::Uuid;

const BACKGROUND: usize = 10_000;

fn share_op(share_id: Uuid) -> ParsedOp {
    ParsedOp::Ok(Operation {
        id: Uuid::now_v7(),
        kind: OperationKind::UpsertShare {
            share_id,
            version: 1,
            audience: Audience::WholeGroup,
            content: ShareContent::Skill {
                skill: SkillRef { name: "Listening".into(), area: "People".into() },
                story: Some("I listen to people at the drop-in and they come back to talk. ".repeat(8)),
            },
            contribution: None,
        },
    })
}

fn revoke_op(share_id: Uuid) -> ParsedOp {
    ParsedOp::Ok(Operation { id: Uuid::now_v7(), kind: OperationKind::RevokeShare { share_id } })
}

async fn sync<S: Store>(store: &S, token: &str, ops: Vec<ParsedOp>) {
    let job = SyncJob { cursor: u64::MAX, operations: ops, share_quota: u32::MAX };
    let out = store.transact(AsCaller { caller: token.into(), job }).await.expect("sync");
    assert!(out.rejected.is_empty());
}

/// A group with one member holding `BACKGROUND` shares; the member's token.
async fn fill<S: Store>(store: &S) -> String {
    let group = store
        .transact(CreateGroup { name: "Bench".into(), valid_for: chrono::Duration::days(1) })
        .await
        .expect("group");
    let invite = store
        .transact(CreateInvite {
            group_id: group.group_id,
            role: brim_protocol::Role::Member,
            max_uses: 1,
            valid_for: chrono::Duration::days(1),
        })
        .await
        .expect("invite");
    let joined = store
        .transact(Join(JoinRequest {
            invite_code: invite.code,
            display_name: "Bench".into(),
            device_name: "bench".into(),
        }))
        .await
        .expect("join");
    for _ in 0..BACKGROUND / 100 {
        sync(store, &joined.device_token, (0..100).map(|_| share_op(Uuid::now_v7())).collect()).await;
    }
    joined.device_token
}

fn bench_store<S: Store>(c: &mut Criterion, rt: &tokio::runtime::Runtime, engine: &str, store: S) {
    let token = rt.block_on(fill(&store));
    let mut g = c.benchmark_group(format!("erasure/{engine}"));
    g.sampling_mode(SamplingMode::Flat).sample_size(20).measurement_time(Duration::from_secs(15));
    // Each iteration shares one item and revokes it, timing one of the two.
    for (name, time_revoke) in [("share (floor)", false), ("revoke", true)] {
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut timed = Duration::ZERO;
                for _ in 0..iters {
                    let id = Uuid::now_v7();
                    let t = Instant::now();
                    rt.block_on(sync(&store, &token, vec![share_op(id)]));
                    if !time_revoke {
                        timed += t.elapsed();
                    }
                    let t = Instant::now();
                    rt.block_on(sync(&store, &token, vec![revoke_op(id)]));
                    if time_revoke {
                        timed += t.elapsed();
                    }
                    black_box(id);
                }
                timed
            });
        });
    }
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let sqlite = SqliteStore::open(&dir.path().join("bench.db")).expect("open");
    bench_store(&mut c, &rt, "sqlite", sqlite);
    if let Ok(url) = std::env::var("BRIM_TEST_POSTGRES_URL") {
        let pg = rt.block_on(async {
            let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.expect("connect");
            tokio::spawn(conn);
            let schema = format!("bench_{}", Uuid::now_v7().simple());
            client.batch_execute(&format!("CREATE SCHEMA {schema}")).await.expect("schema");
            let mut config: tokio_postgres::Config = url.parse().expect("url");
            config.options(format!("-c search_path={schema}"));
            PostgresStore::connect_with(config, 4).await.expect("PostgreSQL store")
        });
        bench_store(&mut c, &rt, "postgres", pg);
    }
    c.final_summary();
}
