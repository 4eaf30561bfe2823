//! The skills portfolio: chosen skills, their stories and a few moments that
//! show them, for a job or volunteering application, as a print-ready HTML
//! page or as a PDF (see `pdf.rs`) saved on the device. Everything the person
//! wrote is HTML-escaped; the page has no scripts and loads nothing from
//! anywhere; the PDF is written on the device and sent nowhere.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::Local;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::pdf::{self, Direction, Doc, Paragraph, Style};
use crate::words::{self, Words, id};
use crate::{Journal, moment, skill};

/// How many moments to show under each skill.
const MOMENTS_PER_SKILL: u32 = 3;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1f1a17;max-width:42rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin:1.5rem 0 .25rem}\
.area{color:#5c4a3f;font-size:.95rem;margin:0}.story{margin:.5rem 0}.job{margin:.5rem 0;font-style:italic}\
ul{margin:.25rem 0 0;padding-left:1.25rem}li{margin:.25rem 0}.date{color:#5c4a3f}\
section{break-inside:avoid}@media print{body{margin:0}}";

/// One chosen skill, as the portfolio shows it (the same in the page and the PDF).
#[derive(Debug)]
struct Entry {
    name: String,
    area: String,
    story: String,
    /// The idea's words for a job form, ready to copy into an application.
    job_words: Option<String>,
    /// Up to [`MOMENTS_PER_SKILL`], newest first: the date in words and the text.
    moments: Vec<(String, String)>,
}

/// A PDF saved on the device, said in words a person can follow: "Brim
/// skills portfolio 2026-12-04.pdf, in your Downloads folder". Never a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedPortfolio {
    /// The file's name, as the person will see it in their files.
    pub file_name: String,
    /// The folder it is in, in plain words: "your Downloads folder".
    pub place: String,
}

impl Journal {
    fn portfolio_entries(&self, skill_ids: &[Uuid]) -> Result<Vec<Entry>> {
        if skill_ids.is_empty() {
            return Err(Error::invalid(id::ERROR_PORTFOLIO_EMPTY));
        }
        self.read(|tx| {
            skill_ids
                .iter()
                .map(|id| {
                    let skill = skill::get(tx, *id)?;
                    let job_words = skill
                        .prompt_id
                        .as_deref()
                        .and_then(crate::prompts::skill_prompt)
                        .and_then(|p| p.job_words.as_deref())
                        .map(|words| Words::from(id::PORTFOLIO_JOB_WORDS).with("words", words).to_string());
                    let moments = moment::for_skill(tx, *id, MOMENTS_PER_SKILL, None)?
                        .into_iter()
                        .map(|m| (words::date(m.date), m.text))
                        .collect();
                    Ok(Entry {
                        area: skill.area.shown_label(),
                        name: skill.name,
                        story: skill.story,
                        job_words,
                        moments,
                    })
                })
                .collect()
        })
    }

    /// A complete print-ready HTML page for the chosen skills, in the order given.
    pub fn portfolio_html(&self, skill_ids: &[Uuid]) -> Result<String> {
        let entries = self.portfolio_entries(skill_ids)?;
        let mut html = String::new();
        let language = words::language();
        let title = escape(&id::PORTFOLIO_TITLE.to_string());
        let _ = write!(
            html,
            "<!doctype html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title}</title><style>{STYLE}</style></head><body>\
             <h1>{title}</h1><p>{}</p>",
            language.code(),
            if language.right_to_left() { "rtl" } else { "ltr" },
            escape(&id::PORTFOLIO_INTRO.to_string()),
        );
        for entry in entries {
            let _ = write!(
                html,
                "<section><h2>{}</h2><p class=\"area\">{}</p>",
                escape(&entry.name),
                escape(&entry.area)
            );
            if !entry.story.is_empty() {
                let _ = write!(html, "<p class=\"story\">{}</p>", escape(&entry.story));
            }
            if let Some(words) = entry.job_words {
                let _ = write!(html, "<p class=\"job\">{}</p>", escape(&words));
            }
            if !entry.moments.is_empty() {
                html.push_str("<ul>");
                for (date, text) in entry.moments {
                    let _ = write!(
                        html,
                        "<li><span class=\"date\">{}</span> — {}</li>",
                        escape(&date),
                        escape(&text)
                    );
                }
                html.push_str("</ul>");
            }
            html.push_str("</section>");
        }
        html.push_str("</body></html>");
        Ok(html)
    }

    /// The same portfolio as a PDF (A4): the title, the introduction, and
    /// each chosen skill in the order given with its area, its story, its
    /// words for a job form and up to three moments with their dates. The
    /// text is real text, in fonts embedded in the file: it can be selected,
    /// copied and read aloud by a screen reader.
    pub fn portfolio_pdf(&self, skill_ids: &[Uuid]) -> Result<Vec<u8>> {
        let entries = self.portfolio_entries(skill_ids)?;
        let language = words::language();
        let style = |size: f32, muted: bool, space_before: f32| Style {
            size,
            muted,
            space_before,
            indent: 0.0,
            keep_with_next: 0,
        };
        let brim = |text: String, style: Style| Paragraph { text, style, direction: Direction::Language };
        // Tabs and the like become spaces: lines break at spaces, and the fonts draw no tab.
        let own = |text: String, style: Style| Paragraph {
            text: text.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect(),
            style,
            direction: Direction::FirstLetter,
        };
        let title = id::PORTFOLIO_TITLE.to_string();
        let mut paragraphs = vec![
            brim(title.clone(), style(22.0, false, 0.0)),
            brim(id::PORTFOLIO_INTRO.to_string(), style(11.0, true, 4.0)),
        ];
        for entry in entries {
            paragraphs.push(own(entry.name, Style { keep_with_next: 3, ..style(15.0, false, 22.0) }));
            paragraphs.push(brim(entry.area, Style { keep_with_next: 2, ..style(10.5, true, 0.0) }));
            // A story of several paragraphs keeps them apart.
            for (n, part) in entry.story.split('\n').map(str::trim).filter(|p| !p.is_empty()).enumerate() {
                paragraphs.push(own(part.to_owned(), style(11.0, false, if n == 0 { 6.0 } else { 4.0 })));
            }
            if let Some(words) = entry.job_words {
                paragraphs.push(brim(words, style(11.0, true, 6.0)));
            }
            for (date, text) in entry.moments {
                let indented = |style: Style| Style { indent: 14.0, ..style };
                paragraphs.push(brim(date, Style { keep_with_next: 1, ..indented(style(9.5, true, 8.0)) }));
                for part in text.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
                    paragraphs.push(own(part.to_owned(), indented(style(11.0, false, 1.0))));
                }
            }
        }
        pdf::render(&Doc {
            title,
            language: language.code().to_owned(),
            right_to_left: language.right_to_left(),
            paragraphs,
        })
    }

    /// Writes [`Journal::portfolio_pdf`] into `dir` (made if it is not there)
    /// as [`portfolio_file_name`]; a second one the same day is "… 2026-12-04
    /// (2).pdf". Nothing is sent anywhere. Answers the file's path.
    pub fn write_portfolio_pdf(&self, dir: &Path, skill_ids: &[Uuid]) -> Result<PathBuf> {
        let pdf = self.portfolio_pdf(skill_ids)?;
        let stem = file_stem();
        std::fs::create_dir_all(dir).map_err(|_| Error::invalid(id::ERROR_PORTFOLIO_NOT_SAVED))?;
        let path = (1..)
            .map(|n| dir.join(if n == 1 { format!("{stem}.pdf") } else { format!("{stem} ({n}).pdf") }))
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(format!("{stem}.pdf")));
        write_pdf_at(&path, &pdf)?;
        Ok(path)
    }
}

