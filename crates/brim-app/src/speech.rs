//! Read aloud ("Listen"): the rules, with no platform in them. The host
//! provides the voice (the Tauri shell: the phone's or computer's own speech
//! through the `tts` crate; brim-dev: a voice that only writes down what it
//! was asked to say); this module decides what may be said and in which
//! language. Speech stays on the device: nothing here, or in either voice,
//! sends text anywhere.

use brim_core::{CommandError, ErrorCode, MessageId, id};
use serde::Deserialize;
use ts_rs::TS;

/// The longest text read aloud in one go (a long moment fits many times over).
pub const MAX_CHARS: usize = 20_000;

/// The language spoken when the page names none (until the language setting lands).
pub const DEFAULT_LANGUAGE: &str = "en";

/// What the page asks to hear: `text`, in `language` (a BCP 47 tag such as
/// `en` or `pl`; English when left out).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Speak {
    pub text: String,
    #[ts(optional)]
    pub language: Option<String>,
}

/// One checked request for the voice: text that is not blank and not too
/// long, and a well-formed language tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub text: String,
    pub language: String,
}

/// The voice could not speak (no speech service, no voice installed). Its
/// detail is for standard error only, and never holds the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unheard(pub String);

/// A platform's voice. `say` starts speaking and returns at once, cutting off
/// whatever it was saying; `stop` falls silent (and is fine when already silent).
pub trait Voice: Send + Sync {
    fn say(&self, utterance: &Utterance) -> Result<(), Unheard>;
    fn stop(&self) -> Result<(), Unheard>;
}

fn invalid(words: MessageId) -> CommandError {
    CommandError::new(ErrorCode::InvalidInput, words)
}

fn no_voice(error: Unheard) -> CommandError {
    // What went wrong, for whoever is debugging; never what was to be said.
    eprintln!("brim: read aloud failed: {}", error.0);
    CommandError::new(ErrorCode::NoVoice, id::ERROR_NO_VOICE)
}

/// A language tag as BCP 47 shapes it: letters, then parts of letters and
/// digits, joined by hyphens (`en`, `en-GB`, `pl`, `ar`, `zh-Hant-TW`).
fn well_formed_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Checks what the page asked to hear.
pub fn utterance(args: Speak) -> Result<Utterance, CommandError> {
    let text = args.text.trim();
    if text.is_empty() {
        return Err(invalid(id::ERROR_NOTHING_TO_READ));
    }
    if text.chars().count() > MAX_CHARS {
        return Err(invalid(id::ERROR_TOO_LONG_TO_READ));
    }
    let language = match args.language.as_deref().map(str::trim) {
        None | Some("") => DEFAULT_LANGUAGE.to_owned(),
        Some(tag) if well_formed_tag(tag) => tag.to_owned(),
        Some(_) => return Err(invalid(id::ERROR_UNKNOWN_LANGUAGE)),
    };
    Ok(Utterance { text: text.to_owned(), language })
}

/// "Listen": says the text with `voice`, stopping anything it was saying.
pub fn speak(voice: &dyn Voice, args: Speak) -> Result<(), CommandError> {
    let utterance = utterance(args)?;
    voice.say(&utterance).map_err(no_voice)
}

/// Stops reading aloud (pressing Listen again, or leaving the screen).
pub fn stop_speaking(voice: &dyn Voice) -> Result<(), CommandError> {
    voice.stop().map_err(no_voice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Recorder {
        said: Mutex<Vec<Utterance>>,
        stops: Mutex<usize>,
        broken: bool,
    }

    impl Voice for Recorder {
        fn say(&self, utterance: &Utterance) -> Result<(), Unheard> {
            if self.broken {
                return Err(Unheard("no speech service".into()));
            }
            self.said.lock().unwrap().push(utterance.clone());
            Ok(())
        }
        fn stop(&self) -> Result<(), Unheard> {
            *self.stops.lock().unwrap() += 1;
            Ok(())
        }
    }

    fn ask(text: &str, language: Option<&str>) -> Speak {
        Speak { text: text.into(), language: language.map(Into::into) }
    }

    #[test]
    fn the_voice_hears_the_text_in_english_unless_told() {
        let voice = Recorder::default();
        speak(&voice, ask("  Kept a tenancy going for a year. ", None)).unwrap();
        speak(&voice, ask("Dobrze", Some("pl"))).unwrap();
        let said = voice.said.lock().unwrap();
        assert_eq!(
            *said,
            [
                Utterance { text: "Kept a tenancy going for a year.".into(), language: "en".into() },
                Utterance { text: "Dobrze".into(), language: "pl".into() },
            ]
        );
    }

    #[test]
    fn blank_overlong_or_odd_language_requests_reach_no_voice() {
        let voice = Recorder::default();
        for (text, language) in [
            (" \n ".to_owned(), None),
            ("a".repeat(MAX_CHARS + 1), None),
            ("Hello".to_owned(), Some("en_GB; rm -rf")),
            ("Hello".to_owned(), Some("e")),
        ] {
            let error = speak(&voice, ask(&text, language)).unwrap_err();
            assert_eq!(error.code, ErrorCode::InvalidInput);
        }
        assert!(voice.said.lock().unwrap().is_empty());
        speak(&voice, ask(&"a".repeat(MAX_CHARS), Some("zh-Hant-TW"))).unwrap();
        assert_eq!(voice.said.lock().unwrap().len(), 1);
    }

    #[test]
    fn a_missing_voice_says_so_without_the_text() {
        let voice = Recorder { broken: true, ..Recorder::default() };
        let error = speak(&voice, ask("My private words", None)).unwrap_err();
        assert_eq!(error.code, ErrorCode::NoVoice);
        assert!(!error.message.contains("private"));
        stop_speaking(&voice).unwrap();
        assert_eq!(*voice.stops.lock().unwrap(), 1);
    }
}
