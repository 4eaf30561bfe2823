//! Benchmarks of the private journal against the goals of issue A: saving a
//! moment next to the fsync floor, growth, the newest page, search, export and
//! import, all over a journal of 100,000 realistic moments. Each runs twice:
//! on a plain journal and on the same journal with the lock on (SQLCipher),
//! whose names end in `[locked]` (issue E's goal: ≤ 1.15× the plain figure);
//! plus unlocking (Argon2id + open), goal ≤ 1 s; changing the passphrase
//! (the whole journal copied under a fresh key) and the one-time upgrade of
//! an older journal to the search index's `secure-delete` (issue F).
//!
//! The big journal is built once through `Journal::import` and cached under
//! `target/bench-fixtures/`; benchmarks that write work on a copy. Every timed
//! call is also recorded on its own, so the run ends with a table of mean,
//! median and p95 (the goals are about p95, which criterion does not report).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use brim_core::{
    BACKUP_FORMAT, BACKUP_VERSION, Backup, BackupCheckIn, BackupRating, BackupSkill, Journal, Moment,
    MomentKind, NewMoment, SkillQuery, skill_prompts,
};
use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use rusqlite::{Connection, TransactionBehavior, params};
use uuid::{NoContext, Timestamp, Uuid};

/// Bump when the generated data or the way a journal is stored or locked
/// changes, so an old cached fixture is not reused.
const FIXTURE_VERSION: u32 = 6;
const MOMENTS: usize = 100_000;
const SKILLS: usize = 60;
/// Ten years of quarterly check-ins.
const CHECK_INS: usize = 40;
/// One moment a day for ten years: a busy but real journal, for growth.
const DAILY_MOMENTS: usize = 3_650;
/// The passphrase of the locked fixtures.
const PASSPHRASE: &str = "bench passphrase";
/// The word searched for; `report_search_share` prints how many moments hold it.
const SEARCH_WORD: &str = "garden";

/// A small deterministic generator (SplitMix64): the same journal every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "i", "the", "and", "to", "a", "it", "was", "of", "my", "in", "for", "with", "that", "on", "we", "me",
    "then", "so", "but", "she", "he", "they", "at", "today", "all", "up", "out", "when", "again", "really",
    "felt", "got", "had", "did", "went", "made", "after", "before", "about", "just", "still", "first",
];

/// Ordered roughly by how often a person would write them; drawn with a Zipf
/// curve, so the first few are in most moments and the last in very few.
const CONTENT_WORDS: &[&str] = &[
    "home",
    "work",
    "friend",
    "mum",
    "time",
    "help",
    "money",
    "bus",
    "shop",
    "food",
    "cooked",
    "dinner",
    "kids",
    "phone",
    "talked",
    "listened",
    "calm",
    "week",
    "morning",
    "plan",
    "list",
    "sister",
    "brother",
    "neighbour",
    "tea",
    "walk",
    "kitchen",
    "cleaned",
    "fixed",
    "bills",
    "budget",
    "saved",
    "asked",
    "told",
    "meeting",
    "college",
    "course",
    "letter",
    "form",
    "doctor",
    "appointment",
    "school",
    "late",
    "early",
    "garden",
    "washing",
    "laundry",
    "market",
    "cheap",
    "paid",
    "rent",
    "landlord",
    "council",
    "support",
    "worker",
    "group",
    "class",
    "learnt",
    "taught",
    "showed",
    "drew",
    "painted",
    "song",
    "music",
    "guitar",
    "wrote",
    "story",
    "poem",
    "idea",
    "problem",
    "solved",
    "argument",
    "sorted",
    "patient",
    "angry",
    "proud",
    "nervous",
    "brave",
    "spoke",
    "stood",
    "complained",
    "refund",
    "receipt",
    "voucher",
    "foodbank",
    "volunteer",
    "charity",
    "church",
    "mosque",
    "library",
    "computer",
    "email",
    "online",
    "interview",
    "job",
    "shift",
    "manager",
    "customer",
    "rota",
    "training",
    "certificate",
    "baby",
    "nappy",
    "bottle",
    "dog",
    "cat",
    "vet",
    "walked",
    "park",
    "football",
    "swimming",
    "bike",
    "repair",
    "tyre",
    "puncture",
    "sewing",
    "button",
    "trousers",
    "jacket",
    "charity-shop",
    "bargain",
    "recipe",
    "soup",
    "bread",
    "leftovers",
    "freezer",
    "batch",
    "lunchbox",
    "homework",
    "reading",
    "maths",
    "spelling",
    "certificate",
    "gran",
    "grandad",
    "carer",
    "medication",
    "chemist",
    "prescription",
    "hospital",
    "visit",
    "ward",
    "nurse",
    "form-filling",
    "benefits",
    "claim",
    "jobcentre",
    "advisor",
    "deadline",
    "calendar",
    "reminder",
    "routine",
    "habit",
    "sleep",
    "tired",
    "stress",
    "breathing",
    "counted",
    "waited",
    "queue",
    "train",
    "ticket",
    "map",
    "directions",
    "lost",
    "found",
    "keys",
    "lock",
    "door",
    "shelf",
    "drill",
    "paint",
    "wallpaper",
    "curtains",
    "mould",
    "heating",
    "meter",
    "electric",
    "gas",
    "switch",
    "tariff",
    "compared",
    "prices",
    "offer",
    "discount",
    "coupon",
    "jar",
    "envelope",
    "saving",
    "pocket",
    "wallet",
    "party",
    "birthday",
    "cake",
    "present",
    "card",
    "wrapped",
    "decorations",
    "games",
    "laughed",
    "joke",
    "comforted",
    "hug",
    "cried",
    "listening",
    "advice",
    "mediated",
    "peace",
    "apology",
    "forgave",
    "trust",
    "team",
    "together",
    "organised",
    "sorted-out",
    "timetable",
    "spreadsheet",
    "notebook",
    "diary",
    "photo",
    "video",
    "drawing",
    "craft",
    "knitting",
    "scarf",
    "blanket",
    "plants",
    "seeds",
    "tomatoes",
    "compost",
    "allotment",
    "weeds",
    "watering",
    "rain",
    "snow",
    "storm",
    "power-cut",
    "candles",
    "torch",
];

