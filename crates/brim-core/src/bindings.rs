//! The TypeScript bindings of every type the app's UI sends or receives.
//! They are committed under `ui/src/lib/bindings/`; the test below fails when
//! they drift from the Rust types, and `make bindings` writes them afresh.

use std::path::{Path, PathBuf};

use ts_rs::TS;

use crate::*;

/// Writes the bindings of every UI-facing type into `dir`.
fn export_all(dir: &Path) -> Result<(), ts_rs::ExportError> {
    let cfg = ts_rs::Config::new().with_out_dir(dir);
    AreaInfo::export_all(&cfg)?;
    SkillPrompt::export_all(&cfg)?;
    StepBackPrompt::export_all(&cfg)?;
    RatingLabel::export_all(&cfg)?;
    Skill::export_all(&cfg)?;
    NewSkill::export_all(&cfg)?;
    SkillEdit::export_all(&cfg)?;
    SkillQuery::export_all(&cfg)?;
    Moment::export_all(&cfg)?;
    NewMoment::export_all(&cfg)?;
    DraftOf::export_all(&cfg)?;
    MomentPage::export_all(&cfg)?;
    StepBackAnswer::export_all(&cfg)?;
    NewCheckIn::export_all(&cfg)?;
    CheckIn::export_all(&cfg)?;
    CheckInStatus::export_all(&cfg)?;
    NewRecognition::export_all(&cfg)?;
    Recognition::export_all(&cfg)?;
    AcceptAs::export_all(&cfg)?;
    Growth::export_all(&cfg)?;
    Home::export_all(&cfg)?;
    ImportSummary::export_all(&cfg)?;
    BackupFile::export_all(&cfg)?;
    SavedBackup::export_all(&cfg)?;
    SavedPortfolio::export_all(&cfg)?;
    CommandError::export_all(&cfg)?;
    // Sharing with a group.
    JoinDetails::export_all(&cfg)?;
    Membership::export_all(&cfg)?;
    ErasureRecord::export_all(&cfg)?;
    SentRecognition::export_all(&cfg)?;
    ShareItem::export_all(&cfg)?;
    SharePreview::export_all(&cfg)?;
    Share::export_all(&cfg)?;
    VisibleShare::export_all(&cfg)?;
    SharedItem::export_all(&cfg)?;
    SkillRef::export_all(&cfg)?;
    SyncStatus::export_all(&cfg)?;
    SyncReport::export_all(&cfg)?;
    QuarantinedOperation::export_all(&cfg)?;
    CachedSummary::export_all(&cfg)?;
    CachedOpenToRoles::export_all(&cfg)?;
    CachedBoard::export_all(&cfg)?;
    // The lead's tools.
    NewInvite::export_all(&cfg)?;
    Invite::export_all(&cfg)?;
    protocol::InviteInfo::export_all(&cfg)?;
    protocol::GroupMember::export_all(&cfg)?;
    NewOpportunity::export_all(&cfg)?;
    // The journal lock.
    LockStatus::export_all(&cfg)?;
    // This phone's preferences.
    Preferences::export_all(&cfg)?;
    LanguageChoice::export_all(&cfg)?;
    NotificationPermission::export_all(&cfg)?;
    Ok(())
}

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings")
}

fn read_dir_sorted(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name, std::fs::read_to_string(e.path()).unwrap_or_default())
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn committed_bindings_match_the_rust_types() {
    if std::env::var_os("BRIM_WRITE_BINDINGS").is_some() {
        let dir = committed_dir();
        for (name, _) in read_dir_sorted(&dir) {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        export_all(&dir).unwrap();
    }
    let fresh = tempfile::tempdir().unwrap();
    export_all(fresh.path()).unwrap();
    let generated = read_dir_sorted(fresh.path());
    assert!(generated.len() > 20, "expected the bindings of every UI type");
    let committed = read_dir_sorted(&committed_dir());
    let names = |files: &[(String, String)]| files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&committed), names(&generated), "run `make bindings` and commit ui/src/lib/bindings");
    for ((name, old), (_, new)) in committed.iter().zip(&generated) {
        assert_eq!(old, new, "{name} is stale: run `make bindings` and commit ui/src/lib/bindings");
    }
}
