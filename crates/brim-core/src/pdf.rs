//! A plain A4 document of paragraphs, as a PDF whose text is real, selectable
//! text: the portfolio's PDF is made with it (see `portfolio.rs`).
//!
//! krilla writes the PDF and embeds the two fonts, subset to the letters
//! used; everything before that is done here, so lines can be measured and
//! wrapped:
//! - each paragraph's direction is its first strong letter's (an Arabic story
//!   reads right to left in an English portfolio), or the app language's for
//!   Brim's own words;
//! - lines break between words (a word wider than a line breaks between
//!   letters), and a new page starts when one is full;
//! - each line is put in display order with the Unicode bidirectional
//!   algorithm (`unicode-bidi`): Arabic and Latin can share a line;
//! - each run of one script is shaped with rustybuzz in its own font: Noto
//!   Sans for Latin (Polish letters included), Greek and Cyrillic, Noto Sans
//!   Arabic for Arabic, whose letters join. Other scripts (Chinese, say) have
//!   no letters in these fonts and show as empty boxes, though their text
//!   still copies out of the PDF.

use std::io::Read as _;
use std::ops::Range;
use std::sync::OnceLock;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Face, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};

use crate::error::{Error, Result};
use crate::words::id;

// Gzipped in the app (see fonts/README.md); unpacked once, the first time a PDF is made.
const NOTO_SANS: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf.gz");
const NOTO_SANS_ARABIC: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf.gz");
static NOTO_SANS_UNPACKED: OnceLock<Vec<u8>> = OnceLock::new();
static NOTO_SANS_ARABIC_UNPACKED: OnceLock<Vec<u8>> = OnceLock::new();

/// A font as it is built in, unpacked (nothing, which no font reads, if it cannot be).
fn unpacked(cell: &'static OnceLock<Vec<u8>>, packed: &[u8]) -> &'static [u8] {
    cell.get_or_init(|| {
        let mut font = Vec::new();
        match flate2::read::GzDecoder::new(packed).read_to_end(&mut font) {
            Ok(_) => font,
            Err(_) => Vec::new(),
        }
    })
}

/// A4, in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.7; // 2 cm
/// A line's height, as a multiple of its font size.
const LINE_HEIGHT: f32 = 1.45;

/// The look of a paragraph.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub size: f32,
    /// Dark text or the muted brown of the app's secondary words.
    pub muted: bool,
    /// Space above the paragraph, in points.
    pub space_before: f32,
    /// Space on the side lines start from (left, or right for right-to-left).
    pub indent: f32,
    /// Start a new page unless this many more lines fit below the paragraph
    /// (a skill's name is not left alone at the foot of a page).
    pub keep_with_next: u8,
}

/// Whose direction a paragraph takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// Brim's words: the app language's direction.
    Language,
    /// The person's words: their first strong letter's, else the language's.
    FirstLetter,
}

#[derive(Debug)]
pub(crate) struct Paragraph {
    pub text: String,
    pub style: Style,
    pub direction: Direction,
}

/// A document: its title (the PDF's own, shown in a viewer's title bar), its
/// language, and its paragraphs in order.
#[derive(Debug)]
pub(crate) struct Doc {
    pub title: String,
    pub language: String,
    pub right_to_left: bool,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Latin,
    Arabic,
}

/// The two fonts, for shaping (rustybuzz) and for drawing (krilla).
struct Fonts {
    latin: Face<'static>,
    arabic: Face<'static>,
    latin_pdf: Font,
    arabic_pdf: Font,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fonts")
    }
}

impl Fonts {
    fn load() -> Option<Fonts> {
        let latin = unpacked(&NOTO_SANS_UNPACKED, NOTO_SANS);
        let arabic = unpacked(&NOTO_SANS_ARABIC_UNPACKED, NOTO_SANS_ARABIC);
        Some(Fonts {
            latin: Face::from_slice(latin, 0)?,
            arabic: Face::from_slice(arabic, 0)?,
            latin_pdf: Font::new(latin.into(), 0)?,
            arabic_pdf: Font::new(arabic.into(), 0)?,
        })
    }

