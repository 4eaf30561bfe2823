//! The skills portfolio: a print-ready HTML page of chosen skills, their
//! stories and a few moments that show them, for a job or volunteering
//! application. Everything the person wrote is HTML-escaped; the page has no
//! scripts and loads nothing from anywhere.

use std::fmt::Write as _;

use uuid::Uuid;

use crate::error::{Error, Result};
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

impl Journal {
    /// A complete print-ready HTML page for the chosen skills, in the order given.
    pub fn portfolio_html(&self, skill_ids: &[Uuid]) -> Result<String> {
        if skill_ids.is_empty() {
            return Err(Error::invalid(id::ERROR_PORTFOLIO_EMPTY));
        }
        self.read(|tx| {
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
            for id in skill_ids {
                let skill = skill::get(tx, *id)?;
                let _ = write!(
                    html,
                    "<section><h2>{}</h2><p class=\"area\">{}</p>",
                    escape(&skill.name),
                    escape(&skill.area.shown_label())
                );
                if !skill.story.is_empty() {
                    let _ = write!(html, "<p class=\"story\">{}</p>", escape(&skill.story));
                }
                // The idea's words for a job form, ready to copy into an application.
                let job_words = skill
                    .prompt_id
                    .as_deref()
                    .and_then(crate::prompts::skill_prompt)
                    .and_then(|p| p.job_words.as_deref());
                if let Some(words) = job_words {
                    let words = Words::from(id::PORTFOLIO_JOB_WORDS).with("words", words).to_string();
                    let _ = write!(html, "<p class=\"job\">{}</p>", escape(&words));
                }
                let moments = moment::for_skill(tx, *id, MOMENTS_PER_SKILL, None)?;
                if !moments.is_empty() {
                    html.push_str("<ul>");
                    for m in moments {
                        let _ = write!(
                            html,
                            "<li><span class=\"date\">{}</span> — {}</li>",
                            escape(&words::date(m.date)),
                            escape(&m.text)
                        );
                    }
                    html.push_str("</ul>");
                }
                html.push_str("</section>");
            }
            html.push_str("</body></html>");
            Ok(html)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn everything_written_is_escaped() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
