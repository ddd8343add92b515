//! Bearer tokens: made from the operating system's random source, stored only
//! as their SHA-256, compared in constant time.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// API tokens (admins, authors, graders) start with this.
pub const API_PREFIX: &str = "oa_api_";
/// Candidates' invitation tokens start with this.
pub const INVITATION_PREFIX: &str = "oa_inv_";

/// A new token: the prefix, then 256 random bits in hex. The prefix tells a
/// leaked token's kind at a glance (and to secret scanners).
pub fn new_token(prefix: &str) -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|err| anyhow::anyhow!("the system's random source failed: {err}"))?;
    Ok(format!("{prefix}{}", hex(&bytes)))
}

/// What is stored of a token. Tokens carry 256 bits of entropy, so a plain
/// SHA-256 (no salt, no stretching) cannot be reversed, and it can be looked up.
pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether two hashes are equal, in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_distinct_and_hash_stably() {
        let a = new_token(API_PREFIX).unwrap();
        let b = new_token(API_PREFIX).unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(API_PREFIX) && a.len() == API_PREFIX.len() + 64);
        assert!(same(&hash(&a), &hash(&a)));
        assert!(!same(&hash(&a), &hash(&b)));
        assert!(!same("ab", "abc"));
    }
}
