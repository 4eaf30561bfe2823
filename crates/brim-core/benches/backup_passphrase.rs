//! What protecting a backup with the passphrase costs: a locked backup of a
//! small journal (Argon2id to check the passphrase against the key file, then
//! Argon2id again to seal the backup under a fresh salt) and its restore
//! (Argon2id once, then the merge), beside the plain backup and restore of
//! the same journal, so the passphrase's share can be read off.
//!
//! `cargo bench -p brim-core --bench backup_passphrase`. Figures are for this
//! machine; a cheap phone's core is several times slower (see BENCHMARKS.md).

use std::hint::black_box;
use std::time::Duration;

use brim_core::{Area, Journal, NewMoment, NewSkill};
use criterion::{Criterion, SamplingMode};

const PASSPHRASE: &str = "blue kettle morning";

fn main() {
    let mut c =
        Criterion::default().configure_from_args().sample_size(10).warm_up_time(Duration::from_secs(1));
    {
        let mut group = c.benchmark_group("backup passphrase");
        group.sampling_mode(SamplingMode::Flat);
        let dir = tempfile::tempdir().expect("a temp dir");
        let journal = Journal::open(dir.path().join("journal.db")).expect("a journal");
        let skill = journal.add_skill(NewSkill::new("Listening", Area::People)).expect("a skill");
        for n in 0..200 {
            journal
                .add_moment(NewMoment {
                    date: chrono::Local::now().date_naive(),
                    text: format!("Calmed a row at breakfast, day {n}"),
                    skill_ids: vec![skill.id],
                })
                .expect("a moment");
        }
        group.bench_function("plain backup of 200 moments", |b| {
            b.iter(|| black_box(journal.backup_file(None).expect("a backup")))
        });
        let file = journal.backup_file(None).expect("a backup").contents;
        group.bench_function("restore it into a journal that has it (merge only)", |b| {
            b.iter(|| black_box(journal.restore_backup(file.as_bytes(), None).expect("restored")))
        });
        journal.turn_lock_on(PASSPHRASE).expect("the lock goes on");
        group.bench_function("locked backup of 200 moments (Argon2id check + Argon2id seal)", |b| {
            b.iter(|| black_box(journal.backup_file(Some(PASSPHRASE)).expect("a backup")))
        });
        let file = journal.backup_file(Some(PASSPHRASE)).expect("a backup").contents;
        group.bench_function("restore the locked one into a journal that has it (Argon2id + merge)", |b| {
            b.iter(|| black_box(journal.restore_backup(file.as_bytes(), Some(PASSPHRASE)).expect("restored")))
        });
        group.finish();
    }
    c.final_summary();
}
