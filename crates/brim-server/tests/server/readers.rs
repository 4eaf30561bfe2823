//! Reads do not wait for writes. On SQLite every write goes through one
//! connection; requests that only read (and every token check) run on
//! read-only connections beside it, so they are answered while a long write
//! holds the writer, and a made-up token never takes it at all. A read still
//! sees every write that finished before it began: a revoked device is
//! refused at once. On each engine (PostgreSQL: the writer held is one
//! group's row lock).

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use brim_server::store::queries as q;
use brim_server::store::{Conn, Job};
use serde_json::json;
use uuid::Uuid;

use crate::common::*;

/// Takes the writer (SQLite: its transaction is `BEGIN IMMEDIATE`;
/// PostgreSQL: the group's row) and keeps it until told to let go.
struct HoldWriter {
    group: Uuid,
    holding: mpsc::Sender<()>,
    release: mpsc::Receiver<()>,
}

impl Job for HoldWriter {
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C) -> brim_server::Result<()> {
        q::lock_group(c, self.group).await?;
        let _ = self.holding.send(());
        // Blocks this job's own thread (see `hold_writer`), never a runtime worker.
        let _ = self.release.recv();
        Ok(())
    }
}

/// Hold the writer on a thread of its own; returns once it is held, with
/// what lets it go and the thread to join.
fn hold_writer(admin: &Admin, group: Uuid) -> (mpsc::Sender<()>, std::thread::JoinHandle<()>) {
    let (holding, held) = mpsc::channel();
    let (release, wait) = mpsc::channel();
    let (admin, rt) = (admin.clone(), tokio::runtime::Handle::current());
    let thread = std::thread::spawn(move || {
        rt.block_on(admin.run(HoldWriter { group, holding, release: wait })).expect("hold the writer");
    });
    held.recv_timeout(Duration::from_secs(60)).expect("the writer is held");
    (release, thread)
}