    fn face(&self, which: Which) -> &Face<'static> {
        match which {
            Which::Latin => &self.latin,
            Which::Arabic => &self.arabic,
        }
    }

    fn pdf(&self, which: Which) -> Font {
        match which {
            Which::Latin => self.latin_pdf.clone(),
            Which::Arabic => self.arabic_pdf.clone(),
        }
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Marks, joiners and direction marks that belong with the letter before
/// them, whatever its font.
fn follows_previous(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x200C..=0x200F | 0x2066..=0x2069 | 0xFE00..=0xFE0F)
}

/// `text` cut into runs of one font, in logical order, as byte ranges.
fn font_runs(text: &str) -> Vec<(Which, Range<usize>)> {
    let mut runs: Vec<(Which, Range<usize>)> = Vec::new();
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        let which = match runs.last() {
            Some((previous, _)) if follows_previous(c) || c == ' ' => *previous,
            _ if is_arabic(c) => Which::Arabic,
            _ => Which::Latin,
        };
        match runs.last_mut() {
            Some((w, range)) if *w == which => range.end = end,
            _ => runs.push((which, at..end)),
        }
    }
    runs
}

/// One run of text shaped in one font, ready to draw.
#[derive(Debug)]
struct Shaped {
    which: Which,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    /// Its width at size 1 (multiply by the font size).
    width: f32,
}

/// Shapes `text` in one font and direction (rustybuzz: Arabic letters take
/// their joined forms, in display order). Glyph advances are per em.
fn shape(fonts: &Fonts, which: Which, text: &str, right_to_left: bool) -> Shaped {
    let face = fonts.face(which);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if right_to_left {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let output = rustybuzz::shape(face, &[], buffer);
    let per_em = face.units_per_em() as f32;
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    // Each glyph's text is its cluster: from its cluster's start to the next
    // cluster's start in logical order (the text's end for the last).
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut width = 0.0;
    let glyphs = infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            let end = starts.get(starts.partition_point(|&s| s <= start)).copied().unwrap_or(text.len());
            width += pos.x_advance as f32 / per_em;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / per_em,
                pos.x_offset as f32 / per_em,
                pos.y_offset as f32 / per_em,
                pos.y_advance as f32 / per_em,
                start..end,
                None,
            )
        })
        .collect();
    Shaped { which, text: text.to_owned(), glyphs, width }
}

/// The width of `text` at size 1, each run in its own font.
fn width_of(fonts: &Fonts, text: &str) -> f32 {
    font_runs(text)
        .into_iter()
        .map(|(which, range)| shape(fonts, which, &text[range], which == Which::Arabic).width)
        .sum()
}

/// `text`'s lines (byte ranges, in logical order) of at most `max` wide at
/// size 1: greedy, between words; a word wider than a line is cut between letters.
fn wrap(fonts: &Fonts, text: &str, max: f32) -> Vec<Range<usize>> {
    let space = width_of(fonts, " ");
    let mut lines = Vec::new();
    let mut line: Option<(Range<usize>, f32)> = None;
    let mut words = text.split(' ').scan(0usize, |at, word| {
        let start = *at;
        *at += word.len() + 1;
        Some(start..start + word.len())
    });
    let mut pending: Option<Range<usize>> = None;
    while let Some(word) = pending.take().or_else(|| words.next()) {
        if word.is_empty() {
            continue;
        }
        let w = width_of(fonts, &text[word.clone()]);
        match line.take() {
            Some((range, width)) if width + space + w <= max => {
                line = Some((range.start..word.end, width + space + w));
            }
            Some((range, _)) => {
                lines.push(range);
                pending = Some(word);
            }
            None if w <= max => line = Some((word, w)),
            None => {
                // Longer than a line by itself: cut between letters, each
                // measured alone (one pass, so a long run stays quick); the
                // last piece starts the next line.
                let mut piece = word.start;
                let mut used = 0.0;
                for (at, c) in text[word.clone()].char_indices() {
                    let here = word.start + at;
                    let w = width_of(fonts, &text[here..here + c.len_utf8()]);
                    if here > piece && used + w > max {
                        lines.push(piece..here);
                        piece = here;
                        used = 0.0;
                    }
                    used += w;
                }
                line = Some((piece..word.end, used));
            }
        }
    }
    lines.extend(line.map(|(range, _)| range));
    lines
}

