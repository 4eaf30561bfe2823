//! Syncs the journal at the path given, again and again, until killed,
//! printing a line after each sync that returned. The sharing test kills it
//! with SIGKILL at random moments, mid-request or mid-commit, and then checks
//! that nothing was lost or sent twice.

use std::io::Write;

use anyhow::Context;
use brim_core::{Journal, SyncClient};

fn main() -> anyhow::Result<()> {
    let path = std::env::args_os().nth(1).context("give the journal's path as the only argument")?;
    let journal = Journal::open(&path).context("open the journal")?;
    let client = SyncClient::with_timeout(std::time::Duration::from_secs(5))?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let mut stdout = std::io::stdout().lock();
    loop {
        let outcome = runtime.block_on(client.sync(&journal));
        writeln!(stdout, "{}", if outcome.is_ok() { "synced" } else { "failed" })?;
        stdout.flush()?;
    }
}
