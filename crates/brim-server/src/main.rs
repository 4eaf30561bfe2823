//! The `brim-server` command line: `serve`, and the admin commands that
//! work on the database directly (run them on the server's machine).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use brim_protocol::Role;
use brim_server::membership::{
    CreateGroup, CreateInvite, EraseMember, ExportMember, ListMembers, RevokeInvite,
};
use brim_server::ratelimit::{Limit, Limits};
use brim_server::summary::{ReleaseSettings, SetReleaseSettings};
use brim_server::{Config, Connections, DatabaseUrl, PostgresStore, Quotas, SqliteStore, Store};
use clap::{Args, Parser, Subcommand};
use uuid::Uuid;

#[derive(Debug, Parser)]
#[command(name = "brim-server", version, about = "The Brim group server")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct Db {
    /// A SQLite file path (or sqlite://PATH), or a postgres:// URL.
    #[arg(long, env = "BRIM_DATABASE", default_value = "brim-server.db", global = true)]
    database: String,
    /// Print machine-readable JSON.
    #[arg(long, global = true)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the server.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// Hide summary figures from fewer members than this (at least 3).
        #[arg(long, default_value_t = brim_server::summary::DEFAULT_K)]
        k: u32,
        /// Requests allowed per client address per minute, on every route,
        /// before the device token is looked at (counted per copy of the server).
        #[arg(long, default_value_t = Limits::default().per_address.requests)]
        address_limit: u32,
        /// Joins allowed per client address per minute (counted per copy of the server).
        #[arg(long, default_value_t = Limits::default().join.requests)]
        join_limit: u32,
        /// Requests allowed per device per minute, on every route that takes a
        /// device token (counted per copy of the server).
        #[arg(long, alias = "sync-limit", default_value_t = Limits::default().per_device.requests)]
        device_limit: u32,
        /// The most client addresses the limits remember at once; past it,
        /// new addresses share 256 allowances until idle ones are forgotten.
        #[arg(long, default_value_t = Limits::default().max_addresses)]
        max_addresses: usize,
        /// Behind a reverse proxy: the header that carries the client's address,
        /// e.g. X-Forwarded-For (the last address in it is used). Set it only
        /// when the server cannot be reached except through that proxy; by
        /// default the connection's own address is used.
        #[arg(long)]
        client_ip_header: Option<axum::http::HeaderName>,
        /// Devices one member may have signed in at once.
        #[arg(long, default_value_t = Quotas::default().devices_per_member)]
        devices_per_member: u32,
        /// Shares one member may have on the server at once (a sync that would
        /// add one more is answered 413; the app sets that share aside).
        #[arg(long, default_value_t = Quotas::default().shares_per_member)]
        shares_per_member: u32,
        /// Seconds a connection has to send a whole request head, new or kept
        /// alive between requests (so also the idle timeout); then it is closed.
        #[arg(long, default_value_t = Connections::default().header_timeout.as_secs())]
        header_timeout: u64,
        /// Seconds a request body has to arrive in full (408 otherwise).
        #[arg(long, default_value_t = Connections::default().body_timeout.as_secs())]
        body_timeout: u64,
        /// Connections served at once; more wait to be accepted.
        #[arg(long, default_value_t = Connections::default().max_connections)]
        max_connections: usize,
        /// PostgreSQL: rewrite the tables an erasure touched right after it
        /// (VACUUM FULL; locks each table meanwhile). With `false`, schedule
        /// `brim-server vacuum` instead: until it runs, erased rows' bytes stay
        /// in the tables' free space. SQLite always scrubs at once.
        #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
        vacuum_after_erasure: bool,
        /// Database connections this copy of the server opens at most. SQLite:
        /// read-only connections beside its one writer (default 4). PostgreSQL:
        /// the pool's size (default 16); with several copies on one PostgreSQL,
        /// keep copies × this under its `max_connections`.
        #[arg(long)]
        db_connections: Option<usize>,
        #[command(flatten)]
        db: Db,
    },
    /// Groups.
    Group {
        #[command(subcommand)]
        command: GroupCommand,
        #[command(flatten)]
        db: Db,
    },
    /// Invite codes.
    Invite {
        #[command(subcommand)]
        command: InviteCommand,
        #[command(flatten)]
        db: Db,
    },
    /// Members.
    Member {
        #[command(subcommand)]
        command: MemberCommand,
        #[command(flatten)]
        db: Db,
    },
    /// Scrub the freed space of every table now, so nothing erased is left
    /// in the database's files (after a restore, or on a schedule).
    Vacuum {
        #[command(flatten)]
        db: Db,
    },
}

