//! Kattis / ICPC problem packages (`problem.yaml`, `data/`, `output_validators/`,
//! `submissions/`, ...), read as they are in the three versions in use: `legacy`,
//! `2023-07-draft` and `2025-09`. The 2023-07 draft changed names several times
//! (`problem_statement/` became `statement/`, `output_validators/<name>/` became
//! `output_validator/`, `testdata.yaml` became `test_group.yaml`, `*_flags`
//! strings became `*_args` lists); every spelling a version has used is read.
//! What oa's model cannot express (custom graders, `max` aggregation,
//! submit-answer problems, ...) is refused with the file, the field and what to
//! do, rather than judged differently from Kattis.

use super::{
    natural_key, test_file, valid_name, Checker, Expected, Limits, PackageError, Problem, ProgramRef, Protocol,
    Solution, Test, TestSource, Tool, SAMPLE_GROUP,
};
use crate::compare::Compare;
use crate::grading::{Aggregate, Group, Verdict};
use sandbox::Language;
use serde_norway::{Mapping, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The `problem_format_version`s, oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Version {
    Legacy,
    /// `2023-07-draft`, a moving draft: anything from the legacy layout to 2025-09's.
    Draft2023,
    V2025,
}

/// The time limit when the package gives none: only a placeholder, since
/// `Limits::time_from_solutions` then says how to derive the real one.
const PLACEHOLDER_TIME_SECONDS: f64 = 1.0;
/// Kattis' system defaults (the spec's "typical system default", problemtools'
/// `system_default.yaml`), in MiB.
const DEFAULT_MEMORY_MIB: u64 = 2048;
const DEFAULT_OUTPUT_MIB: u64 = 8;
/// Slowest accepted solution's time to time limit: legacy `time_multiplier`,
/// later `time_multipliers.ac_to_time_limit`.
const LEGACY_TIME_MULTIPLIER: f64 = 5.0;
const DRAFT_TIME_MULTIPLIER: f64 = 2.0;
/// The passes a multi-pass test may take unless `limits.validation_passes` says;
/// more than this many multiply judging time beyond reason.
const DEFAULT_VALIDATION_PASSES: u32 = 2;
const MAX_VALIDATION_PASSES: u32 = 1000;
/// What `secret` is worth in 2023-07 and 2025-09 scoring problems unless told.
const DEFAULT_SECRET_SCORE: f64 = 100.0;
/// Deeper than any real test data tree; a guard against symlink loops.
const MAX_DEPTH: usize = 16;

pub(super) fn load(dir: &Path) -> Result<Problem, PackageError> {
    let package = Package::new(dir)?;
    let meta_path = dir.join("problem.yaml");
    let meta_map = read_yaml(&meta_path)?;
    let meta = Yaml::new(&meta_path, &meta_map);
    let version = version(&meta)?;

    let id = package
        .root
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !valid_name(&id) {
        return Err(PackageError::new(
            dir,
            "rename the problem's folder: letters, digits, '-', '_' and '.' only (it is the problem's id)",
        ));
    }
    let kind = kind(&meta, version)?;
    let statement = statement(&package, version)?;
    let title = title(&meta, statement.as_deref())?.unwrap_or_else(|| id.clone());
    let limits = limits(&package, &meta, version)?;
    let multi_pass = validation_passes(&meta, kind.multi_pass)?;

    // Output validator flags of the whole problem: legacy `validator_flags`,
    // dropped by later versions but honoured where a package still has it.
    let problem_flags = meta.words("validator_flags")?.unwrap_or_default();
    let validator = output_validator(&package)?;
    let custom = match kind.validation {
        Some(custom) => custom,
        None => validator.is_some(),
    };
    let validator = match (custom || kind.interactive || kind.multi_pass, validator) {
        (true, Some(program)) => Some(program),
        (true, None) => {
            return Err(PackageError::new(
                &meta_path,
                "the problem needs a custom output validator (it is interactive or multi-pass, or says \
                 `validation: custom`): add its source under output_validators/<name>/ (output_validator/ from 2023-07 on)",
            ))
        }
        (false, Some(program)) => {
            tracing::warn!(
                "{}: ignored, since problem.yaml says `validation: default`",
                program.path.display()
            );
            None
        }
        (false, None) => None,
    };
    let builtin = match &validator {
        Some(_) => None,
        None => Some(Compare::from_kattis_flags(&problem_flags).map_err(|err| {
            PackageError::new(
                &meta_path,
                format!("`validator_flags`: {err}; use the default validator's flags"),
            )
        })?),
    };

    let (validators, validators_not_run) = input_validators(&package)?;
    let data = read_data(&package, version)?;
    let mut tests = Vec::new();
    for found in data.tests() {
        let checker_args = match &builtin {
            // The built-in checker's per-test flags replace the problem's: give it both.
            Some(_) if !found.output_flags.value.is_empty() => {
                let flags: Vec<String> = problem_flags.iter().chain(&found.output_flags.value).cloned().collect();
                Compare::from_kattis_flags(&flags).map_err(|err| {
                    PackageError::new(
                        found.output_flags.origin(&package),
                        format!("output validator flags: {err}; use the default validator's flags"),
                    )
                })?;
                flags
            }
            Some(_) => Vec::new(),
            None => found.output_flags.value.clone(),
        };
        let validator_args = found.input_flags.resolve(&package, &validators)?;
        tests.push(Test {
            name: found.name.clone(),
            group: found.group.clone(),
            source: TestSource::Files {
                input: found.input.clone(),
                answer: found.answer.clone(),
            },
            checker_args,
            validator_args,
        });
    }
    let groups = match kind.scoring {
        false => Vec::new(),
        true if version == Version::Legacy => legacy_groups(&package, data.scored(), kind.custom_score)?,
        true => draft_groups(&package, data.scored())?,
    };
    let max_score: f64 = groups.iter().map(|group| group.points).sum();

    let tool = |program: ProgramRef| Tool {
        program,
        protocol: Protocol::Kattis,
        args: problem_flags.clone(),
    };
    let (checker, interactor) = match (validator, builtin) {
        (Some(program), _) if kind.interactive => (Checker::Builtin(Compare::default()), Some(tool(program))),
        (Some(program), _) => (Checker::Custom(tool(program)), None),
        (None, Some(compare)) => (Checker::Builtin(compare), None),
        (None, None) => unreachable!("a problem without a custom validator has the default one"),
    };
    Ok(Problem {
        dir: dir.to_path_buf(),
        id,
        title,
        kind: super::Kind::Code,
        limits,
        checker,
        interactor,
        multi_pass,
        validators,
        validators_not_run,
        generator: None,
        groups,
        tests,
        solutions: solutions(&package, version, kind.scoring.then_some(max_score))?,
        statement,
        starters: Vec::new(),
    })
}

/// The package's folder, as given and resolved: every path read must resolve inside it.
struct Package {
    dir: PathBuf,
    root: PathBuf,
}

impl Package {
    fn new(dir: &Path) -> Result<Package, PackageError> {
        let root = dir
            .canonicalize()
            .map_err(|err| PackageError::new(dir, format!("cannot read the folder: {err}")))?;
        Ok(Package {
            dir: dir.to_path_buf(),
            root,
        })
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    /// `path`, if it resolves inside the package (symlinks may point anywhere).
    fn inside(&self, path: &Path) -> Result<PathBuf, PackageError> {
        let resolved = path
            .canonicalize()
            .map_err(|err| PackageError::new(path, format!("cannot read: {err}")))?;
        if !resolved.starts_with(&self.root) {
            return Err(PackageError::new(
                path,
                "leads outside the problem's folder: make it a file of the package, not a link out of it",
            ));
        }
        Ok(path.to_path_buf())
    }

    /// A program (a file, or a folder of files) whose every file is inside the package.
    fn program(&self, path: &Path) -> Result<ProgramRef, PackageError> {
        self.inside(path)?;
        if path.is_dir() {
            for file in entries(path)? {
                self.inside(&file)?;
            }
        }
        Ok(ProgramRef {
            path: path.to_path_buf(),
        })
    }
}

/// The entries of `dir`, hidden ones left out (`.gitignore`, editors' files), sorted.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, PackageError> {
    let read = std::fs::read_dir(dir).map_err(|err| PackageError::new(dir, format!("cannot read: {err}")))?;
    let mut paths: Vec<PathBuf> = read
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| !file_name(path).starts_with('.'))
        .collect();
    paths.sort_by_key(|path| natural_key(&file_name(path)));
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------
// YAML

/// A YAML file's top-level mapping; an empty file is an empty mapping.
fn read_yaml(path: &Path) -> Result<Mapping, PackageError> {
    let text = std::fs::read_to_string(path).map_err(|err| PackageError::new(path, format!("cannot read: {err}")))?;
    let value: Value = serde_norway::from_str(&text).map_err(|err| {
        let message = err.to_string();
        // The line goes in front, where every package error puts it.
        let message = match message.find(" at line ") {
            Some(at) => message[..at].to_string(),
            None => message,
        };
        PackageError {
            file: path.to_path_buf(),
            line: err.location().map(|location| location.line()),
            message: format!("not valid YAML ({message}): fix the syntax"),
        }
    })?;
    match value {
        Value::Null => Ok(Mapping::new()),
        Value::Mapping(mapping) => Ok(mapping),
        _ => Err(PackageError::new(path, "must be a YAML mapping of keys to values")),
    }
}

/// A mapping of a YAML file, with typed access whose errors name the file and the key.
#[derive(Clone, Copy)]
struct Yaml<'a> {
    file: &'a Path,
    map: &'a Mapping,
    /// Where the mapping is in the file, for messages: "" or "limits.".
    prefix: &'a str,
}

