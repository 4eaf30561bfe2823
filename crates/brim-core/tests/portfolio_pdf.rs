//! The portfolio as a PDF, read back the way a person's computer would: with
//! poppler's `pdftotext` (is the text real, selectable text, in reading
//! order?), `pdffonts` (are the fonts in the file?) and `pdfinfo` (pages).
//! `make deps` installs them (Debian's poppler-utils).
//!
//! Its own test binary: it switches the core's language, which is one for the
//! whole process.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use brim_core::words::use_language;
use brim_core::{Area, Journal, Language, NewMoment, NewSkill, Skill};
use chrono::NaiveDate;

fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} did not run ({e}): install poppler-utils (`make deps` does)"));
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("poppler writes UTF-8")
}

/// The text a person gets when they select all and copy.
fn text_of(pdf: &Path) -> String {
    poppler("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"])
}

/// Words with single spaces between, whatever the lines were.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn skill(j: &Journal, name: &str, area: Area, story: &str) -> Skill {
    j.add_skill(NewSkill { name: name.into(), area, story: story.into(), prompt_id: None }).unwrap()
}

fn moment(j: &Journal, date: (i32, u32, u32), text: &str, skill: &Skill) {
    let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
    j.add_moment(NewMoment { date, text: text.into(), skill_ids: vec![skill.id] }).unwrap();
}

fn write(j: &Journal, dir: &Path, skills: &[&Skill]) -> std::path::PathBuf {
    let ids: Vec<_> = skills.iter().map(|s| s.id).collect();
    j.write_portfolio_pdf(dir, &ids).unwrap()
}

#[test]
fn the_portfolio_pdf_has_the_persons_own_words_as_text_in_english_polish_and_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("journal.db")).unwrap();
    let out = dir.path().join("out");

    // Polish, with every letter Polish adds to the Latin alphabet.
    let cooking = skill(
        &j,
        "Gotowanie dla wielu osób",
        Area::Practical,
        "Gotowałam żurek dla całej świetlicy: zażółć gęślą jaźń, ŻÓŁĆ ĘŚĄ ŹŃ.",
    );
    moment(&j, (2026, 3, 1), "Ugotowałam pierogi z łososiem dla sąsiadów", &cooking);
    // Arabic, whose letters join and which reads right to left. (Not lam
    // before alef: the PDF maps that ligature to its two letters in reading
    // order, but pdftotext turns them round when it orders right-to-left
    // text, a quirk of poppler's, so a word with one does not read back whole.)
    let listening = skill(&j, "مساعدة الجيران", Area::People, "أستمع لجيراني وأساعدهم كل أسبوع");
    moment(&j, (2026, 4, 2), "ساعدت جارتي في كتابة رسالة", &listening);
    // English, with an Arabic word inside (the two directions on one line).
    let driving = skill(
        &j,
        "Driving the minibus",
        Area::Practical,
        "I drive the group to the market in Dubai (دبي) every week.",
    );
    let private = skill(&j, "Something not chosen", Area::People, "Not for this page");

    use_language(Language::English);
    let path = write(&j, &out, &[&cooking, &listening, &driving]);
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("Brim skills portfolio 20") && name.ends_with(".pdf"), "{name}");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));

    let text = flat(&text_of(&path));
    for words in [
        "My skills",
        "Skills I have, the story behind them, and moments that show them.",
        "Gotowanie dla wielu osób",
        "Practical",
        "Gotowałam żurek dla całej świetlicy: zażółć gęślą jaźń, ŻÓŁĆ ĘŚĄ ŹŃ.",
        "1 March 2026",
        "Ugotowałam pierogi z łososiem dla sąsiadów",
        // Arabic comes out in reading order, each word whole.
        "مساعدة الجيران",
        "أستمع لجيراني وأساعدهم كل أسبوع",
        "ساعدت جارتي في كتابة رسالة",
        "Driving the minibus",
        "I drive the group to the market in Dubai",
        "every week.",
    ] {
        assert!(text.contains(words), "{words:?} is not in the PDF's text:\n{text}");
    }
    assert!(text.contains("دبي"), "{text}");
    assert!(
        !text.contains("Something not chosen") && !text.contains("Not for this page"),
        "only chosen skills"
    );
    // In the order chosen.
    let at = |w: &str| text.find(w).unwrap();
    assert!(at("Gotowanie") < at("مساعدة") && at("مساعدة") < at("Driving"));

    // The fonts travel in the file (as subsets), so it reads the same anywhere.
    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.iter().any(|r| r.contains("NotoSans-Regular")), "{fonts}");
    assert!(rows.iter().any(|r| r.contains("NotoSansArabic")), "{fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type (two words), encoding, emb, sub, uni, object ID
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "embedded, subset, with a text map: {row}");
    }

    // Saved again the same day: a second file, the first kept.
    let again = write(&j, &out, &[&cooking]);
    assert_ne!(again, path);
    assert!(path.exists() && again.exists());
    assert!(again.file_name().unwrap().to_str().unwrap().ends_with("(2).pdf"));

    // In Arabic the file's name and Brim's words are Arabic, the person's own words unchanged.
    use_language(Language::Arabic);
    let arabic = write(&j, &out, &[&cooking, &listening]);
    use_language(Language::English);
    let name = arabic.file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("ملف مهارات Brim 20") && name.ends_with(".pdf"), "{name:?}");
    assert!(!name.contains('\u{2068}'), "no invisible marks in a file name");
    let text = flat(&text_of(&arabic));
    for words in [
        "مهاراتي",
        "أستمع لجيراني وأساعدهم كل أسبوع",
        "Gotowałam żurek dla całej świetlicy",
        "Ugotowałam pierogi",
    ] {
        assert!(text.contains(words), "{words:?} is not in the PDF's text:\n{text}");
    }
    let _ = private;
}

