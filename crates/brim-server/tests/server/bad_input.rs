//! Bad input: each gets the right status and a clear message, never a 500,
//! and nothing is half-applied.

use std::time::Duration;

use brim_protocol::Role;
use brim_server::ratelimit::Limit;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::*;

fn assert_error(status: u16, body: &Value, want_status: u16, want_code: &str) {
    assert_eq!(status, want_status, "wanted {want_status} {want_code}, got {body}");
    assert_eq!(body["error"]["code"], want_code, "{body}");
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(message.len() > 20, "the message says what to do: {body}");
}

async fn raw_post(
    s: &TestServer,
    path: &str,
    token: Option<&str>,
    content_type: &str,
    body: Vec<u8>,
) -> (u16, Value) {
    let mut req = s.http.post(s.url(path)).header("content-type", content_type).body(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    read(req.send().await.expect("request")).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_get_clear_answers_and_change_nothing() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Harbour").await;
        let token = c.mo.device_token.clone();

        // Malformed JSON, wrong types, wrong media type, too large.
        let (st, b) =
            raw_post(&s, "/v1/join", None, "application/json", b"{\"invite_code\": ".to_vec()).await;
        assert_error(st, &b, 400, "bad_json");
        let (st, b) = s
            .post("/v1/join", None, &json!({ "invite_code": 7, "display_name": [], "device_name": "x" }))
            .await;
        assert_error(st, &b, 422, "invalid");
        let (st, b) = raw_post(&s, "/v1/sync", Some(&token), "text/plain", b"{}".to_vec()).await;
        assert_error(st, &b, 415, "unsupported_media_type");
        let big = format!("{{\"cursor\": 0, \"operations\": [], \"pad\": \"{}\"}}", "x".repeat(300 * 1024));
        let (st, b) = raw_post(&s, "/v1/sync", Some(&token), "application/json", big.into_bytes()).await;
        assert_error(st, &b, 413, "too_large");
        let (st, b) = s.post("/v1/sync", Some(&token), &json!({ "cursor": "soon", "operations": [] })).await;
        assert_error(st, &b, 422, "invalid");

        // A batch with one bad id fails whole: the good operation in it is not applied.
        let good = Uuid::now_v7();
        let (st, b) = s
            .post(
                "/v1/sync",
                Some(&token),
                &json!({ "cursor": 0, "operations": [
                upsert(good, 1, "whole_group", skill_content("Drawing", "Creative", None)),
                { "id": "not-a-uuid", "kind": "revoke_share", "share_id": Uuid::now_v7() },
            ] }),
            )
            .await;
        assert_error(st, &b, 422, "invalid");
        let (st, _) = s.get(&format!("/v1/shares/{good}"), &token).await;
        assert_eq!(st, 404, "nothing from the failed batch was applied");

        // Too many operations: refused whole.
        let many: Vec<Value> = (0..1001).map(|_| revoke(Uuid::now_v7())).collect();
        let (st, b) = s.post("/v1/sync", Some(&token), &json!({ "cursor": 0, "operations": many })).await;
        assert_error(st, &b, 422, "invalid");
        assert!(b["error"]["message"].as_str().unwrap_or_default().contains("1000"));

        // Unknown kinds, broken fields and too-long fields are rejected one by
        // one; the good operation beside them lands.
        let unknown = Uuid::now_v7();
        let broken = Uuid::now_v7();
        let long = Uuid::now_v7();
        let bad_rating = Uuid::now_v7();
        let body = s
            .sync(&token, 0, vec![
                json!({ "id": unknown, "kind": "teleport", "to": "the moon" }),
                json!({ "id": broken, "kind": "upsert_share", "share_id": Uuid::now_v7(), "version": "one" }),
                upsert(Uuid::now_v7(), 1, "lead", skill_content("Writing", "Creative", Some(&"a".repeat(4001)))),
                upsert(Uuid::now_v7(), 1, "lead", check_in_content("2026-01-01", &[("Writing", "Creative", 9)])),
                upsert(good, 1, "whole_group", skill_content("Drawing", "Creative", None)),
            ])
            .await;
        let rejected = body["rejected"].as_array().cloned().unwrap_or_default();
        assert_eq!(rejected.len(), 4, "{body}");
        assert_eq!(rejected[0]["operation_id"], json!(unknown));
        assert_eq!(rejected[0]["code"], "unknown_kind");
        assert_eq!(rejected[1]["operation_id"], json!(broken));
        assert_eq!(rejected[1]["code"], "invalid");
        assert!(rejected[2]["message"].as_str().unwrap_or_default().contains("4000"), "{}", rejected[2]);
        let _ = (long, bad_rating);
        assert!(rejected[3]["message"].as_str().unwrap_or_default().contains("1 to 5"), "{}", rejected[3]);
        assert_eq!(acked(&body).len(), 1);
        let (st, _) = s.get(&format!("/v1/shares/{good}"), &c.mia.device_token).await;
        assert_eq!(st, 200);

        // Tokens: none, garbage, revoked.
        let (st, b) = s.post("/v1/sync", None, &json!({ "cursor": 0 })).await;
        assert_error(st, &b, 401, "unauthorized");
        let (st, b) = s.post("/v1/sync", Some("brim_0000"), &json!({ "cursor": 0 })).await;
        assert_error(st, &b, 401, "unauthorized");
        let (st, _) = s.delete(&format!("/v1/devices/{}", c.mia.device_id), &c.mia.device_token).await;
        assert_eq!(st, 204);
        let (st, b) = s.post("/v1/sync", Some(&c.mia.device_token), &json!({ "cursor": 0 })).await;
        assert_error(st, &b, 401, "unauthorized");

        // Invites: unknown, expired, used up, revoked. None of them creates a member.
        let before = s
            .admin
            .run(brim_server::membership::ListMembers { group_id: c.group })
            .await
            .expect("list")
            .len();
        let join =
            |code: String| json!({ "invite_code": code, "display_name": "Sam", "device_name": "phone" });
        let (st, b) = s.post("/v1/join", None, &join("NOPE-NOPE-NOPE-NOPE".into())).await;
        assert_error(st, &b, 404, "invite_not_found");
        let expired = s.admin.invite_valid_for(c.group, Role::Member, 5, chrono::Duration::seconds(-1)).await;
        let (st, b) = s.post("/v1/join", None, &join(expired.code)).await;
        assert_error(st, &b, 410, "invite_expired");
        let single = s.admin.invite(c.group, Role::Member, 1).await;
        s.join(&single.code.to_lowercase().replace('-', " "), "Sol").await; // typed loosely, still works
        let (st, b) = s.post("/v1/join", None, &join(single.code)).await;
        assert_error(st, &b, 410, "invite_used_up");
        let revoked = s.admin.invite(c.group, Role::Member, 5).await;
        s.admin.revoke_invite(&revoked.code).await;
        let (st, b) = s.post("/v1/join", None, &join(revoked.code)).await;
        assert_error(st, &b, 410, "invite_revoked");
        let fresh = s.admin.invite(c.group, Role::Member, 5).await;
        let (st, b) = s
            .post(
                "/v1/join",
                None,
                &json!({ "invite_code": fresh.code, "display_name": "x".repeat(81), "device_name": "phone" }),
            )
            .await;
        assert_error(st, &b, 422, "invalid");
        let after = s
            .admin
            .run(brim_server::membership::ListMembers { group_id: c.group })
            .await
            .expect("list")
            .len();
        assert_eq!(after, before + 1, "only the one good join added a member");

        // Unknown routes look like not-found.
        let (st, b) = s.get("/v1/nothing-here", &token).await;
        assert_error(st, &b, 404, "not_found");
        s.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn join_and_sync_are_rate_limited_with_retry_after() {
    let mut config = test_config();
    config.limits.join = Limit { requests: 3, window: Duration::from_secs(60) };
    config.limits.per_device = Limit { requests: 5, window: Duration::from_secs(60) };
    let s = TestServer::start_with(Engine::Sqlite, config).await;
    let g = s.admin.create_group("Limits").await;
    let lead = s.join(&g.lead_invite.code, "Lena").await;
    for _ in 0..2 {
        let (st, _) = s
            .post(
                "/v1/join",
                None,
                &json!({ "invite_code": "WRONG", "display_name": "a", "device_name": "b" }),
            )
            .await;
        assert_eq!(st, 404);
    }
    let resp = s
        .http
        .post(s.url("/v1/join"))
        .json(&json!({ "invite_code": "WRONG", "display_name": "a", "device_name": "b" }))
        .send()
        .await
        .expect("join");
    assert_eq!(resp.status(), 429);
    let retry: u64 = resp
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&retry));
    let (_, body) = read(resp).await;
    assert_eq!(body["error"]["code"], "rate_limited");

    for _ in 0..5 {
        s.sync(&lead.device_token, 0, vec![]).await;
    }
    let (st, body) = s.post("/v1/sync", Some(&lead.device_token), &json!({ "cursor": 0 })).await;
    assert_eq!(st, 429, "{body}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_threshold_below_three_is_refused() {
    let config = brim_server::Config { k: 2, ..test_config() };
    let err = config.validate().expect_err("k = 2 is refused");
    assert!(err.to_string().contains("at least 3"), "{err}");
}

/// Whether the OpenAPI document lists `status` for `method` on `path`.
fn documented(doc: &Value, method: &str, path: &str, status: u16) -> bool {
    doc["paths"][path][method]["responses"].get(status.to_string()).is_some()
}

/// Found by schemathesis: malformed bodies on `/v1/join` and `/v1/devices`
/// got a 400, 413 or 415 that the OpenAPI document did not list, a known
/// path with an unknown method answered 404 instead of 405, and the document
/// did not say how long a name may be, that a sync refuses unknown fields,
/// or that its cursor takes any unsigned 64-bit number. Every error a client can cause must be
/// one the document promises, with the JSON body.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_error_a_client_can_cause_is_in_the_openapi_document() {
    let s = TestServer::start(Engine::Sqlite).await;
    let c = cast(&s, "Documented").await;
    let token = c.lead.device_token.clone();
    let doc = s.document().await;
    for (schema, field) in
        [("JoinRequest", "display_name"), ("JoinRequest", "device_name"), ("AddDeviceRequest", "device_name")]
    {
        let limits = &doc["components"]["schemas"][schema]["properties"][field];
        assert_eq!(limits["maxLength"], json!(brim_protocol::MAX_NAME_CHARS), "{schema}.{field}: {limits}");
        assert_eq!(limits["minLength"], json!(1), "{schema}.{field}: {limits}");
    }
    let sync = &doc["components"]["schemas"]["SyncRequest"];
    assert_eq!(sync["additionalProperties"], json!(false), "the server refuses unknown fields: {sync}");
    assert_eq!(sync["properties"]["cursor"]["format"], "uint64", "{sync}");
    assert_eq!(
        sync["properties"]["operations"]["maxItems"],
        json!(brim_protocol::MAX_OPERATIONS_PER_SYNC),
        "{sync}"
    );
    let too_big = format!("{{\"pad\": \"{}\"}}", "x".repeat(300 * 1024)).into_bytes();
    for path in ["/v1/join", "/v1/sync", "/v1/devices"] {
        for (content_type, body, want) in [
            ("application/json", b"{,".to_vec(), 400),
            ("application/json", too_big.clone(), 413),
            ("text/plain", b"{}".to_vec(), 415),
            ("application/json", b"{\"device_name\": 7, \"cursor\": \"x\"}".to_vec(), 422),
        ] {
            let (st, b) = raw_post(&s, path, Some(&token), content_type, body).await;
            assert_eq!(st, want, "POST {path}: {b}");
            assert!(documented(&doc, "post", path, st), "POST {path} answers {st}, which the document omits");
        }
    }
    let (st, b) = s.get("/v1/open-to-roles?skill=a&skill=b", &token).await;
    assert_error(st, &b, 422, "invalid");
    assert!(documented(&doc, "get", "/v1/open-to-roles", st));

    // A known path with a method it does not take: 405, the JSON error, and Allow.
    for (method, path, allow) in [
        ("PUT", "/v1/sync", "POST"),
        ("TRACE", "/v1/me", "GET,HEAD"),
        ("PATCH", "/v1/devices", "GET,HEAD,POST"),
    ] {
        let resp = s
            .http
            .request(method.parse().expect("method"), s.url(path))
            .bearer_auth(&token)
            .send()
            .await
            .expect("request");
        let allowed =
            resp.headers().get("allow").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        let (st, b) = read(resp).await;
        assert_error(st, &b, 405, "method_not_allowed");
        let mut got: Vec<&str> = allowed.split(',').map(str::trim).collect();
        got.sort_unstable();
        assert_eq!(got.join(","), allow, "{method} {path}");
    }
    s.stop().await;
}

