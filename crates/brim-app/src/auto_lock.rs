//! Locking by itself: when the window loses focus (desktop) or the app goes
//! to the background (phones), a timer of the person's chosen minutes starts;
//! if they are not back in time the journal locks and the page is told.
//! Coming back in time cancels it.
//!
//! The decisions are a small state machine with the time passed in
//! ([`Away`]), so they are tested without waiting. A phone may freeze the
//! app's timers while it is in the background, so coming back late locks too;
//! and time away is read off two clocks ([`When`]), so a phone's sleep counts.
//!
//! The host (the Tauri shell) only says when the app went away and came back,
//! and runs the timer it is handed on its own async runtime.

use std::future::Future;
use std::ops::{Add, Sub};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use crate::session::Session;

/// What to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Stay,
    Lock,
}

/// A moment on two clocks. `Instant` stops while a phone sleeps (Linux's and
/// Android's monotonic clock leaves suspend out), so five minutes in a pocket
/// could read as seconds; the wall clock keeps counting, but can be set by
/// hand. Time away is the longer of the two: sleep counts, and a clock set
/// back cannot make it shorter than the time the app was awake.
#[derive(Debug, Clone, Copy)]
pub struct When {
    awake: Instant,
    wall: SystemTime,
}

impl When {
    pub fn now() -> When {
        When { awake: Instant::now(), wall: SystemTime::now() }
    }

    fn since(self, earlier: When) -> Duration {
        let awake = self.awake.saturating_duration_since(earlier.awake);
        let wall = self.wall.duration_since(earlier.wall).unwrap_or(Duration::ZERO);
        awake.max(wall)
    }
}

impl Add<Duration> for When {
    type Output = When;

    fn add(self, d: Duration) -> When {
        When { awake: self.awake + d, wall: self.wall + d }
    }
}

impl Sub<Duration> for When {
    type Output = When;

    fn sub(self, d: Duration) -> When {
        When { awake: self.awake - d, wall: self.wall - d }
    }
}

/// When the app went away, and which timer belongs to that time away.
#[derive(Debug, Default)]
pub struct Away {
    since: Option<(u64, When)>,
    turns: u64,
}

impl Away {
    /// The app went to the background at `now`. Returns the turn its timer
    /// checks back with; going away again before coming back keeps the first time.
    pub fn went_away(&mut self, now: When) -> u64 {
        match self.since {
            Some((turn, _)) => turn,
            None => {
                self.turns += 1;
                self.since = Some((self.turns, now));
                self.turns
            }
        }
    }

    /// The app came back at `now`: locks if it was away `limit` or longer
    /// (its timer may not have run), and any timer still waiting stops counting.
    pub fn came_back(&mut self, now: When, limit: Duration) -> Verdict {
        let verdict = match self.since {
            Some((_, since)) if now.since(since) >= limit => Verdict::Lock,
            _ => Verdict::Stay,
        };
        self.since = None;
        verdict
    }

    /// The timer of `turn` went off at `now`: locks only if the app is still
    /// away since that turn, for `limit` or longer.
    pub fn timer_fired(&mut self, turn: u64, now: When, limit: Duration) -> Verdict {
        match self.since {
            Some((away_turn, since)) if away_turn == turn && now.since(since) >= limit => {
                self.since = None;
                Verdict::Lock
            }
            _ => Verdict::Stay,
        }
    }
}

/// The session's one [`Away`].
#[derive(Debug, Default)]
pub(crate) struct AutoLock(Mutex<Away>);

impl AutoLock {
    fn away(&self) -> std::sync::MutexGuard<'_, Away> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The app went away at `now`: the timer to start (its turn and how
    /// long), or none when there is nothing to lock.
    fn went_away_at(&self, session: &Session, now: When) -> Option<(u64, Duration)> {
        if !session.can_lock() {
            return None;
        }
        Some((self.away().went_away(now), limit_of(session)))
    }

    /// The timer of `turn` went off at `now`: locks if the app is still away.
    fn timer_fired_at(&self, session: &Session, turn: u64, now: When, limit: Duration) {
        if self.away().timer_fired(turn, now, limit) == Verdict::Lock {
            lock(session);
        }
    }

    /// The app came back at `now`: locks if it was away too long.
    fn came_back_at(&self, session: &Session, now: When) {
        if self.away().came_back(now, limit_of(session)) == Verdict::Lock {
            lock(session);
        }
    }
}

fn limit_of(session: &Session) -> Duration {
    Duration::from_secs(u64::from(session.auto_lock_minutes()) * 60)
}

/// Locks the journal; whoever watches [`Session::lock_changes`] hears it (the
/// page then shows only the unlock screen).
fn lock(session: &Session) {
    // Refused only when the lock was turned off meanwhile: then there is nothing to lock.
    let _ = session.lock();
}

