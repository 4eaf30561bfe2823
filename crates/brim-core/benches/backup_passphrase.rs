//! What protecting a backup with the passphrase costs: scrypt at each work
//! factor around the one Brim uses (age's passphrase recipient, one scrypt
//! run each), so `BACKUP_SCRYPT_LOG_N` can be read against a phone's budget
//! of well under 2 s; and a whole encrypted backup of a small journal
//! (checking the passphrase with Argon2id, then scrypt) and its restore.
//!
//! `cargo bench -p brim-core --bench backup_passphrase`. Figures are for this
//! machine; a cheap phone's core is several times slower (see the notes).

use std::hint::black_box;
use std::time::Duration;

use age::secrecy::SecretString;
use brim_core::{Area, BACKUP_SCRYPT_LOG_N, Journal, NewMoment, NewSkill};
use criterion::{Criterion, SamplingMode};

const PASSPHRASE: &str = "blue kettle morning";

/// One age file key wrapped with the passphrase at `log_n`: one scrypt run.
fn wrap_once(log_n: u8) {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE.to_owned()));
    recipient.set_work_factor(log_n);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .expect("one recipient");
    black_box(encryptor);
}

fn main() {
    let mut c =
        Criterion::default().configure_from_args().sample_size(10).warm_up_time(Duration::from_secs(1));
    {
        let mut group = c.benchmark_group("backup passphrase");
        group.sampling_mode(SamplingMode::Flat);
        for log_n in 14..=18u8 {
            let memory = 1u64 << (log_n - 10);
            let mark = if log_n == BACKUP_SCRYPT_LOG_N { " (Brim's)" } else { "" };
            group.bench_function(format!("scrypt log_n={log_n}, {memory} MiB{mark}"), |b| {
                b.iter(|| wrap_once(log_n))
            });
        }

        let dir = tempfile::tempdir().expect("a temp dir");
        let journal = Journal::open(dir.path().join("journal.db")).expect("a journal");
        let skill = journal
            .add_skill(NewSkill {
                name: "Listening".into(),
                area: Area::People,
                story: String::new(),
                prompt_id: None,
            })
            .expect("a skill");
        for n in 0..200 {
            journal
                .add_moment(NewMoment {
                    date: chrono::Local::now().date_naive(),
                    text: format!("Calmed a row at breakfast, day {n}"),
                    skill_ids: vec![skill.id],
                })
                .expect("a moment");
        }
        journal.turn_lock_on(PASSPHRASE).expect("the lock goes on");
        group.bench_function("locked backup of 200 moments (Argon2id check + scrypt)", |b| {
            b.iter(|| black_box(journal.backup_file(Some(PASSPHRASE)).expect("a backup")))
        });
        let file = journal.backup_file(Some(PASSPHRASE)).expect("a backup").contents;
        group.bench_function("restore it into a journal that has it (scrypt + merge)", |b| {
            b.iter(|| black_box(journal.restore_backup(file.as_bytes(), Some(PASSPHRASE)).expect("restored")))
        });
        group.finish();
    }
    c.final_summary();
}
