//! Several copies of the real binary on one PostgreSQL, as a charity hosting
//! many groups would run them behind a load balancer: they start together on
//! an empty database (one migrates, the others wait), what a member sends
//! through one copy is seen through any other, and each copy keeps to the
//! connections `--db-connections` gives it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::{
    Engine, engines, http_client, join_at, postgres_url_with_fresh_schema, revoke, share_ids, sync_at as sync,
};

const COPIES: usize = 4;
const CONNECTIONS: usize = 2;

/// One `brim-server serve` process; killed when dropped.
struct Copy {
    child: Child,
    base: String,
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_brim-server")
}

/// Starts a copy and waits for the log line with its address.
fn serve(database: &str) -> std::thread::JoinHandle<Copy> {
    let database = database.to_owned();
    std::thread::spawn(move || {
        let mut child = Command::new(bin())
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--db-connections",
                &CONNECTIONS.to_string(),
                "--k",
                "3",
            ])
            .args(["--database", &database])
            .env_remove("RUST_LOG")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start brim-server serve");
        let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
        let mut log = String::new();
        let base = loop {
            let mut line = String::new();
            let read = stderr.read_line(&mut line).expect("read the log");
            assert!(read > 0, "a copy stopped while starting:\n{log}");
            log.push_str(&line);
            if let Some(i) = line.find("addr=") {
                break format!("http://{}", line[i + 5..].split_whitespace().next().expect("addr"));
            }
        };
        // Keep reading its log so the pipe never fills and blocks it.
        std::thread::spawn(move || for _ in stderr.lines() {});
        Copy { child, base }
    })
}

fn cli(database: &str, args: &[&str]) -> Value {
    let out = Command::new(bin())
        .args(args)
        .args(["--json", "--database", database])
        .output()
        .expect("run the CLI");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn copies_on_one_postgres_start_together_agree_and_keep_to_their_connections() {
    if !engines().contains(&Engine::Postgres) {
        return;
    }
    let url = postgres_url_with_fresh_schema().await;
    // Each copy names itself to PostgreSQL, so its connections can be counted.
    let urls: Vec<String> = (0..COPIES).map(|i| format!("{url}&application_name=brim-copy-{i}")).collect();

    // All at once, on an empty schema: every copy runs the migrations.
    let starting: Vec<_> = urls.iter().map(|u| serve(u)).collect();
    let copies: Vec<Copy> = starting.into_iter().map(|s| s.join().expect("a copy started")).collect();

    let group = cli(&url, &["group", "create", "--name", "Many"]);
    let group_id = group["group_id"].as_str().expect("group id").to_owned();
    let lead =
        join_at(&copies[0].base, group["lead_invite"]["code"].as_str().expect("code"), "Lena", "phone").await;
    let invite = cli(&url, &["invite", "create", "--group", &group_id, "--role", "member", "--uses", "3"]);
    let code = invite["code"].as_str().expect("code");
    let mo = join_at(&copies[1].base, code, "Mo", "phone").await;
    let mia = join_at(&copies[2].base, code, "Mia", "phone").await;
    let max = join_at(&copies[3].base, code, "Max", "phone").await;

    // Mo shares through copy 2; the lead reads through copy 3.
    let share = Uuid::now_v7();
    let content =
        json!({ "type": "skill", "skill": { "name": "Cooking", "area": "Practical" }, "story": null });
    sync(&copies[2].base, &mo.device_token, vec![crate::common::upsert(share, 1, "lead", content)]).await;
    let seen = sync(&copies[3].base, &lead.device_token, vec![]).await;
    assert_eq!(
        share_ids(seen["changes"].as_array().expect("changes")),
        vec![share],
        "seen through another copy"
    );

    // Taken back through copy 0: gone through copy 1.
    sync(&copies[0].base, &mo.device_token, vec![revoke(share)]).await;
    let after = sync(&copies[1].base, &lead.device_token, vec![]).await;
    assert!(
        share_ids(after["changes"].as_array().expect("changes")).is_empty(),
        "taken back everywhere: {after}"
    );

    // Three members count in the summary, each through another copy (k = 3
    // on every copy: a setting that must match). The lead asks all four copies
    // at once: one release is made, and every copy serves its very bytes.
    for (i, member) in [&mo, &mia, &max].into_iter().enumerate() {
        let checked = json!({ "type": "check_in", "taken_on": "2026-03-01",
            "ratings": [{ "skill": { "name": "Listening", "area": "People" }, "rating": 4 }] });
        let counting = crate::common::upsert_counting(
            Uuid::now_v7(),
            1,
            "summary_only",
            checked,
            json!({ "areas": ["people"], "rating": 4 }),
        );
        sync(&copies[i].base, &member.device_token, vec![counting]).await;
    }
    let asks: Vec<_> = copies
        .iter()
        .map(|copy| {
            let (url, token) = (format!("{}/v1/summary", copy.base), lead.device_token.clone());
            tokio::spawn(async move {
                let resp = http_client().get(url).bearer_auth(token).send().await.expect("summary");
                assert_eq!(resp.status(), 200);
                resp.text().await.expect("body")
            })
        })
        .collect();
    let mut bodies = Vec::new();
    for ask in asks {
        bodies.push(ask.await.expect("a summary request"));
    }
    let release: Value = serde_json::from_str(&bodies[0]).expect("json");
    assert_eq!(release["release"]["number"], 1, "{release}");
    assert!(bodies.iter().all(|b| *b == bodies[0]), "every copy serves the one release: {bodies:?}");

    // A burst on every copy at once: each keeps to its pool.
    let mut burst = Vec::new();
    for copy in &copies {
        for _ in 0..25 {
            let (base, token) = (copy.base.clone(), lead.device_token.clone());
            burst.push(tokio::spawn(async move { sync(&base, &token, vec![]).await }));
        }
    }
    for task in burst {
        task.await.expect("a sync in the burst");
    }
    let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.expect("connect");
    tokio::spawn(conn);
    let releases: i64 =
        client.query_one("SELECT count(*) FROM summary_releases", &[]).await.expect("count releases").get(0);
    assert_eq!(releases, 1, "four copies asked at once, one release was made");
    for i in 0..COPIES {
        let open: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1",
                &[&format!("brim-copy-{i}")],
            )
            .await
            .expect("count connections")
            .get(0);
        assert!(
            (1..=CONNECTIONS as i64).contains(&open),
            "copy {i} holds {open} connections to PostgreSQL; --db-connections gave it {CONNECTIONS}"
        );
    }
    drop(copies);
    tokio::time::sleep(Duration::from_millis(10)).await;
}
