//! Where oa keeps what it builds: compiled modules, builds, toolchains.

use std::path::PathBuf;

/// `$XDG_CACHE_HOME`, else `~/.cache`, else the temporary directory.
fn user_cache() -> PathBuf {
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

/// Where the service keeps its data (the default SQLite database):
/// `$OA_DATA_DIR`, else `oa/` in `$XDG_DATA_HOME`, else `~/.local/share/oa`.
/// Unlike the cache, nothing here can be rebuilt: it holds the submissions.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("OA_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("oa");
    }
    match std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        Some(home) => PathBuf::from(home).join(".local/share/oa"),
        None => std::env::temp_dir().join("oa-data"),
    }
}

/// The toolchains directory (see [`sandbox::Toolchains::default_dir`]).
pub fn toolchains_dir() -> PathBuf {
    sandbox::Toolchains::default_dir()
}
