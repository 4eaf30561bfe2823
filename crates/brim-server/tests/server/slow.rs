//! Slow clients cannot hold the server: a head that trickles in, a kept-alive
//! connection that says nothing, and a body that never finishes are cut off,
//! and connections past the cap wait to be accepted. Raw TCP, so nothing in
//! between helps.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::common::*;

fn config(header: u64, body: u64, max_connections: usize) -> brim_server::Config {
    let mut c = test_config();
    c.connections.header_timeout = Duration::from_secs(header);
    c.connections.body_timeout = Duration::from_secs(body);
    c.connections.max_connections = max_connections;
    c
}

async fn connect(s: &TestServer) -> TcpStream {
    TcpStream::connect(s.base.trim_start_matches("http://")).await.expect("connect")
}

/// Read until the server closes the connection (or `limit` passes); what came.
async fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> Option<String> {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0) | Err(_)) => return Some(String::from_utf8_lossy(&got).into_owned()),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_head_that_trickles_in_is_cut_off() {
    let s = TestServer::start_with(Engine::Sqlite, config(1, 30, 64)).await;
    let mut stream = connect(&s).await;
    stream.write_all(b"GET /v1/health HTTP/1.1\r\nHost: brim\r\n").await.expect("write");
    // One header line every 200 ms, for up to 30 s: the server must close
    // the connection long before the head is done.
    let mut cut_off = false;
    for i in 0..150 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if stream.write_all(format!("X-Slow-{i}: a\r\n").as_bytes()).await.is_err() {
            cut_off = true;
            break;
        }
        let mut probe = [0u8; 512];
        if let Ok(Ok(0) | Err(_)) =
            tokio::time::timeout(Duration::from_millis(1), stream.read(&mut probe)).await
        {
            cut_off = true;
            break;
        }
    }
    assert!(cut_off, "a client sending one header line at a time was never cut off");
    // The server goes on serving everyone else.
    let (st, _) = read(s.http.get(s.url("/v1/health")).send().await.expect("health")).await;
    assert_eq!(st, 200);
    drop(stream);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_kept_alive_connection_is_closed() {
    let s = TestServer::start_with(Engine::Sqlite, config(1, 30, 64)).await;
    let mut stream = connect(&s).await;
    stream.write_all(b"GET /v1/health HTTP/1.1\r\nHost: brim\r\n\r\n").await.expect("write");
    let mut buf = [0u8; 4096];
    let n = stream.read(&mut buf).await.expect("response");
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"), "served first");
    // Then say nothing: the server closes the connection.
    let rest = read_until_closed(&mut stream, Duration::from_secs(30)).await;
    assert!(rest.is_some(), "an idle connection was kept open");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_that_never_finishes_gets_408() {
    let s = TestServer::start_with(Engine::Sqlite, config(10, 1, 64)).await;
    let c = cast(&s, "Slow body").await;
    let mut stream = connect(&s).await;
    let head = format!(
        "POST /v1/sync HTTP/1.1\r\nHost: brim\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"cursor\": 0,",
        c.mo.device_token
    );
    stream.write_all(head.as_bytes()).await.expect("write");
    let answer = read_until_closed(&mut stream, Duration::from_secs(30)).await.expect("the server answered");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("too slowly"), "{answer}");
    let body: serde_json::Value =
        serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap_or_default().trim())
            .expect("JSON error body");
    assert_eq!(body["error"]["code"], "too_slow", "its own code, not rate_limited: {answer}");
    assert!(!answer.contains(&c.mo.device_token), "{answer}");
    // The device itself is fine.
    s.sync(&c.mo.device_token, 0, vec![]).await;
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_past_the_cap_wait_to_be_accepted() {
    let s = TestServer::start_with(Engine::Sqlite, config(30, 30, 3)).await;
    let mut silent = Vec::new();
    for _ in 0..3 {
        silent.push(connect(&s).await);
    }
    // Give the server a moment to take the three in.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut fourth = connect(&s).await; // the kernel's backlog takes it; the server does not
    fourth
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: brim\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut buf = [0u8; 64];
    let early = tokio::time::timeout(Duration::from_millis(700), fourth.read(&mut buf)).await;
    assert!(early.is_err(), "a fourth connection was served while three were held");
    drop(silent.pop());
    let answer =
        read_until_closed(&mut fourth, Duration::from_secs(30)).await.expect("served once one closed");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    drop(silent);
    s.stop().await;
}
