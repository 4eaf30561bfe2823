//! brim-dev: the command table (`brim_app::commands`) over a WebSocket on
//! 127.0.0.1, for development and tests only; never bundled in the app. The
//! UI's tests, its screenshots and `npm run dev` in a browser talk to the real
//! core through it instead of Tauri's IPC.
//!
//! Each connection gets its own throwaway journal in a temp dir, removed when
//! the connection closes, so tests are isolated and can run side by side.
//!
//! On the socket, one JSON text message each way per call:
//! - the page sends `{ "id": 1, "cmd": "add_skill", "args": { … } }`;
//! - it gets `{ "id": 1, "ok": <answer> }`, or `{ "id": 1, "err": <refusal> }`
//!   where the refusal is what Tauri rejects with: the command's
//!   `{ code, message }`, or plain words for a malformed call or an unknown command;
//! - `watch_sync` and `watch_lock` take a channel number (`onStatus`,
//!   `onChange`) and then news arrives as `{ "channel": 7, "message": <status> }`.
//!
//! `save_backup` and `save_portfolio_pdf` write into the connection's temp
//! dir, as if it were the person's Downloads folder, and answer as the app
//! does (a name and a place).
//!
//! `reminder_permission` and `ask_reminder_permission` answer as a phone that
//! has not asked about notifications yet (Android 13 and later, iOS) and whose
//! person says yes when asked: each connection starts at `ask`.
//!
//! `speak` and `stop_speaking` make no sound: brim-dev's voice writes down what
//! it would do, on the socket, before the call's answer: `{ "voice": { "said":
//! { "text": …, "language": … } } }` or `{ "voice": "stopped" }`. So the UI's
//! tests can check a Listen button sends the right words (brim-app's rules
//! apply first, as in the app).
//!
//! Usage: `brim-dev --port 0`; the first line on stdout is the address,
//! `ws://127.0.0.1:PORT`. `--journal FILE` keeps one journal for every
//! connection instead (for `npm run dev` in a browser, across reloads).

use std::future::Future;
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::WebSocketUpgrade;
use axum::extract::ws::{Message, WebSocket};
use axum::routing::get;
use brim_app::commands::{self, Passphrase, Refusal, Served};
use brim_app::speech::{self, Speak, Unheard, Utterance, Voice};
use brim_app::{Session, SyncSchedule};
use brim_core::NotificationPermission;
use clap::Parser;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::mpsc;

#[derive(Debug, Parser)]
#[command(about = "Serves Brim's command table over a WebSocket on 127.0.0.1 (development and tests only)")]
struct Args {
    /// The port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Keep one journal in this file for every connection (for `npm run dev`,
    /// so a reloaded page finds what it saved); by default each connection
    /// gets a throwaway journal of its own.
    #[arg(long)]
    journal: Option<std::path::PathBuf>,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let listener =
        match tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, args.port))).await {
            Ok(listener) => listener,
            Err(error) => {
                eprintln!("brim-dev: could not listen on 127.0.0.1:{}: {error}", args.port);
                std::process::exit(1);
            }
        };
    let address = match listener.local_addr() {
        Ok(address) => address,
        Err(error) => {
            eprintln!("brim-dev: could not read the address it listens on: {error}");
            std::process::exit(1);
        }
    };
    // One line, so a script can read where to connect.
    println!("ws://{address}");
    let _ = std::io::stdout().flush();
    let journal = args.journal;
    let app = Router::new().route(
        "/",
        get(move |upgrade: WebSocketUpgrade| async move {
            upgrade.on_upgrade(move |socket| connection(socket, journal))
        }),
    );
    if let Err(error) = axum::serve(listener, app).await {
        eprintln!("brim-dev: stopped: {error}");
        std::process::exit(1);
    }
}

/// One call from the page.
#[derive(Debug, Deserialize)]
struct Call {
    id: Value,
    cmd: String,
    #[serde(default)]
    args: Value,
}

/// The pages' channels for the two kinds of news, by the numbers they gave.
#[derive(Debug, Default)]
struct Channels {
    lock: Vec<Value>,
    sync: Vec<Value>,
}