/// Plain English-ish text of 100 to 600 characters, in sentences.
fn moment_text(rng: &mut Rng) -> String {
    let target = rng.range(100, 601);
    let mut text = String::with_capacity(target + 80);
    while text.len() < target {
        let words = rng.range(6, 16);
        for w in 0..words {
            let word = if rng.unit() < 0.45 {
                FUNCTION_WORDS[rng.range(0, FUNCTION_WORDS.len())]
            } else {
                CONTENT_WORDS[zipf(rng, CONTENT_WORDS.len())]
            };
            if w == 0 {
                if !text.is_empty() {
                    text.push(' ');
                }
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    text.extend(first.to_uppercase());
                    text.push_str(chars.as_str());
                }
            } else {
                text.push(' ');
                text.push_str(word);
            }
        }
        text.push('.');
    }
    if text.len() > 600 {
        // Cut back to a whole word (all ASCII) and close the sentence.
        let cut = text[..599].rfind(' ').unwrap_or(599);
        text.truncate(cut);
        text.push('.');
    }
    text
}

/// An index in `0..n` drawn with a Zipf (s = 1) curve.
fn zipf(rng: &mut Rng, n: usize) -> usize {
    // Inverse of the continuous approximation: rank ≈ n^u.
    let rank = (n as f64).powf(rng.unit()) as usize;
    rank.clamp(1, n) - 1
}

fn skill_links(rng: &mut Rng, skills: &[BackupSkill]) -> Vec<Uuid> {
    let mut links: Vec<Uuid> = Vec::new();
    let want = rng.range(1, 4);
    while links.len() < want {
        let id = skills[rng.range(0, skills.len())].id;
        if !links.contains(&id) {
            links.push(id);
        }
    }
    links.sort();
    links
}

fn at(date: NaiveDate, seconds: i64) -> DateTime<Utc> {
    date.and_hms_opt(0, 0, 0).map(|d| d.and_utc()).unwrap_or_default() + TimeDelta::seconds(seconds)
}

fn id_at(time: DateTime<Utc>) -> Uuid {
    let ms = time.timestamp_millis() as u64;
    Uuid::new_v7(Timestamp::from_unix(NoContext, ms / 1000, (ms % 1000) as u32 * 1_000_000))
}

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 1).expect("a real date")
}

