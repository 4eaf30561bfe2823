//! Abuse is cheap to refuse: every route is limited per client address
//! before anything is looked up, real devices per device after their token is
//! found real, and a flood of made-up tokens from many addresses leaves the
//! limiters' memory bounded (asserted on their sizes, never on time).

use std::sync::Arc;
use std::time::Duration;

use brim_server::ratelimit::Limit;
use serde_json::{Value, json};

use crate::common::*;

const XFF: &str = "x-forwarded-for";

fn retry_after(resp: &reqwest::Response) -> u64 {
    resp.headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("a 429 says when to come back in Retry-After")
}

async fn limiter_sizes(s: &TestServer) -> Value {
    let resp = s.http.get(s.url("/v1/test/limiters")).header(XFF, "192.0.2.250").send().await.expect("sizes");
    assert_eq!(resp.status(), 200);
    resp.json().await.expect("json")
}

/// 100,000 requests with made-up tokens, from 20,000 addresses, against a
/// server that remembers at most 1,000: every answer is a 401 or a 429 (never
/// a 5xx), and no limiter grows past its bound; the made-up tokens become
/// no key at all. A real device still syncs afterwards, from its own address.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_flood_of_made_up_tokens_from_many_addresses_stays_bounded() {
    let mut config = test_config();
    config.client_ip_header = Some(XFF.parse().expect("header"));
    config.limits.per_address = Limit::per_minute(10);
    config.limits.max_addresses = 1_000;
    config.test_routes = true;
    let s = Arc::new(TestServer::start_with(Engine::Sqlite, config).await);
    let c = cast(&s, "Flood").await;
    const REQUESTS: u32 = 100_000;
    const ADDRESSES: u32 = 20_000;
    const TASKS: u32 = 16;
    let mut tasks = Vec::new();
    for t in 0..TASKS {
        let s = Arc::clone(&s);
        tasks.push(tokio::spawn(async move {
            let (mut unauthorized, mut limited) = (0u32, 0u32);
            for i in (t..REQUESTS).step_by(TASKS as usize) {
                let a = i % ADDRESSES;
                let addr = format!("10.{}.{}.{}", a >> 16, (a >> 8) & 255, a & 255);
                let path = ["/v1/sync", "/v1/me", "/v1/devices", "/v1/summary"][(i % 4) as usize];
                let req = if path == "/v1/sync" {
                    s.http.post(s.url(path)).json(&json!({ "cursor": 0 }))
                } else {
                    s.http.get(s.url(path))
                };
                let resp = req
                    .bearer_auth(format!("brim_{i:064x}"))
                    .header(XFF, format!("203.0.113.9, {addr}"))
                    .send()
                    .await
                    .expect("request");
                match resp.status().as_u16() {
                    401 => unauthorized += 1,
                    429 => {
                        assert!(retry_after(&resp) >= 1);
                        limited += 1;
                    }
                    other => panic!("a made-up token got {other}"),
                }
            }
            (unauthorized, limited)
        }));
    }
    let (mut unauthorized, mut limited) = (0, 0);
    for t in tasks {
        let (u, l) = t.await.expect("task");
        unauthorized += u;
        limited += l;
    }
    assert_eq!(unauthorized + limited, REQUESTS);
    assert!(limited > REQUESTS / 2, "most of the flood was refused before any lookup: {limited}");
    let sizes = limiter_sizes(&s).await;
    let capacity = sizes["address_capacity"].as_u64().expect("capacity");
    assert_eq!(capacity, 1_000 + u64::from(brim_server::ratelimit::SHARED_KEYS));
    // Sixteen requests may each add a key between a size check and their insert.
    assert!(sizes["address"].as_u64().expect("size") <= capacity + u64::from(TASKS), "{sizes}");
    assert!(sizes["address"].as_u64().expect("size") >= 1_000, "the map did fill: {sizes}");
    assert_eq!(sizes["device"], 0, "a made-up token never becomes a key: {sizes}");

    // A real device, from an address of its own, is served.
    let resp = s
        .http
        .post(s.url("/v1/sync"))
        .bearer_auth(&c.mo.device_token)
        .header(XFF, "198.51.100.7")
        .json(&json!({ "cursor": 0 }))
        .send()
        .await
        .expect("sync");
    // Its address may be counted in a shared allowance while the map is full;
    // it is never refused as unauthorized.
    assert!(matches!(resp.status().as_u16(), 200 | 429), "{}", resp.status());
    Arc::try_unwrap(s).expect("one owner").stop().await;
}