impl<'a> Yaml<'a> {
    fn new(file: &'a Path, map: &'a Mapping) -> Yaml<'a> {
        Yaml { file, map, prefix: "" }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|value| !value.is_null())
    }

    fn error(&self, key: &str, message: impl std::fmt::Display) -> PackageError {
        PackageError::new(self.file, format!("`{}{key}` {message}", self.prefix))
    }

    fn text(&self, key: &str) -> Result<Option<String>, PackageError> {
        self.get(key)
            .map(|value| scalar(value).ok_or_else(|| self.error(key, "must be a string")))
            .transpose()
    }

    fn number(&self, key: &str) -> Result<Option<f64>, PackageError> {
        self.get(key)
            .map(|value| {
                number(value)
                    .filter(|n| n.is_finite())
                    .ok_or_else(|| self.error(key, "must be a number"))
            })
            .transpose()
    }

    /// Words: a string split at whitespace (the legacy `*_flags`), or a list (`*_args`).
    fn words(&self, key: &str) -> Result<Option<Vec<String>>, PackageError> {
        self.get(key)
            .map(|value| words(value).ok_or_else(|| self.error(key, "must be a string or a list of strings")))
            .transpose()
    }

    fn map(&self, key: &str, prefix: &'a str) -> Result<Option<Yaml<'a>>, PackageError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Mapping(map)) => Ok(Some(Yaml {
                file: self.file,
                map,
                prefix,
            })),
            Some(_) => Err(self.error(key, "must be a mapping of keys to values")),
        }
    }
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

fn words(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::Sequence(items) => items.iter().map(scalar).collect(),
        Value::Null => Some(Vec::new()),
        value => scalar(value).map(|text| text.split_whitespace().map(String::from).collect()),
    }
}

// ---------------------------------------------------------------------------
// problem.yaml

fn version(meta: &Yaml) -> Result<Version, PackageError> {
    Ok(match meta.text("problem_format_version")?.as_deref() {
        None | Some("legacy") | Some("legacy-icpc") => Version::Legacy,
        Some("2023-07-draft") | Some("2023-07") => Version::Draft2023,
        Some("2025-09") | Some("2025-09-draft") => Version::V2025,
        Some(other) => {
            return Err(meta.error(
                "problem_format_version",
                format!("is `{other}`, which oa does not read: use legacy, 2023-07-draft or 2025-09"),
            ))
        }
    })
}

/// What kind of problem it is.
struct Kind {
    scoring: bool,
    interactive: bool,
    /// 2023-07 on `type: multi-pass`, legacy `validation: custom multi-pass`.
    multi_pass: bool,
    /// Legacy `validation: custom ...`: the validator writes score.txt.
    custom_score: bool,
    /// Legacy `validation`: whether the output validator is custom; later
    /// versions have a custom one exactly when the package holds one.
    validation: Option<bool>,
}

