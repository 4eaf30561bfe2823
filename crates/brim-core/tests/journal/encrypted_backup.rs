//! Backups of a locked journal, on real files: sealed with the journal's
//! passphrase (Argon2id, XChaCha20-Poly1305), no journal text in the file's
//! bytes, and a restore that asks for the passphrase and changes nothing
//! without the right one.

use std::fs;
use std::path::Path;

use brim_core::{AcceptAs, Area, ErrorCode, Journal, NewCheckIn, NewRating, NewRecognition};

use crate::{journal, note, skill, today};

const PASSPHRASE: &str = "blue kettle morning";

/// How many times `marker` appears in the bytes of `path`.
fn hits(path: &Path, marker: &str) -> usize {
    let needle = marker.as_bytes();
    fs::read(path).unwrap().windows(needle.len()).filter(|w| *w == needle).count()
}

/// A locked journal whose every kind of entry carries `marker`.
fn locked_with_marker(marker: &str) -> (Journal, tempfile::TempDir) {
    let (j, dir) = journal();
    j.turn_lock_on(PASSPHRASE).unwrap();
    let s = skill(&j, &format!("Listening {marker}"), Area::People);
    j.set_skill_story(s.id, &format!("At the hostel {marker}")).unwrap();
    j.add_moment(note(today(), &format!("Calmed a row {marker} at breakfast"), &[&s])).unwrap();
    j.record_check_in(NewCheckIn {
        date: today(),
        note: format!("Quarter {marker}"),
        ratings: vec![NewRating { skill_id: s.id, rating: 4, note: format!("proud {marker}") }],
    })
    .unwrap();
    let r = j
        .add_recognition(NewRecognition {
            from: format!("Sam {marker}"),
            text: format!("Good ear {marker}"),
            received_on: today(),
        })
        .unwrap();
    j.accept_recognition(r.id, AcceptAs::Skill { skill_id: s.id }).unwrap();
    (j, dir)
}

/// Finds `marker` back through the journal's own API.
fn finds_marker(j: &Journal, marker: &str) {
    let found = j.search_moments(marker, 10).unwrap();
    assert!(found.iter().any(|m| m.text == format!("Calmed a row {marker} at breakfast")), "{found:?}");
    let all = j.backup().unwrap();
    assert!(all.skills.iter().any(|s| s.name == format!("Listening {marker}")));
    assert!(all.check_ins.iter().any(|c| c.note == format!("Quarter {marker}")));
    assert!(all.recognitions.iter().any(|r| r.text == format!("Good ear {marker}")));
}

#[test]
fn with_the_lock_on_the_backup_file_holds_no_journal_text_and_restores_anywhere() {
    let marker = "MKR-7d41-backup";
    let (j, _dir) = locked_with_marker(marker);
    let out = tempfile::tempdir().unwrap();
    let path = j.write_backup_file(out.path(), Some(PASSPHRASE)).unwrap();

    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("brim-backup-") && name.ends_with("-locked.json"), "{name}");
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(hits(&path, marker), 0, "no marker in the backup's bytes");
    for word in ["Listening", "hostel", "breakfast", "Good ear", "Quarter", "skills", "moments"] {
        assert_eq!(hits(&path, word), 0, "{word:?} readable in the backup");
    }
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 1, "no partial file left behind");

    // Only the envelope is readable: what sealed it, with the journal's own
    // Argon2id settings, and nothing else.
    let envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut keys: Vec<_> = envelope.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["cipher", "format", "kdf", "nonce", "sealed", "version"]);
    assert_eq!(envelope["format"], brim_core::LOCKED_BACKUP_FORMAT);
    assert_eq!(envelope["cipher"], "xchacha20poly1305");
    assert_eq!(envelope["kdf"]["algorithm"], "argon2id");
    assert_eq!(envelope["kdf"]["memory_kib"], brim_core::ARGON2_MEMORY_KIB);
    assert_eq!(envelope["kdf"]["passes"], brim_core::ARGON2_PASSES);

    // Into a fresh journal (a new phone), locked or not.
    let (fresh, _b) = journal();
    let summary = fresh.restore_backup(text.as_bytes(), Some(PASSPHRASE)).unwrap();
    assert_eq!((summary.skills, summary.moments, summary.check_ins, summary.recognitions), (1, 2, 1, 1));
    finds_marker(&fresh, marker);

    // Into a journal that has entries of its own: both stay.
    let (busy, _c) = journal();
    busy.turn_lock_on("another passphrase").unwrap();
    let own = skill(&busy, "Cooking", Area::Practical);
    busy.add_moment(note(today(), "Made soup", &[&own])).unwrap();
    let summary = busy.restore_backup(text.as_bytes(), Some(PASSPHRASE)).unwrap();
    assert_eq!(summary.moments, 2);
    finds_marker(&busy, marker);
    assert_eq!(busy.search_moments("soup", 10).unwrap().len(), 1);
    assert_eq!(busy.backup().unwrap().skills.len(), 2);
}