/// A journal ten years long: 60 skills from the prompt library, `moments`
/// moments spread over the years, each linked to 1–3 skills, and 40 quarterly
/// check-ins rating every skill.
fn generate(moments: usize, seed: u64) -> Backup {
    let mut rng = Rng(seed);
    let start = first_day();
    let days = 3_652;
    let skills: Vec<BackupSkill> = skill_prompts()
        .iter()
        .cycle()
        .take(SKILLS)
        .enumerate()
        .map(|(i, p)| {
            let created = at(start, i as i64 * 60);
            BackupSkill {
                id: id_at(created),
                name: if i < skill_prompts().len() { p.name.clone() } else { format!("{} {i}", p.name) },
                area: p.area.clone(),
                story: String::new(),
                prompt_id: Some(p.id.clone()),
                archived: false,
                created_at: created,
                updated_at: created,
            }
        })
        .collect();
    let moments = (0..moments)
        .map(|_| {
            let date = start + Days::new(rng.range(0, days) as u64);
            let created = at(date, rng.range(7 * 3600, 23 * 3600) as i64);
            Moment {
                id: id_at(created),
                kind: if rng.range(0, 20) == 0 { MomentKind::Reflection } else { MomentKind::Note },
                date,
                text: moment_text(&mut rng),
                skill_ids: skill_links(&mut rng, &skills),
                created_at: created,
                updated_at: created,
            }
        })
        .collect();
    let mut levels: Vec<u8> = skills.iter().map(|_| rng.range(1, 4) as u8).collect();
    let check_ins = (0..CHECK_INS)
        .map(|q| {
            let date = start + Days::new(q as u64 * 91 + 80);
            let created = at(date, 19 * 3600);
            let ratings = skills
                .iter()
                .zip(levels.iter_mut())
                .map(|(s, level)| {
                    // Mostly steady, sometimes a step up, now and then a step back.
                    match rng.range(0, 10) {
                        0..=1 => *level = (*level + 1).min(5),
                        2 => *level = (*level - 1).max(1),
                        _ => {}
                    }
                    BackupRating { skill_id: s.id, rating: *level, note: String::new() }
                })
                .collect();
            BackupCheckIn { id: id_at(created), date, note: String::new(), created_at: created, ratings }
        })
        .collect();
    Backup {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        exported_at: at(start + Days::new(days as u64), 0),
        skills,
        moments,
        check_ins,
        recognitions: Vec::new(),
        settings: BTreeMap::new(),
    }
}

fn fixtures_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("bench-fixtures");
    fs::create_dir_all(&dir).expect("create target/bench-fixtures");
    dir
}

fn remove_journal(path: &Path) {
    for suffix in ["", "-wal", "-shm", ".key"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let _ = fs::remove_file(file);
    }
}

/// The journal of `moments` moments, built once and kept for later runs.
fn cached_journal(moments: usize) -> PathBuf {
    let dir = fixtures_dir();
    let path = dir.join(format!("journal-{moments}-v{FIXTURE_VERSION}.sqlite"));
    if path.exists() {
        return path;
    }
    let started = Instant::now();
    let building = dir.join(format!("building-{moments}.sqlite"));
    remove_journal(&building);
    {
        let journal = Journal::open(&building).expect("open a new journal");
        journal.import(&generate(moments, moments as u64)).expect("import the generated journal");
    }
    // Closing the last connection checkpointed the WAL, so the file is whole;
    // renaming last means a killed build never leaves a half fixture behind.
    fs::rename(&building, &path).expect("keep the fixture");
    eprintln!("built {} in {:.1?}", path.display(), started.elapsed());
    path
}

/// `path` with `suffix` added to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The same journal as `plain`, with the lock on, built once and kept.
fn cached_locked(plain: &Path) -> PathBuf {
    let path = with_suffix(plain, ".locked");
    if path.exists() && with_suffix(&path, ".key").exists() {
        return path;
    }
    let started = Instant::now();
    let building = with_suffix(plain, ".locking");
    remove_journal(&building);
    fs::copy(plain, &building).expect("copy the plain fixture");
    Journal::open(&building).expect("open the copy").turn_lock_on(PASSPHRASE).expect("turn the lock on");
    fs::rename(with_suffix(&building, ".key"), with_suffix(&path, ".key")).expect("keep the key file");
    fs::rename(&building, &path).expect("keep the locked fixture");
    eprintln!("built {} in {:.1?}", path.display(), started.elapsed());
    path
}

