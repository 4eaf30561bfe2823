//! Where "Save a backup file" puts the file, and how Brim says so. The host
//! (the Tauri shell, the dev server) only looks up the device's folders and
//! hands them over as [`Folders`]; the choice is made here, where it is tested.
//!
//! The rules: a journal kept in `BRIM_DATA_DIR` keeps its backups beside it,
//! in a `Backups` folder (a test or a portable copy of Brim never writes into
//! the person's own folders); otherwise Downloads, then Documents, then the
//! home folder, each only if it is really there. Never the app's hidden data
//! folder, where nobody would find the file, and never the folder the app was
//! started from. With none of them, the person is told so and nothing is saved.

use std::path::{Path, PathBuf};

use brim_core::{CommandError, ErrorCode, id};

/// The folders a host can name, as its platform reports them (`None` when it
/// has none, or when looking it up failed).
#[derive(Debug, Default, Clone)]
pub struct Folders {
    /// `BRIM_DATA_DIR`, when the journal lives there.
    pub data_dir: Option<PathBuf>,
    pub downloads: Option<PathBuf>,
    pub documents: Option<PathBuf>,
    pub home: Option<PathBuf>,
}

impl Folders {
    /// These folders, with `data_dir` read from `BRIM_DATA_DIR` (unset or
    /// empty: none), as the shell starts the journal there.
    pub fn with_data_dir_from_env(mut self) -> Self {
        self.data_dir = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()).map(PathBuf::from);
        self
    }
}

/// The variable that puts the journal (and so its backups) in a folder of one's choosing.
pub const DATA_DIR_ENV: &str = "BRIM_DATA_DIR";

/// A folder to save backups in, and its name in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupPlace {
    pub dir: PathBuf,
    /// "your Downloads folder": fits after "in".
    pub words: String,
}

impl BackupPlace {
    /// A place named by the host itself (the dev server's temp folder).
    pub fn new(dir: impl Into<PathBuf>, words: impl Into<String>) -> Self {
        BackupPlace { dir: dir.into(), words: words.into() }
    }
}

fn is_dir(path: &Option<PathBuf>) -> Option<&Path> {
    path.as_deref().filter(|p| p.is_dir())
}

/// Where to save a backup, by the rules above.
pub fn choose(folders: &Folders) -> Result<BackupPlace, CommandError> {
    if let Some(data) = folders.data_dir.as_deref() {
        // Made when the backup is written, if it is not there yet.
        return Ok(BackupPlace::new(data.join("Backups"), id::BACKUP_PLACE_BESIDE_JOURNAL.to_string()));
    }
    let found = [
        (is_dir(&folders.downloads), id::BACKUP_PLACE_DOWNLOADS),
        (is_dir(&folders.documents), id::BACKUP_PLACE_DOCUMENTS),
        (is_dir(&folders.home), id::BACKUP_PLACE_HOME),
    ];
    found
        .into_iter()
        .find_map(|(dir, words)| dir.map(|d| BackupPlace::new(d, words.to_string())))
        .ok_or_else(|| CommandError::new(ErrorCode::Storage, id::ERROR_NO_BACKUP_FOLDER))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folders(root: &Path, names: &[&str]) -> Folders {
        let at = |name: &str| {
            let p = root.join(name);
            if names.contains(&name) {
                std::fs::create_dir_all(&p).unwrap();
            }
            Some(p)
        };
        Folders { data_dir: None, downloads: at("Downloads"), documents: at("Documents"), home: at("home") }
    }

    #[test]
    fn downloads_first_then_documents_then_home() {
        let root = tempfile::tempdir().unwrap();
        let all = folders(root.path(), &["Downloads", "Documents", "home"]);
        assert_eq!(
            choose(&all).unwrap(),
            BackupPlace::new(root.path().join("Downloads"), "your Downloads folder")
        );
        let no_downloads = folders(root.path(), &["Documents", "home"]);
        std::fs::remove_dir(root.path().join("Downloads")).unwrap();
        assert_eq!(choose(&no_downloads).unwrap().words, "your Documents folder");
    }

    #[test]
    fn a_desktop_without_downloads_or_documents_uses_home_never_a_hidden_folder() {
        let root = tempfile::tempdir().unwrap();
        // As on a desktop with no XDG user folders set: Downloads is not known at all.
        let mut f = folders(root.path(), &["home"]);
        f.downloads = None;
        let place = choose(&f).unwrap();
        assert_eq!(place, BackupPlace::new(root.path().join("home"), "your home folder"));
    }

    #[test]
    fn a_named_folder_that_is_not_there_is_skipped() {
        let root = tempfile::tempdir().unwrap();
        let f = folders(root.path(), &["Documents"]);
        assert!(!root.path().join("Downloads").exists());
        assert_eq!(choose(&f).unwrap().dir, root.path().join("Documents"));
    }

    #[test]
    fn with_no_folder_at_all_nothing_is_saved_and_the_person_is_told() {
        let root = tempfile::tempdir().unwrap();
        let e = choose(&folders(root.path(), &[])).unwrap_err();
        assert_eq!(e.code, ErrorCode::Storage);
        assert!(e.message.contains("nothing was saved"), "{}", e.message);
        let e = choose(&Folders::default()).unwrap_err();
        assert_eq!(e.code, ErrorCode::Storage);
    }

    #[test]
    fn brim_data_dir_keeps_backups_beside_the_journal_even_with_downloads() {
        let root = tempfile::tempdir().unwrap();
        let mut f = folders(root.path(), &["Downloads", "Documents", "home"]);
        f.data_dir = Some(root.path().join("journal"));
        let place = choose(&f).unwrap();
        assert_eq!(place.dir, root.path().join("journal").join("Backups"));
        assert_eq!(place.words, "the Backups folder beside your journal");
    }
}