/// A line in display order: its runs left to right, and its width at size 1.
fn line_runs(fonts: &Fonts, text: &str, level: Level) -> (Vec<Shaped>, f32) {
    let bidi = ParagraphBidiInfo::new(text, Some(level));
    let (levels, runs) = bidi.visual_runs(0..text.len());
    let mut shaped = Vec::new();
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let mut pieces: Vec<Shaped> = font_runs(&text[run.clone()])
            .into_iter()
            .map(|(which, r)| shape(fonts, which, &text[run.start + r.start..run.start + r.end], rtl))
            .collect();
        if rtl {
            pieces.reverse();
        }
        shaped.extend(pieces);
    }
    let width = shaped.iter().map(|s| s.width).sum();
    (shaped, width)
}

/// Something to draw at a place on a page.
#[derive(Debug)]
struct Placed {
    x: f32,
    /// The baseline, from the top of the page.
    y: f32,
    size: f32,
    muted: bool,
    run: Shaped,
}

/// Lays the paragraphs out on pages.
fn lay_out(fonts: &Fonts, doc: &Doc) -> Vec<Vec<Placed>> {
    let language_level = if doc.right_to_left { Level::rtl() } else { Level::ltr() };
    let bottom = PAGE_HEIGHT - MARGIN;
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = MARGIN;
    for paragraph in &doc.paragraphs {
        let style = paragraph.style;
        let line_height = style.size * LINE_HEIGHT;
        let level = match (paragraph.direction, unicode_bidi::get_base_direction(paragraph.text.as_str())) {
            (Direction::FirstLetter, unicode_bidi::Direction::Rtl) => Level::rtl(),
            (Direction::FirstLetter, unicode_bidi::Direction::Ltr) => Level::ltr(),
            _ => language_level,
        };
        let width = PAGE_WIDTH - 2.0 * MARGIN - style.indent;
        let lines: Vec<Range<usize>> = wrap(fonts, &paragraph.text, width / style.size);
        let at_top = pages.last().is_none_or(Vec::is_empty);
        if !at_top {
            y += style.space_before;
        }
        // A paragraph's first two lines stay together (no lone line at the
        // foot of a page), with room for what must follow it.
        let kept = lines.len().clamp(1, 2) as f32 * line_height + f32::from(style.keep_with_next) * 16.0;
        if !at_top && y + kept > bottom {
            pages.push(Vec::new());
            y = MARGIN;
        }
        for line in lines {
            if y + line_height > bottom {
                pages.push(Vec::new());
                y = MARGIN;
            }
            let (runs, line_width) = line_runs(fonts, &paragraph.text[line], level);
            let mut x = if level.is_rtl() {
                PAGE_WIDTH - MARGIN - style.indent - line_width * style.size
            } else {
                MARGIN + style.indent
            };
            let baseline = y + style.size * 1.1;
            for run in runs {
                let advance = run.width * style.size;
                if let Some(page) = pages.last_mut() {
                    page.push(Placed { x, y: baseline, size: style.size, muted: style.muted, run });
                }
                x += advance;
            }
            y += line_height;
        }
    }
    pages
}