/// Opens a fixture, with the passphrase if it is locked.
fn open(path: &Path) -> Journal {
    if Journal::needs_passphrase(path).expect("look at the file") {
        Journal::open_with_passphrase(path, PASSPHRASE).expect("unlock the journal")
    } else {
        Journal::open(path).expect("open the journal")
    }
}

/// A fresh copy of a cached journal (and its key file), for benchmarks that write.
fn working_copy(source: &Path, name: &str) -> PathBuf {
    let path = fixtures_dir().join(name);
    remove_journal(&path);
    fs::copy(source, &path).expect("copy the fixture");
    let key = with_suffix(source, ".key");
    if key.exists() {
        fs::copy(key, with_suffix(&path, ".key")).expect("copy the key file");
    }
    path
}

/// Every timed call of one benchmark, for the summary printed at the end.
struct Recorded {
    name: String,
    times: Vec<Duration>,
}

thread_local! {
    static RECORDED: RefCell<Vec<Recorded>> = const { RefCell::new(Vec::new()) };
}

/// Benchmarks `f` and also keeps the time of every single call.
fn bench_recorded<T>(group: &mut BenchmarkGroup<'_, WallTime>, name: &str, mut f: impl FnMut() -> T) {
    let mut times = Vec::new();
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let started = Instant::now();
                black_box(f());
                let took = started.elapsed();
                times.push(took);
                total += took;
            }
            total
        })
    });
    if !times.is_empty() {
        RECORDED.with(|r| r.borrow_mut().push(Recorded { name: name.to_owned(), times }));
    }
}

/// Like [`bench_recorded`], with untimed `setup` before each call.
fn bench_with_setup<I, T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    mut setup: impl FnMut() -> I,
    mut f: impl FnMut(&I) -> T,
) {
    let mut times = Vec::new();
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let input = setup();
                let started = Instant::now();
                let output = f(&input);
                let took = started.elapsed();
                drop(black_box(output));
                drop(input);
                times.push(took);
                total += took;
            }
            total
        })
    });
    if !times.is_empty() {
        RECORDED.with(|r| r.borrow_mut().push(Recorded { name: name.to_owned(), times }));
    }
}

fn new_moments(journal: &Journal, count: usize) -> Vec<NewMoment> {
    let skills = journal.backup().expect("read skills").skills;
    let mut rng = Rng(7);
    (0..count)
        .map(|_| NewMoment {
            date: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real date")
                + Days::new(rng.range(0, 300) as u64),
            text: moment_text(&mut rng),
            skill_ids: skill_links(&mut rng, &skills),
        })
        .collect()
}

/// Saving one moment into a journal of 100,000, next to a bare insert+commit
/// of a row of the same size on a file with the same pragmas (the fsync floor).
///
/// The two are timed in alternating turns rather than one after the other, so
/// both see the same disk: an fsync's cost swings with whatever else the
/// machine writes, and the goal is a ratio between them.
fn save_moment(big: &Path, tag: &str) {
    const ROUNDS: usize = 3_000;
    let copy = working_copy(big, "save-journal.sqlite");
    let floor_path = fixtures_dir().join("save-floor.sqlite");
    remove_journal(&floor_path);

    let journal = open(&copy);
    let moments = new_moments(&journal, 1_000);
    let mut floor = Connection::open(&floor_path).expect("open the floor file");
    floor.pragma_update(None, "journal_mode", "WAL").expect("WAL");
    floor.pragma_update(None, "synchronous", "FULL").expect("FULL");
    floor
        .execute_batch(
            "CREATE TABLE plain (id TEXT, kind TEXT, date TEXT, text TEXT, created_at TEXT, updated_at TEXT)",
        )
        .expect("create the plain table");

    // Bytes each handed to `write` (the WAL frames, 4 KiB + 24 bytes a page):
    // a count of pages per commit that no other load on the machine changes.
    let (mut save_bytes, mut floor_bytes) = (0u64, 0u64);
    let mut save = || {
        let written = bytes_written();
        let started = Instant::now();
        black_box(journal.add_moment(moments[fastrand_index(moments.len())].clone()).expect("save a moment"));
        let elapsed = started.elapsed();
        save_bytes += bytes_written() - written;
        elapsed
    };
    let mut bare = || {
        let m = &moments[fastrand_index(moments.len())];
        let written = bytes_written();
        let started = Instant::now();
        let tx = floor.transaction_with_behavior(TransactionBehavior::Immediate).expect("begin");
        let at = Utc::now().to_rfc3339();
        tx.execute(
            "INSERT INTO plain (id, kind, date, text, created_at, updated_at) VALUES (?1, 'note', ?2, ?3, ?4, ?4)",
            params![Uuid::now_v7().to_string(), m.date.to_string(), m.text, at],
        )
        .expect("insert");
        tx.commit().expect("commit");
        let elapsed = started.elapsed();
        floor_bytes += bytes_written() - written;
        elapsed
    };
    let (mut saves, mut floors) = (Vec::with_capacity(ROUNDS), Vec::with_capacity(ROUNDS));
    for round in 0..ROUNDS {
        if round % 2 == 0 {
            saves.push(save());
            floors.push(bare());
        } else {
            floors.push(bare());
            saves.push(save());
        }
    }
    let page = 4096.0 + 24.0;
    println!(
        "written per commit{tag}: save {:.0} bytes (~{:.2} WAL pages), floor {:.0} bytes (~{:.2} pages)",
        save_bytes as f64 / ROUNDS as f64,
        save_bytes as f64 / ROUNDS as f64 / page,
        floor_bytes as f64 / ROUNDS as f64,
        floor_bytes as f64 / ROUNDS as f64 / page,
    );
    RECORDED.with(|r| {
        let mut r = r.borrow_mut();
        r.push(Recorded { name: format!("save one moment (journal of 100k){tag}"), times: saves });
        r.push(Recorded { name: format!("fsync floor (bare insert+commit){tag}"), times: floors });
    });
    drop(journal);
    drop(floor);
    remove_journal(&copy);
    remove_journal(&floor_path);
}

