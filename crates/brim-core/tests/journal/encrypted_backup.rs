//! Backups of a locked journal, on real files: encrypted with the journal's
//! passphrase in the age format, no journal text in the file's bytes, and a
//! restore that asks for the passphrase and changes nothing without the
//! right one.

use std::fs;
use std::io::Read as _;
use std::path::Path;

use age::secrecy::SecretString;
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
    assert!(name.starts_with("brim-backup-") && name.ends_with(".age"), "{name}");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"), "an armoured age file");
    assert_eq!(hits(&path, marker), 0, "no marker in the backup's bytes");
    for word in ["Listening", "hostel", "breakfast", "Good ear", "brim-backup", "skills"] {
        assert_eq!(hits(&path, word), 0, "{word:?} readable in the backup");
    }
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 1, "no partial file left behind");

    // It is a standard age file: the age library opens it with the passphrase
    // alone, and it asks for scrypt's work factor of 2^16 exactly.
    let decrypt = |max_log_n: u8| -> Result<String, age::DecryptError> {
        let decryptor = age::Decryptor::new(age::armor::ArmoredReader::new(text.as_bytes()))?;
        assert!(decryptor.is_scrypt());
        let mut identity = age::scrypt::Identity::new(SecretString::from(PASSPHRASE.to_owned()));
        identity.set_max_work_factor(max_log_n);
        let mut json = String::new();
        decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))?
            .read_to_string(&mut json)
            .unwrap();
        Ok(json)
    };
    let json = decrypt(brim_core::BACKUP_SCRYPT_LOG_N).unwrap();
    assert!(json.contains(marker) && json.starts_with("{\"format\":\"brim-backup\""));
    assert!(matches!(
        decrypt(brim_core::BACKUP_SCRYPT_LOG_N - 1),
        Err(age::DecryptError::ExcessiveWork { .. })
    ));

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
    assert!(file.encrypted && file.name.ends_with(".age"));
    assert!(!format!("{file:?}").contains("AGE"), "Debug never shows the contents");
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
    let body_line = file.lines().nth(3).unwrap();
    let flipped = body_line.replacen(&body_line[..1], if body_line.starts_with('A') { "B" } else { "A" }, 1);
    let damaged = file.replacen(body_line, &flipped, 1);
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

/// An age file in binary, as the age tool writes it without `-a`.
fn binary_age(json: &str, passphrase: &str, log_n: u8) -> Vec<u8> {
    use std::io::Write as _;
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(log_n);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(json.as_bytes()).unwrap();
    writer.finish().unwrap();
    out
}

#[test]
fn a_binary_age_file_restores_and_one_asking_too_much_work_is_refused_at_once() {
    let (from, _a) = journal();
    skill(&from, "Listening", Area::People);
    let json = from.export_backup().unwrap();
    let (to, _b) = journal();
    let binary = binary_age(&json, PASSPHRASE, 10);
    assert!(binary.starts_with(b"age-encryption.org/v1\n"));
    assert_eq!(to.restore_backup(&binary, Some(PASSPHRASE)).unwrap().skills, 1);

    // The same header claiming 2^30 (a gigabyte per guess): refused before any work.
    let text = String::from_utf8_lossy(&binary).into_owned();
    let line = text.lines().find(|l| l.starts_with("-> scrypt ")).unwrap().to_owned();
    let greedy = line.replacen(" 10", " 30", 1);
    assert_ne!(greedy, line);
    let mut hostile = binary.clone();
    let at = hostile.windows(line.len()).position(|w| w == line.as_bytes()).unwrap();
    hostile.splice(at..at + line.len(), greedy.bytes());
    let (other, _c) = journal();
    let error = other.restore_backup(&hostile, Some(PASSPHRASE)).unwrap_err();
    assert_eq!(error.code(), ErrorCode::InvalidBackup);
    assert!(error.to_string().contains("more work"), "{error}");

    // Encrypted for a key rather than a passphrase: said so.
    let key = age::x25519::Identity::generate();
    let for_key = age::encrypt(&key.to_public(), json.as_bytes()).unwrap();
    let error = other.restore_backup(&for_key, Some(PASSPHRASE)).unwrap_err();
    assert_eq!(error.code(), ErrorCode::InvalidBackup);
    assert!(error.to_string().contains("not with a passphrase"), "{error}");
    assert_eq!(other.backup().unwrap().skills.len(), 0);
}