#[test]
fn saving_a_backup_of_a_locked_journal_needs_the_journal_passphrase() {
    let (j, _dir) = locked_with_marker("MKR-needs");
    let out = tempfile::tempdir().unwrap();

    let none = j.write_backup_file(out.path(), None).unwrap_err();
    assert_eq!(none.code(), ErrorCode::PassphraseNeeded);
    assert!(none.to_string().contains("Type your passphrase"), "{none}");
    // A typo would make a backup nobody can open: refused before anything is written.
    for typo in ["blue kettle mornin", "Blue kettle morning", ""] {
        let wrong = j.write_backup_file(out.path(), Some(typo)).unwrap_err();
        assert_eq!(wrong.code(), ErrorCode::WrongPassphrase);
        assert_eq!(j.backup_file(Some(typo)).unwrap_err().code(), ErrorCode::WrongPassphrase);
    }
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 0, "no file for a wrong passphrase");

    let file = j.backup_file(Some(PASSPHRASE)).unwrap();
    assert!(file.encrypted && file.name.ends_with("-locked.json"));
    assert!(!format!("{file:?}").contains("sealed"), "Debug never shows the contents");
    // The plain document is still there for code that asks for it on purpose
    // (tests, benchmarks); the app only ever saves `backup_file`.
    assert!(j.export_backup().unwrap().contains("MKR-needs"));
}

#[test]
fn with_the_lock_off_the_backup_stays_plain_json() {
    let (j, _dir) = journal();
    skill(&j, "Listening MKR-plain", Area::People);
    for passphrase in [None, Some("not used")] {
        let file = j.backup_file(passphrase).unwrap();
        assert!(!file.encrypted && file.name.ends_with(".json"));
        assert!(
            file.contents.starts_with("{\"format\":\"brim-backup\"") && file.contents.contains("MKR-plain")
        );
    }
}

#[test]
fn an_encrypted_backup_asks_for_its_passphrase_and_a_wrong_one_changes_nothing() {
    let (j, _dir) = locked_with_marker("MKR-restore");
    let file = j.backup_file(Some(PASSPHRASE)).unwrap().contents;
    let (to, _b) = journal();
    skill(&to, "Cooking", Area::Practical);
    let before = to.backup().unwrap();

    let none = to.restore_backup(file.as_bytes(), None).unwrap_err();
    assert_eq!(none.code(), ErrorCode::PassphraseNeeded);
    assert!(none.to_string().contains("protected with a passphrase"), "{none}");
    for wrong in ["blue kettle mornin", "", "x"] {
        let error = to.restore_backup(file.as_bytes(), Some(wrong)).unwrap_err();
        assert_eq!(error.code(), ErrorCode::WrongPassphrase);
        assert_eq!(
            error.to_string(),
            "That passphrase doesn't open this backup. Try the one your journal had when the backup was saved. Nothing was changed."
        );
    }
    let mut after = to.backup().unwrap();
    after.exported_at = before.exported_at;
    assert_eq!(after, before, "nothing changed");

    // Damaged or cut short: a bad backup, said so, and still nothing changed.
    let mut envelope: serde_json::Value = serde_json::from_str(&file).unwrap();
    let sealed = envelope["sealed"].as_str().unwrap().to_owned();
    let flipped = format!("{}{}", if sealed.starts_with('A') { "B" } else { "A" }, &sealed[1..]);
    envelope["sealed"] = flipped.into();
    let damaged = envelope.to_string();
    let cut = &file[..file.len() / 2];
    for bad in [damaged.as_str(), cut] {
        let error = to.restore_backup(bad.as_bytes(), Some(PASSPHRASE)).unwrap_err();
        assert!([ErrorCode::InvalidBackup, ErrorCode::WrongPassphrase].contains(&error.code()), "{error}");
    }
    let mut after = to.backup().unwrap();
    after.exported_at = before.exported_at;
    assert_eq!(after, before);

    // The right one, with blank lines around the file as a mail app may add.
    let padded = format!("\n\n{file}\n");
    assert_eq!(to.restore_backup(padded.as_bytes(), Some(PASSPHRASE)).unwrap().moments, 2);
}