#[derive(Debug, Subcommand)]
enum GroupCommand {
    /// Create a group; prints the first invite code, for its lead.
    Create {
        /// The group's name.
        #[arg(long)]
        name: String,
        /// Days the lead's invite stays valid.
        #[arg(long, default_value_t = 14)]
        days: i64,
    },
    /// Set how often a group's summary may be released, and its privacy
    /// cost (takes effect from the next release).
    SummarySettings {
        /// The group's id.
        #[arg(long)]
        group: Uuid,
        /// Shortest time between releases, in days (1 to 366).
        #[arg(long, default_value_t = brim_server::summary::DEFAULT_PERIOD_DAYS)]
        period_days: u32,
        /// Privacy cost (epsilon) of each release, 0.01 to 10; lower hides more.
        #[arg(long, default_value_t = f64::from(brim_server::summary::DEFAULT_EPSILON_MILLI) / 1000.0)]
        epsilon: f64,
        /// The most all releases of one calendar year may cost together.
        #[arg(long, default_value_t = f64::from(brim_server::summary::DEFAULT_YEARLY_BUDGET_MILLI) / 1000.0)]
        yearly_budget: f64,
    },
}

#[derive(Debug, Subcommand)]
enum InviteCommand {
    /// Create an invite code.
    Create {
        /// The group's id.
        #[arg(long)]
        group: Uuid,
        /// lead, peer_supporter or member.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// How many people may join with it.
        #[arg(long, default_value_t = 1)]
        uses: i64,
        /// Days it stays valid.
        #[arg(long, default_value_t = 14)]
        days: i64,
    },
    /// Cancel an invite, by its id or its code.
    Revoke {
        /// The invite id or the code itself.
        invite: String,
    },
}

#[derive(Debug, Subcommand)]
enum MemberCommand {
    /// List a group's members.
    List {
        /// The group's id.
        #[arg(long)]
        group: Uuid,
    },
    /// Print everything the server holds about one member, as JSON.
    Export {
        /// The member's id.
        #[arg(long)]
        member: Uuid,
    },
    /// Erase a member and everything they shared.
    Erase {
        /// The member's id.
        #[arg(long)]
        member: Uuid,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("`{s}` is not a role: use lead, peer_supporter or member"))
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(log_filter())
        .with_writer(std::io::stderr)
        // Colour codes only on a terminal: log files and collectors get plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async move {
        let database = match &cli.command {
            Command::Serve { db, .. }
            | Command::Group { db, .. }
            | Command::Invite { db, .. }
            | Command::Member { db, .. }
            | Command::Vacuum { db } => db.database.clone(),
        };
        let connections = match &cli.command {
            Command::Serve { db_connections: Some(n), .. } => Some((*n).max(1)),
            _ => None,
        };
        match DatabaseUrl::parse(&database) {
            DatabaseUrl::Sqlite(path) => {
                let readers = connections.unwrap_or(brim_server::store::sqlite::READERS);
                let store = SqliteStore::open_with_readers(&path, readers)
                    .with_context(|| format!("could not open the SQLite database {}", path.display()))?;
                run(cli.command, store).await
            }
            DatabaseUrl::Postgres(url) => {
                let size = connections.unwrap_or(brim_server::store::postgres::POOL_SIZE);
                let store = PostgresStore::connect_sized(&url, size)
                    .await
                    .context("could not connect to PostgreSQL")?;
                let rewrite = !matches!(cli.command, Command::Serve { vacuum_after_erasure: false, .. });
                run(cli.command, store.with_rewrite_after_erasure(rewrite)).await
            }
        }
    })
}

/// `RUST_LOG` decides, `info` by default, except that tokio-postgres never
/// logs below `info`, whatever `RUST_LOG` says: at `debug` it prints the
/// parameters of every query, which are shared content, names and token hashes.
fn log_filter() -> tracing_subscriber::EnvFilter {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    match "tokio_postgres=info".parse() {
        Ok(quiet) => filter.add_directive(quiet),
        Err(_) => filter,
    }
}

