//! Read aloud in the real app, on Linux: "Listen" on a skill idea reaches the
//! speech engine. The app talks to its own speech-dispatcher (a socket and a
//! config in a temp dir), whose one output module hands each sentence to
//! espeak-ng, writing the sound to a file instead of a sound card, and the
//! words to another file, so the test can read what was said.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::App;
use crate::app::PATIENCE;
use crate::hostile::invoke;

/// A speech-dispatcher of the test's own; it ends with the test.
struct SpeechDispatcher {
    child: Child,
    dir: tempfile::TempDir,
}

impl Drop for SpeechDispatcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl SpeechDispatcher {
    fn start() -> SpeechDispatcher {
        let dir = tempfile::Builder::new().prefix("brim-speechd-").tempdir().unwrap();
        let root = dir.path();
        for sub in ["conf/modules", "logs", "home", "sound"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        let socket = root.join("speechd.sock");
        std::fs::write(
            root.join("conf/speechd.conf"),
            format!(
                "CommunicationMethod \"unix_socket\"\nSocketPath \"{socket}\"\nLogDir \"{logs}\"\n\
                 AudioOutputMethod \"libao\"\n\
                 AddModule \"espeak-to-file\" \"sd_generic\" \"espeak-to-file.conf\"\n\
                 DefaultModule \"espeak-to-file\"\nDefaultLanguage \"en\"\n",
                socket = socket.display(),
                logs = root.join("logs").display(),
            ),
        )
        .unwrap();
        // Each sentence: its words (and the language asked for) into words.txt,
        // then espeak-ng speaks it into a WAV file rather than to a sound card.
        // ($DATA arrives with its quotes escaped by speech-dispatcher.)
        let (words, sound) = (root.join("words.txt"), root.join("sound"));
        std::fs::write(
            root.join("conf/modules/espeak-to-file.conf"),
            format!(
                "GenericExecuteSynth \"printf '%s|%s\\\\n' '$LANGUAGE' \\'$DATA\\' >> {words}; \
                 printf %s \\'$DATA\\' | espeak-ng -v $LANGUAGE --stdin -w {sound}/$$.wav\"\n\
                 GenericLanguage \"en\" \"en\" \"utf-8\"\nGenericLanguage \"pl\" \"pl\" \"utf-8\"\n\
                 AddVoice \"en\" \"MALE1\" \"en\"\nAddVoice \"pl\" \"MALE1\" \"pl\"\n",
                words = words.display(),
                sound = sound.display(),
            ),
        )
        .unwrap();
        // libao's null driver: speech-dispatcher wants an audio output even
        // though this module never uses it, and the machine may have no sound card.
        std::fs::write(root.join("home/.libao"), "default_driver=null\n").unwrap();
        let child = Command::new("speech-dispatcher")
            .args(["--run-single", "--timeout", "0", "--config-dir"])
            .arg(root.join("conf"))
            .arg("--socket-path")
            .arg(&socket)
            .arg("--pid-file")
            .arg(root.join("speechd.pid"))
            .env("HOME", root.join("home"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("speech-dispatcher is installed (make test installs it)");
        let speechd = SpeechDispatcher { child, dir };
        let started = Instant::now();
        while !socket.exists() {
            assert!(started.elapsed() < PATIENCE, "speech-dispatcher did not start: {}", speechd.log());
            std::thread::sleep(Duration::from_millis(50));
        }
        speechd
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Where the app finds it (libspeechd reads this from the environment).
    fn address(&self) -> String {
        format!("unix_socket:{}", self.root().join("speechd.sock").display())
    }

    /// Each sentence the engine was given: (language, words).
    fn heard(&self) -> Vec<(String, String)> {
        let text = std::fs::read_to_string(self.root().join("words.txt")).unwrap_or_default();
        text.lines()
            .filter_map(|line| line.split_once('|'))
            .map(|(language, words)| (language.to_owned(), words.to_owned()))
            .collect()
    }

    /// The WAV files espeak-ng wrote, with their sizes.
    fn sound(&self) -> Vec<(PathBuf, u64)> {
        let Ok(entries) = std::fs::read_dir(self.root().join("sound")) else { return Vec::new() };
        entries
            .filter_map(Result::ok)
            .map(|e| (e.path(), e.metadata().map(|m| m.len()).unwrap_or(0)))
            .collect()
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.root().join("logs/speech-dispatcher.log")).unwrap_or_default()
    }
}

/// The words of `text`, lower case, without punctuation.
fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver, speech-dispatcher, espeak-ng and the built app: run by `make test`"]
async fn listen_on_a_skill_idea_reads_its_words_to_the_speech_engine() {
    let speechd = SpeechDispatcher::start();
    let data = tempfile::tempdir().unwrap();
    let address = speechd.address();
    let app = App::start_with_env(data.path(), &[("SPEECHD_ADDRESS", &address)]).await;

    let ideas = invoke(&app, "skill_prompts", json!({})).await.unwrap();
    let idea = &ideas.as_array().unwrap()[0];
    let (name, question) = (idea["name"].as_str().unwrap(), idea["question"].as_str().unwrap());

    app.go_to("Skills").await;
    app.press("Find a skill in the ideas list").await;
    app.press(&format!("Listen to the idea: {name}")).await;

    // The engine is given the idea's name and question, in English, and
    // espeak-ng makes sound of them.
    let wanted = words(&format!("{name} {question}"));
    let started = Instant::now();
    loop {
        let heard = speechd.heard();
        let said = words(&heard.iter().map(|(_, w)| w.as_str()).collect::<Vec<_>>().join(" "));
        if said.contains(&wanted) {
            assert!(heard.iter().all(|(language, _)| language == "en"), "spoken in English: {heard:?}");
            break;
        }
        assert!(
            started.elapsed() < PATIENCE,
            "the speech engine heard {heard:?}, not {wanted:?}\n{}",
            speechd.log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let started = Instant::now();
    while !speechd.sound().iter().any(|(_, bytes)| *bytes > 10_000) {
        assert!(started.elapsed() < PATIENCE, "espeak-ng made no sound: {:?}", speechd.sound());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Pressed again, it stops, and the button says Listen again.
    app.press(&format!("Stop reading the idea: {name} aloud")).await;
    app.wait_for(&format!(
        "//button[@aria-label='Listen to the idea: {name}' and normalize-space(.)='Listen']"
    ))
    .await;
    app.close().await;
}
