//! A problem package, read into one model whatever its layout: oa's own
//! (`problem.toml`, see docs/problem-format.md) or the Kattis / ICPC package format.
//! Loading only reads files; nothing is compiled or run here.

mod kattis;
mod oa;

use crate::compare::Compare;
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

/// How the judge talks to a package's checker, interactor or validator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// oa's own (docs/problem-format.md). Checker: `checker input answer output`,
    /// exit 0 accepted (a last stdout line `score=x` gives partial credit), 1
    /// wrong; interactor: `interactor input answer`, same exit codes; validator:
    /// input on stdin, exit 0 valid.
    Oa,
    /// The Kattis / ICPC one. Output validator: `validator input answer
    /// feedback_dir [flags]` with the output on stdin (an interactor has the
    /// submission's stdout as stdin and its stdout is the submission's stdin),
    /// exit 42 accepted, 43 wrong, `feedback_dir/score.txt` and
    /// `judgemessage.txt` read back; input validator: input on stdin, flags as
    /// arguments, exit 42 valid.
    Kattis,
}

impl Protocol {
    /// The exit codes that mean accepted (or valid) and wrong (or invalid).
    pub fn exit_codes(self) -> (i32, i32) {
        match self {
            Protocol::Oa => (0, 1),
            Protocol::Kattis => (42, 43),
        }
    }
}

/// A program of the package that judges (checker, interactor, input validator).
#[derive(Clone, Debug, PartialEq)]
pub struct Tool {
    pub program: ProgramRef,
    pub protocol: Protocol,
    /// Arguments for every test (Kattis `validator_flags`); a test's own come after.
    pub args: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Checker {
    Builtin(Compare),
    Custom(Tool),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// The time limit. When `time_from_solutions` is set, the package gave none
    /// and this is only a placeholder.
    pub time_seconds: f64,
    /// Kattis legacy packages without a `.timelimit` file: the limit is this
    /// multiple of the slowest accepted solution's time (problemtools' rule).
    pub time_from_solutions: Option<f64>,
    pub memory_mib: u64,
    pub output_mib: u64,
    /// Per-language time multipliers that replace the language's own.
    pub multipliers: BTreeMap<String, f64>,
}

/// The group of the tests candidates are shown (oa's `tests/sample`, Kattis'
/// `data/sample`): every other test is hidden, and no hidden test may carry
/// this name.
pub const SAMPLE_GROUP: &str = "sample";

/// A test as written in the package, or to be made by the generator.
#[derive(Clone, Debug, PartialEq)]
pub struct Test {
    pub name: String,
    pub group: String,
    pub source: TestSource,
    /// Extra arguments for the checker or interactor on this test (Kattis
    /// `output_validator_flags` of its group). With the built-in checker they
    /// are the Kattis default validator's flags and replace the problem's.
    pub checker_args: Vec<String>,
    /// Extra arguments for the input validators (Kattis `input_validator_flags`).
    pub validator_args: Vec<String>,
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
    /// A test of an SQL problem: the data (INSERTs) run after the schema; the
    /// answer is the first accepted query's result on that database.
    Query {
        data: PathBuf,
    },
}

/// The language id of SQL queries, the only answers an SQL problem takes.
pub const SQL_LANGUAGE: &str = "sql";

/// What a problem asks candidates for.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// A program that reads the test's input on stdin and writes its answer.
    Code,
    /// One SQL query, run read-only on a fresh database made of `schema`
    /// (CREATE TABLE ...) and each test's data; its result is compared with
    /// the built-in [`crate::sql::SqlCompare`] the problem's checker holds.
    Sql { schema: PathBuf },
}

/// What a reference solution must get.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expected {
    /// Exactly this verdict.
    Verdict(Verdict),
    /// Any verdict but AC (Kattis `rejected/`).
    Rejected,
}

impl Expected {
    pub fn allows(self, verdict: Verdict) -> bool {
        match self {
            Expected::Verdict(expected) => expected == verdict,
            Expected::Rejected => verdict != Verdict::Ac,
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Verdict(verdict) => write!(f, "{verdict}"),
            Expected::Rejected => f.write_str("not AC"),
        }
    }
}

