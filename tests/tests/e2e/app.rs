//! One running app: its own tauri-driver (on free ports), its own data dir,
//! and a WebDriver session. Dropping it ends the session and the driver.

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};

/// How long to wait for something to appear on screen.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// One app on screen at a time: the tests share one virtual display, and two
/// WebKit processes starting together on 2 cores only make both slow.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[derive(Debug)]
pub struct App {
    pub client: Client,
    driver: Child,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Drop for App {
    /// Even when a test fails half-way, its driver (and with it the app) goes.
    fn drop(&mut self) {
        kill_group(&mut self.driver);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The app binary: `BRIM_APP_BINARY`, else `brim` next to this test's target dir.
fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("BRIM_APP_BINARY") {
        return PathBuf::from(path);
    }
    let exe = std::env::current_exe().unwrap();
    let debug_dir = exe.parent().and_then(Path::parent).unwrap();
    let app = debug_dir.join("brim");
    assert!(app.exists(), "build the app first: cargo build -p brim-tauri (looked for {})", app.display());
    app
}

/// How long to wait for a WebDriver session (the app started and its page loading).
const SESSION_PATIENCE: Duration = Duration::from_secs(90);
/// How many times to launch the app before giving up.
const LAUNCHES: u32 = 2;

/// A tauri-driver on free ports, in its own process group, so the driver,
/// WebKitWebDriver and the app end together.
struct Driver {
    child: Child,
    port: u16,
    native_port: u16,
}

fn spawn_driver(data_dir: &Path, env: &[(&str, &str)]) -> Driver {
    let (port, native_port) = (free_port(), free_port());
    let child = Command::new("tauri-driver")
        .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .env("BRIM_DATA_DIR", data_dir)
        .envs(env.iter().copied())
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tauri-driver is installed (make test installs it)");
    Driver { child, port, native_port }
}

/// Ends a driver's whole process group (the driver, WebKitWebDriver, the app) and reaps it.
fn kill_group(child: &mut Child) {
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status();
    let _ = child.wait();
}

/// A session with the app behind `driver`. tauri-driver listens before the
/// WebKitWebDriver it starts behind it does; a session asked for in between
/// gets its connection cut. So wait for both, and ask again if the first
/// answer is cut anyway.
async fn session(driver: &Driver) -> Result<Client, String> {
    let started = Instant::now();
    for listening in [driver.port, driver.native_port] {
        while TcpStream::connect(("127.0.0.1", listening)).is_err() {
            if started.elapsed() > PATIENCE {
                return Err("tauri-driver did not start".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "tauri:options".into(),
        serde_json::json!({ "application": app_binary().display().to_string() }),
    );
    let mut attempt = 0;
    loop {
        attempt += 1;
        match ClientBuilder::native()
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
        {
            Ok(client) => return Ok(client),
            Err(e) if attempt < 3 => {
                eprintln!("WebDriver session refused ({e}); asking again");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// Quotes text for an XPath string literal.
fn literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

impl App {
    /// Starts the app on the journal in `data_dir`; ready once its navigation is on screen.
    pub async fn start(data_dir: &Path) -> App {
        // (Found by its place, not its words: the app may open in any language.)
        App::start_until(data_dir, "//nav[.//a[@href='#/']]", &[]).await
    }

    /// As [`App::start`], with more in the app's environment (a private speech service's address).
    pub async fn start_with_env(data_dir: &Path, env: &[(&str, &str)]) -> App {
        App::start_until(data_dir, "//nav[.//a[@href='#/']]", env).await
    }

    /// Starts the app on a locked journal; ready once the unlock screen is up.
    pub async fn start_locked(data_dir: &Path) -> App {
        App::start_until(data_dir, "//h1[normalize-space(.)='Your journal is locked']", &[]).await
    }

    async fn start_until(data_dir: &Path, ready: &str, env: &[(&str, &str)]) -> App {
        let turn = ONE_AT_A_TIME.lock().await;
        // A session that never answers (WebKitWebDriver stuck starting the
        // app on a busy machine, seen once in 6 runs) would hang the whole
        // run: cut it off, end that driver and launch afresh.
        for launch in 1..=LAUNCHES {
            let mut driver = spawn_driver(data_dir, env);
            match tokio::time::timeout(SESSION_PATIENCE, session(&driver)).await {
                Ok(Ok(client)) => {
                    let app = App { client, driver: driver.child, _turn: turn };
                    app.wait_for(ready).await;
                    return app;
                }
                Ok(Err(e)) if launch < LAUNCHES => {
                    eprintln!("WebDriver session refused ({e}); launching again")
                }
                Err(_) if launch < LAUNCHES => {
                    eprintln!("no WebDriver session after {SESSION_PATIENCE:?}; launching again")
                }
                Ok(Err(e)) => {
                    kill_group(&mut driver.child);
                    panic!("a WebDriver session with the app: {e}")
                }
                Err(_) => {
                    kill_group(&mut driver.child);
                    panic!("no WebDriver session with the app after {LAUNCHES} launches")
                }
            }
            kill_group(&mut driver.child);
        }
        unreachable!("the last launch returns or panics")
    }

    /// Ends the session (closing the app) and the driver.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    pub async fn wait_for(&self, xpath: &str) -> Element {
        match self.client.wait().at_most(PATIENCE).for_element(Locator::XPath(xpath)).await {
            Ok(element) => element,
            Err(e) => {
                let saved = self.save_screen().await;
                panic!("nothing on screen matches {xpath}: {e} (the screen is saved in {saved})")
            }
        }
    }

    /// Saves a screenshot and the page source under `target/e2e-artifacts/`, to see what went wrong.
    async fn save_screen(&self) -> String {
        self.save_screen_as(&format!("failure-{}", std::process::id())).await
    }

    /// Saves what the real WebView shows now as `target/e2e-artifacts/<name>.png` (and `.html`).
    pub async fn save_screen_as(&self, name: &str) -> String {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-artifacts");
        let _ = std::fs::create_dir_all(&dir);
        let stem = dir.join(name);
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(stem.with_extension("png"), png);
        }
        if let Ok(source) = self.client.source().await {
            let _ = std::fs::write(stem.with_extension("html"), source);
        }
        stem.display().to_string()
    }

    /// A button or link by its accessible name (its text or aria-label).
    pub async fn press(&self, name: &str) {
        let n = literal(name);
        let xpath = format!("//*[(self::button or self::a) and (normalize-space(.)={n} or @aria-label={n})]");
        self.click(&xpath).await;
    }

    /// A place in the bottom navigation.
    pub async fn go_to(&self, place: &str) {
        let xpath = format!("//nav[@aria-label='Main']//a[normalize-space(.)={}]", literal(place));
        self.click(&xpath).await;
    }

    /// Clicks what `xpath` finds. The UI re-renders as data arrives, so a
    /// click that lands on an element just replaced is tried again.
    async fn click(&self, xpath: &str) {
        let mut last_error = None;
        for _ in 0..10 {
            let element = self.wait_for(xpath).await;
            // As a person would: scroll it to the middle of the screen, clear of
            // the bottom navigation, then tap it.
            let arg = serde_json::to_value(&element).unwrap();
            let _ = self.client.execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg]).await;
            match element.click().await {
                Ok(()) => return,
                Err(e) => last_error = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("could not click {xpath}: {last_error:?}");
    }

    /// The field whose label starts with `label`.
    pub async fn field(&self, label: &str) -> Element {
        let xpath = format!("//*[@id=//label[starts-with(normalize-space(.), {})]/@for]", literal(label));
        self.wait_for(&xpath).await
    }

    /// Types `text` into the field labelled `label`, and checks the field
    /// holds it: on a loaded machine WebKitWebDriver has been seen to drop
    /// the keys after a '/' ("http:" left of a web address), so a field that
    /// does not hold the whole text is cleared and typed into again.
    ///
    /// A screen that re-renders while the keys go in (the Group tab when the
    /// sync status arrives) replaces the field: it is found again and typed
    /// into afresh.
    pub async fn type_into(&self, label: &str, text: &str) {
        for _ in 0..5 {
            let field = self.field(label).await;
            let typed = async {
                field.clear().await?;
                field.send_keys(text).await
            }
            .await;
            if typed.is_ok() && field.prop("value").await.ok().flatten().as_deref() == Some(text) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let saved = self.save_screen().await;
        panic!("the field {label:?} would not hold {text:?} (the screen is saved in {saved})");
    }

    /// The checkbox or radio inside the label whose text is `label`.
    pub async fn tick(&self, label: &str) {
        let xpath = format!("//label[normalize-space(.)={}]//input", literal(label));
        self.click(&xpath).await;
    }

    /// Waits until the page shows `text` somewhere.
    pub async fn sees(&self, text: &str) {
        self.wait_for(&format!("//*[contains(normalize-space(.), {})]", literal(text))).await;
    }

    /// The radio or checkbox whose label starts with the words `option`
    /// (its accessible name; a hint may follow it inside the label).
    pub async fn choose(&self, option: &str) {
        let xpath = format!("//label[.//*[normalize-space(.)={}]]//input", literal(option));
        self.click(&xpath).await;
    }

    /// Picks the option `option` in the list box labelled `label`.
    pub async fn pick(&self, label: &str, option: &str) {
        let xpath = format!(
            "//select[@id=//label[starts-with(normalize-space(.), {})]/@for]/option[normalize-space(.)={}]",
            literal(label),
            literal(option)
        );
        self.click(&xpath).await;
    }

    /// A link whose text starts with `start` (like a skill in a list, with its count after it).
    ///
    /// Following a link leaves the screen it was on. A screen that grows as
    /// its data arrives (the Group tab fetches the group's board) can move the
    /// link between the driver's scroll and its tap, and the tap lands on
    /// nothing: so while the link is still there a moment later, tap it again.
    pub async fn open_link(&self, start: &str) {
        let xpath = format!("//a[starts-with(normalize-space(.), {})]", literal(start));
        for _ in 0..5 {
            self.click(&xpath).await;
            let tapped = Instant::now();
            while tapped.elapsed() < Duration::from_secs(2) {
                if self.client.find_all(Locator::XPath(&xpath)).await.unwrap_or_default().is_empty() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }

    /// Waits until nothing on the page matches `xpath` any more.
    pub async fn no_longer_sees(&self, xpath: &str) {
        let started = Instant::now();
        while !self.client.find_all(Locator::XPath(xpath)).await.unwrap_or_default().is_empty() {
            if started.elapsed() > PATIENCE {
                let saved = self.save_screen().await;
                panic!("{xpath} is still on screen (the screen is saved in {saved})");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The text of the first alert that says something.
    pub async fn alert(&self) -> String {
        self.wait_for("//*[@role='alert' and normalize-space(.)!='']").await.text().await.unwrap()
    }
}
