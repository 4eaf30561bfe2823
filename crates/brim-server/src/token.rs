//! Secrets: 256-bit device tokens and invite codes, both stored only as
//! SHA-256 hashes, and the clock.

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| Error::Internal(format!("no randomness: {e}")))?;
    Ok(buf)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh device token: 32 random bytes, hex, with a recognisable prefix.
pub fn new_device_token() -> Result<String> {
    Ok(format!("brim_{}", hex(&random_bytes::<32>()?)))
}

/// The hash a token or invite code is stored and looked up by.
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Crockford's base32 alphabet: no I, L, O or U, so codes read aloud well.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh invite code like `7KQ2-M9XD-H4TB-P8RC` (80 bits).
pub fn new_invite_code() -> Result<String> {
    let bytes = random_bytes::<16>()?;
    let chars: Vec<char> = bytes.iter().map(|b| CODE_ALPHABET[usize::from(b % 32)] as char).collect();
    Ok(chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
}

/// An invite code as typed by a person, reduced to what identifies it:
/// case, spaces and dashes do not matter, and easily confused letters are read
/// as the digits they look like.
pub fn normalise_invite_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// Now, as RFC 3339 in UTC with milliseconds.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
