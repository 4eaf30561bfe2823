//! Erased means erased, in the bytes: a deleted moment, a draft thrown away
//! and a journal locked after deleting leave none of their words in any file
//! of the journal's folder (the journal, its `-wal` and `-shm`, the key file,
//! a backup made afterwards), while it is open and after it closes.
//!
//! Each test first shows its markers are on disk, so it can fail. What each
//! guards (checked by breaking it): `secure_delete` (store.rs), FTS5
//! `secure-delete` (migration 0007) and the log emptied after an erasure
//! (`Tx::erased`).

use std::fs;
use std::path::Path;

use brim_core::{Area, DraftOf, Journal, NewCheckIn, NewMoment, NewRating, StepBackAnswer};
use rusqlite::Connection;

use crate::{note, skill, today};

/// A word no other text holds: letters then 32 random hex digits.
fn marker(tag: &str) -> String {
    format!("{tag}{:032x}", fastrand::u128(..))
}

/// What the scans look for: the marker's last 20 characters. FTS5 stores a
/// word after the part it shares with the word before it on an index page,
/// so only the tail of a word is sure to be there verbatim.
fn tail(marker: &str) -> &str {
    &marker[marker.len() - 20..]
}

/// How many times `marker`'s tail appears across the bytes of every file in `dir`.
fn hits(dir: &Path, marker: &str) -> usize {
    let needle = tail(marker).as_bytes();
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| fs::read(p).unwrap().windows(needle.len()).filter(|w| *w == needle).count())
        .sum()
}

/// How many pages of the search index (`moment_fts_data`) hold `marker`'s tail,
/// read through a connection of its own while the journal may be open.
fn index_hits(journal: &Path, marker: &str) -> usize {
    let conn = Connection::open(journal).unwrap();
    let needle = tail(marker).as_bytes();
    let mut stmt = conn.prepare("SELECT block FROM moment_fts_data").unwrap();
    let blocks: Vec<Vec<u8>> = stmt.query_map([], |r| r.get(0)).unwrap().map(|b| b.unwrap()).collect();
    blocks.iter().filter(|b| b.windows(needle.len()).any(|w| w == needle)).count()
}

/// Fills a journal with everyday moments around `markers`, each marker in
/// moments of its own (one long enough to need overflow pages), and brings
/// the search index up to date in two rounds, so it has several segments.
fn journal_with_marked_moments(journal: &Journal, markers: &[String]) -> Vec<uuid::Uuid> {
    let s = skill(journal, "Cooking", Area::Practical);
    let words = ["cooked", "shelter", "forms", "neighbour", "budget", "listened", "bus", "rota"];
    let mut marked = Vec::new();
    for round in 0..2 {
        for n in 0..150 {
            let text =
                format!("{} {} for {n} people", words[n % words.len()], words[(n * 3 + round) % words.len()]);
            journal.add_moment(note(today(), &text, &[&s])).unwrap();
        }
        for (i, m) in markers.iter().enumerate() {
            let text = if i == 0 {
                format!("A long day. {m} ").repeat(400)
            } else {
                format!("Cooked for six at the shelter with {m} and it went well")
            };
            marked.push(journal.add_moment(note(today(), &text, &[&s])).unwrap().id);
        }
        assert!(!journal.search_moments("cooked", 5).unwrap().is_empty());
    }
    marked
}

#[test]
fn a_deleted_moment_leaves_no_word_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = Journal::open(&path).unwrap();
    let markers: Vec<String> = (0..4).map(|i| marker(&format!("mk{i}x"))).collect();
    let marked = journal_with_marked_moments(&journal, &markers);
    for m in &markers {
        assert!(hits(dir.path(), m) > 0, "the scan sees {m} before the delete");
        assert!(index_hits(&path, m) > 0, "the search index holds {m} before the delete");
        assert_eq!(journal.search_moments(m, 10).unwrap().len(), 2);
    }

    for id in marked {
        journal.delete_moment(id).unwrap();
    }
    for m in &markers {
        assert!(journal.search_moments(m, 10).unwrap().is_empty());
        assert_eq!(index_hits(&path, m), 0, "{m} is gone from the search index's pages");
        assert_eq!(hits(dir.path(), m), 0, "{m} is gone from every file while the journal is open");
    }
    assert!(!journal.search_moments("cooked", 5).unwrap().is_empty(), "the rest is still found");
    drop(journal);
    for m in &markers {
        assert_eq!(hits(dir.path(), m), 0, "{m} is gone once the journal is closed");
    }

    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.integrity_check().unwrap(), "ok");
    assert_eq!(journal.backup().unwrap().moments.len(), 300);
    journal.write_backup_file(dir.path(), None).unwrap();
    drop(journal);
    for m in &markers {
        assert_eq!(hits(dir.path(), m), 0, "{m} is in no file, nor the backup made afterwards");
    }
}

