//! Problem versions by content hash: a package folder becomes a stored version
//! (its files hashed and kept in the database), and a version becomes a folder
//! again wherever it is needed (the server's statements, any worker's judging),
//! written once per machine under the cache and loaded once per process.

use crate::store::problems::{self, NewVersion};
use crate::store::Store;
use anyhow::{bail, Context};
use judge::problem::Problem;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Largest package accepted into the database.
const MAX_PACKAGE_BYTES: u64 = 256 << 20;

/// A package folder imported into the store.
#[derive(Debug)]
pub struct Imported {
    pub problem_id: String,
    pub hash: String,
    /// False when this exact version was already stored.
    pub new: bool,
}

pub struct Catalog {
    store: Store,
    /// Where versions are written out: `<dir>/<hash>/<problem id>/`.
    dir: PathBuf,
    loaded: Mutex<HashMap<String, Arc<Problem>>>,
}

impl Catalog {
    pub fn new(store: Store, cache: &Path) -> Catalog {
        Catalog {
            store,
            dir: cache.join("packages"),
            loaded: Mutex::default(),
        }
    }

    /// Imports every package folder in `dir` (each one holding a problem.toml or
    /// problem.yaml). A package that does not load is reported and skipped: one
    /// broken problem must not keep the others from being served.
    pub async fn import_dir(&self, dir: &Path) -> anyhow::Result<(Vec<Imported>, Vec<String>)> {
        let folders = judge::problem::packages_in(dir)
            .with_context(|| format!("cannot read the problems folder {}", dir.display()))?;
        let (mut imported, mut skipped) = (Vec::new(), Vec::new());
        for folder in folders {
            match self.import(&folder).await {
                Ok(done) => imported.push(done),
                Err(err) => skipped.push(format!("{err:#}")),
            }
        }
        Ok((imported, skipped))
    }

    /// Stores the package in `folder` as a version (unless already stored) and
    /// makes it its problem's current version.
    pub async fn import(&self, folder: &Path) -> anyhow::Result<Imported> {
        let folder = folder.to_path_buf();
        let (problem, hash, files) = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let problem = Problem::load(&folder)?;
            let files = read_package(&folder)?;
            Ok((problem, hash_files(&files), files))
        })
        .await??;
        let new = problems::publish(
            &self.store,
            &NewVersion {
                hash: &hash,
                problem_id: &problem.id,
                title: &problem.title,
                max_score: judge::grading::max_score(&problem.groups),
                files: &files,
            },
        )
        .await?;
        Ok(Imported {
            problem_id: problem.id,
            hash,
            new,
        })
    }

    /// The problem of version `hash`, written out from the store if this machine
    /// does not have it yet.
    pub async fn problem(&self, hash: &str) -> anyhow::Result<Arc<Problem>> {
        if let Some(problem) = self.loaded.lock().expect("catalog").get(hash) {
            return Ok(problem.clone());
        }
        // The hash names a folder on this machine: it must be one, not a path.
        if hash.len() != 64 || !hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            bail!("`{hash}` is not a problem version (64 hexadecimal digits)");
        }
        let root = self.dir.join(hash);
        if !root.join(COMPLETE).is_file() {
            let mut files = problems::files(&self.store, hash).await?;
            // In the order the hash was taken in (a database may collate paths otherwise).
            files.sort();
            let Some(version) = problems_version(&self.store, hash).await? else {
                bail!("no problem version {hash} in the database");
            };
            let (root, dir) = (root.clone(), self.dir.clone());
            tokio::task::spawn_blocking(move || write_package(&dir, &root, &version, &files)).await??;
        }
        let root2 = root.clone();
        let problem = tokio::task::spawn_blocking(move || -> anyhow::Result<Problem> {
            let folder = std::fs::read_to_string(root2.join(COMPLETE))?;
            Ok(Problem::load(&root2.join(folder.trim()))?)
        })
        .await??;
        let problem = Arc::new(problem);
        self.loaded
            .lock()
            .expect("catalog")
            .insert(hash.to_string(), problem.clone());
        Ok(problem)
    }
}

/// Written last in a version's folder: its presence means every file is there.
/// It holds the name of the problem's folder.
const COMPLETE: &str = ".complete";

async fn problems_version(store: &Store, hash: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT problem_id FROM problem_versions WHERE hash = $1")
        .bind(hash)
        .fetch_optional(&store.pool)
        .await
}

