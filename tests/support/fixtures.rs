//! Fixture packages copied into a temporary folder, for tests that break them.

use std::path::{Path, PathBuf};

/// Copies the folder `from` into `to` (as `to/<from's name>`) and returns the copy.
pub fn copy(from: &Path, to: &Path) -> PathBuf {
    let target = to.join(from.file_name().unwrap());
    let mut stack = vec![(from.to_path_buf(), target.clone())];
    while let Some((src, dst)) = stack.pop() {
        std::fs::create_dir_all(&dst).unwrap();
        for entry in std::fs::read_dir(&src).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.is_dir() {
                stack.push((path, dst.join(entry.file_name())));
            } else {
                std::fs::copy(&path, dst.join(entry.file_name())).unwrap();
            }
        }
    }
    target
}