const MADE_UP: &str = "brim_0000000000000000000000000000000000000000000000000000000000000000";

/// A request sent as a careful client sends a body (`Expect: 100-continue`),
/// over raw TCP: the body goes only if the server asks for it ("100
/// Continue"). Whether the server asked, and its answer's status and JSON.
async fn ask_before_sending(
    s: &TestServer,
    method: &str,
    path: &str,
    token: Option<&str>,
    content_type: &str,
    body: &[u8],
) -> (bool, u16, Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream =
        tokio::net::TcpStream::connect(s.base.trim_start_matches("http://")).await.expect("connect");
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: brim\r\n{auth}Content-Type: {content_type}\r\n\
         Content-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.expect("head");
    let (mut got, mut buf, mut asked) = (Vec::new(), [0u8; 4096], false);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let end = got.windows(4).position(|w| w == b"\r\n\r\n").map(|at| at + 4);
        let Some(end) = end else {
            let n = tokio::time::timeout_at(deadline, stream.read(&mut buf))
                .await
                .unwrap_or_else(|_| panic!("{method} {path}: no answer"))
                .expect("read");
            assert!(n > 0, "{method} {path}: closed without an answer");
            got.extend_from_slice(&buf[..n]);
            continue;
        };
        let status_line = String::from_utf8_lossy(&got[..end]).into_owned();
        let status: u16 = status_line.get(9..12).and_then(|s| s.parse().ok()).expect("a status line");
        if status == 100 {
            asked = true;
            got.drain(..end);
            stream.write_all(body).await.expect("body");
            continue;
        }
        let length: usize = status_line
            .lines()
            .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_owned()))
            .and_then(|v| v.parse().ok())
            .expect("content-length");
        while got.len() < end + length {
            let n = tokio::time::timeout_at(deadline, stream.read(&mut buf))
                .await
                .expect("body in time")
                .expect("read");
            assert!(n > 0, "{method} {path}: the answer was cut short");
            got.extend_from_slice(&buf[..n]);
        }
        return (asked, status, serde_json::from_slice(&got[end..end + length]).unwrap_or(Value::Null));
    }
}

