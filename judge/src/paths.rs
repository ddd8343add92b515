//! Where oa keeps what it builds: compiled modules, builds, generated tests
//! and toolchains. All of it can be rebuilt.

use std::path::PathBuf;

/// `$XDG_CACHE_HOME`, else `~/.cache`, else the temporary directory.
pub fn user_cache() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    match std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        Some(home) => PathBuf::from(home).join(".cache"),
        None => std::env::temp_dir(),
    }
}

/// The cache of compiled modules and builds: `$OA_CACHE_DIR`, else `oa/` in the
/// user's cache directory. Created on demand by whoever writes to it.
pub fn cache_dir() -> PathBuf {
    match std::env::var_os("OA_CACHE_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => user_cache().join("oa"),
    }
}

/// The most each of the two caches under [`cache_dir`] (builds, compiled
/// modules) may take: `$OA_CACHE_MAX_MB` mebibytes, else 2 GiB. The least
/// recently used entries are removed first.
pub fn cache_max_bytes() -> u64 {
    std::env::var("OA_CACHE_MAX_MB")
        .ok()
        .and_then(|mb| mb.trim().parse::<u64>().ok())
        .map_or(sandbox::cache_budget::DEFAULT_MAX_BYTES, |mb| mb << 20)
}

/// The toolchains directory (see [`sandbox::Toolchains::default_dir`]).
pub fn toolchains_dir() -> PathBuf {
    sandbox::Toolchains::default_dir()
}