/// Bytes this process has handed to `write` so far (Linux `/proc/self/io`
/// `wchar`; 0 elsewhere, and the per-commit figure then reads 0).
fn bytes_written() -> u64 {
    fs::read_to_string("/proc/self/io")
        .ok()
        .and_then(|io| io.lines().find_map(|l| l.strip_prefix("wchar: ").and_then(|n| n.trim().parse().ok())))
        .unwrap_or(0)
}

/// Which of `len` items to use next: spread, but the same every run.
fn fastrand_index(len: usize) -> usize {
    thread_local! { static NEXT: RefCell<Rng> = const { RefCell::new(Rng(11)) }; }
    NEXT.with(|rng| rng.borrow_mut().range(0, len))
}

/// The first search after a person has written 50 moments: it first brings
/// the search index up to date with them (migration 0003), so this is the
/// cost a search pays for saves being cheap.
fn search_after_saves(c: &mut Criterion, big: &Path, tag: &str) {
    let copy = working_copy(big, "search-journal.sqlite");
    let journal = open(&copy);
    let moments = new_moments(&journal, 1_000);
    let mut group = c.benchmark_group("reads");
    group.sample_size(30).measurement_time(Duration::from_secs(5));
    let mut i = 0;
    bench_with_setup(
        &mut group,
        &format!("search after 50 new moments (100k){tag}"),
        || {
            for _ in 0..50 {
                i += 1;
                journal.add_moment(moments[i % moments.len()].clone()).expect("save a moment");
            }
        },
        |()| journal.search_moments(SEARCH_WORD, 50).expect("search"),
    );
    group.finish();
    drop(journal);
    remove_journal(&copy);
}

/// Growth over 40 quarterly check-ins × 60 skills, with a year's worth of
/// daily moments ×10 (3,650) and with the full 100,000.
fn growth(c: &mut Criterion, big: &Path, daily: &Path, tag: &str) {
    let mut group = c.benchmark_group("growth");
    group.measurement_time(Duration::from_secs(6));
    for (name, path) in [
        ("growth (40 check-ins x 60 skills, 3,650 moments)", daily),
        ("growth (40 check-ins x 60 skills, 100k moments)", big),
    ] {
        let journal = open(path);
        let g = journal.growth().expect("growth");
        assert_eq!((g.check_ins.len(), g.skills.len()), (CHECK_INS, SKILLS), "the fixture is as described");
        bench_recorded(&mut group, &format!("{name}{tag}"), || journal.growth().expect("growth"));
    }
    group.finish();
}

