//! Compiled modules on disk, keyed by the module's content hash and the engine's
//! configuration: a module is compiled by Cranelift once, and every later process
//! only maps the compiled artifact back in.

use sha2::{Digest, Sha256};
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use wasmtime::{Engine, Module};

/// A SHA-256 content hash.
pub type ContentHash = [u8; 32];

pub(crate) fn content_hash(bytes: &[u8]) -> ContentHash {
    Sha256::digest(bytes).into()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) struct DiskCache {
    dir: PathBuf,
    /// Names the engine build and configuration: artifacts of another wasmtime or
    /// other settings are never loaded, they simply sit under another name.
    engine_tag: String,
    budget: crate::cache_budget::CacheBudget,
}

impl DiskCache {
    pub fn new(dir: &Path, engine: &Engine, max_bytes: u64) -> DiskCache {
        let mut hasher = std::hash::DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        DiskCache {
            dir: dir.join("modules"),
            engine_tag: format!("{:016x}", hasher.finish()),
            budget: crate::cache_budget::CacheBudget::new(max_bytes),
        }
    }

    fn path(&self, hash: &ContentHash) -> PathBuf {
        self.dir.join(format!("{}-{}.cwasm", hex(hash), self.engine_tag))
    }

    /// The compiled module for `wasm`, from the cache when it holds one.
    /// A cache that cannot be read or written costs a compile, never a run.
    pub fn module(&self, engine: &Engine, wasm: &[u8], hash: &ContentHash) -> wasmtime::Result<Module> {
        let path = self.path(hash);
        if path.is_file() {
            // SAFETY: only artifacts this cache wrote (atomically, under a name that
            // includes the engine's compatibility hash) are deserialized; the cache
            // directory is the operator's, not the candidate's.
            match unsafe { Module::deserialize_file(engine, &path) } {
                Ok(module) => {
                    crate::cache_budget::touch(&path);
                    return Ok(module);
                }
                Err(err) => {
                    tracing::warn!(path = %path.display(), "unusable compiled module, recompiling: {err}")
                }
            }
        }
        let module = Module::new(engine, wasm)?;
        if let Err(err) = self.store(&path, &module) {
            tracing::warn!(path = %path.display(), "could not cache the compiled module: {err}");
        }
        Ok(module)
    }

    fn store(&self, path: &Path, module: &Module) -> std::io::Result<()> {
        let bytes = module.serialize().map_err(|e| std::io::Error::other(e.to_string()))?;
        fs::create_dir_all(&self.dir)?;
        // Write beside, then rename: a concurrent reader sees the whole file or none.
        let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
        file.write_all(&bytes)?;
        file.persist(path).map_err(|e| e.error)?;
        self.budget.wrote(&self.dir, bytes.len() as u64);
        Ok(())
    }
}
