//! Locking by itself: when the window loses focus (desktop) or the app goes
//! to the background (phones), a timer of the person's chosen minutes starts;
//! if they are not back in time the journal locks and the page is told.
//! Coming back in time cancels it.
//!
//! The decisions are a small state machine with the time passed in
//! ([`Away`]), so they are tested without waiting. A phone may freeze the
//! app's timers while it is in the background, so coming back late locks too.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager, Runtime};

use crate::journal_state::AppJournal;

/// What to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Stay,
    Lock,
}

/// When the app went away, and which timer belongs to that time away.
#[derive(Debug, Default)]
pub struct Away {
    since: Option<(u64, Instant)>,
    turns: u64,
}

impl Away {
    /// The app went to the background at `now`. Returns the turn its timer
    /// checks back with; going away again before coming back keeps the first time.
    pub fn went_away(&mut self, now: Instant) -> u64 {
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
    pub fn came_back(&mut self, now: Instant, limit: Duration) -> Verdict {
        let verdict = match self.since {
            Some((_, since)) if now.saturating_duration_since(since) >= limit => Verdict::Lock,
            _ => Verdict::Stay,
        };
        self.since = None;
        verdict
    }

    /// The timer of `turn` went off at `now`: locks only if the app is still
    /// away since that turn, for `limit` or longer.
    pub fn timer_fired(&mut self, turn: u64, now: Instant, limit: Duration) -> Verdict {
        match self.since {
            Some((away_turn, since))
                if away_turn == turn && now.saturating_duration_since(since) >= limit =>
            {
                self.since = None;
                Verdict::Lock
            }
            _ => Verdict::Stay,
        }
    }
}

/// The app's one [`Away`], as managed state.
#[derive(Debug, Default)]
pub struct AutoLock(Mutex<Away>);

impl AutoLock {
    fn away(&self) -> std::sync::MutexGuard<'_, Away> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn limit_of(journal: &AppJournal) -> Duration {
    Duration::from_secs(u64::from(journal.auto_lock_minutes()) * 60)
}

/// Locks the journal and tells the page (which then shows only the unlock screen).
fn lock<R: Runtime>(app: &AppHandle<R>) {
    // Refused only when the lock was turned off meanwhile: then there is nothing to lock.
    let _ = app.state::<AppJournal>().lock();
}

/// The window lost focus, or the app went to the background.
pub fn went_away<R: Runtime>(app: &AppHandle<R>) {
    let journal = app.state::<AppJournal>();
    if !journal.can_lock() {
        return;
    }
    let limit = limit_of(&journal);
    let turn = app.state::<AutoLock>().away().went_away(Instant::now());
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(limit).await;
        let verdict = app.state::<AutoLock>().away().timer_fired(turn, Instant::now(), limit);
        if verdict == Verdict::Lock {
            lock(&app);
        }
    });
}

/// The window has focus again, or the app came back to the foreground.
pub fn came_back<R: Runtime>(app: &AppHandle<R>) {
    let limit = limit_of(&app.state::<AppJournal>());
    let verdict = app.state::<AutoLock>().away().came_back(Instant::now(), limit);
    if verdict == Verdict::Lock {
        lock(app);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIVE: Duration = Duration::from_secs(5 * 60);

    #[test]
    fn away_past_the_time_locks_when_the_timer_goes_off() {
        let t0 = Instant::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.timer_fired(turn, t0 + FIVE, FIVE), Verdict::Lock);
        assert_eq!(away.came_back(t0 + FIVE * 2, FIVE), Verdict::Stay, "already locked once");
    }

    #[test]
    fn coming_back_in_time_cancels_the_timer() {
        let t0 = Instant::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.came_back(t0 + Duration::from_secs(60), FIVE), Verdict::Stay);
        assert_eq!(away.timer_fired(turn, t0 + FIVE, FIVE), Verdict::Stay);
    }

    #[test]
    fn an_old_timer_does_not_cut_a_new_time_away_short() {
        let t0 = Instant::now();
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
        let t0 = Instant::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.went_away(t0 + Duration::from_secs(200)), turn);
        assert_eq!(away.timer_fired(turn, t0 + FIVE, FIVE), Verdict::Lock);
    }

    #[test]
    fn coming_back_late_locks_even_if_no_timer_ran() {
        // A phone froze the app in the background: its timer never went off.
        let t0 = Instant::now();
        let mut away = Away::default();
        away.went_away(t0);
        assert_eq!(away.came_back(t0 + FIVE + Duration::from_secs(1), FIVE), Verdict::Lock);
    }

    #[test]
    fn a_timer_that_wakes_early_waits_for_the_next_check() {
        let t0 = Instant::now();
        let mut away = Away::default();
        let turn = away.went_away(t0);
        assert_eq!(away.timer_fired(turn, t0 + FIVE - Duration::from_secs(1), FIVE), Verdict::Stay);
        assert_eq!(away.came_back(t0 + FIVE, FIVE), Verdict::Lock);
    }

    #[test]
    fn coming_back_without_going_away_does_nothing() {
        let mut away = Away::default();
        assert_eq!(away.came_back(Instant::now(), FIVE), Verdict::Stay);
    }
}
