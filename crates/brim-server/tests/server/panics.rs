//! A panic answers 500 and the server goes on: in a handler, and halfway
//! through a transaction (which is rolled back), on each engine. The panic
//! comes from a test-only route (feature `test-routes`, mounted only when the
//! test's config asks).

use serde_json::Value;

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_answers_500_and_the_next_request_is_served() {
    for engine in engines() {
        let mut config = test_config();
        config.test_routes = true;
        let s = TestServer::start_with(engine, config).await;
        let c = cast(&s, "Panics").await;
        let name = format!("Half-written {}", uuid::Uuid::now_v7());
        for query in ["in=handler".to_owned(), format!("in=store&group={name}")] {
            for _ in 0..3 {
                let resp =
                    s.http.get(s.url(&format!("/v1/test/panic?{query}"))).send().await.expect("request");
                let (st, b) = read(resp).await;
                assert_eq!(st, 500, "{engine:?} {query}: {b}");
                assert_eq!(b["error"]["code"], "internal", "{b}");
                let message = b["error"]["message"].as_str().unwrap_or_default();
                assert!(!message.contains("panic"), "the message is the plain 500 one: {b}");
                // The next request, on the store too, is served.
                let (st, b) = s.get("/v1/me", &c.mo.device_token).await;
                assert_eq!(st, 200, "{engine:?} after {query}: {b}");
                s.sync(&c.mo.device_token, 0, vec![]).await;
            }
        }
        // What the panicking transaction wrote is not there.
        let groups = s.admin.run(AllGroupNames).await.expect("groups");
        assert!(groups.iter().any(|g| g == "Panics"), "{groups:?}");
        assert!(!groups.contains(&name), "{engine:?}: a panicked transaction was committed");
        s.stop().await;
    }
}

/// Without the config switch the route is not there (a plain 404).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_panic_route_is_only_there_when_asked_for() {
    let s = TestServer::start(Engine::Sqlite).await;
    let resp = s.http.get(s.url("/v1/test/panic")).send().await.expect("request");
    let (st, b): (u16, Value) = read(resp).await;
    assert_eq!(st, 404, "{b}");
    s.stop().await;
}

#[derive(Debug)]
struct AllGroupNames;

impl brim_server::store::Job for AllGroupNames {
    type Output = Vec<String>;
    async fn run<C: brim_server::store::Conn>(self, c: &mut C) -> brim_server::Result<Vec<String>> {
        let rows = c.query("SELECT name FROM groups", &[]).await?;
        Ok(rows
            .iter()
            .filter_map(|r| match r.get("name") {
                Ok(brim_server::store::Value::Text(name)) => Some(name.clone()),
                _ => None,
            })
            .collect())
    }
}