/// Every route that takes a device token and a body asks for the token
/// before anything else: a made-up one is a 401 before the body is even
/// asked for, so it cannot make the server read, parse or wait for a body.
/// The routes are read from the served document. The sync is the one
/// exception, by design: whether it writes is in its body, so the body is
/// read first (a made-up token is then refused on a reader, see `readers`).
///
/// Adding a device, in full: without a token, or with a made-up one, the
/// answer is 401 whatever the body, and the document says so; with a real
/// token the same bodies get their own errors.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_made_up_token_is_refused_before_its_body_is_asked_for() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Asked").await;
        let doc = s.document().await;
        let mut checked = Vec::new();
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("operations") {
                if op.get("requestBody").is_none() || op.get("security").is_none() || path == "/v1/sync" {
                    continue;
                }
                let path = path.replace("{member_id}", &c.mo.member_id.to_string());
                let method = method.to_uppercase();
                let (asked, st, b) =
                    ask_before_sending(&s, &method, &path, Some(MADE_UP), "application/json", b"{}").await;
                assert_eq!(st, 401, "{engine:?}: {method} {path}: {b}");
                assert_error(st, &b, 401, "unauthorized");
                assert!(
                    !asked,
                    "{engine:?}: {method} {path}: the body was asked for before the token was checked"
                );
                checked.push(format!("{method} {path}"));
            }
        }
        assert_eq!(checked.len(), 4, "{checked:?}");

        let too_big = format!("{{\"device_name\": \"{}\"}}", "x".repeat(300 * 1024)).into_bytes();
        for (content_type, body, want, code) in [
            ("application/json", b"{,".to_vec(), 400, "bad_json"),
            ("application/json", b"[\"tablet\"]".to_vec(), 422, "invalid"),
            ("application/json", too_big, 413, "too_large"),
            ("text/plain", b"tablet".to_vec(), 415, "unsupported_media_type"),
            ("application/json", b"{\"device_name\": 7}".to_vec(), 422, "invalid"),
            ("application/json", b"{\"device_name\": \"tablet\"}".to_vec(), 200, ""),
        ] {
            let shown = String::from_utf8_lossy(&body[..body.len().min(24)]).into_owned();
            for token in [None, Some(MADE_UP)] {
                let (asked, st, b) =
                    ask_before_sending(&s, "POST", "/v1/devices", token, content_type, &body).await;
                assert_eq!(st, 401, "{engine:?}: {token:?}, {content_type} {shown}: {b}");
                assert_error(st, &b, 401, "unauthorized");
                assert!(!asked, "{engine:?}: {token:?}, {content_type} {shown}: the body was asked for");
            }
            let (st, b) = raw_post(&s, "/v1/devices", Some(&c.mo.device_token), content_type, body).await;
            assert_eq!(st, want, "{engine:?}: a real token, {content_type} {shown}: {b}");
            if want != 200 {
                assert_error(st, &b, want, code);
            }
        }
        for status in [200, 400, 401, 413, 415, 422] {
            assert!(
                documented(&doc, "post", "/v1/devices", status),
                "POST /v1/devices: {status} is not documented"
            );
        }
        s.stop().await;
    }
}