#[test]
fn a_backup_keeps_the_passphrase_it_was_saved_with() {
    let (j, _dir) = locked_with_marker("MKR-old-pass");
    let file = j.backup_file(Some(PASSPHRASE)).unwrap().contents;
    j.change_passphrase(PASSPHRASE, "a brand new one").unwrap();
    let (to, _b) = journal();
    assert_eq!(
        to.restore_backup(file.as_bytes(), Some("a brand new one")).unwrap_err().code(),
        ErrorCode::WrongPassphrase
    );
    assert_eq!(to.restore_backup(file.as_bytes(), Some(PASSPHRASE)).unwrap().skills, 1);
    // And a new backup takes the new passphrase.
    assert_eq!(j.backup_file(Some(PASSPHRASE)).unwrap_err().code(), ErrorCode::WrongPassphrase);
    assert!(j.backup_file(Some("a brand new one")).is_ok());
}

/// A locked backup of a one-skill journal, as its envelope.
fn locked_envelope() -> serde_json::Value {
    let (from, _a) = journal();
    skill(&from, "Listening", Area::People);
    from.turn_lock_on(PASSPHRASE).unwrap();
    serde_json::from_str(&from.backup_file(Some(PASSPHRASE)).unwrap().contents).unwrap()
}

#[test]
fn a_hostile_or_unexpected_locked_file_is_refused_in_plain_words_and_changes_nothing() {
    let envelope = locked_envelope();
    let (to, _b) = journal();
    let refused = |contents: String| {
        let error = to.restore_backup(contents.as_bytes(), Some(PASSPHRASE)).unwrap_err();
        assert_eq!(to.backup().unwrap().skills.len(), 0, "nothing changed");
        error
    };

    // Asking for a gigabyte per guess: refused before any work is done.
    let mut greedy = envelope.clone();
    greedy["kdf"]["memory_kib"] = (1u32 << 20).into();
    let error = refused(greedy.to_string());
    assert_eq!(error.code(), ErrorCode::InvalidBackup);
    assert!(error.to_string().contains("more work"), "{error}");

    // Saved by a newer Brim: said so, rather than called damaged.
    let mut newer = envelope.clone();
    newer["version"] = 2.into();
    newer["aNewField"] = "from the future".into();
    let error = refused(newer.to_string());
    assert!(error.to_string().contains("newer version of Brim"), "{error}");

    // Settings changed (a different salt derives a different key): the tag
    // fails, as it would for a wrong passphrase.
    let mut salted = envelope.clone();
    salted["kdf"]["salt"] = "00".repeat(16).into();
    assert_eq!(refused(salted.to_string()).code(), ErrorCode::WrongPassphrase);

    // Not base64, a nonce of the wrong length, a field missing: damaged.
    for (field, value) in [("sealed", "not base64!"), ("nonce", "abcd")] {
        let mut broken = envelope.clone();
        broken[field] = value.into();
        let error = refused(broken.to_string());
        assert!(error.to_string().contains("damaged"), "{field}: {error}");
    }
    let mut missing = envelope.clone();
    missing.as_object_mut().unwrap().remove("kdf");
    assert!(refused(missing.to_string()).to_string().contains("damaged"));

    // The untouched envelope restores.
    assert_eq!(to.restore_backup(envelope.to_string().as_bytes(), Some(PASSPHRASE)).unwrap().skills, 1);
}

#[test]
fn an_age_file_from_an_early_test_build_is_explained_not_misread() {
    let (to, _b) = journal();
    for start in ["age-encryption.org/v1\n-> scrypt abc 16\n", "\n-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n"]
    {
        let error = to.restore_backup(start.as_bytes(), Some(PASSPHRASE)).unwrap_err();
        assert_eq!(error.code(), ErrorCode::InvalidBackup);
        assert!(error.to_string().contains("age tool"), "{error}");
    }
}