impl Session {
    /// The window lost focus, or the app went to the background. Returns the
    /// timer for the host to run on its async runtime (it sleeps the person's
    /// chosen minutes, then locks if the app is still away), or `None` when
    /// there is nothing to lock.
    pub fn went_away(&self) -> Option<impl Future<Output = ()> + Send + 'static> {
        let (turn, limit) = self.auto_lock().went_away_at(self, When::now())?;
        let session = self.clone();
        Some(async move {
            tokio::time::sleep(limit).await;
            session.auto_lock().timer_fired_at(&session, turn, When::now(), limit);
        })
    }

    /// The window has focus again, or the app came back to the foreground.
    pub fn came_back(&self) {
        self.auto_lock().came_back_at(self, When::now());
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const FIVE: Duration = Duration::from_secs(5 * 60);

    #[test]
    fn away_past_the_time_locks_when_the_timer_goes_off() {
        let t0 = When::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.timer_fired(turn, t0 + FIVE, FIVE), Verdict::Lock);
        assert_eq!(away.came_back(t0 + FIVE * 2, FIVE), Verdict::Stay, "already locked once");
    }

    #[test]
    fn coming_back_in_time_cancels_the_timer() {
        let t0 = When::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.came_back(t0 + Duration::from_secs(60), FIVE), Verdict::Stay);
        assert_eq!(away.timer_fired(turn, t0 + FIVE, FIVE), Verdict::Stay);
    }

    #[test]
    fn an_old_timer_does_not_cut_a_new_time_away_short() {
        let t0 = When::now();
        let mut away = Away::default();
        let first = away.went_away(t0);
        away.came_back(t0 + Duration::from_secs(240), FIVE);
        let second = away.went_away(t0 + Duration::from_secs(250));
        assert_ne!(first, second);
        assert_eq!(away.timer_fired(first, t0 + FIVE, FIVE), Verdict::Stay, "the first timer is stale");
        assert_eq!(away.timer_fired(second, t0 + FIVE + Duration::from_secs(250), FIVE), Verdict::Lock);
    }

    #[test]
    fn going_away_twice_counts_from_the_first_time() {
        let t0 = When::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.went_away(t0 + Duration::from_secs(200)), turn);
        assert_eq!(away.timer_fired(turn, t0 + FIVE, FIVE), Verdict::Lock);
    }

    #[test]
    fn coming_back_late_locks_even_if_no_timer_ran() {
        // A phone froze the app in the background: its timer never went off.
        let t0 = When::now();
        let mut away = Away::default();
        away.went_away(t0);
        assert_eq!(away.came_back(t0 + FIVE + Duration::from_secs(1), FIVE), Verdict::Lock);
    }

    #[test]
    fn a_timer_that_wakes_early_waits_for_the_next_check() {
        let t0 = When::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.timer_fired(turn, t0 + FIVE - Duration::from_secs(1), FIVE), Verdict::Stay);
        assert_eq!(away.came_back(t0 + FIVE, FIVE), Verdict::Lock);
    }

    #[test]
    fn time_asleep_counts_though_the_awake_clock_stopped() {
        // A phone slept in a pocket: its monotonic clock moved 1 minute, the wall clock 10.
        let t0 = When::now();
        let mut away = Away::default();
        away.went_away(t0);
        let back = When { awake: t0.awake + Duration::from_secs(60), wall: t0.wall + FIVE * 2 };
        assert_eq!(away.came_back(back, FIVE), Verdict::Lock);
    }

    #[test]
    fn a_wall_clock_set_back_does_not_shorten_the_time_away() {
        let t0 = When::now();
        let mut away = Away::default();
        away.went_away(t0);
        let back = When { awake: t0.awake + FIVE, wall: t0.wall - FIVE };
        assert_eq!(away.came_back(back, FIVE), Verdict::Lock);
    }

    #[test]
    fn coming_back_without_going_away_does_nothing() {
        let mut away = Away::default();
        assert_eq!(away.came_back(When::now(), FIVE), Verdict::Stay);
    }

    /// An open journal with its lock on, as the app holds it.
    fn open_locked_journal(dir: &std::path::Path) -> Session {
        let path = dir.join("journal.db");
        brim_core::Journal::open(&path).unwrap().turn_lock_on("tea and toast").unwrap();
        let journal = Session::open(path);
        journal.unlock("tea and toast").unwrap();
        journal
    }

    #[test]
    fn the_app_locks_the_journal_when_its_timer_finds_it_still_away() {
        let dir = tempfile::tempdir().unwrap();
        let journal = open_locked_journal(dir.path());
        let auto = AutoLock::default();
        let t0 = When::now();
        let (turn, limit) = auto.went_away_at(&journal, t0).unwrap();
        assert_eq!(limit, FIVE, "the default: 5 minutes");
        auto.timer_fired_at(&journal, turn, t0 + FIVE - Duration::from_secs(1), limit);
        assert!(!journal.is_locked(), "not yet");
        auto.timer_fired_at(&journal, turn, t0 + FIVE, limit);
        assert!(journal.is_locked());
    }

    #[test]
    fn the_app_locks_on_coming_back_late_and_not_when_back_in_time() {
        let dir = tempfile::tempdir().unwrap();
        let journal = open_locked_journal(dir.path());
        journal.change(|j| j.set_auto_lock_minutes(1)).unwrap();
        let auto = AutoLock::default();
        let t0 = When::now();
        auto.went_away_at(&journal, t0).unwrap();
        auto.came_back_at(&journal, t0 + Duration::from_secs(59));
        assert!(!journal.is_locked(), "back within the minute");
        auto.went_away_at(&journal, t0 + Duration::from_secs(100)).unwrap();
        auto.came_back_at(&journal, t0 + Duration::from_secs(160));
        assert!(journal.is_locked(), "away a whole minute");
    }

    #[test]
    fn with_the_lock_off_going_away_starts_no_timer() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Session::open(dir.path().join("journal.db"));
        assert_eq!(AutoLock::default().went_away_at(&journal, When::now()), None);
    }
}
