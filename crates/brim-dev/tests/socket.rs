//! The brim-dev binary, driven over a real WebSocket on 127.0.0.1, the way
//! the UI's tests drive it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The binary on port 0, and the address it printed. Killed when dropped.
struct Dev {
    child: Child,
    url: String,
}

impl Drop for Dev {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Dev {
    start_with(Command::new(env!("CARGO_BIN_EXE_brim-dev")))
}

/// The binary with its temp folders under `tmp`, so a test can look inside them.
fn start_in(tmp: &std::path::Path) -> Dev {
    let mut command = Command::new(env!("CARGO_BIN_EXE_brim-dev"));
    command.env("TMPDIR", tmp);
    start_with(command)
}

fn start_with(mut command: Command) -> Dev {
    let mut child = command.args(["--port", "0"]).stdout(Stdio::piped()).spawn().expect("brim-dev starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().to_owned();
    assert!(url.starts_with("ws://127.0.0.1:"), "the first line is the address: {url:?}");
    Dev { child, url }
}

/// One connection: its own journal.
struct Page {
    socket: Socket,
    next: u64,
    /// News heard while waiting for an answer.
    news: Vec<Value>,
}

impl Page {
    async fn open(dev: &Dev) -> Page {
        let (socket, _) = tokio_tungstenite::connect_async(dev.url.as_str()).await.unwrap();
        Page { socket, next: 0, news: Vec::new() }
    }

    async fn receive(&mut self) -> Value {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(60), self.socket.next())
                .await
                .expect("an answer within a minute")
                .expect("the socket stays open")
                .unwrap();
            if let Message::Text(text) = message {
                return serde_json::from_str(&text).unwrap();
            }
        }
    }

    /// Sends one call and waits for its answer: `Ok(ok)` or `Err(err)`.
    async fn call(&mut self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.next += 1;
        let id = self.next;
        let message = json!({ "id": id, "cmd": cmd, "args": args }).to_string();
        self.socket.send(Message::Text(message.into())).await.unwrap();
        loop {
            let reply = self.receive().await;
            if reply.get("channel").is_some() {
                self.news.push(reply);
                continue;
            }
            assert_eq!(reply["id"], id, "{reply}");
            return match (reply.get("ok"), reply.get("err")) {
                (Some(ok), None) => Ok(ok.clone()),
                (None, Some(err)) => Err(err.clone()),
                _ => panic!("neither ok nor err: {reply}"),
            };
        }
    }
}

fn skill(name: &str) -> Value {
    json!({ "skill": { "name": name, "area": "people", "story": "", "promptId": null } })
}

#[tokio::test]
async fn a_page_adds_a_moment_and_lists_it_back_from_the_real_core() {
    let dev = start();
    let mut page = Page::open(&dev).await;
    let listening = page.call("add_skill", skill("Listening")).await.unwrap();
    let moment = json!({ "moment": { "date": "2026-01-02", "text": "Heard them out", "skillIds": [listening["id"]] } });
    let added = page.call("add_moment", moment).await.unwrap();
    let listed = page.call("list_moments", json!({ "limit": 10 })).await.unwrap();
    assert_eq!(listed["moments"], json!([added]));
    assert_eq!(page.call("get_moment", json!({ "id": added["id"] })).await.unwrap(), added);
    assert_eq!(page.call("delete_moment", json!({ "id": added["id"] })).await.unwrap(), Value::Null);
}

#[tokio::test]
async fn refusals_come_back_as_the_ui_handles_them() {
    let dev = start();
    let mut page = Page::open(&dev).await;
    let err = page.call("no_such_command", json!({})).await.unwrap_err();
    assert_eq!(err, json!("command no_such_command not found"));
    // The core's own refusal: `{ code, message }`.
    let err = page.call("add_skill", skill("  ")).await.unwrap_err();
    assert_eq!(err["code"], "invalid_input", "{err}");
    assert!(err["message"].as_str().unwrap().len() > 10, "{err}");
    // Malformed arguments: plain words naming the command, as Tauri answers.
    let err = page.call("get_skill", json!({ "id": 5 })).await.unwrap_err();
    assert!(err.as_str().unwrap().contains("get_skill"), "{err}");
    // A message that is not a call at all.
    page.socket.send(Message::Text("not json".into())).await.unwrap();
    let reply = page.receive().await;
    assert_eq!(reply["id"], Value::Null);
    assert!(reply["err"].as_str().unwrap().contains("could not read"), "{reply}");
}

#[tokio::test]
async fn two_connections_keep_two_journals() {
    let dev = start();
    let mut one = Page::open(&dev).await;
    let mut two = Page::open(&dev).await;
    one.call("add_skill", skill("Listening")).await.unwrap();
    let query = json!({ "query": { "area": null, "includeArchived": true, "order": "by_name" } });
    assert_eq!(one.call("list_skills", query.clone()).await.unwrap().as_array().unwrap().len(), 1);
    assert_eq!(two.call("list_skills", query.clone()).await.unwrap(), json!([]));
    // A connection closed and opened again starts from an empty journal.
    one.socket.close(None).await.unwrap();
    let mut three = Page::open(&dev).await;
    assert_eq!(three.call("list_skills", query).await.unwrap(), json!([]));
}

