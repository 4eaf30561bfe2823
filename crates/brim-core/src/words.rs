//! The words the core says to a person: its error messages today, and the
//! words of the skill ideas, areas and reminders as they move here. They live
//! in the Project Fluent catalogues `locales/<language>/core/*.ftl`, the same
//! format and folders as the screens' words, and are built into the binary.
//!
//! A message is named by a [`MessageId`], and the only ids there are are the
//! constants in [`id`], written by `build.rs` from the English catalogues: a
//! message that is not in them does not compile. A message missing from
//! another language is said in English (the catalogue tests keep that from
//! shipping).
//!
//! The language is the app's, set once the person's preference is known
//! ([`use_language`]); until then, English.

use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::preferences::Language;

/// The id of one message in the core's catalogues; see [`id`] for them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MessageId(&'static str);

impl MessageId {
    /// The id as the catalogues write it: `error-date-in-future`.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// The message in the app's language.
impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Words::from(*self).fmt(f)
    }
}

include!(concat!(env!("OUT_DIR"), "/core_words.rs"));

/// A message and what goes into it, said in a language when it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    id: MessageId,
    args: Vec<(&'static str, Arg)>,
}

/// Something put into a message: a number (Fluent picks the plural form by
/// it), text, or another message said in the same language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(i64),
    Text(String),
    Words(Box<Words>),
}

impl From<MessageId> for Words {
    fn from(id: MessageId) -> Self {
        Words { id, args: Vec::new() }
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<Words> for Arg {
    fn from(words: Words) -> Self {
        Arg::Words(Box::new(words))
    }
}

impl From<MessageId> for Arg {
    fn from(id: MessageId) -> Self {
        Arg::Words(Box::new(id.into()))
    }
}

impl Words {
    /// The message with `value` put in as `$name`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> MessageId {
        self.id
    }

    /// The message in `language`, or in English when that language lacks it.
    pub fn say(&self, language: Language) -> String {
        self.format(language)
            .or_else(|| self.format(Language::English))
            .unwrap_or_else(|| self.id.0.to_owned())
    }

    fn format(&self, language: Language) -> Option<String> {
        let bundle = bundle(language);
        let pattern = bundle.get_message(self.id.0)?.value()?;
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Words(words) => FluentValue::from(words.say(language)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

/// A message with no placeholders, or one of its attributes (`.about`), as
/// `language` has it: for words whose ids come from data rather than code
/// (the skill ideas of `data/prompts.toml`). None when the language lacks it.
pub(crate) fn say_part(language: Language, id: &str, attribute: Option<&str>) -> Option<String> {
    let bundle = bundle(language);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Said in the app's language.
impl fmt::Display for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(language()))
    }
}

/// A date in words, in the app's language: "4 December 2026".
pub fn date(date: NaiveDate) -> String {
    let month = MONTHS.get(date.month0() as usize).copied().unwrap_or(id::MONTH_1);
    Words::from(id::DATE_IN_WORDS)
        .with("day", date.day())
        .with("month", month)
        .with("year", date.year())
        .to_string()
}

const MONTHS: [MessageId; 12] = [
    id::MONTH_1,
    id::MONTH_2,
    id::MONTH_3,
    id::MONTH_4,
    id::MONTH_5,
    id::MONTH_6,
    id::MONTH_7,
    id::MONTH_8,
    id::MONTH_9,
    id::MONTH_10,
    id::MONTH_11,
    id::MONTH_12,
];

static LANGUAGE: AtomicUsize = AtomicUsize::new(0);

/// From now on the core speaks `language` (the person's choice, or the
/// phone's: see [`language_for`]).
pub fn use_language(language: Language) {
    LANGUAGE.store(language.index(), Ordering::Relaxed);
}

/// The language the core speaks now.
pub fn language() -> Language {
    Language::ALL.get(LANGUAGE.load(Ordering::Relaxed)).copied().unwrap_or(Language::English)
}

/// The language to speak for a preference: the one chosen, or else the
/// first of the phone's languages Brim has, or else English.
pub fn language_for(choice: Option<Language>) -> Language {
    choice.unwrap_or_else(|| first_known(sys_locale::get_locales()))
}

/// The first of `tags` (BCP 47, most wanted first) whose language Brim has.
fn first_known(tags: impl IntoIterator<Item = String>) -> Language {
    tags.into_iter()
        .find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Language::ALL.into_iter().find(|l| l.code() == primary)
        })
        .unwrap_or(Language::English)
}

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    BUNDLES[language.index()].get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![language.code().parse().unwrap_or_default()]);
        // Marks that keep a name in another script from turning the sentence
        // around: needed in a right-to-left language, noise in the others.
        bundle.set_use_isolating(language.right_to_left());
        for text in catalogues(language) {
            // A catalogue that does not parse is caught by the tests below;
            // the messages that did parse are still said.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

fn catalogues(language: Language) -> &'static [&'static str] {
    CATALOGUES.iter().find(|(code, _)| *code == language.code()).map_or(&[], |(_, files)| files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses_and_has_each_id_once() {
        for language in Language::ALL {
            assert!(!catalogues(language).is_empty(), "no core catalogues for {}", language.code());
            let mut bundle = FluentBundle::new_concurrent(vec![]);
            for text in catalogues(language) {
                let resource = FluentResource::try_new((*text).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", language.code()));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("{}: {errors:?}", language.code()));
            }
        }
    }

    #[test]
    fn every_language_has_every_message_in_its_own_words() {
        for language in Language::ALL {
            let bundle = bundle(language);
            for id in ALL_IDS {
                assert!(bundle.has_message(id.0), "{} lacks {}", language.code(), id.0);
            }
        }
    }

    #[test]
    fn each_language_s_index_is_its_place_in_the_list() {
        for (i, language) in Language::ALL.into_iter().enumerate() {
            assert_eq!(language.index(), i);
        }
    }

    #[test]
    fn a_message_is_said_with_what_goes_into_it() {
        let words = Words::from(id::ERROR_NAME_TOO_LONG).with("max", 80);
        assert_eq!(words.say(Language::English), "That name is a bit long. Keep it to 80 letters or fewer.");
        let arabic = words.say(Language::Arabic);
        assert!(
            arabic.contains("80") && arabic.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{arabic}"
        );
        let polish = words.say(Language::Polish);
        assert!(polish.contains("80") && polish != words.say(Language::English), "{polish}");
    }

    #[test]
    fn a_message_inside_a_message_is_said_in_the_same_language() {
        let words = Words::from(id::ERROR_INVALID_BACKUP).with("reason", id::BACKUP_PROBLEM_NOT_TEXT);
        assert_eq!(
            words.say(Language::English),
            "This file is not a Brim backup we can read (it is not a text file). Nothing was changed."
        );
        let polish = words.say(Language::Polish);
        assert!(!polish.contains("it is not a text file"), "{polish}");
    }

    #[test]
    fn the_phone_s_first_language_brim_has_is_the_one_spoken() {
        let tags = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(first_known(tags(&["pl-PL", "en-GB"])), Language::Polish);
        assert_eq!(first_known(tags(&["cy-GB", "ar-EG", "en"])), Language::Arabic);
        assert_eq!(first_known(tags(&["ar_SA"])), Language::Arabic);
        assert_eq!(first_known(tags(&["cy", "so"])), Language::English);
        assert_eq!(first_known(tags(&[])), Language::English);
        assert_eq!(language_for(Some(Language::Polish)), Language::Polish);
    }
}