#[test]
fn a_draft_thrown_away_leaves_no_word_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = Journal::open(&path).unwrap();
    let s = skill(&journal, "Listening", Area::People);
    let kept = journal.add_moment(note(today(), "Listened to Sam", &[&s])).unwrap();
    let [new, change, step_back, check_in] = ["dn", "dc", "ds", "dk"].map(marker);
    // Each draft kept several times over, as the app keeps it while a person types.
    for round in 0..5 {
        let draft = NewMoment { date: today(), text: format!("Round {round} {new}"), skill_ids: vec![s.id] };
        journal.save_moment_draft(DraftOf::NewMoment, &draft).unwrap();
        let draft = NewMoment { date: today(), text: format!("Round {round} {change}"), skill_ids: vec![] };
        journal.save_moment_draft(DraftOf::Change(kept.id), &draft).unwrap();
        let answer = StepBackAnswer {
            prompt_id: brim_core::step_back_prompts()[0].id.clone(),
            text: format!("Round {round} {step_back}"),
            skill_ids: vec![],
        };
        journal.save_step_back_draft(&[answer]).unwrap();
        let draft = NewCheckIn {
            date: today(),
            note: format!("Round {round} {check_in}"),
            ratings: vec![NewRating { skill_id: s.id, rating: 3, note: format!("note {check_in}") }],
        };
        journal.save_check_in_draft(&draft).unwrap();
    }
    let markers = [new, change, step_back, check_in];
    for m in &markers {
        assert!(hits(dir.path(), m) > 0, "the scan sees {m} before it is thrown away");
    }

    // "Start again" on each form.
    journal.discard_moment_draft(DraftOf::NewMoment).unwrap();
    journal.discard_moment_draft(DraftOf::Change(kept.id)).unwrap();
    journal.discard_step_back_draft().unwrap();
    journal.discard_check_in_draft().unwrap();
    assert_eq!(journal.moment_draft(DraftOf::NewMoment).unwrap(), None);
    for m in &markers {
        assert_eq!(hits(dir.path(), m), 0, "{m} is gone from every file while the journal is open");
    }
    journal.write_backup_file(dir.path(), None).unwrap();
    drop(journal);
    for m in &markers {
        assert_eq!(hits(dir.path(), m), 0, "{m} is in no file, nor the backup made afterwards");
    }
    assert_eq!(Journal::open(&path).unwrap().moment(kept.id).unwrap().text, "Listened to Sam");
}

#[test]
fn locking_after_a_delete_carries_no_deleted_word_into_the_encrypted_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = Journal::open(&path).unwrap();
    let markers: Vec<String> = (0..3).map(|i| marker(&format!("lk{i}x"))).collect();
    let marked = journal_with_marked_moments(&journal, &markers);
    for m in &markers {
        assert!(index_hits(&path, m) > 0, "the search index holds {m} before the delete");
    }
    for id in marked {
        journal.delete_moment(id).unwrap();
    }
    journal.turn_lock_on("tea and toast").unwrap();
    for m in &markers {
        assert_eq!(hits(dir.path(), m), 0, "{m}: no plain copy is left beside the encrypted journal");
    }
    // What the encrypted journal holds, laid bare: the lock off again writes
    // every row of it (the search index's pages among them) into a plain file.
    journal.turn_lock_off("tea and toast").unwrap();
    for m in &markers {
        assert_eq!(index_hits(&path, m), 0, "{m} went into the encrypted journal's search index");
        assert_eq!(hits(dir.path(), m), 0, "{m} went into the encrypted journal");
    }
    assert_eq!(journal.backup().unwrap().moments.len(), 300);
}

#[test]
fn a_journal_from_before_secure_delete_loses_the_words_it_deleted_back_then() {
    // Schema 6 as the last release left it: a moment indexed for search and
    // then deleted, its words still in the index (behind a delete marker)
    // and in the file's free space.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let gone = marker("old");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        for sql in [
            include_str!("../../../../migrations/device/0001_init.sql"),
            include_str!("../../../../migrations/device/0002_skill_evidence.sql"),
            include_str!("../../../../migrations/device/0003_search_backlog.sql"),
            include_str!("../../../../migrations/device/0004_sharing.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        let t = "'2025-01-01T00:00:00Z'";
        for n in 0..200 {
            let text =
                if n == 100 { format!("Told nobody about {gone} ") } else { format!("Baked bread {n} ") };
            conn.execute(
                &format!("INSERT INTO moment VALUES (?1, 'note', '2025-05-04', ?2, {t}, {t})"),
                [format!("0190b6b0-0000-7000-8000-{n:012}"), text.repeat(20)],
            )
            .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO moment_fts (rowid, text) SELECT rowid, text FROM moment;
             DELETE FROM moment_unindexed;",
        )
        .unwrap();
        conn.execute("DELETE FROM moment WHERE text LIKE 'Told nobody%'", []).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = OFF;").unwrap();
        for sql in [
            include_str!("../../../../migrations/device/0005_lean_links.sql"),
            include_str!("../../../../migrations/device/0006_skill_numbers.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch("PRAGMA user_version = 6;").unwrap();
    }
    assert!(index_hits(&path, &gone) > 0, "the old index still holds the deleted words");
    assert!(hits(dir.path(), &gone) > 0, "so does the file");

    let journal = Journal::open(&path).unwrap();
    assert_eq!(index_hits(&path, &gone), 0, "0007 merged them out of the index");
    assert!(journal.search_moments(&gone, 10).unwrap().is_empty());
    assert_eq!(journal.search_moments("baked", 500).unwrap().len(), 199);
    assert_eq!(journal.integrity_check().unwrap(), "ok");
    drop(journal);
    assert_eq!(hits(dir.path(), &gone), 0, "and the vacuum out of the file");
}
