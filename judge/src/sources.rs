//! Reading a program's sources from disk (files, or a directory of them) and
//! building them into a module with the language's toolchain.

use anyhow::{anyhow, bail, Context};
use sandbox::{BuildError, Executable, Language, Sandbox, Source, Toolchains};
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

/// Builds the program in `paths`, in language `lang` or the one its extensions
/// name. The outer error is the host's or the caller's (unreadable files, an
/// unknown language, a toolchain missing); the inner one is the program's (CE).
pub fn build(
    sandbox: &Sandbox,
    toolchains: &Toolchains,
    paths: &[PathBuf],
    lang: Option<&str>,
) -> anyhow::Result<Result<Executable, BuildError>> {
    let mut sources = read(paths)?;
    let language = match lang {
        Some(id) => toolchains
            .language(id)
            .map_err(|err| anyhow!("{err}; see `oa languages`"))?,
        None => detect(toolchains, &sources)?,
    };
    // A program's folder may hold more than its sources (a README, a build
    // script, a checker's test data): only the language's own files are built.
    if matches!(paths, [dir] if dir.is_dir()) {
        sources.retain(|source| language.accepts(&source.name));
    }
    match toolchains.build(sandbox, language, &sources) {
        Ok(executable) => Ok(Ok(executable)),
        Err(err) if err.is_compile_error() => Ok(Err(err)),
        Err(err) => Err(err.into()),
    }
}