fn kind(meta: &Yaml, version: Version) -> Result<Kind, PackageError> {
    let mut kind = Kind {
        scoring: false,
        interactive: false,
        multi_pass: false,
        custom_score: false,
        // Legacy's default is `validation: default`, whatever the package holds.
        validation: (version == Version::Legacy).then_some(false),
    };
    let types = meta.words("type")?.unwrap_or_default();
    for word in &types {
        match (word.as_str(), version) {
            ("pass-fail", _) => {}
            ("scoring", _) => kind.scoring = true,
            ("interactive", Version::Draft2023 | Version::V2025) => kind.interactive = true,
            ("multi-pass", Version::Draft2023 | Version::V2025) => kind.multi_pass = true,
            ("submit-answer", Version::Draft2023 | Version::V2025) => {
                return Err(meta.error(
                    "type",
                    "is submit-answer: oa does not support submit-answer problems yet \
                     (only pass-fail, scoring, interactive and multi-pass)",
                ))
            }
            (other @ ("interactive" | "multi-pass"), Version::Legacy) => {
                return Err(meta.error(
                    "type",
                    format!(
                        "is `{other}`: a legacy problem's type is pass-fail or scoring; \
                         say `validation: custom {other}` instead"
                    ),
                ))
            }
            (other, Version::Legacy) => {
                return Err(meta.error(
                    "type",
                    format!("is `{other}`: a legacy problem is pass-fail or scoring"),
                ))
            }
            (other, _) => {
                return Err(meta.error(
                    "type",
                    format!("has `{other}`: use pass-fail, scoring, interactive or multi-pass"),
                ))
            }
        }
    }
    if kind.scoring && types.iter().any(|word| word == "pass-fail") {
        return Err(meta.error("type", "cannot be both pass-fail and scoring"));
    }
    // Legacy `validation: default | custom [score] [interactive] [multi-pass]`;
    // early 2023-07 drafts kept it.
    if let Some(words) = meta.words("validation")? {
        let (first, rest) = words
            .split_first()
            .map_or(("", &[][..]), |(first, rest)| (first.as_str(), rest));
        match first {
            "default" if rest.is_empty() => kind.validation = Some(false),
            "custom" => kind.validation = Some(true),
            _ => {
                return Err(meta.error(
                    "validation",
                    format!(
                        "is `{}`: use `default`, or `custom` followed by `score`, `interactive` and/or `multi-pass`",
                        words.join(" ")
                    ),
                ))
            }
        }
        for word in rest {
            match word.as_str() {
                "interactive" => kind.interactive = true,
                "multi-pass" => kind.multi_pass = true,
                "score" if kind.scoring => kind.custom_score = true,
                "score" => return Err(meta.error("validation", "has `score`, which needs `type: scoring`")),
                other => {
                    return Err(meta.error(
                        "validation",
                        format!("has `{other}`: after `custom` come only `score`, `interactive` and `multi-pass`"),
                    ))
                }
            }
        }
    }
    if let Some(grading) = meta.map("grading", "grading.")? {
        if grading.text("objective")?.is_some_and(|objective| objective == "min") {
            return Err(grading.error(
                "objective",
                "is min: oa scores are maximised; minimising problems are not supported",
            ));
        }
    }
    Ok(kind)
}

/// The problem's name in English, else in its first language; legacy packages
/// may leave it to the statement's `\problemname{...}`.
fn title(meta: &Yaml, statement: Option<&Path>) -> Result<Option<String>, PackageError> {
    let name = match meta.get("name") {
        None => None,
        Some(Value::Mapping(names)) => names
            .get("en")
            .or_else(|| names.values().next())
            .map(|value| scalar(value).ok_or_else(|| meta.error("name", "must map languages to names")))
            .transpose()?,
        Some(value) => {
            Some(scalar(value).ok_or_else(|| meta.error("name", "must be a string or a map of languages to names"))?)
        }
    };
    let name = name.or_else(|| {
        let text = std::fs::read_to_string(statement?).ok()?;
        problem_name(&text)
    });
    Ok(name.map(|name| name.trim().to_string()).filter(|name| !name.is_empty()))
}

/// The argument of a LaTeX statement's `\problemname{...}`.
fn problem_name(tex: &str) -> Option<String> {
    let start = tex.find("\\problemname{")? + "\\problemname{".len();
    let mut depth = 1;
    for (at, c) in tex[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(tex[start..start + at].to_string());
                }
            }
            _ => {}
        }
    }
    None
}

fn statement(package: &Package, version: Version) -> Result<Option<PathBuf>, PackageError> {
    let folders = match version {
        Version::Legacy => ["problem_statement", "statement"],
        _ => ["statement", "problem_statement"],
    };
    let Some(folder) = folders.iter().map(|name| package.path(name)).find(|path| path.is_dir()) else {
        return Ok(None);
    };
    let files = entries(&folder)?;
    let named = |name: &str| files.iter().find(|path| file_name(path) == name);
    let first = |extension: &str| {
        files.iter().find(|path| {
            let name = file_name(path);
            name.starts_with("problem") && name.ends_with(extension)
        })
    };
    let found = named("problem.en.md")
        .or_else(|| named("problem.md"))
        .or_else(|| named("problem.en.tex"))
        .or_else(|| named("problem.tex"))
        .or_else(|| first(".md"))
        .or_else(|| first(".tex"));
    found.map(|path| package.inside(path)).transpose()
}

fn limits(package: &Package, meta: &Yaml, version: Version) -> Result<Limits, PackageError> {
    let empty = Mapping::new();
    let limits = meta.map("limits", "limits.")?.unwrap_or(Yaml {
        file: meta.file,
        map: &empty,
        prefix: "limits.",
    });
    let mib = |key: &str, default: u64| -> Result<u64, PackageError> {
        match limits.number(key)? {
            None => Ok(default),
            Some(value) if value >= 1.0 && value.fract() == 0.0 && value <= 1e6 => Ok(value as u64),
            Some(_) => Err(limits.error(key, "must be a whole number of MiB, 1 or more")),
        }
    };
    let memory_mib = mib("memory", DEFAULT_MEMORY_MIB)?;
    let output_mib = mib("output", DEFAULT_OUTPUT_MIB)?;

    let seconds = |value: f64| value > 0.0 && value <= 60.0;
    let mut time = None;
    if let Some(value) = limits.number("time_limit")? {
        if !seconds(value) {
            return Err(limits.error("time_limit", "must be seconds, more than 0 and at most 60"));
        }
        time = Some(value);
    }
    // The time limit files that Kattis' and DOMjudge's tools keep beside problem.yaml.
    let timelimit = package.path(".timelimit");
    if time.is_none() && timelimit.is_file() {
        let text = std::fs::read_to_string(package.inside(&timelimit)?)
            .map_err(|err| PackageError::new(&timelimit, format!("cannot read: {err}")))?;
        let value = text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|value| seconds(*value))
            .ok_or_else(|| {
                PackageError::new(
                    &timelimit,
                    "must hold the time limit in seconds, more than 0 and at most 60",
                )
            })?;
        time = Some(value);
    }
    let ini = package.path("domjudge-problem.ini");
    if time.is_none() && ini.is_file() {
        time = domjudge_time_limit(&std::fs::read_to_string(package.inside(&ini)?).unwrap_or_default());
    }

    let multiplier = match version {
        Version::Legacy => limits.number("time_multiplier")?.unwrap_or(LEGACY_TIME_MULTIPLIER),
        _ => match limits.map("time_multipliers", "limits.time_multipliers.")? {
            Some(multipliers) => multipliers.number("ac_to_time_limit")?.unwrap_or(DRAFT_TIME_MULTIPLIER),
            None => DRAFT_TIME_MULTIPLIER,
        },
    };
    if !(multiplier > 0.0 && multiplier <= 100.0) {
        return Err(limits.error(
            if version == Version::Legacy {
                "time_multiplier"
            } else {
                "time_multipliers.ac_to_time_limit"
            },
            "must be a positive number up to 100",
        ));
    }
    Ok(Limits {
        time_seconds: time.unwrap_or(PLACEHOLDER_TIME_SECONDS),
        time_from_solutions: time.is_none().then_some(multiplier),
        memory_mib,
        output_mib,
        multipliers: Default::default(),
    })
}