/// The PDF of `doc`.
pub(crate) fn render(doc: &Doc) -> Result<Vec<u8>> {
    let failed = |_| Error::invalid(id::ERROR_PORTFOLIO_NOT_MADE);
    let fonts = Fonts::load().ok_or(()).map_err(failed)?;
    let pages = lay_out(&fonts, doc);
    let mut document = Document::new();
    document.set_metadata(Metadata::new().title(doc.title.clone()).language(doc.language.clone()));
    let size = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(()).map_err(failed)?;
    let dark = rgb::Color::new(0x1f, 0x1a, 0x17);
    let muted = rgb::Color::new(0x5c, 0x4a, 0x3f);
    for placed in pages {
        let mut page = document.start_page_with(size.clone());
        let mut surface = page.surface();
        for p in placed {
            surface.set_fill(Some(Fill {
                paint: if p.muted { muted } else { dark }.into(),
                opacity: NormalizedF32::ONE,
                rule: Default::default(),
            }));
            surface.draw_glyphs(
                Point::from_xy(p.x, p.y),
                &p.run.glyphs,
                fonts.pdf(p.run.which),
                &p.run.text,
                p.size,
                false,
            );
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|_| {
        // Not krilla's error itself: some of its kinds quote the text.
        eprintln!("brim: the portfolio PDF could not be written");
        Error::invalid(id::ERROR_PORTFOLIO_NOT_MADE)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use krilla::text::Glyph;

    fn fonts() -> Fonts {
        Fonts::load().expect("the fonts Brim ships load")
    }

    #[test]
    fn arabic_and_latin_go_to_their_own_fonts_with_spaces_and_marks_kept_with_the_letters_before() {
        let text = "Jan مرحبا بكم ok";
        let runs = font_runs(text);
        let kinds: Vec<_> = runs.iter().map(|(w, r)| (*w, &text[r.clone()])).collect();
        assert_eq!(kinds, vec![(Which::Latin, "Jan "), (Which::Arabic, "مرحبا بكم "), (Which::Latin, "ok")]);
    }

    #[test]
    fn arabic_letters_are_shaped_into_joined_forms() {
        let f = fonts();
        // Three letters that join: shaped, their glyphs are not the letters' lone forms.
        let word = "بيت";
        let joined = shape(&f, Which::Arabic, word, true);
        let alone: Vec<u32> = word
            .chars()
            .map(|c| shape(&f, Which::Arabic, &c.to_string(), true).glyphs[0].glyph_id().to_u32())
            .collect();
        let mut joined_ids: Vec<u32> = joined.glyphs.iter().map(|g| g.glyph_id().to_u32()).collect();
        joined_ids.reverse(); // display order is right to left
        assert_eq!(joined_ids.len(), 3);
        assert_ne!(joined_ids, alone, "joined forms differ from the letters alone");
        assert!(joined.glyphs.iter().all(|g| g.glyph_id().to_u32() != 0), "no empty boxes");
    }

    #[test]
    fn the_built_in_fonts_unpack_to_the_upstream_files() {
        // Sizes of Debian's fonts-noto-core 20201225-1 files (fonts/README.md has their SHA-256).
        assert_eq!(unpacked(&NOTO_SANS_UNPACKED, NOTO_SANS).len(), 512_672);
        assert_eq!(unpacked(&NOTO_SANS_ARABIC_UNPACKED, NOTO_SANS_ARABIC).len(), 244_072);
    }

    #[test]
    fn polish_letters_have_glyphs_in_the_latin_font() {
        let shaped = shape(&fonts(), Which::Latin, "łąćęńóśźż ŁĄĆĘŃÓŚŹŻ", false);
        assert!(shaped.glyphs.iter().all(|g| g.glyph_id().to_u32() != 0));
    }

    #[test]
    fn lines_break_between_words_and_a_long_word_between_letters() {
        let f = fonts();
        let text = "one two three four five six seven eight nine ten";
        let max = width_of(&f, "one two three");
        let lines: Vec<&str> = wrap(&f, text, max).into_iter().map(|r| &text[r]).collect();
        assert_eq!(lines[0], "one two three");
        assert!(lines.iter().all(|l| width_of(&f, l) <= max + 0.001), "{lines:?}");
        assert_eq!(lines.join(" "), text, "nothing lost");
        let long = "a".repeat(200);
        let cut = wrap(&f, &long, 10.0);
        assert!(cut.len() > 1);
        assert_eq!(cut.iter().map(|r| r.len()).sum::<usize>(), 200);
    }

    #[test]
    fn a_right_to_left_line_with_an_english_word_keeps_each_in_its_reading_order() {
        let f = fonts();
        let text = "أنا أطبخ pizza كل يوم";
        let (runs, _) = line_runs(&f, text, Level::rtl());
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        let at = |word: &str| texts.iter().position(|t| t.contains(word)).unwrap();
        // Left to right on the page: the end of the sentence first, then the
        // English word, then its beginning; the Arabic in the Arabic font.
        assert!(at("يوم") < at("pizza") && at("pizza") < at("أنا"), "{texts:?}");
        assert_eq!(runs[at("يوم")].which, Which::Arabic);
        assert_eq!(runs[at("pizza")].which, Which::Latin);
        assert_eq!(texts.concat().chars().filter(|c| !c.is_whitespace()).count(), 17);

        // Brackets sit in the Arabic run but come from the Latin font: the
        // pieces still go right to left, the first words at the right.
        let text = "مرحبا (صديقي) اليوم";
        let (runs, _) = line_runs(&f, text, Level::rtl());
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        let at = |word: &str| texts.iter().position(|t| t.contains(word)).unwrap();
        assert!(at("اليوم") < at("صديقي") && at("صديقي") < at("مرحبا"), "{texts:?}");
        assert!(runs.iter().any(|r| r.which == Which::Latin && r.text.contains('(')), "{texts:?}");
    }
}
