//! The workbench: what judging needs on one machine. The sandbox, the
//! language toolchains and the cache of compiled modules, builds and generated
//! tests, made once per process and shared by every judgement.

use crate::judge::Judge;
use anyhow::Context;
use sandbox::{Sandbox, Toolchains};
use std::path::PathBuf;

/// What judging needs on this machine: the sandbox, the language toolchains
/// and the cache of modules, builds and generated tests.
pub struct Workbench {
    pub sandbox: Sandbox,
    pub toolchains: Toolchains,
    pub cache: PathBuf,
}

impl Workbench {
    /// The sandbox and toolchains, with everything built kept under `cache`.
    pub fn new(cache: PathBuf) -> anyhow::Result<Workbench> {
        let sandbox = Sandbox::new(sandbox::SandboxConfig {
            cache_dir: Some(cache.clone()),
            cache_max_bytes: crate::paths::cache_max_bytes(),
            ..sandbox::SandboxConfig::default()
        })
        .context("cannot start the sandbox")?;
        let toolchains =
            Toolchains::new(crate::paths::toolchains_dir(), &cache).with_cache_limit(crate::paths::cache_max_bytes());
        Ok(Workbench {
            sandbox,
            toolchains,
            cache,
        })
    }

    /// The workbench of the command line: oa's own cache directory.
    pub fn local() -> anyhow::Result<Workbench> {
        Workbench::new(crate::paths::cache_dir())
    }

    pub fn judge(&self) -> Judge<'_> {
        Judge {
            sandbox: &self.sandbox,
            toolchains: &self.toolchains,
            cache: self.cache.clone(),
        }
    }
}