/// The most passes a test of a multi-pass problem may take:
/// `limits.validation_passes`, 2 unless told (DOMjudge reads it in legacy
/// packages too). `None` for other problems, which ignore the key.
fn validation_passes(meta: &Yaml, multi_pass: bool) -> Result<Option<u32>, PackageError> {
    let given = match meta.map("limits", "limits.")? {
        Some(limits) => limits.number("validation_passes")?.map(|n| (limits, n)),
        None => None,
    };
    if !multi_pass {
        if given.is_some() {
            tracing::warn!(
                "{}: `limits.validation_passes` ignored: the problem is not multi-pass",
                meta.file.display()
            );
        }
        return Ok(None);
    }
    match given {
        None => Ok(Some(DEFAULT_VALIDATION_PASSES)),
        Some((_, n)) if n.fract() == 0.0 && (2.0..=MAX_VALIDATION_PASSES as f64).contains(&n) => Ok(Some(n as u32)),
        Some((limits, _)) => Err(limits.error(
            "validation_passes",
            format!("must be a whole number of passes, 2 to {MAX_VALIDATION_PASSES}"),
        )),
    }
}

/// `timelimit = '2.5'` in a DOMjudge problem.ini.
fn domjudge_time_limit(ini: &str) -> Option<f64> {
    ini.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "timelimit")
            .then(|| value.trim().trim_matches(['\'', '"']).parse().ok())
            .flatten()
            .filter(|value: &f64| *value > 0.0 && *value <= 60.0)
    })
}

// ---------------------------------------------------------------------------
// Programs

/// The languages oa builds, for telling programs from other files.
fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        sandbox::language::parse(sandbox::language::BUILTIN).expect("the built-in languages table parses")
    })
}

/// A source file oa can build (or run): its extension names a language.
fn is_source(path: &Path) -> bool {
    let name = file_name(path);
    languages().iter().any(|language| language.is_main_kind(&name))
}

/// A header that goes with sources (`testlib.h`, `validate.h`).
fn is_header(path: &Path) -> bool {
    let name = file_name(path);
    !is_source(path) && languages().iter().any(|language| language.accepts(&name))
}

/// Checktestdata and VIVA scripts: input validators in languages of their own.
fn is_script_validator(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("ctd" | "viva"))
}

/// The programs of a program folder (`output_validators/`, `input_validators/`):
/// each subfolder or source file is one. A single source beside headers is the
/// folder itself, so that the headers are built with it.
fn programs(package: &Package, folder: &Path, what: &str) -> Result<Vec<ProgramRef>, PackageError> {
    let mut programs = Vec::new();
    let mut headers = false;
    for path in entries(folder)? {
        if path.is_dir() {
            if entries(&path)?.iter().any(|file| is_source(file)) {
                programs.push(path);
            } else {
                tracing::warn!(
                    "{}: skipped, no source in a language oa builds (`oa languages`); this {what} is not run",
                    path.display()
                );
            }
        } else if is_source(&path) {
            programs.push(path);
        } else if is_header(&path) {
            headers = true;
        } else if is_script_validator(&path) {
            tracing::warn!(
                "{}: skipped, oa does not run checktestdata or VIVA validators; this {what} is not run",
                path.display()
            );
        } else {
            tracing::warn!(
                "{}: skipped, not in a language oa builds (`oa languages`); this {what} is not run",
                path.display()
            );
        }
    }
    if headers && programs.len() == 1 && programs[0].is_file() {
        programs = vec![folder.to_path_buf()];
    }
    programs.iter().map(|path| package.program(path)).collect()
}

/// The custom output validator: `output_validator/` (one program, the folder),
/// or the one program in `output_validators/`.
fn output_validator(package: &Package) -> Result<Option<ProgramRef>, PackageError> {
    let single = package.path("output_validator");
    if single.is_dir() {
        return package.program(&single).map(Some);
    }
    let folder = package.path("output_validators");
    if !folder.is_dir() {
        return Ok(None);
    }
    let mut found = programs(package, &folder, "output validator")?;
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop()),
        n => Err(PackageError::new(
            &folder,
            format!("holds {n} output validators; oa runs one: keep a single program (a file or a folder) here"),
        )),
    }
}

/// Input validators: every program of `input_validators/` (or the older
/// `input_format_validators/`), or `input_validator/` as one program; and the
/// checktestdata and VIVA scripts there, which oa does not run.
fn input_validators(package: &Package) -> Result<(Vec<Tool>, Vec<PathBuf>), PackageError> {
    let single = package.path("input_validator");
    let mut found = Vec::new();
    let mut scripts = Vec::new();
    if single.is_dir() {
        found.push(package.program(&single)?);
    }
    for name in ["input_validators", "input_format_validators"] {
        let folder = package.path(name);
        if folder.is_dir() {
            found.extend(programs(package, &folder, "input validator")?);
            scripts.extend(
                entries(&folder)?
                    .into_iter()
                    .filter(|path| path.is_file() && is_script_validator(path)),
            );
        }
    }
    let tools = found
        .into_iter()
        .map(|program| Tool {
            program,
            protocol: Protocol::Kattis,
            args: Vec::new(),
        })
        .collect();
    Ok((tools, scripts))
}

// ---------------------------------------------------------------------------
// Test data

/// A setting inherited down the test data tree, with the file that set it.
#[derive(Clone, Debug, Default)]
struct Setting<T> {
    value: T,
    origin: Option<PathBuf>,
}

impl<T> Setting<T> {
    fn set(value: T, origin: &Path) -> Setting<T> {
        Setting {
            value,
            origin: Some(origin.to_path_buf()),
        }
    }

    /// The file to name in an error about this setting.
    fn origin(&self, package: &Package) -> PathBuf {
        self.origin.clone().unwrap_or_else(|| package.path("problem.yaml"))
    }
}

/// Input validator flags: the same for every validator, or per validator by name.
#[derive(Clone, Debug)]
enum InputFlags {
    All(Vec<String>),
    ByName(Vec<(String, Vec<String>)>),
}

impl Default for InputFlags {
    fn default() -> InputFlags {
        InputFlags::All(Vec::new())
    }
}

impl Setting<InputFlags> {
    /// The arguments for the package's validators. The model gives every
    /// validator the same ones, so per-validator flags need a single validator.
    fn resolve(&self, package: &Package, validators: &[Tool]) -> Result<Vec<String>, PackageError> {
        match &self.value {
            InputFlags::All(flags) => Ok(flags.clone()),
            InputFlags::ByName(by_name) => {
                let [validator] = validators else {
                    return Err(PackageError::new(
                        self.origin(package),
                        "input validator flags given per validator need a single input validator: \
                         give the flags as one list for all",
                    ));
                };
                let path = &validator.program.path;
                let names = [
                    file_name(path),
                    path.file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                ];
                Ok(by_name
                    .iter()
                    .find(|(name, _)| names.contains(name))
                    .map(|(_, flags)| flags.clone())
                    .unwrap_or_default())
            }
        }
    }
}

