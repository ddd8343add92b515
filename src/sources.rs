//! Reading a submission from the command line: files, or a directory of them.

use anyhow::{bail, Context};
use sandbox::{Language, Source, Toolchains};
use std::path::PathBuf;

/// The files named, or the files directly inside a single directory named.
pub fn read(paths: &[PathBuf]) -> anyhow::Result<Vec<Source>> {
    let files: Vec<PathBuf> = if let [dir] = paths {
        if dir.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .with_context(|| format!("cannot read directory {}", dir.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| path.is_file())
                .collect();
            files.sort();
            if files.is_empty() {
                bail!("{}: the directory has no files", dir.display());
            }
            files
        } else {
            paths.to_vec()
        }
    } else {
        paths.to_vec()
    };
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read source file {}", path.display()))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok(Source { name, bytes })
        })
        .collect()
}

/// The language of the sources, from their extensions.
pub fn detect<'a>(toolchains: &'a Toolchains, sources: &[Source]) -> anyhow::Result<&'a Language> {
    for source in sources {
        if let Some(language) = toolchains.detect(&source.name) {
            return Ok(language);
        }
    }
    let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
    bail!(
        "cannot tell the language of {}: use a known extension or --lang (see `oa languages`)",
        names.join(", ")
    )
}