const MADE_UP: &str = "brim_0000000000000000000000000000000000000000000000000000000000000000";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_and_made_up_tokens_are_answered_while_the_writer_is_held() {
    for engine in engines() {
        let s = Arc::new(TestServer::start(engine).await);
        let c = cast(&s, "Held").await;
        let share = Uuid::now_v7();
        s.sync(
            &c.mo.device_token,
            0,
            vec![upsert(share, 1, "whole_group", skill_content("Listening", "People", None))],
        )
        .await;

        let (release, thread) = hold_writer(&s.admin, c.group);
        let mut gets = vec![
            (c.mo.device_token.clone(), "/v1/me".to_owned()),
            (c.mo.device_token.clone(), "/v1/devices".to_owned()),
            (c.mia.device_token.clone(), format!("/v1/shares/{share}")),
            (c.mia.device_token.clone(), format!("/v1/members/{}/shares", c.mo.member_id)),
            (c.lead.device_token.clone(), "/v1/open-to-roles".to_owned()),
        ];
        if engine == Engine::Sqlite {
            // PostgreSQL's summary takes the group's lock by design (one
            // release at a time); SQLite's reads a release that is not due on a reader.
            gets.push((c.lead.device_token.clone(), "/v1/summary".to_owned()));
        }
        let mut tasks = Vec::new();
        for round in 0..8 {
            // A sync that only reads the feed is answered too, and sees the share.
            let (s2, token) = (Arc::clone(&s), c.mia.device_token.clone());
            tasks.push(tokio::spawn(async move {
                let body = json!({ "cursor": 0, "operations": [] });
                let (status, feed) = s2.post("/v1/sync", Some(&token), &body).await;
                let seen = feed["changes"][0]["share"]["share_id"] == json!(share);
                ("/v1/sync (read only, sees the share)".to_owned(), if seen { status } else { 0 }, 200)
            }));
            for (token, path) in gets.clone() {
                let s = Arc::clone(&s);
                tasks.push(tokio::spawn(async move { (path.clone(), s.get(&path, &token).await.0, 200) }));
            }
            // A made-up token on every route that writes is refused too.
            let s2 = Arc::clone(&s);
            tasks.push(tokio::spawn(async move {
                let body = json!({ "cursor": 0, "operations": [] });
                ("/v1/sync".to_owned(), s2.post("/v1/sync", Some(MADE_UP), &body).await.0, 401)
            }));
            let s2 = Arc::clone(&s);
            tasks.push(tokio::spawn(async move {
                let body = json!({ "device_name": format!("tablet {round}") });
                ("/v1/devices".to_owned(), s2.post("/v1/devices", Some(MADE_UP), &body).await.0, 401)
            }));
            let s2 = Arc::clone(&s);
            tasks.push(tokio::spawn(async move {
                let path = format!("/v1/devices/{}", Uuid::now_v7());
                (path.clone(), s2.delete(&path, MADE_UP).await.0, 401)
            }));
        }
        let answered = async {
            let mut out = Vec::new();
            for t in tasks {
                out.push(t.await.expect("task"));
            }
            out
        };
        // Not a speed limit: without readers these requests would wait for the
        // writer, which is let go only after this, so they would never come.
        let answered = tokio::time::timeout(Duration::from_secs(60), answered).await;
        release.send(()).expect("let the writer go");
        thread.join().expect("holder thread");
        let answered = answered.unwrap_or_else(|_| panic!("{engine:?}: reads waited for the held writer"));
        for (path, status, want) in &answered {
            assert_eq!(status, want, "{engine:?}: {path}");
        }
        assert_eq!(answered.len(), 8 * (gets.len() + 4));
        // The writer is free again and a real sync goes through.
        s.sync(&c.mo.device_token, 0, vec![]).await;
        Arc::into_inner(s).expect("one server").stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_made_up_token_never_takes_the_sqlite_writer() {
    let mut config = test_config();
    config.limits.per_device.requests = 12;
    config.limits.per_device.window = Duration::from_secs(3600);
    let s = TestServer::start_with(Engine::Sqlite, config).await;
    let Admin::Sqlite(store) = s.admin.clone() else { unreachable!("started on SQLite") };
    let c = cast(&s, "Count").await;
    let writes = store.writes();

    // Made-up tokens on every route that takes one.
    for _ in 0..5 {
        for path in ["/v1/me", "/v1/devices", "/v1/summary", "/v1/open-to-roles"] {
            assert_eq!(s.get(path, MADE_UP).await.0, 401, "{path}");
        }
        assert_eq!(s.get(&format!("/v1/shares/{}", Uuid::now_v7()), MADE_UP).await.0, 401);
        assert_eq!(s.get(&format!("/v1/members/{}/shares", c.mo.member_id), MADE_UP).await.0, 401);
        let sync = json!({ "cursor": 0, "operations": [] });
        assert_eq!(s.post("/v1/sync", Some(MADE_UP), &sync).await.0, 401);
        assert_eq!(s.post("/v1/devices", Some(MADE_UP), &json!({ "device_name": "x" })).await.0, 401);
        assert_eq!(s.delete(&format!("/v1/devices/{}", c.mo.device_id), MADE_UP).await.0, 401);
    }
    // A real device's reads do not take it either.
    assert_eq!(s.get("/v1/me", &c.mo.device_token).await.0, 200);
    assert_eq!(s.get("/v1/devices", &c.mo.device_token).await.0, 200);
    assert_eq!(s.get(&format!("/v1/members/{}/shares", c.mo.member_id), &c.mo.device_token).await.0, 200);
    assert_eq!(s.get("/v1/summary", &c.lead.device_token).await.0, 200);
    assert_eq!(s.get("/v1/open-to-roles", &c.lead.device_token).await.0, 200);
    assert_eq!(store.writes(), writes, "no request above took the writer");

    // A sync with nothing to apply only reads the feed, on a reader.
    let feed = s.sync(&c.mia.device_token, 0, vec![]).await;
    assert_eq!(feed["changes"], json!([]), "{feed}");
    assert_eq!(store.writes(), writes, "a sync that only reads never took the writer");
    // The count is real: a sync that applies takes the writer once (its token checked on a reader first).
    let op = upsert(Uuid::now_v7(), 1, "whole_group", skill_content("Listening", "People", None));
    s.sync(&c.mia.device_token, 0, vec![op]).await;
    assert_eq!(store.writes(), writes + 1);
    // A device over its limit is refused on the reader too: Mia has used 2 of
    // 12, Mo 5 (reads count as well).
    for _ in 0..10 {
        s.sync(&c.mia.device_token, 0, vec![]).await;
    }
    let writes = store.writes();
    let (status, body) =
        s.post("/v1/sync", Some(&c.mia.device_token), &json!({ "cursor": 0, "operations": [] })).await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(store.writes(), writes, "a refused sync never took the writer");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_device_is_refused_at_once() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Revoke").await;
        for i in 0..12 {
            let (status, added) = s
                .post(
                    "/v1/devices",
                    Some(&c.mo.device_token),
                    &json!({ "device_name": format!("tablet {i}") }),
                )
                .await;
            assert_eq!(status, 200, "{added}");
            let token = added["device_token"].as_str().expect("token").to_owned();
            let id = added["device_id"].as_str().expect("id").to_owned();
            // Read with it first, on every reader, so any reader that kept an
            // old snapshot would still know it.
            for _ in 0..6 {
                assert_eq!(s.get("/v1/me", &token).await.0, 200, "{engine:?}");
            }
            let (status, body) = s.delete(&format!("/v1/devices/{id}"), &c.mo.device_token).await;
            assert_eq!(status, 204, "{body}");
            for _ in 0..6 {
                assert_eq!(s.get("/v1/me", &token).await.0, 401, "{engine:?}: revoked device {i} still read");
                assert_eq!(s.get("/v1/devices", &token).await.0, 401, "{engine:?}");
                let sync = json!({ "cursor": 0, "operations": [] });
                assert_eq!(s.post("/v1/sync", Some(&token), &sync).await.0, 401, "{engine:?}");
            }
        }
        // And the other way: a share is readable as soon as the sync that made it answered.
        for _ in 0..12 {
            let share = Uuid::now_v7();
            s.sync(
                &c.mo.device_token,
                0,
                vec![upsert(share, 1, "whole_group", skill_content("Cooking", "Practical", None))],
            )
            .await;
            let (status, body) = s.get(&format!("/v1/shares/{share}"), &c.mia.device_token).await;
            assert_eq!(status, 200, "{engine:?}: a new share not yet readable: {body}");
        }
        s.stop().await;
    }
}

/// An erasure still leaves nothing in any file while readers keep reading:
/// the WAL is checkpointed and cut to nothing after the erasing commit,
/// which has to wait for readers to move on from the old frames.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erased_text_is_in_no_file_while_readers_read() {
    let s = Arc::new(TestServer::start(Engine::Sqlite).await);
    let c = cast(&s, "Erase while reading").await;
    let kept = Uuid::now_v7();
    s.sync(
        &c.mo.device_token,
        0,
        vec![upsert(kept, 1, "whole_group", skill_content("Cooking", "Practical", None))],
    )
    .await;
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut readers = Vec::new();
    for _ in 0..6 {
        let (s, stop, token) = (Arc::clone(&s), Arc::clone(&stop), c.mia.device_token.clone());
        readers.push(tokio::spawn(async move {
            let mut reads = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                assert_eq!(s.get(&format!("/v1/shares/{kept}"), &token).await.0, 200);
                assert_eq!(s.get("/v1/me", &token).await.0, 200);
                reads += 1;
            }
            reads
        }));
    }
    for round in 0..10 {
        let marker = format!("ERASEDWHILEREADING{}", Uuid::now_v7().simple());
        let share = Uuid::now_v7();
        s.sync(
            &c.mo.device_token,
            0,
            vec![upsert(share, 1, "whole_group", skill_content("Listening", "People", Some(&marker)))],
        )
        .await;
        s.sync(&c.mo.device_token, 0, vec![revoke(share)]).await;
        // Readers are still at it while the folder is read.
        for entry in std::fs::read_dir(s.dir()).expect("dir").flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else { continue };
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
                "round {round}: erased text is still in {}",
                entry.path().display()
            );
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for r in readers {
        assert!(r.await.expect("reader") > 0, "every reader read");
    }
    Arc::into_inner(s).expect("one server").stop().await;
}