/// Legacy `testdata.yaml` scoring settings, each inherited on its own.
#[derive(Clone, Debug)]
struct LegacyScoring {
    grading: Setting<String>,
    grader_flags: Setting<Vec<String>>,
    accept_score: Setting<f64>,
    reject_score: Setting<f64>,
    range: Setting<Option<(f64, f64)>>,
}

/// What an accepted test scores when `accept_score` is not given.
const DEFAULT_ACCEPT_SCORE: f64 = 1.0;

impl Default for LegacyScoring {
    fn default() -> LegacyScoring {
        LegacyScoring {
            grading: Setting::default(),
            grader_flags: Setting::default(),
            accept_score: Setting {
                value: DEFAULT_ACCEPT_SCORE,
                origin: None,
            },
            reject_score: Setting::default(),
            range: Setting::default(),
        }
    }
}

/// How a 2023-07 or 2025-09 group's score comes from its parts.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Aggregation {
    PassFail,
    Sum,
    Min,
}

/// A 2023-07 / 2025-09 group's own scoring (not inherited).
#[derive(Clone, Debug, Default)]
struct DraftScoring {
    /// `None`: unbounded.
    score: Option<Option<f64>>,
    aggregation: Option<Aggregation>,
}

/// A directory's settings, after inheritance.
#[derive(Clone, Debug, Default)]
struct Settings {
    output_flags: Setting<Vec<String>>,
    input_flags: Setting<InputFlags>,
    legacy: LegacyScoring,
}

/// A test found in `data/`.
#[derive(Clone, Debug)]
struct Found {
    name: String,
    group: String,
    input: PathBuf,
    answer: PathBuf,
    output_flags: Setting<Vec<String>>,
    input_flags: Setting<InputFlags>,
}

/// A directory of `data/`: a test group.
#[derive(Clone, Debug)]
struct Node {
    /// Its path under `data/`: `secret/group1`.
    name: String,
    /// Its own settings file, if it has one.
    config: Option<PathBuf>,
    settings: Settings,
    scoring: DraftScoring,
    items: Vec<Item>,
}

#[derive(Clone, Debug)]
enum Item {
    Test(Found),
    Group(Box<Node>),
}

impl Node {
    fn tests(&self) -> impl Iterator<Item = &Found> {
        self.items.iter().filter_map(|item| match item {
            Item::Test(found) => Some(found),
            Item::Group(_) => None,
        })
    }

    fn groups(&self) -> impl Iterator<Item = &Node> {
        self.items.iter().filter_map(|item| match item {
            Item::Group(node) => Some(node.as_ref()),
            Item::Test(_) => None,
        })
    }

    /// Every test below, in order: a group's tests and subgroups by natural name order.
    fn all_tests<'a>(&'a self, out: &mut Vec<&'a Found>) {
        for item in &self.items {
            match item {
                Item::Test(found) => out.push(found),
                Item::Group(node) => node.all_tests(out),
            }
        }
    }

    /// The file to name in an error about this group's scoring.
    fn config_file(&self, package: &Package, version_file: &str) -> PathBuf {
        self.config
            .clone()
            .unwrap_or_else(|| package.path(&format!("data/{}/{version_file}", self.name)))
    }
}

/// The test data: at least one of the two holds a test.
struct Data {
    sample: Option<Node>,
    /// `None` when there are no secret tests: packages like DOMjudge's `hello`
    /// example hold samples only, and are judged on them.
    secret: Option<Node>,
}

impl Data {
    fn tests(&self) -> Vec<&Found> {
        let mut tests = Vec::new();
        for node in [&self.sample, &self.secret].into_iter().flatten() {
            node.all_tests(&mut tests);
        }
        tests
    }

    /// The tests that score: the secret ones, else the samples.
    fn scored(&self) -> &Node {
        self.secret
            .as_ref()
            .or(self.sample.as_ref())
            .expect("read_data finds tests in sample or secret")
    }
}

fn read_data(package: &Package, version: Version) -> Result<Data, PackageError> {
    let data = package.path("data");
    let root = match config_file(&data, version)? {
        Some(file) => apply(&Settings::default(), &file, version)?.0,
        None => Settings::default(),
    };
    // A folder without a single test counts as missing.
    let read = |name: &str, group: &str| -> Result<Option<Node>, PackageError> {
        let dir = data.join(name);
        if !dir.is_dir() {
            return Ok(None);
        }
        let node = read_group(package, &dir, group.into(), &root, version, 0)?;
        let mut tests = Vec::new();
        node.all_tests(&mut tests);
        Ok((!tests.is_empty()).then_some(node))
    };
    let sample = read("sample", SAMPLE_GROUP)?;
    let secret = read("secret", "secret")?;
    if sample.is_none() && secret.is_none() {
        return Err(PackageError::new(
            &data,
            "no tests: add the secret tests as pairs like data/secret/1.in and data/secret/1.ans \
             (a package with only data/sample/ is judged on its samples)",
        ));
    }
    Ok(Data { sample, secret })
}

/// The settings file of a test data directory, by the names the versions use.
fn config_file(dir: &Path, version: Version) -> Result<Option<PathBuf>, PackageError> {
    let names = match version {
        Version::Legacy => ["testdata.yaml", "test_group.yaml"],
        _ => ["test_group.yaml", "testdata.yaml"],
    };
    let found: Vec<PathBuf> = names
        .iter()
        .map(|name| dir.join(name))
        .filter(|path| path.is_file())
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one.clone())),
        _ => Err(PackageError::new(
            &found[1],
            format!("{} is here too: keep one of the two", file_name(&found[0])),
        )),
    }
}

