//! The real binary at its most verbose (`RUST_LOG=trace`) while a group
//! shares 1,000 items full of marker strings, joins with invite codes and
//! uses its tokens, good requests and bad: not one marker, token or invite
//! code reaches the log. The log must also prove it was really written at
//! that level, or the test would pass on an empty file.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use brim_protocol::JoinResponse;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::{Engine, engines, join_at, postgres_url_with_fresh_schema, read};

/// A `brim-server` command on `db` (a file or a URL), its log appended to `log`.
fn brim(db: &str, log: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_brim-server"));
    // An operator asking for everything, by name, from the database driver too.
    cmd.args(args).arg("--database").arg(db).env("RUST_LOG", "trace,tokio_postgres=trace").stderr(
        Stdio::from(std::fs::OpenOptions::new().create(true).append(true).open(log).expect("open log")),
    );
    cmd
}

/// Run an admin command and read its `--json` answer.
fn admin(db: &str, log: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = brim(db, log, &all).stdout(Stdio::piped()).output().expect("run brim-server");
    assert!(out.status.success(), "{args:?} failed");
    serde_json::from_slice(&out.stdout).expect("admin json")
}

/// Kills the server if the test fails half-way.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_verbose_log_holds_no_content_tokens_or_invite_codes() {
    for engine in engines() {
        let dir = tempfile::tempdir().expect("dir");
        let db = match engine {
            Engine::Sqlite => dir.path().join("logs.db").to_string_lossy().into_owned(),
            Engine::Postgres => postgres_url_with_fresh_schema().await,
        };
        share_and_scan(&db, &dir.path().join("server.log")).await;
    }
}

