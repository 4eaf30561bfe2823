//! The journal lock, on real files: encrypting in place keeps everything,
//! a wrong passphrase changes nothing, the passphrase can change and the lock
//! can come off again.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use brim_core::{Area, Backup, ErrorCode, Journal, NewCheckIn, NewRating};

use crate::{note, skill, today};

const PASSPHRASE: &str = "blue kettle morning";

/// Every file in `dir` and its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// How many times `marker` appears across every file in `dir`.
pub fn marker_hits(dir: &Path, marker: &str) -> usize {
    let needle = marker.as_bytes();
    snapshot(dir).values().map(|bytes| bytes.windows(needle.len()).filter(|w| *w == needle).count()).sum()
}

/// A journal with a skill, moments and a check-in carrying `marker`.
fn fill(journal: &Journal, marker: &str) {
    let s = skill(journal, &format!("Listening {marker}"), Area::People);
    for n in 0..40 {
        // Some long enough to span several pages.
        let text = format!("Helped my neighbour {marker} with the forms, number {n}. ").repeat(1 + n % 30);
        journal.add_moment(note(today(), &text, &[&s])).unwrap();
    }
    journal
        .record_check_in(NewCheckIn {
            date: today(),
            note: format!("A good quarter {marker}"),
            ratings: vec![NewRating { skill_id: s.id, rating: 4, note: format!("proud {marker}") }],
        })
        .unwrap();
}

/// A backup without its export time, to compare two journals' contents.
fn contents(journal: &Journal) -> Backup {
    let mut backup = journal.backup().unwrap();
    backup.exported_at = Default::default();
    backup
}

#[test]
fn turning_the_lock_on_encrypts_a_journal_in_place_and_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let marker = "QZX-plain-then-locked";
    let journal = Journal::open(&path).unwrap();
    fill(&journal, marker);
    let before = contents(&journal);
    assert!(marker_hits(dir.path(), marker) > 0, "the scan finds the marker in a plain journal");

    journal.turn_lock_on(PASSPHRASE).unwrap();
    assert!(journal.lock_is_on());
    // Still open and working, with nothing plain left in the folder.
    assert_eq!(contents(&journal), before);
    assert_eq!(marker_hits(dir.path(), marker), 0, "no plain copy of the journal is left behind");
    journal.add_moment(note(today(), &format!("After the lock {marker}"), &[])).unwrap();
    assert_eq!(marker_hits(dir.path(), marker), 0, "new writes go into the encrypted WAL");
    drop(journal);

    assert_eq!(marker_hits(dir.path(), marker), 0, "nothing readable once closed");
    assert!(Journal::needs_passphrase(&path).unwrap());
    let refused = Journal::open(&path).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Locked);

    let journal = Journal::open_with_passphrase(&path, PASSPHRASE).unwrap();
    let after = contents(&journal);
    assert_eq!(after.skills, before.skills);
    assert_eq!(after.check_ins, before.check_ins);
    assert_eq!(after.moments.len(), before.moments.len() + 1);
    assert_eq!(journal.search_moments("neighbour", 50).unwrap().len(), 40, "search still works");
    assert_eq!(journal.integrity_check().unwrap(), "ok");
}

#[test]
fn a_backup_exported_before_the_lock_imports_the_same_after() {
    let dir = tempfile::tempdir().unwrap();
    let plain = Journal::open(dir.path().join("plain.db")).unwrap();
    fill(&plain, "backup");
    let json = plain.export_backup().unwrap();

    let locked = Journal::open(dir.path().join("locked.db")).unwrap();
    locked.turn_lock_on(PASSPHRASE).unwrap();
    locked.import_backup(&json).unwrap();
    drop(locked);
    let locked = Journal::open_with_passphrase(dir.path().join("locked.db"), PASSPHRASE).unwrap();
    assert_eq!(contents(&locked), contents(&plain));
}

#[test]
fn a_wrong_passphrase_says_so_and_changes_no_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = Journal::open(&path).unwrap();
    fill(&journal, "wrong");
    journal.turn_lock_on(PASSPHRASE).unwrap();
    drop(journal);

    let before = snapshot(dir.path());
    for wrong in ["blue kettle mornin", "", "Blue kettle morning", "x".repeat(10_000).as_str()] {
        let error = Journal::open_with_passphrase(&path, wrong).unwrap_err();
        assert_eq!(error.code(), ErrorCode::WrongPassphrase);
        assert_eq!(error.to_string(), "That passphrase doesn't open this journal. Check it and try again.");
    }
    assert_eq!(snapshot(dir.path()), before, "every file is byte for byte the same");
    assert!(Journal::open_with_passphrase(&path, PASSPHRASE).is_ok());
}