/// A NUL character is valid JSON (`\u0000`) but PostgreSQL cannot store it in
/// text: it must be refused as bad input on both engines, never become a 500.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nul_characters_are_bad_input_not_a_server_error() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Nul").await;
        let invite = s.admin.invite(c.group, Role::Member, 5).await;
        let (st, b) = s
            .post(
                "/v1/join",
                None,
                &json!({ "invite_code": invite.code, "display_name": "Sa\u{0}m", "device_name": "phone" }),
            )
            .await;
        assert_error(st, &b, 422, "invalid");
        let (st, b) = s
            .post("/v1/join", None, &json!({ "invite_code": format!("{}\u{0}", invite.code), "display_name": "Sam", "device_name": "phone" }))
            .await;
        assert!(st < 500, "{engine:?}: {st} {b}");
        let (st, b) =
            s.post("/v1/devices", Some(&c.mo.device_token), &json!({ "device_name": "tab\u{0}let" })).await;
        assert_error(st, &b, 422, "invalid");
        let body = s
            .sync(&c.lead.device_token, 0, vec![
                json!({ "id": Uuid::now_v7(), "kind": "send_recognition", "recognition_id": Uuid::now_v7(),
                    "to_member_id": c.mo.member_id, "skill": { "name": "Lis\u{0}tening", "area": "People" }, "message": "hi\u{0}" }),
                upsert(Uuid::now_v7(), 1, "lead", skill_content("Draw\u{0}ing", "Creative", Some("a\u{0}b"))),
                json!({ "id": Uuid::now_v7(), "kind": "set_open_to_roles", "version": 1, "open": true, "skills": ["Cook\u{0}ing"] }),
            ])
            .await;
        assert_eq!(rejected_codes(&body), vec!["invalid"; 3], "{engine:?}: {body}");
        let (st, b) = s.get("/v1/open-to-roles?skill=Cook%00ing", &c.lead.device_token).await;
        assert!(st < 500, "{engine:?}: {st} {b}");
        s.stop().await;
    }
}

