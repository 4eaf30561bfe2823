//! PostgreSQL over TLS, against the throwaway cluster of
//! scripts/with-postgres.sh: ssl on with a certificate its own authority
//! signed for 127.0.0.1, and a role (brim_tls) that pg_hba lets in only
//! over TLS. `require` encrypts (and checks no certificate); `verify-full`
//! also checks the certificate's authority and name; a plain connection is
//! refused by the database, and a wrong authority or name by the server.

use std::sync::Arc;

use brim_server::store::{Conn, Job};
use brim_server::{PostgresStore, Store};
use serde_json::json;

use crate::common::*;

/// The TLS URL and the authority's certificate, or `None` (with a note)
/// when the cluster has no TLS.
fn tls() -> Option<(String, String, String)> {
    match (
        std::env::var("BRIM_TEST_POSTGRES_TLS_URL"),
        std::env::var("BRIM_TEST_POSTGRES_TLS_CA"),
        std::env::var("BRIM_TEST_POSTGRES_OTHER_CA"),
    ) {
        (Ok(url), Ok(ca), Ok(other)) if !url.is_empty() => Some((url, ca, other)),
        _ => {
            assert!(
                std::env::var("BRIM_REQUIRE_POSTGRES").as_deref() != Ok("1")
                    || std::env::var("BRIM_PG_TLS").as_deref() == Ok("off"),
                "BRIM_REQUIRE_POSTGRES=1 but the cluster has no TLS: run through scripts/with-postgres.sh \
                 with openssl installed"
            );
            eprintln!("note: no TLS PostgreSQL here (scripts/with-postgres.sh makes one)");
            None
        }
    }
}

/// Whether this very connection is encrypted, and with which TLS version.
#[derive(Debug)]
struct Encrypted;

impl Job for Encrypted {
    type Output = (i64, String);
    async fn run<C: Conn>(self, c: &mut C) -> brim_server::Result<(i64, String)> {
        let rows = c
            .query(
                "SELECT CASE WHEN ssl THEN 1 ELSE 0 END::bigint AS on_tls, coalesce(version, 'none') AS version \
                 FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )
            .await?;
        match rows.first().map(|r| (r.get("on_tls").cloned(), r.get("version").cloned())) {
            Some((Ok(brim_server::store::Value::Int(on)), Ok(brim_server::store::Value::Text(v)))) => {
                Ok((on, v))
            }
            other => panic!("unexpected row {other:?}"),
        }
    }
}

fn with(url: &str, query: &str, schema: &str) -> String {
    format!("{url}?{query}&options=-c%20search_path%3D{schema}")
}

#[tokio::test]
async fn require_and_verify_full_connect_encrypted_and_the_server_works_over_them() {
    let Some((url, ca, _)) = tls() else { return };
    let (_, schema) = fresh_postgres_schema().await;
    for query in ["sslmode=require".to_owned(), format!("sslmode=verify-full&sslrootcert={ca}")] {
        let store = PostgresStore::connect(&with(&url, &query, &schema)).await.expect(&query);
        let (on, version) = store.transact(Encrypted).await.unwrap();
        assert_eq!(on, 1, "{query}: the connection is encrypted");
        assert!(version.starts_with("TLS"), "{query}: {version}");

        // The whole server on that store: a group, a join and a sync.
        let store = Arc::new(store);
        let group = store
            .transact(brim_server::membership::CreateGroup {
                name: "Riverside".into(),
                valid_for: chrono::Duration::days(1),
            })
            .await
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(brim_server::serve(listener, store, test_config(), async move {
            let _ = stopped.await;
        }));
        let lead = join_at(&base, &group.lead_invite.code, "Lena", "Lena's phone").await;
        let op = upsert(uuid::Uuid::now_v7(), 1, "whole_group", skill_content("Listening", "People", None));
        let resp = http_client()
            .post(format!("{base}/v1/sync"))
            .bearer_auth(&lead.device_token)
            .json(&json!({ "cursor": 0, "operations": [op] }))
            .send()
            .await
            .unwrap();
        let (status, body) = read(resp).await;
        assert_eq!(status, 200, "{query}: {body}");
        assert_eq!(acked(&body).len(), 1);
        let _ = stop.send(());
        task.await.unwrap().unwrap();
    }
}

#[tokio::test]
async fn plain_wrong_authority_and_wrong_name_are_refused() {
    let Some((url, ca, other_ca)) = tls() else { return };
    let (_, schema) = fresh_postgres_schema().await;
    // The database refuses brim_tls in plain text (hostnossl … reject).
    for query in ["sslmode=disable", "sslmode=prefer", "application_name=brim"] {
        let err = PostgresStore::connect(&with(&url, query, &schema)).await.unwrap_err();
        assert!(format!("{err:?}").contains("no encryption"), "{query}: {err:?}");
    }
    // Brim refuses a certificate no trusted authority signed…
    for query in [
        format!("sslmode=verify-full&sslrootcert={other_ca}"),
        format!("sslmode=verify-ca&sslrootcert={other_ca}"),
        format!("sslmode=require&sslrootcert={other_ca}"),
        "sslmode=verify-full".to_owned(),
        "sslmode=verify-full&sslrootcert=system".to_owned(),
    ] {
        let err = PostgresStore::connect(&with(&url, &query, &schema)).await.unwrap_err();
        assert!(format!("{err:?}").to_lowercase().contains("certificate"), "{query}: {err:?}");
    }
    // …and, for verify-full only, one issued for another name.
    let port = url.rsplit(':').next().and_then(|p| p.split('/').next()).unwrap();
    let elsewhere = url.replace(&format!("127.0.0.1:{port}"), &format!("db.brim.invalid:{port}"));
    let by_name = |mode: &str| {
        with(&elsewhere, &format!("hostaddr=127.0.0.1&sslmode={mode}&sslrootcert={ca}"), &schema)
    };
    let err = PostgresStore::connect(&by_name("verify-full")).await.unwrap_err();
    assert!(format!("{err:?}").to_lowercase().contains("certificate"), "{err:?}");
    let store = PostgresStore::connect(&by_name("verify-ca")).await.expect("verify-ca checks no name");
    assert_eq!(store.transact(Encrypted).await.unwrap().0, 1);
}