fn report_search_share(path: &Path) {
    let conn = Connection::open(path).expect("open the fixture");
    let hits: i64 = conn
        .query_row(
            "SELECT count(*) FROM moment_fts WHERE moment_fts MATCH ?1",
            [format!("\"{SEARCH_WORD}\"*")],
            |r| r.get(0),
        )
        .expect("count matches");
    eprintln!(
        "search word {SEARCH_WORD:?} is in {hits} of {MOMENTS} moments ({:.1}%)",
        hits as f64 * 100.0 / MOMENTS as f64
    );
}

/// Reading over 100,000 moments: the newest page and a full-text search.
fn reads(c: &mut Criterion, big: &Path, tag: &str) {
    let journal = open(big);
    let mut group = c.benchmark_group("reads");
    group.measurement_time(Duration::from_secs(6));
    bench_recorded(&mut group, &format!("newest 50 moments (100k){tag}"), || {
        let page = journal.moments(50, None).expect("newest moments");
        assert_eq!(page.moments.len(), 50);
        page
    });
    let page = journal.moments(50, None).expect("newest moments");
    let middle = {
        // A cursor half-way back, as after a long scroll.
        let mut cursor = page.next;
        for _ in 0..(MOMENTS / 2 / 500) {
            cursor = journal.moments(500, cursor.as_ref()).expect("page").next;
        }
        cursor
    };
    bench_recorded(&mut group, &format!("50 moments half-way back (100k){tag}"), || {
        journal.moments(50, middle.as_ref()).expect("a page half-way back")
    });
    // The skill most moments show: its links are read through `moment_link`,
    // stored ones and those still waiting in their rows (migration 0008).
    let busiest =
        journal.skills(&SkillQuery::default()).expect("skills").into_iter().max_by_key(|s| s.evidence_count);
    let busiest = busiest.expect("a skill").id;
    bench_recorded(&mut group, &format!("newest 50 moments of one skill (100k){tag}"), || {
        journal.moments_for_skill(busiest, 50, None).expect("a skill's moments")
    });
    bench_recorded(&mut group, &format!("search one word, best 50 (100k){tag}"), || {
        let found = journal.search_moments(SEARCH_WORD, 50).expect("search");
        assert_eq!(found.len(), 50);
        found
    });
    group.finish();
}

/// Export to JSON and import into an empty journal, 100,000 moments.
fn backup(c: &mut Criterion, big: &Path, tag: &str) {
    let journal = open(big);
    let json = journal.export_backup().expect("export");
    eprintln!("backup of 100k moments is {:.1} MB of JSON", json.len() as f64 / 1e6);

    let mut group = c.benchmark_group("backup");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    bench_recorded(&mut group, &format!("export 100k moments{tag}"), || {
        journal.export_backup().expect("export")
    });
    drop(journal);

    let target = fixtures_dir().join("import-target.sqlite");
    bench_with_setup(
        &mut group,
        &format!("import 100k moments{tag}"),
        || {
            remove_journal(&target);
            let empty = Journal::open(&target).expect("open an empty journal");
            if !tag.is_empty() {
                empty.turn_lock_on(PASSPHRASE).expect("turn the lock on");
            }
            empty
        },
        |empty| empty.import_backup(&json).expect("import"),
    );
    group.finish();
    remove_journal(&target);
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn print_summary() {
    RECORDED.with(|r| {
        let recorded = r.borrow();
        if recorded.is_empty() {
            return;
        }
        println!("\n{:<52} {:>7} {:>11} {:>11} {:>11}", "every timed call", "calls", "mean", "median", "p95");
        for rec in recorded.iter() {
            let mut sorted = rec.times.clone();
            sorted.sort();
            let mean = sorted.iter().sum::<Duration>() / sorted.len() as u32;
            println!(
                "{:<52} {:>7} {:>11.3?} {:>11.3?} {:>11.3?}",
                rec.name,
                sorted.len(),
                mean,
                percentile(&sorted, 0.5),
                percentile(&sorted, 0.95)
            );
        }
        let median = |name: &str| {
            recorded.iter().find(|r| r.name.starts_with(name)).map(|r| {
                let mut sorted = r.times.clone();
                sorted.sort();
                percentile(&sorted, 0.5).as_secs_f64()
            })
        };
        if let (Some(save), Some(floor)) = (median("save one moment"), median("fsync floor")) {
            println!("save one moment / fsync floor (medians): {:.2}x (goal <= 1.5x)", save / floor);
        }
        // Each locked figure against its plain twin (goal <= 1.15x).
        println!("\n{:<52} {:>11} {:>11} {:>7}", "locked / plain (medians)", "plain", "locked", "ratio");
        for rec in recorded.iter() {
            let Some(plain_name) = rec.name.strip_suffix(LOCKED) else { continue };
            let exact = |name: &str| {
                recorded.iter().find(|r| r.name == name).map(|r| {
                    let mut sorted = r.times.clone();
                    sorted.sort();
                    percentile(&sorted, 0.5)
                })
            };
            if let (Some(plain), Some(locked)) = (exact(plain_name), exact(&rec.name)) {
                println!(
                    "{:<52} {:>11.3?} {:>11.3?} {:>6.2}x",
                    plain_name,
                    plain,
                    locked,
                    locked.as_secs_f64() / plain.as_secs_f64()
                );
            }
        }
    });
}

/// The suffix of every benchmark run on a locked journal.
const LOCKED: &str = " [locked]";

/// Unlocking: Argon2id over 64 MiB, then opening the journal of 100,000
/// moments with the key (goal ≤ 1 s).
fn unlock(c: &mut Criterion, locked: &Path) {
    let mut group = c.benchmark_group("lock");
    group.sample_size(20).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(8));
    bench_recorded(&mut group, "unlock (Argon2id + open, 100k)", || {
        Journal::open_with_passphrase(locked, PASSPHRASE).expect("unlock")
    });
    group.finish();
}