#[test]
fn a_long_portfolio_wraps_its_lines_and_goes_on_to_more_pages() {
    use_language(Language::English);
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("journal.db")).unwrap();
    let story = "Every Sunday I cooked for forty people at the shelter and planned the shopping. ".repeat(8);
    let skills: Vec<Skill> =
        (1..=12).map(|n| skill(&j, &format!("Skill number {n}"), Area::Practical, story.trim())).collect();
    let chosen: Vec<&Skill> = skills.iter().collect();
    let path = write(&j, dir.path(), &chosen);
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{info}"));
    assert!(pages >= 3, "{pages} pages:\n{info}");
    assert!(info.contains("A4"), "{info}");
    let raw = text_of(&path);
    // Wrapped: no line is the whole story, and none is cut off (all of it is there).
    assert!(raw.lines().all(|l| l.len() < 120), "a line runs off the page");
    let text = flat(&raw);
    assert_eq!(text.matches("planned the shopping.").count(), 12 * 8);
    assert!(text.contains("Skill number 1 ") && text.contains("Skill number 12"));
}

#[test]
fn the_longest_moment_as_one_unbroken_word_is_cut_across_lines_and_pages_and_kept_whole() {
    use_language(Language::English);
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("journal.db")).unwrap();
    let s = skill(&j, "Patience", Area::Practical, "");
    let word = "ż".repeat(brim_core::MAX_MOMENT_CHARS);
    moment(&j, (2026, 5, 5), &word, &s);
    let started = std::time::Instant::now();
    let path = write(&j, dir.path(), &[&s]);
    assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
    let text = text_of(&path);
    assert_eq!(text.matches('ż').count(), brim_core::MAX_MOMENT_CHARS, "every letter is there");
    assert!(text.lines().all(|l| l.chars().count() < 120), "no line runs off the page");
}

#[test]
fn no_skills_chosen_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("journal.db")).unwrap();
    let out = dir.path().join("out");
    assert_eq!(j.write_portfolio_pdf(&out, &[]).unwrap_err().code(), brim_core::ErrorCode::InvalidInput);
    assert!(!out.exists());
}