/// The document says which routes take a device token, and the server
/// agrees: every operation it marks answers a request without a token 401,
/// and the ones it leaves open (health, join) never do. The operations are
/// read from the served document, so a new route is covered as it lands.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_routes_the_document_marks_for_a_device_token_refuse_a_request_without_one() {
    let s = TestServer::start(Engine::Sqlite).await;
    let doc = s.document().await;
    let (mut marked, mut open) = (0, 0);
    for (path, item) in doc["paths"].as_object().expect("paths") {
        // Any id in the path: the token is checked before anything is looked up.
        let with_ids: Vec<String> = path
            .split('/')
            .map(|part| if part.starts_with('{') { Uuid::now_v7().to_string() } else { part.to_owned() })
            .collect();
        let url = s.url(&with_ids.join("/"));
        for (method, op) in item.as_object().expect("path item") {
            let needs_token = op["security"] == json!([{ "device_token": [] }]);
            let documents_401 = op["responses"]["401"].is_object();
            assert_eq!(
                needs_token, documents_401,
                "{method} {path}: a token route lists 401, an open one doesn't"
            );
            let req = match method.as_str() {
                "get" => s.http.get(&url),
                "delete" => s.http.delete(&url),
                "post" => s.http.post(&url).json(&json!({})),
                "put" => s.http.put(&url).json(&json!({})),
                other => panic!("{other} {path}: a method this test doesn't send"),
            };
            let (status, body) = read(req.send().await.expect("request")).await;
            if needs_token {
                assert_eq!(status, 401, "{method} {path} without a token: {body}");
                marked += 1;
            } else {
                assert_ne!(status, 401, "{method} {path} is open, yet: {body}");
                open += 1;
            }
        }
    }
    assert!(marked >= 18 && open == 2, "{marked} token operations, {open} open ones");
    s.stop().await;
}
