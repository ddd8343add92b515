//! Where oa keeps what it builds: compiled modules and, later, its data.

use std::path::PathBuf;

/// The cache directory: `$OA_CACHE_DIR`, else `$XDG_CACHE_HOME/oa`, else `~/.cache/oa`.
/// Created on demand by whoever writes to it.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("OA_CACHE_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("oa");
    }
    match std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        Some(home) => PathBuf::from(home).join(".cache").join("oa"),
        None => std::env::temp_dir().join("oa-cache"),
    }
}

/// The toolchains directory: `$OA_TOOLCHAINS`, else `toolchains/` in the cache
/// directory (where `./dev setup` installs them).
pub fn toolchains_dir() -> PathBuf {
    match std::env::var_os("OA_TOOLCHAINS").filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => cache_dir().join("toolchains"),
    }
}