/// Copies `journal` (closed, so its log is folded in) and `key` into `dir`
/// as a journal of its own; returns the copy's path.
fn pair_in(dir: &Path, journal: &[u8], key: &[u8]) -> PathBuf {
    fs::create_dir_all(dir).unwrap();
    let path = dir.join("journal.db");
    fs::write(&path, journal).unwrap();
    fs::write(dir.join("journal.db.key"), key).unwrap();
    path
}

#[test]
fn a_new_passphrase_means_a_new_key_so_an_old_key_file_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("phone");
    fs::create_dir(&home).unwrap();
    let path = home.join("journal.db");
    let journal = Journal::open(&path).unwrap();
    fill(&journal, "change");
    let before = contents(&journal);
    journal.turn_lock_on(PASSPHRASE).unwrap();
    drop(journal);
    // What someone could have copied off the phone before the change.
    let db_before = fs::read(&path).unwrap();
    let key_before = fs::read(home.join("journal.db.key")).unwrap();

    let journal = Journal::open_with_passphrase(&path, PASSPHRASE).unwrap();
    let wrong = journal.change_passphrase("not the one", "a new passphrase").unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::WrongPassphrase);
    let short = journal.change_passphrase(PASSPHRASE, "abc").unwrap_err();
    assert_eq!(short.code(), ErrorCode::PassphraseTooShort);
    assert_eq!(
        fs::read(home.join("journal.db.key")).unwrap(),
        key_before,
        "a refused change changes nothing"
    );
    journal.change_passphrase(PASSPHRASE, "a new passphrase").unwrap();
    assert!(journal.lock_is_on());
    assert_eq!(contents(&journal), before, "still open, with everything");
    journal.add_moment(crate::note(crate::today(), "Written after the change", &[])).unwrap();
    drop(journal);

    let db_after = fs::read(&path).unwrap();
    let key_after = fs::read(home.join("journal.db.key")).unwrap();
    assert_ne!(db_after, db_before, "the journal is encrypted afresh");
    assert_ne!(key_after, key_before);
    let mut names: Vec<String> =
        fs::read_dir(&home).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["journal.db", "journal.db.key"], "no copy or spare key file is left");

    // The old passphrase opens nothing, not even with the old key file put back.
    assert_eq!(
        Journal::open_with_passphrase(&path, PASSPHRASE).unwrap_err().code(),
        ErrorCode::WrongPassphrase
    );
    let old_key_new_journal = pair_in(&dir.path().join("old-key"), &db_after, &key_before);
    assert!(Journal::open_with_passphrase(&old_key_new_journal, PASSPHRASE).is_err());
    // Nor does the new key open the journal as it was before.
    let new_key_old_journal = pair_in(&dir.path().join("new-key"), &db_before, &key_after);
    assert!(Journal::open_with_passphrase(&new_key_old_journal, "a new passphrase").is_err());
    // Only the old pair still opens the old copy: that copy is what it was.
    let old_pair = pair_in(&dir.path().join("old-pair"), &db_before, &key_before);
    assert_eq!(
        Journal::open_with_passphrase(&old_pair, PASSPHRASE).unwrap().backup().unwrap().moments.len(),
        40
    );

    let journal = Journal::open_with_passphrase(&path, "a new passphrase").unwrap();
    let mut now = contents(&journal);
    assert_eq!(now.moments.len(), 41, "every moment is there");
    now.moments.retain(|m| m.text != "Written after the change");
    assert_eq!(now, before);
    assert_eq!(journal.integrity_check().unwrap(), "ok");
}