/// One connection: a fresh journal, its background sync, and its calls, in
/// the order they come (a call that waits on the network answers later).
async fn connection(socket: WebSocket, kept: Option<std::path::PathBuf>) {
    let dir = match tempfile::Builder::new().prefix("brim-dev-").tempdir() {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("brim-dev: could not make a temp dir for a journal: {error}");
            return;
        }
    };
    let session = Session::open(kept.unwrap_or_else(|| dir.path().join("journal.db")));
    let dir = Arc::new(dir);

    let channels = Arc::new(Mutex::new(Channels::default()));
    let phone = Arc::new(Mutex::new(NotificationPermission::Ask));
    let (out, mut outgoing) = mpsc::unbounded_channel::<Value>();

    let background = [
        tokio::spawn(session.clone().sync_in_background(SyncSchedule::default())),
        tokio::spawn(forward(
            session.lock_changes(),
            out.clone(),
            channels.clone(),
            |c| &c.lock,
            |s| Some(s.clone()),
        )),
        tokio::spawn(forward(
            session.sync().status_changes(),
            out.clone(),
            channels.clone(),
            |c| &c.sync,
            Option::clone,
        )),
    ];

    // Calls in, answers and news out, on the one socket.
    let mut socket = socket;
    loop {
        tokio::select! {
            Some(value) = outgoing.recv() => {
                if socket.send(Message::Text(value.to_string().into())).await.is_err() {
                    break;
                }
            }
            message = socket.recv() => {
                let text = match message {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Close(_)) | Err(_)) | None => break,
                    Some(Ok(_)) => continue,
                };
                let call = match serde_json::from_str::<Call>(&text) {
                    Ok(call) => call,
                    Err(error) => {
                        let words = format!("brim-dev could not read that message: {error}");
                        let _ = out.send(json!({ "id": null, "err": words }));
                        continue;
                    }
                };
                let (session, dir, channels, news) = (session.clone(), dir.clone(), channels.clone(), out.clone());
                let phone = phone.clone();
                let mut reply = Box::pin(async move {
                    let host = Host { dir: dir.path(), channels: &channels, phone: &phone };
                    match serve(&session, &host, &news, &call.cmd, call.args).await {
                        Ok(value) => json!({ "id": call.id, "ok": value }),
                        Err(refusal) => json!({ "id": call.id, "err": refusal }),
                    }
                });
                // A call that needs no network is answered now, so calls take
                // effect in the order the page sent them; one that waits (sync,
                // join) goes on waiting in a task of its own, as in the app.
                let mut poll = std::task::Context::from_waker(std::task::Waker::noop());
                match reply.as_mut().poll(&mut poll) {
                    std::task::Poll::Ready(reply) => {
                        let _ = out.send(reply);
                    }
                    std::task::Poll::Pending => {
                        let out = out.clone();
                        tokio::spawn(async move {
                            let _ = out.send(reply.await);
                        });
                    }
                }
            }
        }
    }
    for task in background {
        task.abort();
    }
    // The journal goes with the last clone of the session; then the dir.
    drop(session);
    drop(dir);
}

/// What the host's own commands use: the connection's temp dir, its channels,
/// and the pretend phone's answer about notifications.
struct Host<'a> {
    dir: &'a Path,
    channels: &'a Mutex<Channels>,
    phone: &'a Mutex<NotificationPermission>,
}

