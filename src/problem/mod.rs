//! A problem package, read into one model whatever its layout: oa's own
//! (`problem.toml`, see problems/README.md) or, later, Kattis'. Loading only reads
//! files; nothing is compiled or run here.

mod oa;

use crate::checker::Compare;
use crate::grading::{Group, Verdict};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// What is wrong with a package: the file, the line where known, and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl PackageError {
    pub fn new(file: impl Into<PathBuf>, message: impl Into<String>) -> PackageError {
        PackageError {
            file: file.into(),
            line: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for PackageError {}

/// A program of the package (checker, generator, ...): one source file, or a
/// directory holding a multi-file program.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramRef {
    pub path: PathBuf,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Checker {
    Builtin(Compare),
    /// Run as `checker input answer output`; exit 0 accepted, 1 wrong answer.
    Custom(ProgramRef),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    pub time_seconds: f64,
    pub memory_mib: u64,
    pub output_mib: u64,
    /// Per-language time multipliers that replace the language's own.
    pub multipliers: BTreeMap<String, f64>,
}

/// A test as written in the package, or to be made by the generator.
#[derive(Clone, Debug, PartialEq)]
pub struct Test {
    pub name: String,
    pub group: String,
    pub source: TestSource,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TestSource {
    Files {
        input: PathBuf,
        answer: PathBuf,
    },
    /// Input from the generator with these arguments; answer from the first accepted solution.
    Generated {
        args: Vec<String>,
    },
}

/// A reference solution and the verdict it must get.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub program: ProgramRef,
    pub expected: Verdict,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub dir: PathBuf,
    pub id: String,
    pub title: String,
    pub limits: Limits,
    pub checker: Checker,
    pub interactor: Option<ProgramRef>,
    pub validator: Option<ProgramRef>,
    pub generator: Option<ProgramRef>,
    /// Scoring groups; empty for a pass/fail problem.
    pub groups: Vec<Group>,
    /// In judging order: samples first, then the hidden groups by name, each by test name.
    pub tests: Vec<Test>,
    pub solutions: Vec<Solution>,
    pub statement: Option<PathBuf>,
    /// Starter code for the editor, one file per language.
    pub starters: Vec<PathBuf>,
}

impl Problem {
    /// Reads the package in `dir`.
    pub fn load(dir: &Path) -> Result<Problem, PackageError> {
        if !dir.is_dir() {
            return Err(PackageError::new(dir, "not a directory: give the problem's folder"));
        }
        if dir.join("problem.toml").is_file() {
            return oa::load(dir);
        }
        if dir.join("problem.yaml").is_file() {
            return Err(PackageError::new(
                dir.join("problem.yaml"),
                "Kattis problem packages are not read yet; oa reads problem.toml packages (see problems/README.md)",
            ));
        }
        Err(PackageError::new(
            dir,
            "no problem.toml here: a problem folder needs one (see problems/README.md)",
        ))
    }

    /// The first solution expected to be accepted: it answers generated tests.
    pub fn reference(&self) -> Option<&Solution> {
        self.solutions.iter().find(|solution| solution.expected == Verdict::Ac)
    }
}

/// Test and group names become file names in caches and reports: keep them plain.
pub(crate) fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && name != "."
        && name != ".."
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