#[test]
fn turning_the_lock_off_gives_back_a_plain_journal_with_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = Journal::open(&path).unwrap();
    fill(&journal, "off");
    let before = contents(&journal);
    journal.turn_lock_on(PASSPHRASE).unwrap();
    drop(journal);

    let journal = Journal::open_with_passphrase(&path, PASSPHRASE).unwrap();
    assert_eq!(journal.turn_lock_off("nope nope").unwrap_err().code(), ErrorCode::WrongPassphrase);
    assert!(journal.lock_is_on());
    journal.turn_lock_off(PASSPHRASE).unwrap();
    assert!(!journal.lock_is_on());
    assert_eq!(contents(&journal), before);
    drop(journal);

    assert!(!Journal::needs_passphrase(&path).unwrap());
    assert!(!dir.path().join("journal.db.key").exists(), "the key file goes with the lock");
    let journal = Journal::open(&path).unwrap();
    assert_eq!(contents(&journal), before);
    assert_eq!(journal.integrity_check().unwrap(), "ok");
    // And the lock can go on again.
    journal.turn_lock_on("second time lucky").unwrap();
    drop(journal);
    assert_eq!(contents(&Journal::open_with_passphrase(&path, "second time lucky").unwrap()), before);
}

#[test]
fn a_short_passphrase_is_refused_and_the_journal_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = Journal::open(&path).unwrap();
    let error = journal.turn_lock_on("12345").unwrap_err();
    assert_eq!(error.code(), ErrorCode::PassphraseTooShort);
    assert!(!journal.lock_is_on());
    drop(journal);
    assert!(!Journal::needs_passphrase(&path).unwrap());
    assert!(!dir.path().join("journal.db.key").exists());
}

#[test]
fn auto_lock_defaults_to_five_minutes_and_keeps_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path().join("journal.db")).unwrap();
    assert_eq!(journal.auto_lock_minutes().unwrap(), 5);
    journal.set_auto_lock_minutes(15).unwrap();
    assert_eq!(journal.auto_lock_minutes().unwrap(), 15);
    assert_eq!(journal.set_auto_lock_minutes(7).unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(journal.auto_lock_minutes().unwrap(), 15);
}

#[test]
fn a_locked_journal_without_its_key_file_is_a_clear_error_not_a_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = Journal::open(&path).unwrap();
    fill(&journal, "nokey");
    journal.turn_lock_on(PASSPHRASE).unwrap();
    drop(journal);
    fs::rename(dir.path().join("journal.db.key"), dir.path().join("elsewhere.key")).unwrap();

    assert!(!Journal::needs_passphrase(&path).unwrap(), "no key file: no passphrase can help");
    assert_eq!(Journal::open(&path).unwrap_err().code(), ErrorCode::Storage);
    let error = Journal::open_with_passphrase(&path, PASSPHRASE).unwrap_err();
    assert_eq!(error.code(), ErrorCode::Storage);
    assert!(error.to_string().contains("key file"), "{error}");
    // Put back, it opens again.
    fs::rename(dir.path().join("elsewhere.key"), dir.path().join("journal.db.key")).unwrap();
    assert_eq!(Journal::open_with_passphrase(&path, PASSPHRASE).unwrap().backup().unwrap().moments.len(), 40);
}

#[test]
fn search_finds_the_right_moments_after_the_lock_goes_on_and_off() {
    // The search index points at moments by row number; copying the journal
    // into a new file must keep those numbers, gaps from deleted moments
    // included, or searches would answer with the wrong moments.
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path().join("journal.db")).unwrap();
    let words = ["apples", "bread", "carrots", "dates", "eggs"];
    let ids: Vec<_> = words
        .iter()
        .map(|w| journal.add_moment(note(today(), &format!("Bought {w}"), &[])).unwrap().id)
        .collect();
    assert_eq!(journal.search_moments("bread", 10).unwrap().len(), 1, "the index has caught up");
    journal.delete_moment(ids[1]).unwrap();
    journal.delete_moment(ids[2]).unwrap();
    let found = |journal: &Journal, word: &str| -> Vec<String> {
        journal.search_moments(word, 10).unwrap().into_iter().map(|m| m.text).collect()
    };

    journal.turn_lock_on(PASSPHRASE).unwrap();
    assert_eq!(found(&journal, "eggs"), ["Bought eggs"]);
    assert_eq!(found(&journal, "dates"), ["Bought dates"]);
    assert!(found(&journal, "bread").is_empty());
    let later = journal.add_moment(note(today(), "Bought figs", &[])).unwrap();
    assert_eq!(found(&journal, "figs"), ["Bought figs"]);

    journal.turn_lock_off(PASSPHRASE).unwrap();
    assert_eq!(found(&journal, "eggs"), ["Bought eggs"]);
    assert_eq!(found(&journal, "figs"), ["Bought figs"]);
    journal.delete_moment(later.id).unwrap();
    assert!(found(&journal, "figs").is_empty());
    assert_eq!(found(&journal, "apples"), ["Bought apples"]);
}