/// Serves one call: the table's own, or the host's done the dev way.
async fn serve(
    session: &Session,
    host: &Host<'_>,
    out: &mpsc::UnboundedSender<Value>,
    name: &str,
    args: Value,
) -> Result<Value, Refusal> {
    let Some(command) = commands::COMMANDS.iter().find(|c| c.name == name) else {
        return Err(Refusal::Malformed(format!("command {name} not found")));
    };
    if command.served == Served::Here {
        return commands::call(session, name, args)
            .await
            .unwrap_or_else(|| Err(Refusal::Malformed(format!("command {name} not found"))));
    }
    let channel = |key: &str| {
        args.get(key).filter(|c| c.is_number() || c.is_string()).cloned().ok_or_else(|| {
            Refusal::Malformed(format!("invalid args for command `{name}`: `{key}` must be a channel number"))
        })
    };
    let answer = match name {
        "save_backup" => {
            let journal = session.journal()?;
            let passphrase: Passphrase =
                serde_json::from_value(if args.is_null() { json!({}) } else { args })
                    .map_err(|e| Refusal::Malformed(format!("invalid args for command `{name}`: {e}")))?;
            // The connection's temp folder stands in for the person's Downloads.
            let place = brim_app::backup_place::BackupPlace::new(host.dir, "your Downloads folder");
            json!(commands::save_backup_in(&journal, &place, passphrase)?)
        }
        "save_portfolio_pdf" => {
            let journal = session.journal()?;
            let args: commands::Portfolio = serde_json::from_value(args)
                .map_err(|e| Refusal::Malformed(format!("invalid args for command `{name}`: {e}")))?;
            let place = brim_app::backup_place::BackupPlace::new(host.dir, "your Downloads folder");
            json!(commands::save_portfolio_pdf_in(&journal, &place, args)?)
        }
        "watch_sync" => {
            let on_status = channel("onStatus")?;
            let now = commands::call(session, "sync_status", Value::Null).await.unwrap_or(Ok(Value::Null))?;
            // As Tauri: the channel hears the status now, and the call answers it too.
            let _ = out.send(json!({ "channel": on_status, "message": now }));
            lock(host.channels).sync.push(on_status);
            now
        }
        "watch_lock" => {
            let on_change = channel("onChange")?;
            let now = json!(session.status()?);
            let _ = out.send(json!({ "channel": on_change, "message": now }));
            lock(host.channels).lock.push(on_change);
            now
        }
        "reminder_permission" => json!(*lock(host.phone)),
        // The person says yes to the phone's question.
        "ask_reminder_permission" => {
            *lock(host.phone) = NotificationPermission::Allowed;
            json!(NotificationPermission::Allowed)
        }
        "speak" => {
            let args: Speak = serde_json::from_value(args)
                .map_err(|e| Refusal::Malformed(format!("invalid args for command `{name}`: {e}")))?;
            speech::speak(&WrittenVoice(out.clone()), args)?;
            Value::Null
        }
        "stop_speaking" => {
            speech::stop_speaking(&WrittenVoice(out.clone()))?;
            Value::Null
        }
        _ => return Err(Refusal::Malformed(format!("command {name} is not served by brim-dev"))),
    };
    Ok(answer)
}

/// brim-dev's voice: says nothing, and tells the page what it would have said.
struct WrittenVoice(mpsc::UnboundedSender<Value>);

impl Voice for WrittenVoice {
    fn say(&self, utterance: &Utterance) -> Result<(), Unheard> {
        let said = json!({ "text": utterance.text, "language": utterance.language });
        self.0.send(json!({ "voice": { "said": said } })).map_err(|_| Unheard("the page has gone".into()))
    }

    fn stop(&self) -> Result<(), Unheard> {
        self.0.send(json!({ "voice": "stopped" })).map_err(|_| Unheard("the page has gone".into()))
    }
}

fn lock<T>(held: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    held.lock().unwrap_or_else(|p| p.into_inner())
}

/// Sends each piece of news `news` carries (as `pick` makes of it) on every
/// channel of its kind, for as long as the connection lasts.
async fn forward<N, T: serde::Serialize>(
    mut news: tokio::sync::watch::Receiver<N>,
    out: mpsc::UnboundedSender<Value>,
    channels: Arc<Mutex<Channels>>,
    kind: fn(&Channels) -> &Vec<Value>,
    pick: fn(&N) -> Option<T>,
) {
    while news.changed().await.is_ok() {
        let Some(value) = pick(&news.borrow_and_update()) else { continue };
        let message = json!(value);
        for channel in kind(&lock(&channels)) {
            let _ = out.send(json!({ "channel": channel, "message": message }));
        }
    }
}
