//! Migrations: every file on disk is embedded, in order, and the SQLite
//! list validates.

use std::path::Path;

fn files(engine: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations/server").join(engine);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("migrations folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_migration_file_is_embedded_and_valid() {
    let sqlite = files("sqlite");
    assert_eq!(sqlite.len(), brim_server::store::sqlite::MIGRATIONS.len(), "{sqlite:?}");
    let postgres = files("postgres");
    assert_eq!(postgres.len(), brim_server::store::postgres::MIGRATIONS.len(), "{postgres:?}");
    for (i, name) in sqlite.iter().enumerate() {
        assert!(name.starts_with(&format!("{:04}_", i + 1)), "{name} is out of order");
    }
    brim_server::store::sqlite::migrations().validate().expect("SQLite migrations validate");
}
