//! Bodies are what the OpenAPI document says: every body the server takes is
//! a JSON object. serde also reads a struct from a JSON array (its sequence
//! form), so before this `POST /v1/join` with `["CODE", "Sam", "phone"]`
//! really joined. The routes are read from the served document, so a new
//! route with a body is covered without touching this test.

use brim_protocol::Role;
use brim_server::membership::{AsCaller, ListDevices, ListInvites};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::*;

/// `(method, path, schema)` of every operation in the document that takes a
/// JSON body, with its request schema resolved.
fn body_routes(doc: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            let Some(schema) = op["requestBody"]["content"]["application/json"]["schema"].as_object() else {
                continue;
            };
            let schema = match schema.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    let name = r.rsplit('/').next().expect("ref name");
                    doc["components"]["schemas"][name].clone()
                }
                None => Value::Object(schema.clone()),
            };
            out.push((method.clone(), path.clone(), schema));
        }
    }
    out.sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_that_is_not_a_json_object_is_refused_on_every_route() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Shapes").await;
        let token = c.mo.device_token.clone();
        let doc = s.document().await;
        let routes = body_routes(&doc);
        let types: Vec<&str> = routes.iter().map(|r| r.2["type"].as_str().unwrap_or("?")).collect();
        assert_eq!(
            routes.iter().map(|r| format!("{} {}", r.0, r.1)).collect::<Vec<_>>(),
            [
                "post /v1/devices",
                "post /v1/invites",
                "post /v1/join",
                "put /v1/members/{member_id}/role",
                "post /v1/opportunities",
                "post /v1/sync"
            ],
            "a new route with a body: check it is covered here"
        );
        assert_eq!(types, ["object"; 6], "the document says each body is an object");

        let invite = s.admin.invite(c.group, Role::Member, 5).await;
        let share = Uuid::now_v7();
        let op = upsert(share, 1, "whole_group", skill_content("Drawing", "Creative", None));
        // The sequence form of each route's own request, with real values in it,
        // then every other kind of JSON that is not an object.
        let sequence_form = |path: &str| match path {
            "/v1/join" => json!([invite.code, "Sam", "phone"]),
            "/v1/devices" => json!(["tablet"]),
            "/v1/sync" => json!([0, [op]]),
            "/v1/invites" => json!(["member", 5, 7]),
            "/v1/members/{member_id}/role" => json!(["peer_supporter"]),
            "/v1/opportunities" => json!(["Interview panel", null, ["Listening"], "2099-01-01"]),
            other => panic!("no sequence form written for {other}"),
        };
        let invites_before = s.admin.run(ListInvites { group_id: c.group }).await.expect("invites").len();
        for (method, path, _) in &routes {
            // The lead's routes are the lead's: anyone else is told 404 before the body is read.
            let token =
                if ["/v1/invites", "/v1/members", "/v1/opportunities"].iter().any(|p| path.starts_with(p)) {
                    c.lead.device_token.clone()
                } else {
                    token.clone()
                };
            let url = s.url(&path.replace("{member_id}", &c.mo.member_id.to_string()));
            for body in [sequence_form(path), json!([]), json!(null), json!(7), json!("text"), json!(true)] {
                let resp = s
                    .http
                    .request(method.to_uppercase().parse().expect("method"), url.clone())
                    .bearer_auth(&token)
                    .header("content-type", "application/json")
                    .body(body.to_string())
                    .send()
                    .await
                    .expect("request");
                let (st, b) = read(resp).await;
                assert_eq!(st, 422, "{engine:?} {method} {path} with {body}: {b}");
                assert_eq!(b["error"]["code"], "invalid", "{b}");
                let message = b["error"]["message"].as_str().unwrap_or_default();
                assert!(message.contains("JSON object"), "the message says what to send: {b}");
                assert!(!message.contains(&invite.code), "the message never quotes an invite code: {b}");
                assert!(
                    doc["paths"][path][method]["responses"].get("422").is_some(),
                    "{method} {path} answers 422, which the document must list"
                );
            }
        }

        // Nothing happened: the invite was not used, no device was made, the
        // share was not stored.
        let invites = s.admin.run(ListInvites { group_id: c.group }).await.expect("invites");
        assert_eq!(invites.len(), invites_before, "{engine:?}: a refused body made an invite");
        let mo = s.admin.export(c.mo.member_id).await.expect("export");
        assert_eq!(mo["member"]["role"], "member", "{engine:?}: a refused body changed a role");
        let used = invites.iter().find(|i| i.0 == invite.invite_id).expect("invite").3;
        assert_eq!(used, 0, "{engine:?}: a refused join used the invite");
        let devices =
            s.admin.run(AsCaller { caller: token.as_str().into(), job: ListDevices }).await.expect("devices");
        assert_eq!(devices.devices.len(), 1, "{engine:?}: a refused body made a device");
        let (st, _) = s.get(&format!("/v1/shares/{share}"), &c.mia.device_token).await;
        assert_eq!(st, 404, "{engine:?}: a refused sync stored its operation");

        // Whitespace before the object is still an object; the object forms work.
        let (st, b) = s
            .post(
                "/v1/join",
                None,
                &json!({ "invite_code": invite.code, "display_name": "Sam", "device_name": "phone" }),
            )
            .await;
        assert_eq!(st, 200, "{b}");
        let resp = s
            .http
            .post(s.url("/v1/devices"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(" \n\t{\"device_name\": \"tablet\"}")
            .send()
            .await
            .expect("request");
        let (st, b) = read(resp).await;
        assert_eq!(st, 200, "{b}");
        // Not JSON at all stays a 400.
        let resp = s
            .http
            .post(s.url("/v1/sync"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body("[0, ")
            .send()
            .await
            .expect("request");
        let (st, b) = read(resp).await;
        assert_eq!(st, 400, "{b}");
        assert_eq!(b["error"]["code"], "bad_json");
        s.stop().await;
    }
}

/// Every object nested in a body is an object too. Of the routes that take a
/// body, only `/v1/sync` has objects inside objects (join and device bodies
/// hold text only; `body_routes_nest_objects_only_in_sync` keeps that true):
/// each nested object of each operation, sent as a list of its values, is
/// rejected as invalid and nothing is stored, while the same operation with
/// the object is applied.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nested_object_sent_as_a_list_is_refused() {
    for engine in engines() {
        let s = TestServer::start(engine).await;
        let c = cast(&s, "Nested").await;
        let skill = json!({ "name": "Listening", "area": "People" });
        let skill_list = json!(["Listening", "People"]);
        let contribution = json!({ "areas": ["people"], "rating": 4, "change": "up" });
        // (what is nested, the operation with an object, the same with a list)
        let cases = |share: Uuid| {
            vec![
                (
                    "content.skill",
                    upsert(
                        share,
                        1,
                        "whole_group",
                        json!({ "type": "skill", "skill": skill, "story": null }),
                    ),
                    upsert(
                        share,
                        1,
                        "whole_group",
                        json!({ "type": "skill", "skill": skill_list, "story": null }),
                    ),
                ),
                (
                    "content.ratings[0]",
                    upsert(share, 1, "lead", check_in_content("2026-01-05", &[("Listening", "People", 4)])),
                    upsert(
                        share,
                        1,
                        "lead",
                        json!({ "type": "check_in", "taken_on": "2026-01-05", "ratings": [[skill, 4]] }),
                    ),
                ),
                (
                    "content.ratings[0].skill",
                    upsert(share, 1, "lead", check_in_content("2026-01-05", &[("Listening", "People", 4)])),
                    upsert(
                        share,
                        1,
                        "lead",
                        json!({ "type": "check_in", "taken_on": "2026-01-05", "ratings": [{ "skill": skill_list, "rating": 4 }] }),
                    ),
                ),
                (
                    "contribution",
                    upsert_counting(
                        share,
                        1,
                        "lead",
                        skill_content("Listening", "People", None),
                        contribution.clone(),
                    ),
                    upsert_counting(
                        share,
                        1,
                        "lead",
                        skill_content("Listening", "People", None),
                        json!([["people"], 4, "up"]),
                    ),
                ),
            ]
        };
        for (i, (what, good, bad)) in cases(Uuid::now_v7()).into_iter().enumerate() {
            let share = Uuid::now_v7();
            let with_share = |mut op: Value| {
                op["share_id"] = json!(share);
                op
            };
            let (good, bad) = (with_share(good), with_share(bad));
            let body = s.sync(&c.mo.device_token, 0, vec![bad.clone()]).await;
            assert!(acked(&body).is_empty(), "{engine:?} case {i} ({what}): a list was taken: {body}");
            assert_eq!(rejected_codes(&body), vec!["invalid"], "{engine:?} {what}: {body}");
            let message = body["rejected"][0]["message"].as_str().unwrap_or_default();
            assert!(
                message.contains(what) && message.contains("object"),
                "{engine:?}: says where: {message}"
            );
            let (status, _) = s.get(&format!("/v1/shares/{share}"), &c.lead.device_token).await;
            assert_eq!(status, 404, "{engine:?} {what}: nothing stored");
            // The same operation with an object is applied: the list was the only fault.
            let mut good = good;
            good["id"] = json!(Uuid::now_v7());
            let body = s.sync(&c.mo.device_token, 0, vec![good]).await;
            assert_eq!(acked(&body).len(), 1, "{engine:?} {what}: {body}");
            let (status, _) = s.get(&format!("/v1/shares/{share}"), &c.lead.device_token).await;
            assert_eq!(status, 200, "{engine:?} {what}");
        }
        // A recognition's skill.
        let mut bad = recognise(c.mia.member_id, "Listening");
        bad["skill"] = skill_list.clone();
        let body = s.sync(&c.lead.device_token, 0, vec![bad]).await;
        assert_eq!(rejected_codes(&body), vec!["invalid"], "{engine:?} recognition: {body}");
        let message = body["rejected"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains("\"skill\""), "{message}");
        let body = s.sync(&c.mia.device_token, 0, vec![]).await;
        assert!(
            !body["changes"].as_array().expect("changes").iter().any(|ch| ch["kind"] == "recognition"),
            "{engine:?}: no recognition arrived: {body}"
        );
        s.stop().await;
    }
}

/// The nested-object check above covers `/v1/sync` only; it stays enough
/// while every other body holds only text, numbers and lists of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn body_routes_nest_objects_only_in_sync() {
    let s = TestServer::start(Engine::Sqlite).await;
    let (_, doc) = s.get("/v1/openapi.json", "none").await;
    for (method, path, schema) in body_routes(&doc) {
        if path == "/v1/sync" {
            continue;
        }
        for (field, prop) in schema["properties"].as_object().expect("properties") {
            // A named enum of words (a role) is text, not an object.
            let prop = match prop["$ref"].as_str() {
                Some(r) => doc["components"]["schemas"][r.rsplit('/').next().expect("name")].clone(),
                None => prop.clone(),
            };
            let text = prop.to_string();
            assert!(
                !text.contains("$ref") && !text.contains("\"object\""),
                "{method} {path}: field {field} holds an object ({text}): check nested lists there too"
            );
        }
    }
    s.stop().await;
}