/// A reference solution and the verdict it must get.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub program: ProgramRef,
    pub expected: Expected,
    /// The score it must get, on a scored problem (as a fraction of the maximum).
    pub expected_score: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub dir: PathBuf,
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub limits: Limits,
    pub checker: Checker,
    pub interactor: Option<Tool>,
    /// Kattis multi-pass problems: the most passes a test may take. Each pass
    /// runs the submission with its checker (or interactor); one that accepts
    /// and writes `nextpass.in` in its feedback directory starts another pass
    /// on that input. `None`: one pass.
    pub multi_pass: Option<u32>,
    /// Input validators: every test input must pass each.
    pub validators: Vec<Tool>,
    /// Input validators oa cannot run (Kattis checktestdata `.ctd` and VIVA
    /// `.viva` scripts): the inputs are not validated by them.
    pub validators_not_run: Vec<PathBuf>,
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

impl Test {
    /// Whether candidates may see this test.
    pub fn is_sample(&self) -> bool {
        self.group == SAMPLE_GROUP
    }
}

/// Whether `dir` is a problem package: it holds a `problem.toml` (oa's
/// format) or a `problem.yaml` (Kattis').
pub fn is_package(dir: &Path) -> bool {
    dir.join("problem.toml").is_file() || dir.join("problem.yaml").is_file()
}

/// The packages directly inside `dir`, sorted by path: a folder of problems.
pub fn packages_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    // An entry that cannot be read is passed over: one broken folder must
    // not keep the others from being served.
    for entry in std::fs::read_dir(dir)?.flatten() {
        let path = entry.path();
        if path.is_dir() && is_package(&path) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
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
            return kattis::load(dir);
        }
        Err(PackageError::new(
            dir,
            "no problem.toml or problem.yaml here: a problem folder needs one (see docs/problem-format.md)",
        ))
    }

    /// The schema of an SQL problem; `None` for a code problem.
    pub fn schema(&self) -> Option<&Path> {
        match &self.kind {
            Kind::Sql { schema } => Some(schema),
            Kind::Code => None,
        }
    }

    /// Why a submission in `language` cannot be judged on this problem (an SQL
    /// problem takes a query, a code problem a program), or `None`.
    pub fn refuses_language(&self, language: &str) -> Option<String> {
        match (&self.kind, language == SQL_LANGUAGE) {
            (Kind::Sql { .. }, false) => Some(format!(
                "this problem asks for one SQL query: submit it in language `{SQL_LANGUAGE}` (a .sql file), not `{language}`"
            )),
            (Kind::Code, true) => Some(
                "this problem asks for a program that reads stdin and writes stdout: an SQL query cannot answer it"
                    .into(),
            ),
            _ => None,
        }
    }

    /// The first solution expected to be accepted: it answers generated tests.
    pub fn reference(&self) -> Option<&Solution> {
        self.solutions
            .iter()
            .find(|solution| solution.expected == Expected::Verdict(Verdict::Ac))
    }
}

/// A file of a tests folder: the input of a test, as its name and its answer
/// file, or `None` for a file that is not an input. A test without its answer,
/// an answer without its input and a name that is not plain are errors.
pub(crate) fn test_file(path: &Path) -> Result<Option<(String, PathBuf)>, PackageError> {
    let Some(extension) = path.extension().and_then(|e| e.to_str()) else {
        return Ok(None);
    };
    match extension {
        "in" => {
            let answer = path.with_extension("ans");
            if !answer.is_file() {
                return Err(PackageError::new(
                    path,
                    format!("this test has no answer: add {}", answer.display()),
                ));
            }
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !valid_name(&stem) {
                return Err(PackageError::new(
                    path,
                    "rename the test: letters, digits, '-', '_' and '.' only",
                ));
            }
            Ok(Some((stem, answer)))
        }
        "ans" if !path.with_extension("in").is_file() => Err(PackageError::new(
            path,
            format!("this answer has no input: add {}", path.with_extension("in").display()),
        )),
        _ => Ok(None),
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

/// Sorts "2" before "10": runs of digits compare as numbers.
pub(crate) fn natural_key(name: &str) -> Vec<(u8, u128, String)> {
    let mut key = Vec::new();
    let mut rest = name;
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 {
            let (number, tail) = rest.split_at(digits);
            key.push((0, number.parse().unwrap_or(u128::MAX), String::new()));
            rest = tail;
        } else {
            let text = rest.len() - rest.trim_start_matches(|c: char| !c.is_ascii_digit()).len();
            let (word, tail) = rest.split_at(text);
            key.push((1, 0, word.to_string()));
            rest = tail;
        }
    }
    key
}
