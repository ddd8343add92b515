//! Keeps a cache directory under a size: what was used least recently goes first.
//!
//! Builds and compiled modules are cached so that the same submission is never
//! compiled twice, but every new submission adds to them, and a candidate who
//! submits in a loop must not fill the disk. Each entry (a file or a folder
//! directly in the cache directory) is dated by its modification time, which a
//! use refreshes ([`touch`]); when the directory grows past its budget, the
//! oldest entries are removed until it is back under nine tenths of it. An entry
//! younger than [`MIN_AGE`] is never removed: it may be a build still being
//! written, or a script an interpreter is reading.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Entries younger than this are never removed.
pub const MIN_AGE: Duration = Duration::from_secs(600);

/// The default budget of each cache directory (builds, compiled modules).
pub const DEFAULT_MAX_BYTES: u64 = 2 << 30;

/// The budget of one cache directory, and what was written to it since it was
/// last measured.
#[derive(Debug)]
pub struct CacheBudget {
    max_bytes: u64,
    written: AtomicU64,
}

impl CacheBudget {
    pub fn new(max_bytes: u64) -> CacheBudget {
        // The first write measures the directory: it may have grown in another process.
        CacheBudget {
            max_bytes,
            written: AtomicU64::new(max_bytes),
        }
    }

    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
    }

    /// Notes `bytes` newly written under `dir`; prunes `dir` once a sixteenth of
    /// the budget has been written since the last time, so that measuring a
    /// large directory is rare.
    pub fn wrote(&self, dir: &Path, bytes: u64) {
        let total = self.written.fetch_add(bytes, Ordering::Relaxed) + bytes;
        if total < self.max_bytes / 16 {
            return;
        }
        self.written.store(0, Ordering::Relaxed);
        match prune(dir, self.max_bytes, MIN_AGE) {
            Ok(pruned) if pruned.removed > 0 => tracing::info!(
                dir = %dir.display(),
                removed = pruned.removed,
                removed_bytes = pruned.removed_bytes,
                kept_bytes = pruned.kept_bytes,
                "cache pruned"
            ),
            Ok(_) => {}
            Err(err) => tracing::warn!(dir = %dir.display(), "cannot prune the cache: {err}"),
        }
    }
}

/// What [`prune`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    pub removed: usize,
    pub removed_bytes: u64,
    pub kept_bytes: u64,
}

/// Marks `path` as just used, so that it is among the last to be removed.
pub fn touch(path: &Path) {
    if let Ok(file) = fs::File::open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Removes the least recently used entries of `dir` older than `min_age` until
/// what is left takes at most nine tenths of `max_bytes`, or nothing old enough
/// is left. Does nothing while the directory is within `max_bytes`.
pub fn prune(dir: &Path, max_bytes: u64, min_age: Duration) -> io::Result<Pruned> {
    let mut entries: Vec<(SystemTime, u64, PathBuf)> = Vec::new();
    let mut total = 0;
    let listing = match fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Pruned::default()),
        Err(err) => return Err(err),
    };
    for entry in listing {
        let entry = entry?;
        let path = entry.path();
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        }; // gone meanwhile
        let size = size_of(&path, &meta);
        total += size;
        entries.push((meta.modified().unwrap_or(SystemTime::UNIX_EPOCH), size, path));
    }
    let mut pruned = Pruned {
        kept_bytes: total,
        ..Pruned::default()
    };
    if total <= max_bytes {
        return Ok(pruned);
    }
    let target = max_bytes / 10 * 9;
    let now = SystemTime::now();
    entries.sort();
    for (modified, size, path) in entries {
        if pruned.kept_bytes <= target {
            break;
        }
        if now.duration_since(modified).unwrap_or_default() < min_age {
            break; // sorted oldest first: the rest are younger still
        }
        let removed = match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => fs::remove_dir_all(&path),
            Ok(_) => fs::remove_file(&path),
            Err(_) => continue,
        };
        if removed.is_ok() {
            pruned.removed += 1;
            pruned.removed_bytes += size;
            pruned.kept_bytes -= size;
        }
    }
    Ok(pruned)
}

/// Bytes under `path` (a file or a folder), following no links.
pub fn size_of_path(path: &Path) -> u64 {
    fs::symlink_metadata(path).map_or(0, |meta| size_of(path, &meta))
}

fn size_of(path: &Path, meta: &fs::Metadata) -> u64 {
    if !meta.is_dir() {
        return meta.len();
    }
    let Ok(listing) = fs::read_dir(path) else { return 0 };
    listing
        .flatten()
        .map(|entry| {
            let path = entry.path();
            fs::symlink_metadata(&path).map_or(0, |meta| size_of(&path, &meta))
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aged(path: &Path, seconds_ago: u64) {
        let file = fs::File::open(path).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(seconds_ago))
            .unwrap();
    }

    #[test]
    fn the_least_recently_used_entries_go_first_and_young_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        for (name, age) in [("old", 3000), ("older", 4000), ("used", 2000), ("new", 0)] {
            let entry = dir.path().join(name);
            fs::create_dir(&entry).unwrap();
            fs::write(entry.join("main.wasm"), vec![0u8; 1000]).unwrap();
            aged(&entry, age);
        }
        // 4000 bytes in a budget of 2500: the two oldest go (down to 2000, under
        // 2250), the one used recently and the new one stay.
        let pruned = prune(dir.path(), 2500, MIN_AGE).unwrap();
        assert_eq!(pruned.removed, 2);
        assert_eq!(pruned.kept_bytes, 2000);
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, ["new", "used"]);
        // Within the budget, nothing is touched.
        assert_eq!(prune(dir.path(), 2500, MIN_AGE).unwrap().removed, 0);
        // Entries younger than the minimum age stay, whatever the budget.
        assert_eq!(prune(dir.path(), 10, Duration::from_secs(86_400)).unwrap().removed, 0);
    }

    #[test]
    fn a_missing_directory_is_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            prune(&dir.path().join("absent"), 1, MIN_AGE).unwrap(),
            Pruned::default()
        );
    }
}
