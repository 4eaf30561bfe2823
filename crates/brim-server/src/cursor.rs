//! Feed cursors that tell a reader nothing. A cursor names the feed position
//! of the last change this reader was sent, enciphered for this reader alone
//! with a secret kept in the database (so every copy of a stateless server
//! agrees), so its bytes say nothing about how many changes the reader could
//! not see, or when they happened.
//!
//! The cipher is a balanced Feistel network of ten rounds over 62 bits whose
//! round function is HMAC-SHA256 (ring), keyed by the server's secret and
//! tweaked by the reader's member id: the shape of format-preserving
//! encryption (NIST FF1 is a ten-round Feistel too), chosen so the cursor
//! stays an unsigned integer that every app already in the field stores and
//! sends back unchanged. Being a permutation, two different positions never
//! share a cursor; being deterministic, the same position always gives the
//! same cursor, so a reader who was sent nothing new sees the very same
//! number again. Inside the block, 22 bits must be zero: a cursor that was
//! not made here for this reader (a guess, another reader's, or an old
//! plain position) opens to them with odds of 1 in 4 million, and is then
//! read as "from the start".
//!
//! Cursors: `0` is the start of the feed; `2^62 | block` is an enciphered
//! position; anything else (every plain position an older server handed
//! out) is not trusted and also means "from the start": a full resync, which
//! loses nothing since every change and tombstone is sent again and the app
//! applies them idempotently.

use ring::hmac;
use uuid::Uuid;

use crate::error::{Error, Result};

/// Marks an enciphered cursor; plain positions from older servers never reach it.
const MARK: u64 = 1 << 62;
/// Bits of feed position a cursor can carry (a trillion changes per group).
const SEQ_BITS: u32 = 40;
const SEQ_MASK: u64 = (1 << SEQ_BITS) - 1;
const HALF_BITS: u32 = 31;
const HALF_MASK: u64 = (1 << HALF_BITS) - 1;
const ROUNDS: u8 = 10;

/// The server's cursor secret: 32 random bytes, kept in the database.
pub struct CursorKey(hmac::Key);

impl std::fmt::Debug for CursorKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CursorKey(..)")
    }
}

/// Where a cursor says the reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// From the start of the feed.
    Start,
    /// After this feed position.
    After(i64),
}

impl CursorKey {
    /// A key from the stored secret.
    pub fn new(secret: &[u8]) -> Self {
        Self(hmac::Key::new(hmac::HMAC_SHA256, secret))
    }

    fn round(&self, reader: Uuid, round: u8, half: u64) -> u64 {
        let mut msg = [0u8; 16 + 1 + 4];
        msg[..16].copy_from_slice(reader.as_bytes());
        msg[16] = round;
        msg[17..].copy_from_slice(&(half as u32).to_be_bytes());
        let tag = hmac::sign(&self.0, &msg);
        let mut four = [0u8; 4];
        four.copy_from_slice(&tag.as_ref()[..4]);
        u64::from(u32::from_be_bytes(four)) & HALF_MASK
    }

    /// The cursor for `reader` standing after `position` (`Start` is 0).
    pub fn seal(&self, reader: Uuid, position: Position) -> Result<u64> {
        let seq = match position {
            Position::Start => return Ok(0),
            Position::After(seq) => seq,
        };
        let seq = u64::try_from(seq)
            .ok()
            .filter(|s| *s <= SEQ_MASK)
            .ok_or_else(|| Error::Internal(format!("feed position {seq} does not fit a cursor")))?;
        let (mut left, mut right) = (seq >> HALF_BITS, seq & HALF_MASK);
        for r in 0..ROUNDS {
            (left, right) = (right, left ^ self.round(reader, r, right));
        }
        Ok(MARK | (left << HALF_BITS) | right)
    }

    /// Where `cursor` puts `reader`; anything not sealed here for this reader is `Start`.
    pub fn open(&self, reader: Uuid, cursor: u64) -> Position {
        if cursor & !((MARK << 1) - 1) != 0 || cursor & MARK == 0 {
            return Position::Start;
        }
        let block = cursor & (MARK - 1);
        let (mut left, mut right) = (block >> HALF_BITS, block & HALF_MASK);
        for r in (0..ROUNDS).rev() {
            (left, right) = (right ^ self.round(reader, r, left), left);
        }
        let plain = (left << HALF_BITS) | right;
        if plain & !SEQ_MASK != 0 {
            return Position::Start;
        }
        i64::try_from(plain).map_or(Position::Start, Position::After)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> CursorKey {
        CursorKey::new(&[b; 32])
    }

    #[test]
    fn a_cursor_opens_to_where_it_was_sealed_and_only_for_its_reader() {
        let (k, a, b) = (key(1), Uuid::now_v7(), Uuid::now_v7());
        for seq in [1, 2, 3, 1_000, 123_456_789, SEQ_MASK as i64] {
            let c = k.seal(a, Position::After(seq)).unwrap();
            assert!((MARK..MARK << 1).contains(&c), "{c:#x}");
            assert!(i64::try_from(c).is_ok(), "the app keeps cursors in a signed 64-bit column");
            assert_eq!(k.open(a, c), Position::After(seq));
            assert_eq!(k.open(b, c), Position::Start, "another reader's cursor means start");
            assert_eq!(key(2).open(a, c), Position::Start, "another server's cursor means start");
            assert_eq!(k.seal(a, Position::After(seq)).unwrap(), c, "deterministic");
        }
        assert_eq!(k.seal(a, Position::Start).unwrap(), 0);
        assert!(k.seal(a, Position::After(SEQ_MASK as i64 + 1)).is_err());
    }

    #[test]
    fn plain_positions_and_guesses_mean_start() {
        let (k, a) = (key(3), Uuid::now_v7());
        for plain in [0, 1, 2, 17, 1 << 40, MARK - 1, u64::MAX, 1 << 63] {
            assert_eq!(k.open(a, plain), Position::Start, "{plain}");
        }
        let opened = (0..20_000u64)
            .filter(|i| k.open(a, MARK | i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 2) != Position::Start)
            .count();
        assert!(opened <= 2, "{opened} of 20000 guesses opened");
    }

    #[test]
    fn neighbouring_positions_give_unrelated_cursors() {
        let (k, a) = (key(4), Uuid::now_v7());
        let c: Vec<u64> = (1..=64).map(|s| k.seal(a, Position::After(s)).unwrap()).collect();
        let mut sorted = c.clone();
        sorted.sort_unstable();
        assert_ne!(c, sorted, "the order of positions does not show in the cursors");
        for w in c.windows(2) {
            let flipped = (w[0] ^ w[1]).count_ones();
            assert!((12..=50).contains(&flipped), "{flipped} bits differ between neighbours");
        }
    }
}
