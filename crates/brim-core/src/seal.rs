//! Bytes sealed under a passphrase, the one way Brim does it: Argon2id
//! derives a 256-bit key from the passphrase and a fresh random salt, and
//! XChaCha20-Poly1305 encrypts and authenticates the bytes under it with a
//! fresh random nonce. The journal's key file (`lock.rs`) and a locked backup
//! (`backup.rs`) both keep what [`seal`] returns, in their own JSON.
//!
//! Argon2id's settings travel with the sealed bytes, so a later Brim can
//! raise them; a file asking for more work than [`Kdf::MAX_MEMORY_KIB`] and
//! [`Kdf::MAX_PASSES`] allow is refused before any work, so a hostile file
//! cannot exhaust a phone's memory.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Argon2id memory per guess, in KiB (64 MiB): the floor OWASP gives for
/// Argon2id, and what makes guessing on a graphics card expensive.
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
/// Argon2id passes over that memory. Chosen so unlocking takes well under a
/// second on a 2-core machine (see BENCHMARKS.md); stored per key file, so a
/// later Brim can raise it when the passphrase next changes.
pub const ARGON2_PASSES: u32 = 3;
/// Argon2id lanes. One: the argon2 crate runs lanes one after another anyway.
pub const ARGON2_LANES: u32 = 1;

const ALGORITHM: &str = "argon2id";
const SALT_BYTES: usize = 16;
const NONCE_BYTES: usize = 24;

/// Argon2id's settings for one sealed thing. The field names are those of
/// the key files already on people's phones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Kdf {
    pub algorithm: String,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
    /// Hex.
    pub salt: String,
}

impl Kdf {
    /// The most memory a file may ask for: 256 MiB, four times Brim's own.
    pub const MAX_MEMORY_KIB: u32 = 4 * ARGON2_MEMORY_KIB;
    /// The most passes a file may ask for: four times Brim's own.
    pub const MAX_PASSES: u32 = 4 * ARGON2_PASSES;
    const MAX_LANES: u32 = 8;

    /// Brim's settings with a fresh salt.
    fn fresh() -> Result<Kdf> {
        Ok(Kdf {
            algorithm: ALGORITHM.into(),
            memory_kib: ARGON2_MEMORY_KIB,
            passes: ARGON2_PASSES,
            lanes: ARGON2_LANES,
            salt: to_hex(&random::<SALT_BYTES>()?[..]),
        })
    }

    /// The key these settings derive from `passphrase`, or why not.
    fn derive(&self, passphrase: &str) -> std::result::Result<Zeroizing<[u8; 32]>, Unsealable> {
        if self.algorithm != ALGORITHM {
            return Err(Unsealable::Damaged);
        }
        if self.memory_kib > Self::MAX_MEMORY_KIB
            || self.passes > Self::MAX_PASSES
            || self.lanes > Self::MAX_LANES
        {
            return Err(Unsealable::TooMuchWork);
        }
        let salt = from_hex(&self.salt).ok_or(Unsealable::Damaged)?;
        let params = Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|_| Unsealable::Damaged)?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), &salt, &mut out[..])
            .map_err(|_| Unsealable::Damaged)?;
        Ok(out)
    }
}

/// Sealed bytes and everything needed to open them, but the passphrase.
#[derive(Debug, Clone)]
pub(crate) struct Sealed {
    pub kdf: Kdf,
    pub nonce: [u8; NONCE_BYTES],
    pub ciphertext: Vec<u8>,
}

/// Why sealed bytes did not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unsealable {
    /// The authentication tag failed: a different passphrase (or bytes
    /// changed since sealing, which cannot be told apart from it).
    WrongPassphrase,
    /// The settings or lengths are not ones Brim writes.
    Damaged,
    /// The settings ask for more memory or passes than Brim allows.
    TooMuchWork,
}

