//! Submissions read from disk: a file, or a folder holding one multi-file
//! submission.

use crate::language::Language;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

/// One submission: its sources, all in one language.
#[derive(Clone, Debug)]
pub struct Submission {
    /// How the submission is named in reports (the path as given).
    pub name: String,
    pub language: Language,
    pub files: Vec<SourceFile>,
}

/// One source file of a submission.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path inside the submission's folder, or the file's own name.
    pub name: String,
    pub text: String,
}

impl Submission {
    /// A submission of one file held in memory.
    pub fn from_text(name: impl Into<String>, language: Language, text: impl Into<String>) -> Submission {
        let name = name.into();
        Submission {
            files: vec![SourceFile {
                name: name.clone(),
                text: text.into(),
            }],
            name,
            language,
        }
    }

    /// Reads the submission at `path`: a file, or every source file under a
    /// folder (other files, such as a README or test data, are left out). The
    /// language is `language` when given, else the one the extensions name.
    /// Errors name the file or folder at fault.
    pub fn read(path: &Path, language: Option<Language>) -> anyhow::Result<Submission> {
        let metadata = std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
        let name = path.display().to_string();
        if !metadata.is_dir() {
            let language = match language {
                Some(language) => language,
                None => Language::from_path(path).with_context(|| {
                    format!(
                        "{}: cannot tell the language from the file's extension; name it with --lang ({})",
                        path.display(),
                        Language::ids()
                    )
                })?,
            };
            let text = read_text(path)?;
            let file_name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| name.clone());
            return Ok(Submission {
                name,
                language,
                files: vec![SourceFile { name: file_name, text }],
            });
        }
        let mut paths = Vec::new();
        walk(path, &mut paths)?;
        paths.sort();
        let language = match language {
            Some(language) => language,
            None => folder_language(path, &paths)?,
        };
        let files = paths
            .iter()
            .filter(|file| language.accepts(file))
            .map(|file| {
                Ok(SourceFile {
                    name: file.strip_prefix(path).unwrap_or(file).display().to_string(),
                    text: read_text(file)?,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        if files.is_empty() {
            bail!("{}: the folder holds no {language} source file", path.display());
        }
        Ok(Submission { name, language, files })
    }
}

fn read_text(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    // A stray non-UTF-8 byte (a Latin-1 comment) should not stop a comparison.
    Ok(String::from_utf8(bytes).unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned()))
}

/// Every file under `dir`, hidden files and folders left out.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("cannot read folder {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read folder {}", dir.display()))?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// The one language a folder's sources are in (headers go with C or C++).
fn folder_language(dir: &Path, paths: &[PathBuf]) -> anyhow::Result<Language> {
    let mut found: Vec<Language> = paths
        .iter()
        .filter(|p| p.extension().and_then(|e| e.to_str()) != Some("h"))
        .filter_map(|p| Language::from_path(p))
        .collect();
    found.sort();
    found.dedup();
    match found.as_slice() {
        [language] => Ok(*language),
        [] if paths.iter().any(|p| Language::from_path(p).is_some()) => Ok(Language::C),
        [] => bail!(
            "{}: the folder holds no source file of a known language ({})",
            dir.display(),
            Language::ids()
        ),
        several => bail!(
            "{}: the folder holds sources in several languages ({}); name one with --lang",
            dir.display(),
            several.iter().map(|l| l.id()).collect::<Vec<_>>().join(", ")
        ),
    }
}