/// `parent`'s settings with those of the settings file `file` applied, and the
/// directory's own (not inherited) scoring.
fn apply(parent: &Settings, file: &Path, version: Version) -> Result<(Settings, DraftScoring), PackageError> {
    let map = read_yaml(file)?;
    let yaml = Yaml::new(file, &map);
    let mut settings = parent.clone();
    read_flags(&yaml, file, &mut settings.output_flags, &mut settings.input_flags)?;
    let mut scoring = DraftScoring::default();
    match version {
        Version::Legacy => {
            let legacy = &mut settings.legacy;
            if let Some(grading) = yaml.text("grading")? {
                legacy.grading = Setting::set(grading, file);
            }
            if let Some(flags) = yaml.words("grader_flags")? {
                legacy.grader_flags = Setting::set(flags, file);
            }
            if let Some(score) = yaml.number("accept_score")? {
                legacy.accept_score = Setting::set(score, file);
            }
            if let Some(score) = yaml.number("reject_score")? {
                legacy.reject_score = Setting::set(score, file);
            }
            if let Some(range) = yaml.text("range")? {
                legacy.range = Setting::set(
                    Some(parse_range(&range).ok_or_else(|| {
                        yaml.error("range", "must be two numbers, the lowest and the highest score: `0 25`")
                    })?),
                    file,
                );
            }
        }
        Version::Draft2023 | Version::V2025 => {
            // 2023-07 drafts: `scoring: {score, aggregation}`; 2025-09: `max_score`, `score_aggregation`.
            let nested = yaml.map("scoring", "scoring.")?;
            let (score_key, aggregation_key, holder) = match nested {
                Some(scoring) => ("score", "aggregation", scoring),
                None => ("max_score", "score_aggregation", yaml),
            };
            if let Some(value) = holder.get(score_key) {
                scoring.score = Some(match scalar(value).as_deref() {
                    Some("unbounded") => None,
                    _ => Some(
                        number(value)
                            .filter(|n| n.is_finite() && *n >= 0.0)
                            .ok_or_else(|| holder.error(score_key, "must be a number, 0 or more, or `unbounded`"))?,
                    ),
                });
            }
            if let Some(aggregation) = holder.text(aggregation_key)? {
                scoring.aggregation = Some(match aggregation.as_str() {
                    "pass-fail" => Aggregation::PassFail,
                    "sum" => Aggregation::Sum,
                    "min" => Aggregation::Min,
                    other => {
                        return Err(holder.error(aggregation_key, format!("is `{other}`: use pass-fail, sum or min")))
                    }
                });
            }
            let require = holder.words("require_pass")?.or(yaml.words("require_pass")?);
            if require.is_some_and(|groups| !groups.is_empty()) {
                return Err(holder.error(
                    "require_pass",
                    "makes a group depend on others, which oa does not support: remove it",
                ));
            }
        }
    }
    Ok((settings, scoring))
}

/// `output_validator_flags` (legacy string, or a map with `flags`) or `output_validator_args`.
fn output_flags(yaml: &Yaml) -> Result<Option<Vec<String>>, PackageError> {
    for (key, prefix) in [
        ("output_validator_args", "output_validator_args."),
        ("output_validator_flags", "output_validator_flags."),
    ] {
        match yaml.get(key) {
            None => {}
            Some(Value::Mapping(map)) => {
                let inner = Yaml {
                    file: yaml.file,
                    map,
                    prefix,
                };
                return Ok(Some(inner.words("flags")?.unwrap_or_default()));
            }
            Some(_) => return yaml.words(key),
        }
    }
    Ok(None)
}

/// `input_validator_flags` / `input_validator_args`: words for every validator,
/// or a map from validator names to words (legacy: `{name: ..., flags: ...}`).
fn input_flags(yaml: &Yaml) -> Result<Option<InputFlags>, PackageError> {
    for key in ["input_validator_args", "input_validator_flags"] {
        match yaml.get(key) {
            None => {}
            Some(Value::Mapping(map)) => {
                let text = |value: &Value| scalar(value).unwrap_or_default();
                if let (Some(name), flags) = (map.get("name"), map.get("flags")) {
                    let flags = flags.map(words).unwrap_or(Some(Vec::new()));
                    let flags = flags.ok_or_else(|| yaml.error(key, "`flags` must be a string"))?;
                    return Ok(Some(InputFlags::ByName(vec![(text(name), flags)])));
                }
                let mut by_name = Vec::new();
                for (name, flags) in map {
                    let flags = words(flags)
                        .ok_or_else(|| yaml.error(key, "must map validator names to a string or a list of strings"))?;
                    by_name.push((text(name), flags));
                }
                return Ok(Some(InputFlags::ByName(by_name)));
            }
            Some(_) => return Ok(yaml.words(key)?.map(InputFlags::All)),
        }
    }
    Ok(None)
}

fn parse_range(text: &str) -> Option<(f64, f64)> {
    let bound = |word: &str| match word {
        "inf" | "+inf" => Some(f64::INFINITY),
        "-inf" => Some(f64::NEG_INFINITY),
        word => word.parse::<f64>().ok().filter(|n| n.is_finite()),
    };
    match text.split_whitespace().collect::<Vec<_>>().as_slice() {
        [low, high] => Some((bound(low)?, bound(high)?)).filter(|(low, high)| low <= high),
        _ => None,
    }
}

/// The tests and subgroups of the test data directory `dir`, named `name`.
fn read_group(
    package: &Package,
    dir: &Path,
    name: String,
    parent: &Settings,
    version: Version,
    depth: usize,
) -> Result<Node, PackageError> {
    if depth > MAX_DEPTH {
        return Err(PackageError::new(
            dir,
            "test groups nest too deep: is there a link to a folder above?",
        ));
    }
    package.inside(dir)?;
    let config = config_file(dir, version)?;
    let (settings, scoring) = match &config {
        Some(file) => apply(parent, file, version)?,
        None => (parent.clone(), DraftScoring::default()),
    };
    let mut items = Vec::new();
    for path in entries(dir)? {
        let entry = file_name(&path);
        if path.is_dir() {
            if let Some(test) = entry.strip_suffix(".files") {
                if dir.join(format!("{test}.in")).is_file() {
                    return Err(PackageError::new(
                        &path,
                        "gives a test files to read, which oa does not support: put what the test needs in its .in",
                    ));
                }
            }
            if !valid_name(&entry) {
                return Err(PackageError::new(
                    &path,
                    "rename the group: letters, digits, '-', '_' and '.' only",
                ));
            }
            let group = read_group(package, &path, format!("{name}/{entry}"), &settings, version, depth + 1)?;
            items.push(Item::Group(Box::new(group)));
            continue;
        }
        if let Some((stem, answer)) = test_file(&path)? {
            let mut found = Found {
                name: stem,
                group: name.clone(),
                input: package.inside(&path)?,
                answer: package.inside(&answer)?,
                output_flags: settings.output_flags.clone(),
                input_flags: settings.input_flags.clone(),
            };
            let own = path.with_extension("yaml");
            if version != Version::Legacy && own.is_file() {
                test_settings(&own, &mut found)?;
            }
            items.push(Item::Test(found));
        }
    }
    Ok(Node {
        name,
        config,
        settings,
        scoring,
        items,
    })
}

/// A test's own `<name>.yaml` (2023-07 on): its validators' arguments.
fn test_settings(file: &Path, found: &mut Found) -> Result<(), PackageError> {
    let map = read_yaml(file)?;
    let yaml = Yaml::new(file, &map);
    read_flags(&yaml, file, &mut found.output_flags, &mut found.input_flags)
}