/// The name a portfolio's PDF is offered under: "Brim skills portfolio
/// 2026-12-04.pdf", in the app's language, dated today.
pub fn portfolio_file_name() -> String {
    format!("{}.pdf", file_stem())
}

fn file_stem() -> String {
    let date = Local::now().date_naive().format("%Y-%m-%d").to_string();
    // Without the marks that keep the date apart in right-to-left words: a file name has no room for them.
    Words::from(id::PORTFOLIO_FILE_NAME)
        .with("date", date)
        .to_string()
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Writes a made PDF at `path`, a file the person chose (replacing one they
/// agreed to replace): first beside it as `….pdf.part`, then renamed, so a
/// failed write leaves no half a PDF and does not spoil the file it replaces.
pub fn write_pdf_at(path: &Path, pdf: &[u8]) -> Result<()> {
    let cannot = |_| Error::invalid(id::ERROR_PORTFOLIO_NOT_SAVED);
    let mut partial = path.as_os_str().to_owned();
    partial.push(".part");
    let partial = PathBuf::from(partial);
    let written = std::fs::File::create(&partial).and_then(|mut out| {
        out.write_all(pdf)?;
        out.sync_all()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(cannot(e));
    }
    std::fs::rename(&partial, path).map_err(cannot)
}

impl SavedPortfolio {
    /// Where a PDF saved at `path` (a place the person chose) is, in words:
    /// its file name and its folder's name, never the whole path.
    pub fn chosen(path: &Path) -> SavedPortfolio {
        let name = |p: Option<&std::ffi::OsStr>| {
            p.map(|n| n.to_string_lossy().into_owned()).filter(|n| !n.is_empty())
        };
        let folder = name(path.parent().and_then(Path::file_name));
        SavedPortfolio {
            file_name: name(path.file_name()).unwrap_or_default(),
            place: match folder {
                Some(folder) => Words::from(id::PORTFOLIO_PLACE_FOLDER).with("folder", folder).to_string(),
                None => id::PORTFOLIO_PLACE_CHOSEN.to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{SavedPortfolio, escape, portfolio_file_name, write_pdf_at};

    #[test]
    fn everything_written_is_escaped() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn a_pdf_saved_where_the_person_chose_is_named_by_its_file_and_folder_never_its_path() {
        let saved = SavedPortfolio::chosen(Path::new("/home/ola/Job forms/My skills.pdf"));
        assert_eq!(saved.file_name, "My skills.pdf");
        assert_eq!(saved.place, "the folder “Job forms”");
        assert!(!saved.place.contains('/'), "{}", saved.place);
        // The top of the disk has no folder name to say.
        assert_eq!(SavedPortfolio::chosen(Path::new("/cv.pdf")).place, "the place you chose");
    }

    #[test]
    fn the_offered_name_is_dated_and_ends_in_pdf() {
        let name = portfolio_file_name();
        assert!(name.starts_with("Brim skills portfolio 20"), "{name}");
        assert!(name.ends_with(".pdf"), "{name}");
    }

    #[test]
    fn saving_over_a_file_the_person_agreed_to_replace_leaves_the_new_pdf_and_no_part_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cv.pdf");
        std::fs::write(&path, b"old").unwrap();
        write_pdf_at(&path, b"%PDF-1.7 new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.7 new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_folder_that_cannot_be_written_keeps_the_old_file_and_says_so_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("not there").join("cv.pdf");
        let error = write_pdf_at(&gone, b"%PDF").unwrap_err();
        assert_eq!(error.code(), crate::ErrorCode::InvalidInput);
        let words = error.words().to_string();
        assert!(words.contains("could not save the PDF there"), "{words}");
        assert!(!gone.exists());
    }
}
