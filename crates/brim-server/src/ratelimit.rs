//! Rate limits, with `governor` (GCRA: one 64-bit state per key, updated
//! without a lock on the hot path). Three limiters, all in memory and counted
//! per copy of the server:
//!
//! - every request, before anything else: per client address;
//! - joins: per client address, tighter (guessing invite codes);
//! - every request with a device token, once the token is known to be real:
//!   per device.
//!
//! Nothing a stranger sends becomes a key except their address, and the
//! addresses kept are bounded: idle ones are swept every minute and whenever
//! the map is full, and while it is still full (a flood from more addresses
//! than [`Limits::max_addresses`]) newcomers share [`SHARED_KEYS`] allowances
//! picked by a hash of their address. IPv6 addresses count per /64, the
//! block one subscriber is usually given. Keys are never logged.

use std::hash::{BuildHasher, Hash};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota};
use uuid::Uuid;

/// How many requests one key may make per window (a burst of `requests`,
/// then one every `window / requests`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub requests: u32,
    pub window: Duration,
}

impl Limit {
    /// `requests` per minute.
    pub const fn per_minute(requests: u32) -> Self {
        Self { requests, window: Duration::from_secs(60) }
    }

    fn quota(self) -> Quota {
        let burst = NonZeroU32::new(self.requests.max(1)).unwrap_or(NonZeroU32::MIN);
        let period = (self.window / burst.get()).max(Duration::from_nanos(1));
        Quota::with_period(period).unwrap_or_else(|| Quota::per_second(burst)).allow_burst(burst)
    }
}

/// Allowances shared by addresses that arrive while the address map is full.
pub const SHARED_KEYS: u16 = 256;

/// A limiter key: an address (an IPv6 one cut to its /64), or one of the
/// shared allowances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Addr(IpAddr),
    Shared(u16),
}

/// One allowance per key, in a map that only holds keys seen lately (after a
/// [`KeyedLimiter::sweep`]). What the address and device limiters share.
#[derive(Debug)]
pub struct KeyedLimiter<K: Hash + Eq + Clone> {
    limiter: DefaultKeyedRateLimiter<K>,
}

impl<K: Hash + Eq + Clone> KeyedLimiter<K> {
    /// A limiter allowing `limit` per key.
    pub fn new(limit: Limit) -> Self {
        Self { limiter: DefaultKeyedRateLimiter::dashmap(limit.quota()) }
    }

    /// Count one request under `key`; `Err(seconds)` says how long to wait.
    pub fn check(&self, key: &K) -> Result<(), u64> {
        self.limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.limiter.clock().now());
            // Retry-After is whole seconds; round up so a client that waits is let in.
            // At least one: the wait can have run out between the refusal and
            // reading the clock (seen under load), and "0" would invite a retry
            // at once that may be refused again.
            (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
        })
    }

    /// Forget keys whose allowance is full again, and give the memory back.
    pub fn sweep(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }

    /// How many keys the map holds now.
    pub fn len(&self) -> usize {
        self.limiter.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.limiter.is_empty()
    }
}

/// A keyed limiter whose map never holds more than `max_keys` keys plus
/// [`SHARED_KEYS`].
#[derive(Debug)]
pub struct AddressLimiter {
    keys: KeyedLimiter<Key>,
    max_keys: usize,
    /// When the last sweep on a full map ran (ms since `born`): at most one a second.
    last_full_sweep_ms: AtomicU64,
    born: Instant,
    hasher: std::hash::RandomState,
}

impl AddressLimiter {
    /// A limiter allowing `limit` per address, keeping at most `max_keys` addresses.
    pub fn new(limit: Limit, max_keys: usize) -> Self {
        Self {
            keys: KeyedLimiter::new(limit),
            max_keys: max_keys.max(1),
            last_full_sweep_ms: AtomicU64::new(0),
            born: Instant::now(),
            hasher: std::hash::RandomState::new(),
        }
    }

