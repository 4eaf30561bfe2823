//! Preferences: how the app looks and behaves on this phone (text size, when
//! to sync), kept in a small plain file beside the journal rather than in it,
//! so they hold on the unlock screen too, before any passphrase is given.
//! They say nothing about the person's journal, and a backup does not carry
//! them: a backup restored on another phone keeps that phone's choices.
//!
//! Invariants: a missing or unreadable file means the defaults (never an error
//! the person has to deal with before they can open their journal); a save
//! replaces the file whole (written beside it, made durable, renamed over it),
//! so a crash leaves the old choices or the new ones, never half a file.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::file_swap::{sync_dir, with_suffix};
use crate::words::{Words, id};

/// The text sizes the app offers, in percent of the phone's own text size.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

/// The file's name, in the journal's folder.
const FILE_NAME: &str = "preferences.json";

/// When the app talks to the group's server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncMode {
    /// Whenever there is something to send, and every 30 seconds to hear news.
    #[default]
    Automatic,
    /// Only when the person asks (for phones on a small data allowance).
    WhenAsked,
}

/// The languages the app's words come in. English is whole; the others are
/// drafts until speakers with lived experience have read them
/// (`locales/TRANSLATING.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "ar")]
    Arabic,
    #[serde(rename = "pl")]
    Polish,
}

impl Language {
    /// Every language the app ships, in the order the picker lists them.
    pub const ALL: [Language; 3] = [Language::English, Language::Arabic, Language::Polish];

    /// The language's name in its own words, as a person looking for it would
    /// recognise it whatever language the app is in now.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Arabic => "العربية",
            Language::Polish => "Polski",
        }
    }

    /// Its place in [`Language::ALL`]: for tables kept once per language.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The language's code (BCP 47), as the catalogues' folders are named.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Arabic => "ar",
            Language::Polish => "pl",
        }
    }

    /// Written right to left?
    pub fn right_to_left(self) -> bool {
        matches!(self, Language::Arabic)
    }
}

/// A language as the picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageChoice {
    pub code: Language,
    /// Its name in its own words: "العربية", "Polski".
    pub own_name: String,
    pub right_to_left: bool,
}

impl From<Language> for LanguageChoice {
    fn from(language: Language) -> Self {
        LanguageChoice {
            code: language,
            own_name: language.own_name().to_owned(),
            right_to_left: language.right_to_left(),
        }
    }
}

/// The person's choices for this phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Preferences {
    /// Text size in percent, on top of the phone's own setting: one of [`TEXT_SIZES`].
    pub text_size: u16,
    /// When to sync with the group.
    pub sync: SyncMode,
    /// The app's language; none means the phone's own (or English when the
    /// app does not have it). A language this build does not have, kept by a
    /// newer one, reads as none.
    #[serde(deserialize_with = "known_language_or_none")]
    pub language: Option<Language>,
    /// A weekly nudge to notice a skill (see [`crate::reminder`]): off until
    /// the person turns it on.
    pub skill_nudge: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences { text_size: 100, sync: SyncMode::Automatic, language: None, skill_nudge: false }
    }
}

fn known_language_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Language>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).ok())
}

impl Preferences {
    /// Where the preferences of the journal at `journal` are kept.
    pub fn path_for(journal: &Path) -> PathBuf {
        journal.with_file_name(FILE_NAME)
    }

    /// The choices kept at `path`, or the defaults when there are none or the
    /// file cannot be read (a damaged file is replaced at the next save).
    pub fn load(path: &Path) -> Preferences {
        fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Preferences>(&bytes).ok())
            .filter(|p| p.check().is_ok())
            .unwrap_or_default()
    }

    /// Refuses a choice the app does not offer.
    pub fn check(&self) -> Result<()> {
        if !TEXT_SIZES.contains(&self.text_size) {
            return Err(Error::invalid(
                Words::from(id::ERROR_TEXT_SIZE)
                    .with("sizes", TEXT_SIZES.map(|s| format!("{s}%")).join(", ")),
            ));
        }
        Ok(())
    }

    /// Keeps these choices at `path`, replacing what was there.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.check()?;
        let could_not = Error::PreferencesFile;
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| could_not(e.into()))?;
        let next = with_suffix(path, ".next");
        let mut file = File::create(&next).map_err(could_not)?;
        file.write_all(&bytes).and_then(|()| file.sync_all()).map_err(could_not)?;
        fs::rename(&next, path).map_err(could_not)?;
        sync_dir(path).map_err(could_not)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_survive_a_save_and_a_fresh_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = Preferences::path_for(&dir.path().join("journal.db"));
        assert_eq!(Preferences::load(&path), Preferences::default(), "nothing kept yet");
        let chosen = Preferences {
            text_size: 175,
            sync: SyncMode::WhenAsked,
            language: Some(Language::Arabic),
            skill_nudge: true,
        };
        chosen.save(&path).unwrap();
        assert_eq!(Preferences::load(&path), chosen);
        assert!(!with_suffix(&path, ".next").exists(), "no half-written file left behind");
    }

    #[test]
    fn a_size_not_offered_is_refused_and_the_kept_choice_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let kept = Preferences { text_size: 150, ..Preferences::default() };
        kept.save(&path).unwrap();
        let err = Preferences { text_size: 400, ..kept }.save(&path).unwrap_err();
        assert!(err.to_string().contains("100%, 125%, 150%, 175%, 200%"), "{err}");
        assert_eq!(Preferences::load(&path), kept);
    }

    #[test]
    fn a_damaged_or_hand_edited_file_means_the_defaults_not_a_locked_out_person() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        for bytes in [&b"{\"textSize\": 17"[..], b"\xff\xfe", b"{\"textSize\": 999}", b"[]"] {
            fs::write(&path, bytes).unwrap();
            assert_eq!(Preferences::load(&path), Preferences::default(), "{bytes:?}");
        }
        // A file from a newer app with choices this one does not know keeps the ones it does.
        fs::write(&path, br#"{"textSize": 125, "language": "pl", "voice": "slow"}"#).unwrap();
        assert_eq!(Preferences::load(&path).text_size, 125);
        assert_eq!(Preferences::load(&path).language, Some(Language::Polish));
        // A language only a newer app has: the phone's own language, and the rest kept.
        fs::write(&path, br#"{"textSize": 150, "language": "fr"}"#).unwrap();
        let read = Preferences::load(&path);
        assert_eq!((read.text_size, read.language), (150, None));
    }

    #[test]
    fn the_weekly_nudge_is_off_until_turned_on_and_an_older_file_keeps_it_off() {
        assert!(!Preferences::default().skill_nudge, "off by default");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        // A file from before the nudge existed: its choices stay, the nudge is off.
        fs::write(&path, br#"{"textSize": 150, "sync": "when_asked"}"#).unwrap();
        let older = Preferences::load(&path);
        assert_eq!((older.text_size, older.sync, older.skill_nudge), (150, SyncMode::WhenAsked, false));
        // Turned on, it is kept.
        Preferences { skill_nudge: true, ..older }.save(&path).unwrap();
        assert!(Preferences::load(&path).skill_nudge);
        // A damaged file means the defaults: no nudge the person did not ask for.
        fs::write(&path, br#"{"skillNudge": tru"#).unwrap();
        assert!(!Preferences::load(&path).skill_nudge);
        fs::write(&path, br#"{"skillNudge": "yes"}"#).unwrap();
        assert_eq!(Preferences::load(&path), Preferences::default());
    }
}