async fn share_and_scan(db: &str, log: &Path) {
    // One prefix for every marker: whatever part of any content leaks, the
    // prefix goes with it.
    let mark = format!("Mk{:012x}", fastrand::u64(..) >> 16);

    let group = admin(db, log, &["group", "create", "--name", &format!("{mark} group")]);
    let group_id = group["group_id"].as_str().expect("group id").to_owned();
    let lead_code = group["lead_invite"]["code"].as_str().expect("code").to_owned();
    let invite = |args: &[&str]| {
        let mut all = vec!["invite", "create", "--group", &group_id];
        all.extend_from_slice(args);
        admin(db, log, &all)["code"].as_str().expect("code").to_owned()
    };
    let peer_code = invite(&["--role", "peer_supporter"]);
    let member_code = invite(&["--role", "member", "--uses", "5"]);
    let spare_code = invite(&["--role", "member"]);

    let server = Server(
        brim(db, log, &["serve", "--listen", "127.0.0.1:0"]).stdout(Stdio::null()).spawn().expect("serve"),
    );
    let base = listening_on(log).await;
    let http = crate::common::http_client();

    // Joining: codes typed as given and typed loosely, names that carry markers.
    let lead = join_at(&base, &lead_code, &format!("{mark} Lena"), &format!("{mark} phone")).await;
    let peer = join_at(&base, &peer_code.to_lowercase(), &format!("{mark} Pat"), "tablet").await;
    let mo = join_at(&base, &member_code, &format!("{mark} Mo"), &format!("{mark} laptop")).await;
    let mia = join_at(&base, &member_code.replace('-', " "), "Mia", "phone").await;
    let mut requests = 4;
    let added: Value = http
        .post(format!("{base}/v1/devices"))
        .bearer_auth(&mo.device_token)
        .json(&json!({ "device_name": format!("{mark} second phone") }))
        .send()
        .await
        .expect("add device")
        .json()
        .await
        .expect("device json");
    requests += 1;
    let second_token = added["device_token"].as_str().expect("token").to_owned();
    let members = [&lead, &peer, &mo, &mia];

    // 1,000 shares and recognitions, every text field marked, a few syncs each.
    let mut share_ids = Vec::new();
    for batch in 0..10 {
        let who = members[batch % members.len()];
        let operations: Vec<Value> = (0..100).map(|i| item(&mark, batch * 100 + i, who, &mo)).collect();
        share_ids.extend(operations.iter().filter_map(|o| o["share_id"].as_str().map(str::to_owned)));
        let body = sync(&http, &base, &who.device_token, 0, &operations).await;
        requests += 1;
        assert!(body["rejected"].as_array().is_some_and(Vec::is_empty), "{body}");
    }
    let open = json!({ "id": Uuid::now_v7(), "kind": "set_open_to_roles", "version": 1, "open": true,
        "skills": [format!("{mark} open skill")] });
    sync(&http, &base, &mo.device_token, 0, &[open]).await;
    requests += 1;

    // Everyone reads their feed: the content goes out in answers, never to the log.
    for who in members {
        let mut cursor = 0;
        loop {
            let body = sync(&http, &base, &who.device_token, cursor, &[]).await;
            requests += 1;
            cursor = body["cursor"].as_u64().expect("cursor");
            if body["has_more"] != true {
                break;
            }
        }
    }
    let with_token =
        |path: &str, token: &str| http.get(format!("{base}{path}")).bearer_auth(token.to_owned());
    for (path, token) in [
        (format!("/v1/shares/{}", share_ids[0]), &lead.device_token),
        (format!("/v1/members/{}/shares", mo.member_id), &mo.device_token),
        ("/v1/me".to_owned(), &second_token),
        ("/v1/devices".to_owned(), &mo.device_token),
        ("/v1/summary".to_owned(), &lead.device_token),
        (format!("/v1/open-to-roles?skill={mark}"), &lead.device_token),
        ("/v1/summary".to_owned(), &mia.device_token),
    ] {
        let status = with_token(&path, token).send().await.expect("get").status();
        requests += 1;
        assert!(status.is_success() || status == 403, "{path}: {status}");
    }

    // Hostile and mistaken requests: each one fails, and its content stays out of the log too.
    let bad: Vec<(reqwest::RequestBuilder, u16)> = vec![
        (
            http.post(format!("{base}/v1/join")).json(
                &json!({ "invite_code": format!("{mark}-0000"), "display_name": "x", "device_name": "y" }),
            ),
            404,
        ),
        (
            http.post(format!("{base}/v1/join")).json(
                &json!({ "invite_code": member_code, "display_name": mark, "device_name": ["not", mark] }),
            ),
            422,
        ),
        (
            http.post(format!("{base}/v1/join"))
                .header("content-type", "application/json")
                .body(format!("{{\"invite_code\": \"{spare_code}\", \"{mark}")),
            400,
        ),
        (
            http.post(format!("{base}/v1/sync"))
                .bearer_auth(format!("brim_{mark}"))
                .json(&json!({ "cursor": 0 })),
            401,
        ),
        (
            http.post(format!("{base}/v1/sync"))
                .header("authorization", format!("Basic {mark}"))
                .json(&json!({})),
            401,
        ),
        (
            http.post(format!("{base}/v1/sync"))
                .bearer_auth(&mo.device_token)
                .json(&json!({ "cursor": mark })),
            422,
        ),
        (
            http.post(format!("{base}/v1/sync"))
                .bearer_auth(&mo.device_token)
                .json(&json!({ "operations": [], mark.clone(): 1 })),
            422,
        ),
        (
            http.post(format!("{base}/v1/sync"))
                .bearer_auth(&mo.device_token)
                .header("content-type", "text/plain")
                .body(mark.clone()),
            415,
        ),
        (
            http.post(format!("{base}/v1/sync"))
                .bearer_auth(&mo.device_token)
                .header("content-type", "application/json")
                .body(format!("{{\"cursor\": 0, \"pad\": \"{}\"}}", mark.repeat(30_000))),
            413,
        ),
        (http.get(format!("{base}/v1/shares/{mark}")).bearer_auth(&mo.device_token), 404),
        (http.get(format!("{base}/v1/{mark}")).bearer_auth(&mo.device_token), 404),
        (http.delete(format!("{base}/v1/devices/{}", Uuid::now_v7())).bearer_auth(&second_token), 404),
    ];
    for (req, want) in bad {
        let (status, body) = read(req.send().await.expect("bad request")).await;
        requests += 1;
        assert_eq!(status, want, "{body}");
    }
    // Operations the server rejects one by one, quoting nothing back into the log.
    let rejected = sync(
        &http,
        &base,
        &mo.device_token,
        0,
        &[
            json!({ "id": Uuid::now_v7(), "kind": mark, "text": mark }),
            json!({ "id": Uuid::now_v7(), "kind": "upsert_share", "share_id": Uuid::now_v7(), "version": 1,
            "audience": mark, "content": { "type": "skill", "skill": { "name": mark, "area": "People" } } }),
            json!({ "id": Uuid::now_v7(), "kind": "send_recognition", "recognition_id": Uuid::now_v7(),
            "to_member_id": Uuid::now_v7(), "skill": { "name": mark, "area": "People" }, "message": mark }),
        ],
    )
    .await;
    requests += 1;
    assert_eq!(rejected["rejected"].as_array().map(Vec::len), Some(3), "{rejected}");
    let status = http
        .delete(format!("{base}/v1/devices/{}", added["device_id"].as_str().expect("id")))
        .bearer_auth(&second_token)
        .send()
        .await
        .expect("revoke")
        .status();
    requests += 1;
    assert_eq!(status, 204);
    // The lead's own routes: an invite made in the app, used, listed, revoked;
    // the member list, a role changed and a member removed.
    let mut lead_codes = Vec::new();
    for _ in 0..2 {
        let (status, made) = read(
            http.post(format!("{base}/v1/invites"))
                .bearer_auth(&lead.device_token)
                .json(&json!({ "role": "member", "max_uses": 2 }))
                .send()
                .await
                .expect("create invite"),
        )
        .await;
        requests += 1;
        assert_eq!(status, 201, "{made}");
        lead_codes.push((made["code"].as_str().expect("code").to_owned(), made["invite_id"].clone()));
    }
    let newcomer = join_at(&base, &lead_codes[0].0, &format!("{mark} Nia"), &format!("{mark} phone")).await;
    requests += 1;
    let lead_paths = [
        ("GET", "/v1/invites".to_owned(), None, 200),
        ("DELETE", format!("/v1/invites/{}", lead_codes[1].1.as_str().expect("id")), None, 204),
        ("GET", "/v1/members".to_owned(), None, 200),
        (
            "PUT",
            format!("/v1/members/{}/role", newcomer.member_id),
            Some(json!({ "role": "peer_supporter" })),
            200,
        ),
        ("PUT", format!("/v1/members/{}/role", newcomer.member_id), Some(json!({ "role": mark })), 422),
        ("DELETE", format!("/v1/members/{}", newcomer.member_id), None, 204),
    ];
    for (method, path, body, want) in lead_paths {
        let mut req = http
            .request(method.parse().expect("method"), format!("{base}{path}"))
            .bearer_auth(&lead.device_token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let (status, answer) = read(req.send().await.expect("lead request")).await;
        requests += 1;
        assert_eq!(status, want, "{method} {path}: {answer}");
    }
    // The removed member's phone hears of it, with the receipt.
    let removed = sync(&http, &base, &newcomer.device_token, 0, &[]).await;
    requests += 1;
    assert_eq!(removed["erasure_receipt"]["removed_by_lead"], true, "{removed}");

    // Leaving erases a member; the admin tools that read the file log too.
    let left =
        sync(&http, &base, &mia.device_token, 0, &[json!({ "id": Uuid::now_v7(), "kind": "leave_group" })])
            .await;
    requests += 1;
    assert!(left["erasure_receipt"].is_object(), "{left}");
    admin(db, log, &["member", "list", "--group", &group_id]);
    brim(db, log, &["member", "export", "--member", &mo.member_id.to_string()])
        .stdout(Stdio::null())
        .status()
        .expect("export");
    admin(db, log, &["invite", "revoke", &spare_code]);

    stop(server).await;
    let text = std::fs::read_to_string(log).expect("read log");
    let lines: Vec<&str> = text.lines().collect();

    // The log is real: written at trace level, one line per request.
    let request_lines = lines.iter().filter(|l| l.contains(" request ") && l.contains("status=")).count();
    assert!(
        request_lines >= requests,
        "{requests} requests were made but the log has {request_lines} request lines:\n{text}"
    );
    for route in ["/v1/join", "/v1/sync", "/v1/shares/{share_id}", "/v1/open-to-roles", "unmatched"] {
        assert!(text.contains(&format!("route=\"{route}\"")), "no request line for {route}");
    }
    assert!(
        lines.iter().any(|l| l.contains("TRACE") || l.contains("DEBUG")),
        "RUST_LOG=trace wrote no debug or trace line, so this test proves little:\n{text}"
    );

    // And it holds nothing secret or personal.
    let mut secrets: Vec<(String, String)> = vec![("marker".into(), mark.clone())];
    for code in
        [&lead_code, &peer_code, &member_code, &spare_code].into_iter().chain(lead_codes.iter().map(|c| &c.0))
    {
        secrets.push(("invite code".into(), code.clone()));
        // The code as the server reads it, without dashes.
        secrets.push(("invite code".into(), code.replace('-', "")));
    }
    for t in members
        .iter()
        .map(|m| m.device_token.clone())
        .chain([second_token.clone(), newcomer.device_token.clone()])
    {
        // The random part alone, too: a token must not leak with its prefix cut off.
        secrets.push(("device token".into(), t.trim_start_matches("brim_").to_owned()));
        secrets.push(("device token hash".into(), brim_server::token::hash_secret(&t)));
    }
    for id in share_ids.iter().take(50) {
        secrets.push(("share id".into(), id.clone()));
    }
    for (what, secret) in &secrets {
        let found: Vec<&&str> =
            lines.iter().filter(|l| l.to_lowercase().contains(&secret.to_lowercase())).take(3).collect();
        assert!(found.is_empty(), "the log holds a {what}: {found:#?}");
    }
}

/// One marked item: mostly shares of each kind, and a recognition in ten.
fn item(mark: &str, n: usize, from: &JoinResponse, to: &JoinResponse) -> Value {
    let skill = json!({ "name": format!("{mark} skill {n}"), "area": if n.is_multiple_of(3) { format!("{mark} own area") } else { "People".into() } });
    let content = match n % 4 {
        0 => json!({ "type": "skill", "skill": skill, "story": format!("{mark} story {n}") }),
        1 => {
            json!({ "type": "check_in", "taken_on": "2026-03-31", "ratings": [{ "skill": skill, "rating": 1 + n % 5 }] })
        }
        2 => {
            json!({ "type": "moment", "happened_on": "2026-04-01", "text": format!("{mark} moment {n}"), "skills": [skill] })
        }
        _ => {
            json!({ "type": "progress", "skill": skill, "from_rating": 2, "to_rating": 4, "since": "2026-01-01" })
        }
    };
    if n % 10 == 9 && from.role != brim_protocol::Role::Member && from.member_id != to.member_id {
        return json!({ "id": Uuid::now_v7(), "kind": "send_recognition", "recognition_id": Uuid::now_v7(),
            "to_member_id": to.member_id, "skill": skill, "message": format!("{mark} noticed {n}") });
    }
    let audience = ["summary_only", "lead", "peer_supporters_and_lead", "whole_group"][n % 4];
    json!({ "id": Uuid::now_v7(), "kind": "upsert_share", "share_id": Uuid::now_v7(), "version": 1,
        "audience": audience, "content": content })
}

async fn sync(http: &reqwest::Client, base: &str, token: &str, cursor: u64, operations: &[Value]) -> Value {
    let resp = http
        .post(format!("{base}/v1/sync"))
        .bearer_auth(token)
        .json(&json!({ "cursor": cursor, "operations": operations }))
        .send()
        .await
        .expect("sync");
    let (status, body) = read(resp).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// Wait for the "listening" line and return the server's base URL.
async fn listening_on(log: &Path) -> String {
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if let Some(line) = text.lines().find(|l| l.contains("brim-server listening")) {
            let i = line.find("addr=").expect("addr on the listening line");
            return format!("http://{}", line[i + 5..].split_whitespace().next().expect("addr"));
        }
        assert!(started.elapsed() < Duration::from_secs(30), "the server did not start:\n{text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// SIGTERM, then wait for a clean exit so every log line is flushed.
async fn stop(mut server: Server) {
    let pid = server.0.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let waited = tokio::task::spawn_blocking(move || {
        let status = server.0.wait();
        (server, status)
    });
    let (_server, status) =
        tokio::time::timeout(Duration::from_secs(20), waited).await.expect("stopped in time").expect("join");
    assert!(status.expect("wait").success(), "the server exited uncleanly");
}
