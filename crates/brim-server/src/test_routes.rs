//! Routes only tests mount (feature `test-routes`, and `Config::test_routes`):
//! a handler that panics, in the handler itself or halfway through a
//! transaction, so a test can see the panic answered 500 and the next
//! request served.

use std::sync::Arc;

use axum::extract::{Query, State};
use serde::Deserialize;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::http::AppState;
use crate::store::queries::{self as q, GroupRow};
use crate::store::{Conn, Job, Store};

/// `?in=handler` (the default) or `?in=store`, and the name of the group the
/// store variant writes before it panics (it must never be found after).
#[derive(Debug, Deserialize)]
pub struct PanicQuery {
    #[serde(rename = "in")]
    place: Option<String>,
    group: Option<String>,
}

/// Writes a group, then panics before the transaction ends.
#[derive(Debug)]
struct PanicMidTransaction(String);

impl Job for PanicMidTransaction {
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C) -> Result<()> {
        let row =
            GroupRow { id: Uuid::now_v7(), name: self.0, created_at: crate::token::now(), board_version: 0 };
        q::insert_group(c, &row).await?;
        panic!("test route: a panic halfway through a transaction");
    }
}

/// `GET /v1/test/panic`.
pub async fn panic<S: Store>(
    State(st): State<Arc<AppState<S>>>,
    Query(query): Query<PanicQuery>,
) -> Result<&'static str, Error> {
    if query.place.as_deref() == Some("store") {
        st.store.transact(PanicMidTransaction(query.group.unwrap_or_else(|| "Panicked".into()))).await?;
        return Ok("the job did not panic");
    }
    panic!("test route: a panic in a handler");
}

/// `GET /v1/test/limiters`: how many keys each rate limiter holds, so a test
/// can check that a flood of made-up tokens and addresses stays bounded.
pub async fn limiters<S: Store>(State(st): State<Arc<AppState<S>>>) -> axum::Json<serde_json::Value> {
    let l = &st.limiters;
    axum::Json(serde_json::json!({
        "address": l.address.len(),
        "address_capacity": l.address.capacity(),
        "join": l.join.len(),
        "device": l.device.len(),
    }))
}