/// Every route is limited per address, unknown ones and the document
/// included; the header is trusted only when configured.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_is_limited_per_address_and_the_header_only_when_trusted() {
    for trusted in [false, true] {
        let mut config = test_config();
        config.limits.per_address = Limit::per_minute(8);
        if trusted {
            config.client_ip_header = Some("X-Forwarded-For".parse().expect("header"));
        }
        let s = TestServer::start_with(Engine::Sqlite, config).await;
        let paths = [
            "/v1/health",
            "/v1/openapi.json",
            "/v1/me",
            "/v1/devices",
            "/v1/summary",
            "/v1/open-to-roles",
            "/v1/nothing",
        ];
        let mut seen = 0;
        for path in paths.iter().cycle().take(8) {
            let resp = s.http.get(s.url(path)).bearer_auth("brim_made_up").send().await.expect("request");
            assert_ne!(resp.status(), 429, "{path}: the first eight are let through");
            seen += 1;
        }
        assert_eq!(seen, 8);
        for (i, path) in paths.iter().chain(["/v1/sync", "/v1/join"].iter()).enumerate() {
            let req = if path.ends_with("sync") || path.ends_with("join") {
                s.http.post(s.url(path)).json(&json!({}))
            } else {
                s.http.get(s.url(path))
            };
            // A forged header changes nothing unless the server was told to trust it.
            let resp = req
                .bearer_auth("brim_made_up")
                .header(XFF, format!("10.9.9.{i}"))
                .send()
                .await
                .expect("request");
            if trusted {
                assert_ne!(resp.status(), 429, "{path}: another address has its own allowance");
                continue;
            }
            assert_eq!(resp.status(), 429, "{path}");
            let wait = retry_after(&resp);
            assert!((1..=60).contains(&wait), "{wait}");
            let (_, body) = read(resp).await;
            assert_eq!(body["error"]["code"], "rate_limited", "{body}");
            assert!(body["error"]["message"].as_str().unwrap_or_default().contains("Try again"), "{body}");
        }
        s.stop().await;
    }
}

/// A real device is limited on every route that takes its token, by its own
/// allowance: other devices and made-up tokens neither use it up nor share it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_device_has_its_own_limit_on_every_route() {
    for engine in engines() {
        let mut config = test_config();
        config.limits.per_device = Limit { requests: 6, window: Duration::from_secs(60) };
        let s = TestServer::start_with(engine, config).await;
        let c = cast(&s, "Per device").await;
        let lead = c.lead.device_token.clone();
        // Made-up tokens first: they are 401 and count against no device.
        for i in 0..50 {
            let (st, _) = s.get("/v1/me", &format!("brim_{i:064x}")).await;
            assert_eq!(st, 401);
        }
        let me = format!("/v1/members/{}/shares", c.lead.member_id);
        let paths = ["/v1/me", "/v1/devices", "/v1/summary", "/v1/open-to-roles", &me];
        for path in paths {
            let (st, b) = s.get(path, &lead).await;
            assert_eq!(st, 200, "{engine:?} {path}: {b}");
        }
        s.sync(&lead, 0, vec![]).await;
        for path in paths {
            let resp = s.http.get(s.url(path)).bearer_auth(&lead).send().await.expect("request");
            assert_eq!(resp.status(), 429, "{engine:?} {path}");
            assert!(retry_after(&resp) >= 1);
        }
        let (st, b) = s.post("/v1/sync", Some(&lead), &json!({ "cursor": 0 })).await;
        assert_eq!(st, 429, "{b}");
        let (st, b) = s.post("/v1/devices", Some(&lead), &json!({ "device_name": "tablet" })).await;
        assert_eq!(st, 429, "{b}");
        // Another device of the group is not affected.
        let (st, b) = s.get("/v1/me", &c.mo.device_token).await;
        assert_eq!(st, 200, "{b}");
        s.stop().await;
    }
}

/// The document promises the 429 and its Retry-After on every operation.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_document_lists_429_with_retry_after_on_every_operation() {
    let s = TestServer::start(Engine::Sqlite).await;
    let doc = s.document().await;
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let limited = &op["responses"]["429"];
            assert!(limited["headers"]["Retry-After"].is_object(), "{method} {path}: {limited}");
            assert!(limited["content"]["application/json"].is_object(), "{method} {path}: {limited}");
            operations += 1;
        }
    }
    assert!(operations >= 11, "{operations}");
    s.stop().await;
}
