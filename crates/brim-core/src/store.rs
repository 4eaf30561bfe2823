//! Opening the journal file: pragmas, the schema check and migrations.
//!
//! Invariants: every connection has WAL, `synchronous=FULL`, `secure_delete`
//! and foreign keys on; a file written by a newer schema is never touched.

use std::path::Path;
use std::sync::LazyLock;
use std::time::Duration;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::db_key::{JournalKey, key_pragmas};
use crate::error::{Error, Result};

/// The device migrations, oldest first. Append only: a file that has landed
/// is never edited, so every journal on every phone can be brought forward.
pub(crate) const MIGRATION_FILES: &[(&str, &str)] = &[
    ("0001_init.sql", include_str!("../../../migrations/device/0001_init.sql")),
    ("0002_skill_evidence.sql", include_str!("../../../migrations/device/0002_skill_evidence.sql")),
    ("0003_search_backlog.sql", include_str!("../../../migrations/device/0003_search_backlog.sql")),
    ("0004_sharing.sql", include_str!("../../../migrations/device/0004_sharing.sql")),
    ("0005_lean_links.sql", include_str!("../../../migrations/device/0005_lean_links.sql")),
    ("0006_skill_numbers.sql", include_str!("../../../migrations/device/0006_skill_numbers.sql")),
    (
        "0007_search_secure_delete.sql",
        include_str!("../../../migrations/device/0007_search_secure_delete.sql"),
    ),
    ("0008_links_wait.sql", include_str!("../../../migrations/device/0008_links_wait.sql")),
    ("0009_answers_and_recruit.sql", include_str!("../../../migrations/device/0009_answers_and_recruit.sql")),
];

/// The schema version from which deletes leave no words behind (FTS5
/// `secure-delete`, 0007); a journal brought across it is vacuumed once.
const SECURE_DELETE_SINCE: usize = 7;

/// Each migration ends by checking every foreign key: they run with foreign
/// keys off (a table can only be rebuilt that way), so nothing else would.
pub(crate) static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(MIGRATION_FILES.iter().map(|(_, sql)| M::up(sql).foreign_key_check()).collect())
});

/// The everyday page cache: 16 MiB (negative means KiB), enough to keep a
/// large journal's indexes hot without asking much of a cheap phone.
pub(crate) const CACHE_KIB: i64 = -16_384;

/// How many prepared statements the connection keeps.
const STATEMENT_CACHE: usize = 128;

/// Opens (creating if needed) the journal at `path` and migrates it forward;
/// with `key`, an encrypted journal (SQLCipher, raw 256-bit key).
pub(crate) fn open(path: &Path, key: Option<&JournalKey>) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    if let Some(key) = key {
        // First, before SQLite reads a page; the statement text is wiped on drop.
        conn.execute_batch(&key_pragmas(key))?;
    }
    conn.busy_timeout(Duration::from_secs(5))?;
    // Sorts and temporary tables stay in memory: a temp file would be plain
    // text even in an encrypted journal.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Deleted rows and freed pages are overwritten with zeros, so what a
    // person deletes does not linger in the file's free space.
    conn.pragma_update(None, "secure_delete", "ON")?;
    // WAL needs no transaction and keeps readers off the writer's back; FULL
    // makes a returned commit survive power loss, which "nothing lost" needs.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "cache_size", CACHE_KIB)?;
    // Every everyday statement stays prepared (rusqlite keeps 16 by default,
    // fewer than the app uses between two saves).
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);

    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let found = usize::try_from(found).unwrap_or(usize::MAX);
    let known = MIGRATION_FILES.len();
    if found > known {
        return Err(Error::NewerJournal { found, known });
    }
    // Foreign keys go on after migrating: dropping a table that is rebuilt
    // (0005) would otherwise cascade into the rows that point at it.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    MIGRATIONS.to_latest(&mut conn)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    if found > 0 && found < SECURE_DELETE_SINCE {
        // Written before `secure_delete`: the free pages may still hold what
        // was deleted then, and so may the index pages 0007 just merged away.
        // Rebuilding the file once leaves only live pages; then the log goes.
        conn.execute_batch("VACUUM")?;
        truncate_wal(&conn);
    }
    Ok(conn)
}

/// Folds the write-ahead log into the journal and cuts it to nothing, so
/// the older page copies it holds (what was just erased among them) go.
///
/// Best effort, after a commit that already landed: should another
/// connection be reading, the log is folded next time instead.
pub(crate) fn truncate_wal(conn: &Connection) {
    if let Ok(mut stmt) = conn.prepare_cached("PRAGMA wal_checkpoint(TRUNCATE)") {
        let _ = stmt.query_row([], |_| Ok(()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().expect("device migrations are valid");
    }

    #[test]
    fn every_migration_file_on_disk_is_listed_in_order() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations/device");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("migrations/device exists")
            .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".sql"))
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = MIGRATION_FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(on_disk, listed, "every file in migrations/device must be in MIGRATION_FILES");
        for (i, name) in listed.iter().enumerate() {
            assert!(name.starts_with(&format!("{:04}_", i + 1)), "{name} should be numbered {:04}", i + 1);
        }
    }
}
