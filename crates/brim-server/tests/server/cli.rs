//! The admin command line, run as a person would: create a group, invite,
//! list, export and erase, with `--json` output a script can read.

use std::process::Command;

use serde_json::Value;

fn brim(db: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_brim-server"))
        .args(args)
        .arg("--database")
        .arg(db)
        .env("RUST_LOG", "off")
        .output()
        .expect("run brim-server");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(db: &std::path::Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (ok, out, err) = brim(db, &all);
    assert!(ok, "{args:?} failed: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e}): {out}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_commands_work_on_the_database() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("admin.db");
    let group = json(&db, &["group", "create", "--name", "Tuesday group"]);
    let group_id = group["group_id"].as_str().expect("group id").to_owned();
    let lead_code = group["lead_invite"]["code"].as_str().expect("code").to_owned();
    assert_eq!(group["lead_invite"]["role"], "lead");

    // The human-readable form says what to do with the code.
    let (ok, out, _) =
        brim(&db, &["invite", "create", "--group", &group_id, "--role", "member", "--uses", "3"]);
    assert!(ok);
    assert!(out.contains("Invite code:") && out.contains("3 use(s)"), "{out}");
    let (ok, _, err) = brim(&db, &["invite", "create", "--group", &group_id, "--role", "boss"]);
    assert!(!ok);
    assert!(err.contains("lead, peer_supporter or member"), "{err}");

    // Join through the real server on the same file, then list, export, erase.
    let store = std::sync::Arc::new(brim_server::SqliteStore::open(&db).expect("open"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(brim_server::serve(listener, store, crate::common::test_config(), async {
        let _ = rx.await;
    }));
    let joined = crate::common::join_at(&base, &lead_code, "Lena", "phone").await;
    let member_id = joined.member_id.to_string();

    let list = json(&db, &["member", "list", "--group", &group_id]);
    assert_eq!(list[0]["display_name"], "Lena");
    assert_eq!(list[0]["role"], "lead");
    let (ok, export, _) = brim(&db, &["member", "export", "--member", &member_id]);
    assert!(ok);
    let export: Value = serde_json::from_str(&export).expect("export json");
    assert_eq!(export["member"]["display_name"], "Lena");
    assert_eq!(export["devices"][0]["name"], "phone");
    assert!(!export.to_string().contains("brim_"), "no token in an export");
    let receipt = json(&db, &["member", "erase", "--member", &member_id]);
    assert_eq!(receipt["member_id"], member_id.as_str());
    assert_eq!(receipt["devices_erased"], 1);
    let list = json(&db, &["member", "list", "--group", &group_id]);
    assert_eq!(list, serde_json::json!([]));
    let (ok, _, _) = brim(&db, &["invite", "revoke", &lead_code]);
    assert!(ok, "an invite can be revoked by its code");
    let _ = tx.send(());
    server.await.expect("task").expect("server");
}