/// `plain` sealed under `passphrase`, with `context` bound in (so bytes
/// sealed as one kind of thing never open as another).
pub(crate) fn seal(plain: &[u8], passphrase: &str, context: &[u8]) -> Result<Sealed> {
    let kdf = Kdf::fresh()?;
    let nonce = random::<NONCE_BYTES>()?;
    // Fresh settings Brim chose itself always derive.
    let key = kdf.derive(passphrase).map_err(|_| Error::NoRandomness)?;
    let ciphertext = XChaCha20Poly1305::new(Key::from_slice(&key[..]))
        .encrypt(XNonce::from_slice(&nonce[..]), Payload { msg: plain, aad: context })
        .map_err(|_| Error::NoRandomness)?;
    Ok(Sealed { kdf, nonce: *nonce, ciphertext })
}

/// The bytes [`seal`] sealed, if `passphrase` and `context` are the ones it
/// was given. The work is Argon2id's, once.
pub(crate) fn open(
    sealed: &Sealed,
    passphrase: &str,
    context: &[u8],
) -> std::result::Result<Zeroizing<Vec<u8>>, Unsealable> {
    let key = sealed.kdf.derive(passphrase)?;
    XChaCha20Poly1305::new(Key::from_slice(&key[..]))
        .decrypt(XNonce::from_slice(&sealed.nonce), Payload { msg: &sealed.ciphertext, aad: context })
        .map(Zeroizing::new)
        .map_err(|_| Unsealable::WrongPassphrase)
}

/// A nonce read back from hex, if it is one.
pub(crate) fn nonce_from_hex(text: &str) -> Option<[u8; NONCE_BYTES]> {
    from_hex(text)?.try_into().ok()
}

/// `N` bytes from the operating system's random source, wiped when dropped.
pub(crate) fn random<const N: usize>() -> Result<Zeroizing<[u8; N]>> {
    let mut bytes = Zeroizing::new([0u8; N]);
    getrandom::fill(&mut bytes[..]).map_err(|_| Error::NoRandomness)?;
    Ok(bytes)
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

pub(crate) fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| text.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_what_is_not_hex() {
        let bytes = random::<32>().unwrap();
        assert_eq!(from_hex(&to_hex(&bytes[..])).unwrap(), bytes.to_vec());
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
        assert_eq!(nonce_from_hex(&to_hex(&[7u8; 23])), None);
    }

    #[test]
    fn sealed_bytes_open_only_with_their_passphrase_and_context() {
        let sealed = seal(b"the words", "blue kettle", b"test v1").unwrap();
        assert_eq!(sealed.ciphertext.len(), b"the words".len() + 16, "the tag and nothing else");
        assert_eq!(&open(&sealed, "blue kettle", b"test v1").unwrap()[..], b"the words");
        assert_eq!(open(&sealed, "blue kettlE", b"test v1").unwrap_err(), Unsealable::WrongPassphrase);
        assert_eq!(open(&sealed, "blue kettle", b"test v2").unwrap_err(), Unsealable::WrongPassphrase);

        // Two seals of the same bytes share no salt, nonce or ciphertext.
        let again = seal(b"the words", "blue kettle", b"test v1").unwrap();
        assert_ne!(again.kdf.salt, sealed.kdf.salt);
        assert_ne!(again.nonce, sealed.nonce);
        assert_ne!(again.ciphertext, sealed.ciphertext);

        let mut flipped = sealed.clone();
        flipped.ciphertext[0] ^= 1;
        assert_eq!(open(&flipped, "blue kettle", b"test v1").unwrap_err(), Unsealable::WrongPassphrase);
    }

    #[test]
    fn settings_asking_too_much_are_refused_before_any_work() {
        let sealed = seal(b"x", "blue kettle", b"t").unwrap();
        for (memory_kib, passes) in [(Kdf::MAX_MEMORY_KIB + 1, ARGON2_PASSES), (ARGON2_MEMORY_KIB, 1_000)] {
            let mut greedy = sealed.clone();
            greedy.kdf.memory_kib = memory_kib;
            greedy.kdf.passes = passes;
            assert_eq!(open(&greedy, "blue kettle", b"t").unwrap_err(), Unsealable::TooMuchWork);
        }
        let mut other = sealed.clone();
        other.kdf.algorithm = "scrypt".into();
        assert_eq!(open(&other, "blue kettle", b"t").unwrap_err(), Unsealable::Damaged);
        let mut other = sealed;
        other.kdf.salt = "not hex".into();
        assert_eq!(open(&other, "blue kettle", b"t").unwrap_err(), Unsealable::Damaged);
    }
}