/// Writes the files under a staging folder, then renames it into place, so a
/// crash or a concurrent writer never leaves a half-written version.
fn write_package(dir: &Path, root: &Path, problem_id: &str, files: &[(String, Vec<u8>)]) -> anyhow::Result<()> {
    // What the database holds is checked like any input: a problem id is one
    // plain folder name, and the files must be the version their hash names.
    if safe_relative(problem_id)?.components().count() != 1 {
        bail!("the stored problem id `{problem_id}` is not a plain folder name");
    }
    let expected = root
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if hash_files(files) != expected {
        bail!("the stored files of problem version {expected} do not have that hash: the database was altered");
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let staging = tempfile::tempdir_in(dir)?;
    // The folder's name is the problem's id, as Problem::load expects.
    let folder = staging.path().join(problem_id);
    for (path, content) in files {
        let relative = safe_relative(path)?;
        let target = folder.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, content).with_context(|| format!("cannot write {}", target.display()))?;
    }
    std::fs::write(staging.path().join(COMPLETE), problem_id)?;
    match std::fs::rename(staging.keep(), root) {
        Ok(()) => Ok(()),
        // Another process wrote the same version first: theirs is as good.
        Err(_) if root.join(COMPLETE).is_file() => Ok(()),
        Err(err) => Err(err).with_context(|| format!("cannot move the package into {}", root.display())),
    }
}

/// A stored path, refused unless it stays inside the package.
fn safe_relative(path: &str) -> anyhow::Result<&Path> {
    let relative = Path::new(path);
    if path.is_empty() || !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        bail!("the stored package holds the path `{path}`, which leads out of its folder");
    }
    Ok(relative)
}

/// Every file of the package, by path relative to it (with `/`), sorted. Hidden
/// files and folders (`.git`, editor files) are not part of a package.
pub fn read_package(folder: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let mut total = 0u64;
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let dir = folder.join(&relative);
        for entry in std::fs::read_dir(&dir).with_context(|| format!("cannot read {}", dir.display()))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let kind = entry.file_type()?;
            let path = relative.join(&name);
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() {
                let content = std::fs::read(entry.path())?;
                total += content.len() as u64;
                if total > MAX_PACKAGE_BYTES {
                    bail!(
                        "{}: the package is larger than {} MiB; generate large tests with [[generate]] instead of storing them",
                        folder.display(),
                        MAX_PACKAGE_BYTES >> 20
                    );
                }
                let path = path
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                files.push((path, content));
            } else {
                bail!(
                    "{}: packages hold plain files and folders only; replace the link with the file",
                    entry.path().display()
                );
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The version's hash: SHA-256 over every path and content, length-prefixed so
/// that no two different packages can run together into the same bytes.
pub fn hash_files(files: &[(String, Vec<u8>)]) -> String {
    let mut hasher = Sha256::new();
    for (path, content) in files {
        hasher.update((path.len() as u64).to_le_bytes());
        hasher.update(path.as_bytes());
        hasher.update((content.len() as u64).to_le_bytes());
        hasher.update(content);
    }
    crate::secret::hex(&hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_depends_on_paths_and_contents() {
        let a = vec![("a".to_string(), b"1".to_vec())];
        let b = vec![("b".to_string(), b"1".to_vec())];
        let c = vec![("a".to_string(), b"2".to_vec())];
        assert_ne!(hash_files(&a), hash_files(&b));
        assert_ne!(hash_files(&a), hash_files(&c));
        assert_eq!(hash_files(&a), hash_files(&a.clone()));
    }

    #[test]
    fn a_stored_version_is_written_only_as_what_its_hash_names() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![("problem.toml".to_string(), b"title = \"x\"\n".to_vec())];
        let root = dir.path().join(hash_files(&files));
        for id in ["/tmp/elsewhere", "../up", "a/b", ".."] {
            assert!(write_package(dir.path(), &root, id, &files).is_err(), "{id}");
        }
        let altered = vec![("problem.toml".to_string(), b"title = \"y\"\n".to_vec())];
        let err = write_package(dir.path(), &root, "x", &altered).unwrap_err();
        assert!(err.to_string().contains("do not have that hash"), "{err}");
        assert!(!root.exists());
        write_package(dir.path(), &root, "x", &files).unwrap();
        assert!(root.join("x/problem.toml").is_file());
    }

    #[test]
    fn stored_paths_stay_inside() {
        assert!(safe_relative("tests/sample/1.in").is_ok());
        for bad in ["../x", "/etc/passwd", "a/../../b", ""] {
            assert!(safe_relative(bad).is_err(), "{bad}");
        }
    }
}