    /// Count one request from `addr`; `Err(seconds)` says how long to wait.
    pub fn check(&self, addr: IpAddr) -> Result<(), u64> {
        let addr = block_of(addr);
        let mut key = Key::Addr(addr);
        if self.keys.len() >= self.max_keys {
            self.sweep_when_full();
            if self.keys.len() >= self.max_keys {
                key = Key::Shared((self.hasher.hash_one(addr) % u64::from(SHARED_KEYS)) as u16);
            }
        }
        self.keys.check(&key)
    }

    fn sweep_when_full(&self) {
        let now = u64::try_from(self.born.elapsed().as_millis()).unwrap_or(u64::MAX);
        let last = self.last_full_sweep_ms.load(Ordering::Relaxed);
        if now.saturating_sub(last) >= 1000
            && self
                .last_full_sweep_ms
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            self.sweep();
        }
    }

    /// Forget addresses whose allowance is full again, and give the memory back.
    pub fn sweep(&self) {
        self.keys.sweep();
    }

    /// How many keys the map holds now (addresses and shared allowances).
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The most keys the map can hold.
    pub fn capacity(&self) -> usize {
        self.max_keys + usize::from(SHARED_KEYS)
    }
}

/// The per-device limit, checked once a token is found to be a real device's:
/// its keys are real devices, so its size is bounded by theirs.
pub type DeviceLimiter = KeyedLimiter<Uuid>;

/// The key an address is counted under: IPv4 as is (and IPv4-mapped IPv6 as
/// the IPv4 it is), IPv6 by its /64.
fn block_of(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V4(_) => addr,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into()),
        },
    }
}

/// Every limiter of one server.
#[derive(Debug)]
pub struct Limiters {
    pub address: AddressLimiter,
    pub join: AddressLimiter,
    pub device: std::sync::Arc<DeviceLimiter>,
}

/// The limits a server is started with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Every request, per client address.
    pub per_address: Limit,
    /// Joins, per client address.
    pub join: Limit,
    /// Every request with a real device token, per device.
    pub per_device: Limit,
    /// The most client addresses remembered at once.
    pub max_addresses: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            per_address: Limit::per_minute(300),
            join: Limit::per_minute(30),
            per_device: Limit::per_minute(120),
            max_addresses: 100_000,
        }
    }
}

impl Limiters {
    /// The limiters for `limits`.
    pub fn new(limits: &Limits) -> Self {
        Self {
            address: AddressLimiter::new(limits.per_address, limits.max_addresses),
            join: AddressLimiter::new(limits.join, limits.max_addresses),
            device: std::sync::Arc::new(DeviceLimiter::new(limits.per_device)),
        }
    }

    /// Forget every key whose allowance is full again (run every minute).
    pub fn sweep(&self) {
        self.address.sweep();
        self.join.sweep();
        self.device.sweep();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_of_addresses_never_grows_the_map_past_its_bound() {
        let limiter = AddressLimiter::new(Limit::per_minute(5), 1_000);
        for i in 0..100_000u32 {
            let _ = limiter.check(IpAddr::V4(i.into()));
            assert!(limiter.len() <= limiter.capacity(), "{} keys after {i}", limiter.len());
        }
        assert!(limiter.len() >= 1_000, "the map filled up: {}", limiter.len());
    }

    #[test]
    fn the_limit_holds_and_says_how_long_to_wait() {
        let limiter = AddressLimiter::new(Limit::per_minute(3), 10);
        let me: IpAddr = "192.0.2.7".parse().expect("addr");
        for _ in 0..3 {
            assert_eq!(limiter.check(me), Ok(()));
        }
        let wait = limiter.check(me).expect_err("fourth is refused");
        assert!((1..=20).contains(&wait), "{wait}");
        // Another address is not affected; an IPv6 /64 counts as one.
        assert_eq!(limiter.check("192.0.2.8".parse().expect("addr")), Ok(()));
        let a: IpAddr = "2001:db8:1:2::1".parse().expect("addr");
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().expect("addr");
        for _ in 0..3 {
            assert_eq!(limiter.check(a), Ok(()));
        }
        assert!(limiter.check(b).is_err(), "the same /64 shares one allowance");
    }
}