fn print(json: bool, value: &impl serde::Serialize, text: impl FnOnce() -> String) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(value)?);
    } else {
        println!("{}", text());
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn run<S: Store>(command: Command, store: S) -> anyhow::Result<()> {
    let store = Arc::new(store);
    match command {
        Command::Serve {
            listen,
            k,
            address_limit,
            join_limit,
            device_limit,
            max_addresses,
            client_ip_header,
            devices_per_member,
            shares_per_member,
            header_timeout,
            body_timeout,
            max_connections,
            vacuum_after_erasure: _,
            ..
        } => {
            let limits = Limits {
                per_address: Limit::per_minute(address_limit),
                join: Limit::per_minute(join_limit),
                per_device: Limit::per_minute(device_limit),
                max_addresses,
            };
            let connections = Connections {
                header_timeout: Duration::from_secs(header_timeout.max(1)),
                body_timeout: Duration::from_secs(body_timeout.max(1)),
                max_connections: max_connections.max(1),
            };
            let quotas = Quotas { devices_per_member, shares_per_member };
            let config = Config { k, limits, client_ip_header, quotas, connections, ..Config::default() };
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .with_context(|| format!("could not listen on {listen}"))?;
            let addr = listener.local_addr().context("no local address")?;
            tracing::info!(%addr, "brim-server listening");
            if cfg!(panic = "abort") {
                tracing::warn!(
                    "this build stops on any panic, for every group: build the server with \
                     `cargo build --profile server -p brim-server`, which answers 500 and goes on"
                );
            }
            brim_server::serve(listener, store, config, shutdown_signal()).await?;
        }
        Command::Group { command: GroupCommand::Create { name, days }, db } => {
            let g = store.transact(CreateGroup { name, valid_for: chrono::Duration::days(days) }).await?;
            print(db.json, &g, || {
                format!(
                    "Created group \"{}\" ({}).\nThe lead's invite code: {}\n(single use, valid until {})",
                    g.name, g.group_id, g.lead_invite.code, g.lead_invite.expires_at
                )
            })?;
        }
        Command::Group {
            command: GroupCommand::SummarySettings { group, period_days, epsilon, yearly_budget },
            db,
        } => {
            let milli =
                |v: f64| if v.is_finite() && v > 0.0 { (v * 1000.0).round().min(1e9) as u32 } else { 0 };
            let settings = ReleaseSettings {
                period_days,
                epsilon_milli: milli(epsilon),
                yearly_budget_milli: milli(yearly_budget),
            };
            store.transact(SetReleaseSettings { group_id: group, settings }).await?;
            print(
                db.json,
                &serde_json::json!({ "group_id": group, "period_days": period_days, "epsilon": epsilon, "yearly_budget": yearly_budget }),
                || {
                    format!(
                        "Group {group}: a summary release at most every {period_days} day(s), epsilon {epsilon} each, \
                     {yearly_budget} a year in all (from the next release)."
                    )
                },
            )?;
        }
        Command::Invite { command: InviteCommand::Create { group, role, uses, days }, db } => {
            let i = store
                .transact(CreateInvite {
                    group_id: group,
                    role,
                    max_uses: uses,
                    valid_for: chrono::Duration::days(days),
                })
                .await?;
            print(db.json, &i, || {
                format!(
                    "Invite code: {}\nrole {}, {} use(s), valid until {} (invite id {})",
                    i.code,
                    i.role.as_str(),
                    i.max_uses,
                    i.expires_at,
                    i.invite_id
                )
            })?;
        }
        Command::Invite { command: InviteCommand::Revoke { invite }, db } => {
            let id = store.transact(RevokeInvite { id_or_code: invite }).await?;
            print(db.json, &serde_json::json!({ "revoked_invite_id": id }), || {
                format!("Revoked invite {id}: nobody can join with it any more.")
            })?;
        }
        Command::Member { command: MemberCommand::List { group }, db } => {
            let members = store.transact(ListMembers { group_id: group }).await?;
            print(db.json, &members, || {
                if members.is_empty() {
                    return "No members yet.".to_owned();
                }
                members
                    .iter()
                    .map(|m| {
                        format!(
                            "{}  {:<15} {}  (devices: {}, shares: {})",
                            m.member_id,
                            m.role.as_str(),
                            m.display_name,
                            m.devices,
                            m.shares
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
        Command::Member { command: MemberCommand::Export { member }, .. } => {
            let export = store.transact(ExportMember { member_id: member }).await?;
            println!("{}", serde_json::to_string_pretty(&export)?);
        }
        Command::Vacuum { db } => {
            store.vacuum().await?;
            print(db.json, &serde_json::json!({ "vacuumed": true }), || {
                "Done: the database's free space holds nothing erased.".to_owned()
            })?;
        }
        Command::Member { command: MemberCommand::Erase { member }, db } => {
            let receipt = store.transact(EraseMember { member_id: member }).await?;
            print(db.json, &receipt, || {
                format!(
                    "Erased member {} at {}: {} share(s), {} recognition(s), {} device(s).",
                    receipt.member_id,
                    receipt.erased_at,
                    receipt.shares_erased.len(),
                    receipt.recognitions_erased,
                    receipt.devices_erased
                )
            })?;
        }
    }
    Ok(())
}