#[tokio::test]
async fn the_host_commands_are_served_the_dev_way() {
    let tmp = tempfile::tempdir().unwrap();
    let dev = start_in(tmp.path());
    let mut page = Page::open(&dev).await;
    // The lock's news arrives on the channel the page named, now and on each change.
    let now = page.call("watch_lock", json!({ "onChange": 7 })).await.unwrap();
    assert_eq!(now["locked"], false);
    page.call("turn_lock_on", json!({ "passphrase": "tea and toast" })).await.unwrap();
    page.call("lock_now", json!({})).await.unwrap();
    let err = page.call("list_check_ins", json!({})).await.unwrap_err();
    assert_eq!(err["code"], "locked", "{err}");
    while !page.news.iter().any(|n| n["message"]["locked"] == true) {
        let news = page.receive().await;
        page.news.push(news);
    }
    assert!(page.news.iter().all(|n| n["channel"] == 7), "{:?}", page.news);
    assert_eq!(page.news[0]["message"], now, "the channel hears the status first");
    page.call("unlock", json!({ "passphrase": "tea and toast" })).await.unwrap();

    // The sync status: answered, and told on the channel.
    let status = page.call("watch_sync", json!({ "onStatus": 8 })).await.unwrap();
    assert_eq!(status["membership"], Value::Null, "{status}");
    let err = page.call("watch_sync", json!({})).await.unwrap_err();
    assert!(err.as_str().unwrap().contains("onStatus"), "{err}");

    // Notifications: a phone that has not asked yet, whose person says yes when asked.
    assert_eq!(page.call("reminder_permission", json!({})).await.unwrap(), "ask");
    assert_eq!(page.call("ask_reminder_permission", json!({})).await.unwrap(), "allowed");
    assert_eq!(page.call("reminder_permission", json!({})).await.unwrap(), "allowed");

    // A backup saved "into Downloads": a file in the connection's temp dir, sealed with the passphrase.
    let err = page.call("save_backup", json!({})).await.unwrap_err();
    assert_eq!(err["code"], "passphrase_needed", "{err}");
    let saved = page.call("save_backup", json!({ "passphrase": "tea and toast" })).await.unwrap();
    // The answer names the file and the place in words, never a path.
    assert_eq!(saved["place"], "your Downloads folder", "{saved}");
    assert_eq!(saved["encrypted"], true, "{saved}");
    let name = saved["fileName"].as_str().unwrap();
    let mut found = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|entry| entry.unwrap().path().join(name))
        .filter(|path| path.exists());
    let path = found.next().unwrap_or_else(|| panic!("{name} is in no brim-dev folder"));
    let contents = std::fs::read_to_string(&path).unwrap();
    let restored = page
        .call("import_backup", json!({ "contents": contents, "passphrase": "tea and toast" }))
        .await
        .unwrap();
    assert_eq!(restored["skills"], 0, "{restored}");
    // The portfolio as a PDF, saved where the backup went and said the same way.
    let skill = page
        .call(
            "add_skill",
            json!({ "skill": { "name": "Gotowanie", "area": "practical", "story": "", "promptId": null } }),
        )
        .await
        .unwrap();
    let saved = page.call("save_portfolio_pdf", json!({ "skillIds": [skill["id"]] })).await.unwrap();
    assert_eq!(saved["place"], "your Downloads folder", "{saved}");
    let pdf_name = saved["fileName"].as_str().unwrap();
    assert!(pdf_name.starts_with("Brim skills portfolio ") && pdf_name.ends_with(".pdf"), "{saved}");
    let pdf = std::fs::read(path.parent().unwrap().join(pdf_name)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
    let err = page.call("save_portfolio_pdf", json!({ "skillIds": [] })).await.unwrap_err();
    assert_eq!(err["code"], "invalid_input", "{err}");
    // The temp dir goes when the connection closes.
    page.socket.close(None).await.unwrap();
    let dir = path.parent().unwrap().to_owned();
    for _ in 0..100 {
        if !dir.exists() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{} is still there after the connection closed", dir.display());
}

#[tokio::test]
async fn calls_sent_together_take_effect_in_the_order_sent() {
    let dev = start();
    let mut page = Page::open(&dev).await;
    // A draft written and read back in one go, as a form does when it closes.
    for round in 0..20 {
        let text = format!("Sat with Dee, take {round}");
        let draft = json!({ "date": "2026-01-02", "text": text, "skillIds": [] });
        let save = json!({ "id": 1000 + round, "cmd": "save_moment_draft", "args": { "of": "newMoment", "draft": draft } });
        let read = json!({ "id": 2000 + round, "cmd": "moment_draft", "args": { "of": "newMoment" } });
        page.socket.send(Message::Text(save.to_string().into())).await.unwrap();
        page.socket.send(Message::Text(read.to_string().into())).await.unwrap();
        let saved = page.receive().await;
        assert_eq!(saved["id"], 1000 + round, "answers come in the order asked: {saved}");
        let read = page.receive().await;
        assert_eq!(read["ok"]["text"], text, "{read}");
    }
}

#[tokio::test]
async fn with_a_journal_file_every_connection_opens_the_same_journal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dev.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_brim-dev"))
        .args(["--port", "0", "--journal"])
        .arg(&file)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let dev = Dev { child, url: line.trim().to_owned() };
    let mut one = Page::open(&dev).await;
    one.call("add_skill", skill("Listening")).await.unwrap();
    one.socket.close(None).await.unwrap();
    // A reloaded page: a new connection, the same journal, and the file stays.
    let mut two = Page::open(&dev).await;
    let query = json!({ "query": { "area": null, "includeArchived": true, "order": "by_name" } });
    assert_eq!(two.call("list_skills", query).await.unwrap().as_array().unwrap().len(), 1);
    drop(two);
    drop(dev);
    assert!(file.exists());
}
