//! The platform's voice for "Listen" (brim-app's `speech::Voice`), through the
//! `tts` crate: speech-dispatcher on Linux, AVFoundation on iOS and macOS,
//! Android's TextToSpeech, WinRT on Windows. All of them speak on the device;
//! nothing is sent anywhere. The rules (what may be said, which language)
//! are brim-app's; this only speaks.

use std::sync::Mutex;

use brim_app::speech::{Unheard, Utterance, Voice};
use tts::Tts;

/// The device's voice, connected the first time something is to be said
/// (so starting the app never waits on the speech service), and connected
/// again after a failure.
#[derive(Default)]
pub struct PlatformVoice {
    // `Tts` is only ever used under this lock, never cloned.
    tts: Mutex<Option<Spoken>>,
}

struct Spoken {
    tts: Tts,
    /// The language its voice was last chosen for.
    language: Option<String>,
}

impl std::fmt::Debug for PlatformVoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PlatformVoice")
    }
}

fn unheard(error: tts::Error) -> Unheard {
    Unheard(error.to_string())
}

/// Picks a voice for `language`: the exact tag first (`en-GB`), then one of
/// the same language (`en`). With none, the device's own default voice speaks.
fn choose_voice(tts: &mut Tts, language: &str) {
    let Ok(voices) = tts.voices() else { return };
    let primary = language.split('-').next().unwrap_or(language);
    let exact = voices.iter().find(|v| v.language().as_str().eq_ignore_ascii_case(language));
    let close = voices.iter().find(|v| v.language().primary_language().eq_ignore_ascii_case(primary));
    if let Some(voice) = exact.or(close) {
        let _ = tts.set_voice(voice);
    }
}

impl PlatformVoice {
    fn with<T>(&self, run: impl FnOnce(&mut Spoken) -> Result<T, Unheard>) -> Result<T, Unheard> {
        let mut slot = self.tts.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(Spoken { tts: Tts::default().map_err(unheard)?, language: None });
        }
        let Some(spoken) = slot.as_mut() else { return Err(Unheard("no voice".into())) };
        let result = run(spoken);
        if result.is_err() {
            // The service may have gone away: connect afresh next time. The old
            // connection is left, not dropped: `tts` forgets its callbacks on
            // drop before the connection's own thread stops, and a callback
            // arriving in between would panic (and a release build aborts).
            if let Some(old) = slot.take() {
                std::mem::forget(old);
            }
        }
        result
    }
}

impl Voice for PlatformVoice {
    fn say(&self, utterance: &Utterance) -> Result<(), Unheard> {
        self.with(|spoken| {
            if spoken.language.as_deref() != Some(utterance.language.as_str()) {
                choose_voice(&mut spoken.tts, &utterance.language);
                spoken.language = Some(utterance.language.clone());
            }
            spoken.tts.speak(utterance.text.as_str(), true).map_err(unheard)?;
            Ok(())
        })
    }

    fn stop(&self) -> Result<(), Unheard> {
        let mut slot = self.tts.lock().unwrap_or_else(|p| p.into_inner());
        // Never connected: nothing is being said.
        let Some(spoken) = slot.as_mut() else { return Ok(()) };
        spoken.tts.stop().map_err(unheard)?;
        Ok(())
    }
}
