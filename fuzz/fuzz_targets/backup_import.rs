//! A backup file is whatever a person picks from their phone's files: it may
//! be cut short, edited by hand, or made to do harm. Bringing one into the
//! journal must never panic, must refuse a bad file as a bad backup (not as
//! a broken journal) and change nothing, and a file it accepts must read
//! back exactly, open every screen of the app, and restore a second time
//! adding and changing nothing (a restore merges by id).

#![no_main]

use std::cell::RefCell;

use brim_core::{Backup, ErrorCode, ImportSummary, Journal, SkillQuery};
use libfuzzer_sys::fuzz_target;

thread_local! {
    /// One in-memory journal, reused while imports fail (a failed import
    /// changes nothing) and replaced after one succeeds.
    static JOURNAL: RefCell<Option<Journal>> = const { RefCell::new(None) };
}

fn fresh() -> Journal {
    Journal::open(":memory:").expect("an in-memory journal opens")
}

fuzz_target!(|data: &[u8]| {
    // The app reads the file as text; bytes that are not UTF-8 never get this far.
    let Ok(text) = std::str::from_utf8(data) else { return };
    JOURNAL.with(|slot| {
        let mut slot = slot.borrow_mut();
        let journal = slot.get_or_insert_with(fresh);
        let outcome = journal.import_backup(text);
        if std::env::var_os("BRIM_FUZZ_SAY").is_some() {
            // For reading one input by hand: `BRIM_FUZZ_SAY=1 cargo fuzz run … FILE`.
            eprintln!("import: {outcome:?}");
        }
        match outcome {
            Err(e) => {
                assert_eq!(e.code(), ErrorCode::InvalidBackup, "a bad file is a bad backup, not {e:?}");
                assert!(is_empty(journal), "a refused import changed the journal");
            }
            Ok(summary) => {
                let given: Backup = serde_json::from_str(text).expect("it was read once already");
                let back = journal.backup().expect("an imported journal reads back");
                assert_eq!(summary.skills as usize, given.skills.len());
                assert_eq!(
                    normalise(back),
                    normalise(given.clone()),
                    "the journal does not hold what was imported"
                );
                every_screen_opens(journal);
                search_finds_what_came_in(journal, &given);
                // Restoring the same file again merges by id: nothing new, nothing changed.
                let again = journal.import_backup(text).expect("an accepted backup is accepted again");
                let entries = given.skills.len()
                    + given.moments.len()
                    + given.check_ins.len()
                    + given.recognitions.len();
                assert_eq!(
                    again,
                    ImportSummary {
                        already_there: u32::try_from(entries).unwrap_or(u32::MAX),
                        ..ImportSummary::default()
                    },
                    "a second restore added something"
                );
                let twice = journal.backup().expect("the journal reads back");
                assert_eq!(normalise(twice), normalise(given), "a second restore changed the journal");
                // The next input needs an empty journal again.
                *slot = None;
            }
        }
    });
});

fn is_empty(j: &Journal) -> bool {
    let b = j.backup().expect("the journal reads");
    b.skills.is_empty() && b.moments.is_empty() && b.check_ins.is_empty() && b.recognitions.is_empty()
}

/// A backup in the order `Journal::backup` writes it, so two can be compared.
fn normalise(mut b: Backup) -> Backup {
    b.exported_at = chrono::DateTime::UNIX_EPOCH;
    // An older version's file comes back as this version's.
    b.version = brim_core::BACKUP_VERSION;
    b.skills.sort_by_key(|s| s.id);
    b.moments.sort_by_key(|m| m.id);
    for m in &mut b.moments {
        m.skill_ids.sort();
    }
    b.check_ins.sort_by_key(|c| c.id);
    for c in &mut b.check_ins {
        c.ratings.sort_by_key(|r| r.skill_id);
    }
    b.recognitions.sort_by_key(|r| r.id);
    b
}

/// What the app reads to draw each screen after an import.
fn every_screen_opens(j: &Journal) {
    let skills = j.skills(&SkillQuery { include_archived: true, ..SkillQuery::default() }).expect("skills");
    j.moments(50, None).expect("moments");
    j.check_ins().expect("check-ins");
    j.recognitions().expect("recognitions");
    j.growth().expect("growth");
    j.check_in_status().expect("check-in status");
    j.check_in_draft().expect("check-in draft");
    j.home().expect("home");
    j.search_moments("a", 10).expect("search");
    let ids: Vec<_> = skills.iter().map(|s| s.id).collect();
    if !ids.is_empty() {
        let html = j.portfolio_html(&ids).expect("portfolio");
        // Whatever the file held, the printable page gets no markup from it.
        assert!(!html.contains("<script") && !html.contains("<img"), "unescaped markup in the portfolio");
    }
    for s in skills.iter().take(3) {
        j.moments_for_skill(s.id, 10, None).expect("moments for a skill");
    }
}

/// Search reads what the import indexed: any words a person types are a
/// query that runs, and a plain word from a moment finds that moment.
fn search_finds_what_came_in(j: &Journal, given: &Backup) {
    // Too many moments and the one wanted may fall outside the newest 500 matches.
    if given.moments.len() > 50 {
        return;
    }
    for m in given.moments.iter().take(5) {
        // The whole text as typed into the search box: it may hold anything.
        j.search_moments(&m.text, 10).expect("a search for any words runs");
        // A plain word: ASCII letters and digits with an ASCII space or mark on
        // each side. (Glued to another script's letter, as in "쳌abc", it is
        // part of a longer word to the search, as to a reader.)
        let word = m
            .text
            .split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
            .find(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphanumeric()));
        if let Some(word) = word {
            let found = j.search_moments(word, 500).expect("search");
            assert!(found.iter().any(|f| f.id == m.id), "searching {word:?} misses the moment it is in");
        }
    }
}
