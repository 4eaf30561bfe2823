//! The real binary: `serve` starts, answers, logs one line per request with
//! no content, tokens or invite codes, and stops gracefully on SIGTERM.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_logs_no_secrets_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("served.db");
    let bin = env!("CARGO_BIN_EXE_brim-server");
    let out = Command::new(bin)
        .args(["group", "create", "--name", "Logs", "--json", "--database"])
        .arg(&db)
        .output()
        .expect("group create");
    let group: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let code = group["lead_invite"]["code"].as_str().expect("code").to_owned();

    let mut child = Command::new(bin)
        .args(["serve", "--listen", "127.0.0.1:0", "--database"])
        .arg(&db)
        .env_remove("RUST_LOG")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("serve");
    // A watchdog: whatever happens below, the server is gone within 60 s.
    let pid = child.id().to_string();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(60));
        let _ = Command::new("kill").args(["-KILL", &pid]).status();
    });
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut first = String::new();
    let mut log = String::new();
    let addr = loop {
        first.clear();
        assert!(stderr.read_line(&mut first).expect("read log") > 0, "serve exited: {log}");
        log.push_str(&first);
        if let Some(i) = first.find("addr=") {
            break first[i + 5..].split_whitespace().next().expect("addr").to_owned();
        }
    };
    let base = format!("http://{addr}");
    let http = crate::common::http_client();
    let joined = crate::common::join_at(&base, &code, "Secret Name", "Secret Phone").await;
    let token = joined.device_token;
    let share = uuid::Uuid::now_v7();
    let resp = http
        .post(format!("{base}/v1/sync"))
        .bearer_auth(&token)
        .json(&json!({ "cursor": 0, "operations": [{
            "id": uuid::Uuid::now_v7(), "kind": "upsert_share", "share_id": share, "version": 1,
            "audience": "lead", "content": { "type": "skill", "skill": { "name": "Secret Skill", "area": "People" }, "story": "Secret Story" }
        }] }))
        .send()
        .await
        .expect("sync");
    assert_eq!(resp.status(), 200);
    let resp = http.get(format!("{base}/v1/shares/{share}")).bearer_auth(&token).send().await.expect("get");
    assert_eq!(resp.status(), 200);

    // SIGTERM: the server finishes and exits 0.
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill");
    assert!(status.success());
    let mut rest = String::new();
    let waited = tokio::task::spawn_blocking(move || {
        stderr.read_to_string(&mut rest).expect("read rest");
        (child.wait().expect("wait"), rest)
    });
    let (exit, rest) =
        tokio::time::timeout(Duration::from_secs(20), waited).await.expect("stopped in time").expect("join");
    log.push_str(&rest);
    assert!(exit.success(), "serve exited with {exit}: {log}");
    assert!(log.contains("shutting down"), "{log}");
    assert!(log.contains("route=\"/v1/sync\"") && log.contains("status=200"), "one line per request: {log}");
    assert!(log.contains("route=\"/v1/shares/{share_id}\""), "routes are logged as templates: {log}");
    for secret in [code.as_str(), token.as_str(), "Secret", &share.to_string()] {
        assert!(!log.contains(secret), "the log contains {secret:?}: {log}");
    }
}