/// The lock's benchmarks that take seconds a run: ten runs, over 30 s.
fn slow_lock_group(c: &mut Criterion) -> BenchmarkGroup<'_, WallTime> {
    let mut group = c.benchmark_group("lock");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(30));
    group
}

/// Changing the passphrase of the locked journal of 100,000 moments: two
/// Argon2id runs (old and new passphrase), the whole journal copied under a
/// fresh key, the swap, and opening the copy. Each call on a fresh copy.
fn change_passphrase(c: &mut Criterion, locked: &Path) {
    let mut group = slow_lock_group(c);
    bench_with_setup(
        &mut group,
        "change passphrase (fresh key, 100k)",
        || open(&working_copy(locked, "rekey-journal.sqlite")),
        |journal| {
            journal.change_passphrase(PASSPHRASE, "a new bench passphrase").expect("change the passphrase")
        },
    );
    group.finish();
    remove_journal(&fixtures_dir().join("rekey-journal.sqlite"));
}

/// Opening a journal of 100,000 moments written before migration 0007: it
/// turns on the search index's `secure-delete`, merges the index into one
/// segment and vacuums the file, once. (The fixture is marked as schema 6,
/// so its first open runs that again.)
fn upgrade_to_secure_delete(c: &mut Criterion, big: &Path) {
    let mut group = slow_lock_group(c);
    bench_with_setup(
        &mut group,
        "first open after 0007 (optimize + vacuum, 100k)",
        || {
            let path = working_copy(big, "upgrade-journal.sqlite");
            Connection::open(&path).expect("open").pragma_update(None, "user_version", 6).expect("mark as 6");
            path
        },
        |path| Journal::open(path).expect("open and upgrade"),
    );
    group.finish();
    remove_journal(&fixtures_dir().join("upgrade-journal.sqlite"));
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let big = cached_journal(MOMENTS);
    let daily = cached_journal(DAILY_MOMENTS);
    let big_locked = cached_locked(&big);
    let daily_locked = cached_locked(&daily);
    report_search_share(&big);
    // Plain then locked, one benchmark at a time, so each pair sees the same machine.
    for (tag, big) in [("", &big), (LOCKED, &big_locked)] {
        save_moment(big, tag);
    }
    for (tag, big, daily) in [("", &big, &daily), (LOCKED, &big_locked, &daily_locked)] {
        growth(&mut c, big, daily, tag);
    }
    for (tag, big) in [("", &big), (LOCKED, &big_locked)] {
        reads(&mut c, big, tag);
    }
    for (tag, big) in [("", &big), (LOCKED, &big_locked)] {
        search_after_saves(&mut c, big, tag);
    }
    for (tag, big) in [("", &big), (LOCKED, &big_locked)] {
        backup(&mut c, big, tag);
    }
    unlock(&mut c, &big_locked);
    change_passphrase(&mut c, &big_locked);
    upgrade_to_secure_delete(&mut c, &big);
    c.final_summary();
    print_summary();
}