/// The validators' flags a settings file gives (a group's or a test's), over
/// those it inherits; submission arguments are refused.
fn read_flags(
    yaml: &Yaml,
    file: &Path,
    output: &mut Setting<Vec<String>>,
    input: &mut Setting<InputFlags>,
) -> Result<(), PackageError> {
    if let Some(flags) = output_flags(yaml)? {
        *output = Setting::set(flags, file);
    }
    if let Some(flags) = input_flags(yaml)? {
        *input = Setting::set(flags, file);
    }
    if yaml.words("args")?.is_some_and(|args| !args.is_empty()) {
        return Err(yaml.error(
            "args",
            "gives the submissions arguments, which oa does not support: remove it",
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Scoring

/// How a legacy group's test results combine (problemtools' default grader).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Grade {
    Sum,
    Avg,
    Min,
}

/// The score mode of legacy `grader_flags`. The verdict modes oa matches are
/// the first error (its rule) and the worst error (the same where judging
/// stops at the first rejection, Kattis' default); the rest do not fit.
fn grade(flags: &[String]) -> Result<Grade, String> {
    let mut grade = Grade::Sum;
    for flag in flags {
        match flag.as_str() {
            "sum" => grade = Grade::Sum,
            "avg" => grade = Grade::Avg,
            "min" => grade = Grade::Min,
            "max" => {
                return Err(
                    "`max` scores a group by its best test, which oa does not support: use min, sum or avg".into(),
                )
            }
            "first_error" | "worst_error" | "ignore_sample" => {}
            "always_accept" | "accept_if_any_accepted" => {
                return Err(format!(
                    "`{flag}` accepts a group with rejected tests, which oa does not support: remove it"
                ))
            }
            other => return Err(format!("`{other}` is not a flag of the default grader")),
        }
    }
    Ok(grade)
}

/// Legacy scoring: a group without subgroups is worth what its tests can score
/// (`accept_score` each, combined by its grader); a group with subgroups must
/// sum them, and is then the sum of its parts.
fn legacy_groups(package: &Package, scored: &Node, custom_score: bool) -> Result<Vec<Group>, PackageError> {
    let mut groups = Vec::new();
    legacy_group(package, scored, custom_score, &mut groups)?;
    Ok(groups)
}

fn legacy_group(
    package: &Package,
    node: &Node,
    custom_score: bool,
    groups: &mut Vec<Group>,
) -> Result<(), PackageError> {
    let scoring = &node.settings.legacy;
    if scoring.grading.value == "custom" {
        return Err(PackageError::new(
            scoring.grading.origin(package),
            "`grading: custom` needs a custom grader, which oa does not support: use the default grader's `grader_flags`",
        ));
    }
    let flags_file = scoring.grader_flags.origin(package);
    let grade = grade(&scoring.grader_flags.value)
        .map_err(|err| PackageError::new(&flags_file, format!("`grader_flags`: {err}")))?;
    if scoring.reject_score.value != 0.0 {
        return Err(PackageError::new(
            scoring.reject_score.origin(package),
            "`reject_score` is not 0: oa gives a rejected test nothing; remove it",
        ));
    }
    let tests = node.tests().count();
    let has_groups = node.groups().next().is_some();
    if has_groups && grade != Grade::Sum {
        return Err(PackageError::new(
            &flags_file,
            format!(
                "`grader_flags` combine the subgroups of {} by {grade:?}; oa adds groups up: use sum here and min in the subgroups",
                node.name
            ),
        ));
    }
    if tests > 0 {
        // With a validator that writes score.txt, a test can score anything:
        // the group is worth the top of its range.
        let each = match custom_score {
            false => scoring.accept_score.value,
            true => match scoring.range.value {
                Some((_, high)) if high.is_finite() => match grade {
                    Grade::Sum if !has_groups => high / tests as f64,
                    _ => high,
                },
                _ => {
                    return Err(PackageError::new(
                        node.config_file(package, "testdata.yaml"),
                        format!(
                            "the validator gives scores, so oa needs what {} is worth: give `range: 0 <points>`",
                            node.name
                        ),
                    ))
                }
            },
        };
        if !(each.is_finite() && each >= 0.0) {
            return Err(PackageError::new(
                scoring.accept_score.origin(package),
                "`accept_score` must be 0 or more",
            ));
        }
        let (points, aggregate) = match grade {
            Grade::Min => (each, Aggregate::Min),
            Grade::Avg => (each, Aggregate::Sum),
            Grade::Sum => (each * tests as f64, Aggregate::Sum),
        };
        groups.push(Group {
            name: node.name.clone(),
            points,
            aggregate,
        });
    }
    for group in node.groups() {
        legacy_group(package, group, custom_score, groups)?;
    }
    Ok(())
}

/// 2023-07 / 2025-09 scoring: `secret` (or the samples, in a package without
/// it) is worth its score (100 unless told) and sums its parts; a part without
/// a score of its own gets an equal share of what the others leave. A group of
/// tests only is one of oa's groups.
fn draft_groups(package: &Package, scored: &Node) -> Result<Vec<Group>, PackageError> {
    let points = match scored.scoring.score {
        None => DEFAULT_SECRET_SCORE,
        Some(Some(points)) => points,
        Some(None) => return Err(unbounded(package, scored)),
    };
    let aggregation = scored.scoring.aggregation.unwrap_or(Aggregation::Sum);
    let mut groups = Vec::new();
    draft_group(package, scored, points, aggregation, &mut groups)?;
    Ok(groups)
}

fn unbounded(package: &Package, node: &Node) -> PackageError {
    PackageError::new(
        node.config_file(package, "test_group.yaml"),
        format!(
            "{} has an unbounded score, which oa does not support: give it a maximum score",
            node.name
        ),
    )
}

fn draft_group(
    package: &Package,
    node: &Node,
    points: f64,
    aggregation: Aggregation,
    groups: &mut Vec<Group>,
) -> Result<(), PackageError> {
    let tests = node.tests().count();
    let subgroups: Vec<&Node> = node.groups().collect();
    let aggregate = match aggregation {
        Aggregation::PassFail | Aggregation::Min => Aggregate::Min,
        Aggregation::Sum => Aggregate::Sum,
    };
    if subgroups.is_empty() {
        if tests > 0 {
            groups.push(Group {
                name: node.name.clone(),
                points,
                aggregate,
            });
        }
        return Ok(());
    }
    if aggregation != Aggregation::Sum {
        return Err(PackageError::new(
            node.config_file(package, "test_group.yaml"),
            format!(
                "{} combines its subgroups by {}; oa adds groups up: use sum here and pass-fail or min in the subgroups",
                node.name,
                if aggregation == Aggregation::Min { "min" } else { "pass-fail" }
            ),
        ));
    }
    let mut given = 0.0;
    let mut shares = tests;
    for group in &subgroups {
        match group.scoring.score {
            Some(Some(points)) => given += points,
            Some(None) => return Err(unbounded(package, group)),
            None => shares += 1,
        }
    }
    let share = match shares {
        0 => 0.0,
        n => (points - given) / n as f64,
    };
    if share < 0.0 || (shares == 0 && given > points + 1e-9) {
        return Err(PackageError::new(
            node.config_file(package, "test_group.yaml"),
            format!(
                "the subgroups of {} are worth {given}, more than its {points}: lower theirs or raise it",
                node.name
            ),
        ));
    }
    if tests > 0 {
        groups.push(Group {
            name: node.name.clone(),
            points: share * tests as f64,
            aggregate: Aggregate::Sum,
        });
    }
    for group in subgroups {
        let points = group.scoring.score.flatten().unwrap_or(share);
        draft_group(
            package,
            group,
            points,
            group.scoring.aggregation.unwrap_or(Aggregation::PassFail),
            groups,
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Submissions

/// What a submissions folder's programs must get. `partially_accepted` ones
/// lose points, and in oa a submission that loses points has a rejected test,
/// whose verdict is the submission's.
fn expected(folder: &str) -> Option<Expected> {
    Some(match folder {
        "rejected" | "partially_accepted" | "brute_force" => Expected::Rejected,
        "compiler_error" => Expected::Verdict(Verdict::Ce),
        other => Expected::Verdict(Verdict::parse(other)?),
    })
}

fn solutions(package: &Package, version: Version, max_score: Option<f64>) -> Result<Vec<Solution>, PackageError> {
    let root = package.path("submissions");
    if !root.is_dir() {
        return Ok(Vec::new());
    }
    let scores = match (version, max_score) {
        (Version::Legacy, _) | (_, None) => Vec::new(),
        (_, Some(max)) => expected_scores(&root, max)?,
    };
    let mut solutions = Vec::new();
    for folder in entries(&root)?.into_iter().filter(|path| path.is_dir()) {
        let name = file_name(&folder);
        let Some(expected) = expected(&name) else {
            tracing::warn!("{}: skipped, not a verdict oa knows", folder.display());
            continue;
        };
        for path in entries(&folder)? {
            let usable = match path.is_dir() {
                true => entries(&path)?.iter().any(|file| is_source(file)),
                false => is_source(&path),
            };
            if !usable {
                tracing::warn!(
                    "{}: skipped, not in a language oa builds (`oa languages`; Java is not supported)",
                    path.display()
                );
                continue;
            }
            let relative = format!("{name}/{}", file_name(&path));
            let expected_score = scores
                .iter()
                .find(|(key, _)| relative == *key || relative.starts_with(&format!("{key}/")))
                .map(|(_, score)| *score);
            solutions.push(Solution {
                program: package.program(&path)?,
                expected,
                expected_score,
            });
        }
    }
    Ok(solutions)
}

/// The exact `score`s of `submissions/submissions.yaml` (2023-07 on), keyed by
/// a submission or folder path without wildcards, as fractions of `max`.
/// Ranges and glob patterns say more than the model holds, and are left out.
fn expected_scores(root: &Path, max: f64) -> Result<Vec<(String, f64)>, PackageError> {
    let file = root.join("submissions.yaml");
    if !file.is_file() || max <= 0.0 {
        return Ok(Vec::new());
    }
    let map = read_yaml(&file)?;
    let mut scores = Vec::new();
    for (key, value) in &map {
        let (Some(key), Value::Mapping(rules)) = (scalar(key), value) else {
            continue;
        };
        if key.contains(['*', '?', '[', '{']) {
            continue;
        }
        let rules = Yaml {
            file: &file,
            map: rules,
            prefix: "",
        };
        if let Some(Value::Number(_)) = rules.get("score") {
            let score = rules.number("score")?.unwrap_or_default();
            scores.push((key.trim_end_matches('/').to_string(), score / max));
        }
    }
    Ok(scores)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn grader_flags_map_onto_aggregation_or_are_refused() {
        assert_eq!(grade(&[]), Ok(Grade::Sum));
        assert_eq!(grade(&words("first_error min")), Ok(Grade::Min));
        assert_eq!(grade(&words("min sum")), Ok(Grade::Sum), "the last mode wins");
        assert_eq!(grade(&words("ignore_sample avg")), Ok(Grade::Avg));
        assert!(grade(&words("max")).unwrap_err().contains("`max`"));
        assert!(grade(&words("accept_if_any_accepted")).is_err());
        assert!(grade(&words("bogus")).unwrap_err().contains("bogus"));
    }

    #[test]
    fn ranges_parse_with_infinities() {
        assert_eq!(parse_range("0 25"), Some((0.0, 25.0)));
        assert_eq!(parse_range("-inf +inf"), Some((f64::NEG_INFINITY, f64::INFINITY)));
        assert_eq!(parse_range("3 1"), None);
        assert_eq!(parse_range("0"), None);
    }

    #[test]
    fn problem_names_come_from_latex_statements() {
        assert_eq!(
            problem_name("\\problemname{Sum of $x_{i}$}\nText"),
            Some("Sum of $x_{i}$".to_string())
        );
        assert_eq!(problem_name("no name"), None);
    }

    #[test]
    fn domjudge_ini_gives_a_time_limit() {
        assert_eq!(domjudge_time_limit("name='x'\ntimelimit = '2.5'\n"), Some(2.5));
        assert_eq!(domjudge_time_limit("timelimit=\"0\""), None);
    }

    #[test]
    fn yaml_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("problem.yaml");
        std::fs::write(&file, "name: x\nlimits:\n  memory: [1\n").unwrap();
        let err = read_yaml(&file).unwrap_err();
        assert_eq!(err.file, file);
        assert!(err.line.is_some_and(|line| line >= 3), "{err}");
        assert!(err.message.contains("not valid YAML"), "{err}");
        std::fs::write(&file, "- a\n- b\n").unwrap();
        assert!(read_yaml(&file).unwrap_err().message.contains("mapping"));
    }

    #[test]
    fn flags_are_strings_or_lists() {
        let map: Mapping =
            serde_norway::from_str("a: float_tolerance 1e-6\nb: [case_sensitive, 2]\nc: 3\nd: {x: 1}\n").unwrap();
        let yaml = Yaml::new(Path::new("t.yaml"), &map);
        assert_eq!(yaml.words("a").unwrap(), Some(words("float_tolerance 1e-6")));
        assert_eq!(yaml.words("b").unwrap(), Some(words("case_sensitive 2")));
        assert_eq!(yaml.words("c").unwrap(), Some(words("3")));
        assert!(yaml.words("d").unwrap_err().message.contains("`d`"));
        assert_eq!(yaml.words("missing").unwrap(), None);
    }

    #[test]
    fn source_files_are_told_from_headers_and_scripts() {
        assert!(is_source(Path::new("a/main.cpp")));
        assert!(is_source(Path::new("sol.py")));
        assert!(is_source(Path::new("Main.java")));
        assert!(!is_source(Path::new("Main.scala")));
        assert!(is_header(Path::new("testlib.h")));
        assert!(!is_header(Path::new("main.c")));
        assert!(is_script_validator(Path::new("input.ctd")));
    }
}
