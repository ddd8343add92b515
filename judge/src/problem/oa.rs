//! oa's own package layout: `problem.toml` beside `statement.md`, `tests/`,
//! `solutions/` and the optional program folders (docs/problem-format.md).

use super::{
    natural_key, test_file, valid_name, Checker, Expected, Kind, Limits, PackageError, Problem, ProgramRef, Protocol,
    Solution, Test, TestSource, Tool,
};
use crate::compare::{Compare, Tolerance};
use crate::grading::{Aggregate, Group, Verdict};
use crate::sql::SqlCompare;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    id: Option<String>,
    title: String,
    /// "code" (the default) or "sql".
    kind: Option<String>,
    limits: LimitsToml,
    #[serde(default)]
    checker: Option<CheckerToml>,
    sql: Option<SqlToml>,
    /// In the order written: that is the order groups are judged and shown.
    #[serde(default)]
    groups: toml::Table,
    #[serde(default)]
    generate: Vec<GenerateToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsToml {
    time: f64,
    memory: Option<u64>,
    output: Option<u64>,
    #[serde(default)]
    multipliers: BTreeMap<String, f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckerToml {
    kind: Option<String>,
    abs: Option<f64>,
    rel: Option<f64>,
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SqlToml {
    ordered: Option<bool>,
    columns: Option<bool>,
    float_tolerance: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupToml {
    points: f64,
    #[serde(default)]
    aggregate: Aggregate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GenerateToml {
    group: String,
    name: String,
    #[serde(default)]
    args: Vec<String>,
}

/// The samples' folder under tests/, and their group.
const SAMPLE: &str = super::SAMPLE_GROUP;
const SECRET: &str = "secret";

pub(super) fn load(dir: &Path) -> Result<Problem, PackageError> {
    let manifest_path = dir.join("problem.toml");
    let text = std::fs::read_to_string(&manifest_path)
        .map_err(|err| PackageError::new(&manifest_path, format!("cannot read: {err}")))?;
    let manifest: Manifest = toml::from_str(&text).map_err(|err| PackageError {
        file: manifest_path.clone(),
        line: err.span().map(|span| line_of(&text, span.start)),
        message: err.message().trim().to_string(),
    })?;
    let bad = |message: String| PackageError::new(&manifest_path, message);

    let id = match manifest.id.clone() {
        Some(id) => id,
        None => dir
            .canonicalize()
            .ok()
            .and_then(|dir| dir.file_name().map(|name| name.to_string_lossy().into_owned()))
            .unwrap_or_default(),
    };
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(bad(format!(
            "the problem id `{id}` must be lowercase letters, digits and '-' (set `id` or rename the folder)"
        )));
    }
    if manifest.title.trim().is_empty() {
        return Err(bad("`title` must not be empty".into()));
    }

    let limits = &manifest.limits;
    if !(limits.time > 0.0 && limits.time <= 60.0) {
        return Err(bad(format!(
            "[limits] time = {}: give the time limit in seconds, more than 0 and at most 60",
            limits.time
        )));
    }
    let memory_mib = limits.memory.unwrap_or(256);
    if !(1..=4096).contains(&memory_mib) {
        return Err(bad(format!("[limits] memory = {memory_mib}: give MiB, from 1 to 4096")));
    }
    let output_mib = limits.output.unwrap_or(64);
    if !(1..=1024).contains(&output_mib) {
        return Err(bad(format!("[limits] output = {output_mib}: give MiB, from 1 to 1024")));
    }
    if let Some((language, multiplier)) = limits
        .multipliers
        .iter()
        .find(|(_, m)| !(m.is_finite() && **m > 0.0 && **m <= 100.0))
    {
        return Err(bad(format!(
            "[limits] multipliers: `{language} = {multiplier}` must be a positive number up to 100"
        )));
    }

    let kind = match manifest.kind.as_deref().unwrap_or("code") {
        "code" => Kind::Code,
        "sql" => Kind::Sql {
            schema: dir.join("schema.sql"),
        },
        other => {
            return Err(bad(format!(
                "kind = \"{other}\": use \"code\" (the default) or \"sql\""
            )))
        }
    };
    let sql = matches!(kind, Kind::Sql { .. });
    let checker = match sql {
        true => sql_checker(dir, &manifest).map_err(bad)?,
        false if manifest.sql.is_some() => {
            return Err(bad(
                "[sql] applies to kind = \"sql\" problems: add kind = \"sql\" or remove it".into(),
            ))
        }
        false => checker(dir, manifest.checker.as_ref()).map_err(bad)?,
    };
    let program_dir = |name: &str| {
        let path = dir.join(name);
        path.is_dir().then_some(ProgramRef { path })
    };

    let tests_dir = dir.join("tests");
    let mut tests = read_tests(&tests_dir.join(SAMPLE), SAMPLE, sql)?;
    if tests.is_empty() {
        let example = if sql {
            "tests/sample/1.sql"
        } else {
            "a pair like tests/sample/1.in and tests/sample/1.ans"
        };
        return Err(PackageError::new(
            tests_dir.join(SAMPLE),
            format!("no sample tests: add at least one, {example}"),
        ));
    }
    let mut hidden = read_secret(&tests_dir.join(SECRET), sql)?;

    let generator = program_dir("generator");
    for entry in &manifest.generate {
        if !valid_name(&entry.group) || !valid_name(&entry.name) {
            return Err(bad(format!(
                "[[generate]] `{}/{}`: group and test names may hold only letters, digits, '-', '_' and '.'",
                entry.group, entry.name
            )));
        }
        if entry.group == SAMPLE {
            return Err(bad(format!(
                "[[generate]] `{}/{}`: generated tests are hidden, and the group `sample` is shown to candidates: \
                 pick another group name",
                entry.group, entry.name
            )));
        }
        if generator.is_none() {
            return Err(bad(format!(
                "[[generate]] `{}` needs a generator: add a generator/ folder with its source",
                entry.name
            )));
        }
        if hidden
            .iter()
            .any(|test| test.group == entry.group && test.name == entry.name)
        {
            return Err(bad(format!(
                "[[generate]] `{}/{}` names a test that already exists in tests/secret",
                entry.group, entry.name
            )));
        }
        hidden.push(Test {
            name: entry.name.clone(),
            group: entry.group.clone(),
            source: TestSource::Generated {
                args: entry.args.clone(),
            },
            checker_args: Vec::new(),
            validator_args: Vec::new(),
        });
    }

    let mut groups = Vec::new();
    for (name, value) in &manifest.groups {
        let group: GroupToml = value
            .clone()
            .try_into()
            .map_err(|err: toml::de::Error| bad(format!("[groups.{name}]: {}", err.message().trim())))?;
        if !(group.points.is_finite() && group.points >= 0.0) {
            return Err(bad(format!("[groups.{name}] points must be a number, 0 or more")));
        }
        let has_tests = name == SAMPLE || hidden.iter().any(|test| &test.group == name);
        if !has_tests {
            return Err(bad(format!(
                "[groups.{name}] has no tests: add tests/secret/{name}/ or [[generate]] entries with group = \"{name}\""
            )));
        }
        groups.push(Group {
            name: name.clone(),
            points: group.points,
            aggregate: group.aggregate,
        });
    }
    if !groups.is_empty() {
        if let Some(test) = hidden
            .iter()
            .find(|test| !groups.iter().any(|group| group.name == test.group))
        {
            return Err(bad(format!(
                "the hidden group `{}` has no points: add [groups.{}] with points = ...",
                test.group, test.group
            )));
        }
    }
    // Hidden tests: groups in the order they are declared (else by name), tests by name.
    let rank = |group: &str| groups.iter().position(|g| g.name == group).unwrap_or(usize::MAX);
    hidden.sort_by(|a, b| {
        (rank(&a.group), natural_key(&a.group), natural_key(&a.name)).cmp(&(
            rank(&b.group),
            natural_key(&b.group),
            natural_key(&b.name),
        ))
    });
    if hidden.is_empty() {
        let how = match sql {
            true => "add data files (.sql) under tests/secret/",
            false => "add .in/.ans pairs under tests/secret/ or [[generate]] entries in problem.toml",
        };
        return Err(PackageError::new(
            tests_dir.join(SECRET),
            format!("no hidden tests: {how}"),
        ));
    }
    tests.extend(hidden);

    let statement = dir.join("statement.md");
    if !statement.is_file() {
        return Err(PackageError::new(
            &statement,
            "missing: every problem needs a statement.md for candidates",
        ));
    }

    let solutions = solutions(&dir.join("solutions"))?;
    if let Kind::Sql { schema } = &kind {
        if !schema.is_file() {
            return Err(PackageError::new(
                schema,
                "missing: an SQL problem needs its tables (CREATE TABLE ...) in schema.sql",
            ));
        }
        if let Some(solution) = solutions
            .iter()
            .find(|s| s.program.path.extension().is_none_or(|e| e != "sql") || !s.program.path.is_file())
        {
            return Err(PackageError::new(
                &solution.program.path,
                "an SQL problem's solutions are queries: one .sql file each",
            ));
        }
    }

    Ok(Problem {
        dir: dir.to_path_buf(),
        id,
        title: manifest.title.trim().to_string(),
        kind,
        limits: Limits {
            time_seconds: limits.time,
            time_from_solutions: None,
            memory_mib,
            output_mib,
            multipliers: limits.multipliers.clone(),
        },
        checker,
        interactor: program_dir("interactor").map(tool),
        multi_pass: None,
        validators: program_dir("validator").map(tool).into_iter().collect(),
        validators_not_run: Vec::new(),
        generator,
        groups,
        tests,
        solutions,
        statement: Some(statement),
        starters: files(&dir.join("starter")),
    })
}

fn checker(dir: &Path, checker: Option<&CheckerToml>) -> Result<Checker, String> {
    let has_folder = dir.join("checker").is_dir();
    let kind = checker
        .and_then(|c| c.kind.as_deref())
        .unwrap_or(if has_folder { "custom" } else { "tokens" });
    let (abs, rel) = (checker.and_then(|c| c.abs), checker.and_then(|c| c.rel));
    if kind != "float" && (abs.is_some() || rel.is_some()) {
        return Err(format!(
            "[checker] `abs` and `rel` apply to kind = \"float\", not \"{kind}\""
        ));
    }
    Ok(Checker::Builtin(match kind {
        "tokens" => Compare::default(),
        "exact" => Compare::Exact,
        "lines" => Compare::Lines,
        "case-insensitive" => Compare::Tokens {
            case_sensitive: false,
            float: None,
        },
        "float" => {
            let tolerance = Tolerance {
                abs: abs.unwrap_or(1e-6),
                rel: rel.unwrap_or(1e-6),
            };
            if !(tolerance.abs >= 0.0 && tolerance.rel >= 0.0) {
                return Err("[checker] `abs` and `rel` must be 0 or more".into());
            }
            Compare::Tokens {
                case_sensitive: true,
                float: Some(tolerance),
            }
        }
        "custom" => {
            let source = checker.and_then(|c| c.source.as_deref()).unwrap_or("checker");
            let path = inside(dir, source).ok_or(format!(
                "[checker] source = \"{source}\" must name a file or folder inside the problem"
            ))?;
            return Ok(Checker::Custom(tool(ProgramRef { path })));
        }
        other => {
            return Err(format!(
                "[checker] kind = \"{other}\" is not a checker: use tokens, exact, lines, case-insensitive, float or custom"
            ))
        }
    }))
}

/// The comparison of an SQL problem, from its `[sql]` table. What only code
/// problems have (a checker, generated tests, program folders) is refused.
fn sql_checker(dir: &Path, manifest: &Manifest) -> Result<Checker, String> {
    if manifest.checker.is_some() {
        return Err("[checker] applies to code problems: an SQL problem sets its comparison in [sql]".into());
    }
    if !manifest.generate.is_empty() {
        return Err("[[generate]] applies to code problems: an SQL problem's tests are data files".into());
    }
    for folder in ["generator", "validator", "checker", "interactor"] {
        if dir.join(folder).exists() {
            return Err(format!(
                "an SQL problem has no {folder}: remove the {folder}/ folder (its tests are data files, its answers the accepted query's results)"
            ));
        }
    }
    let sql = manifest.sql.as_ref();
    let defaults = SqlCompare::default();
    let float_tolerance = sql.and_then(|s| s.float_tolerance).unwrap_or(defaults.float_tolerance);
    if !(float_tolerance.is_finite() && float_tolerance >= 0.0) {
        return Err(format!(
            "[sql] float_tolerance = {float_tolerance}: give a tolerance of 0 or more"
        ));
    }
    Ok(Checker::Builtin(Compare::Sql(SqlCompare {
        ordered: sql.and_then(|s| s.ordered).unwrap_or(defaults.ordered),
        columns: sql.and_then(|s| s.columns).unwrap_or(defaults.columns),
        float_tolerance,
    })))
}

/// `relative` resolved inside `dir`, if it exists and does not lead out of it.
fn inside(dir: &Path, relative: &str) -> Option<PathBuf> {
    let root = dir.canonicalize().ok()?;
    let path = dir.join(relative).canonicalize().ok()?;
    path.starts_with(&root).then_some(path)
}

/// The tests directly in `dir`, as tests of `group`: `.in`/`.ans` pairs, or
/// the data files (`.sql`) of an SQL problem.
fn read_tests(dir: &Path, group: &str, sql: bool) -> Result<Vec<Test>, PackageError> {
    let mut tests = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(tests);
    };
    let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    names.sort();
    for path in &names {
        if sql {
            if let Some(test) = sql_test(path, group)? {
                tests.push(test);
            }
            continue;
        }
        if let Some((name, answer)) = test_file(path)? {
            tests.push(Test {
                name,
                group: group.to_string(),
                source: TestSource::Files {
                    input: path.clone(),
                    answer,
                },
                checker_args: Vec::new(),
                validator_args: Vec::new(),
            });
        }
    }
    tests.sort_by_key(|test| natural_key(&test.name));
    Ok(tests)
}

/// A data file of an SQL problem as a test; `.in` and `.ans` files are refused,
/// other files passed over.
fn sql_test(path: &Path, group: &str) -> Result<Option<Test>, PackageError> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    if extension == "in" || extension == "ans" {
        return Err(PackageError::new(
            path,
            "an SQL problem's tests are data files (.sql, INSERTs run after schema.sql); its answers are the accepted query's results",
        ));
    }
    if extension != "sql" || !path.is_file() {
        return Ok(None);
    }
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !valid_name(&name) {
        return Err(PackageError::new(
            path,
            "rename the test: letters, digits, '-', '_' and '.' only",
        ));
    }
    Ok(Some(Test {
        name,
        group: group.to_string(),
        source: TestSource::Query {
            data: path.to_path_buf(),
        },
        checker_args: Vec::new(),
        validator_args: Vec::new(),
    }))
}

/// Hidden tests: files directly in tests/secret form the group `secret`; each
/// subfolder is a group of its own.
fn read_secret(dir: &Path, sql: bool) -> Result<Vec<Test>, PackageError> {
    let mut tests = read_tests(dir, SECRET, sql)?;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(tests);
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            let group = entry.file_name().to_string_lossy().into_owned();
            if !valid_name(&group) {
                return Err(PackageError::new(
                    &path,
                    "rename the group: letters, digits, '-', '_' and '.' only",
                ));
            }
            // Tests of the group `sample` are shown to candidates: a hidden one must never be.
            if group == SAMPLE {
                return Err(PackageError::new(
                    &path,
                    "hidden tests cannot form the group `sample`, which candidates see: rename the folder \
                     (samples go in tests/sample/)",
                ));
            }
            tests.extend(read_tests(&path, &group, sql)?);
        }
    }
    Ok(tests)
}

fn solutions(dir: &Path) -> Result<Vec<Solution>, PackageError> {
    let mut solutions = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(solutions);
    };
    let mut folders: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    folders.sort();
    for folder in folders.into_iter().filter(|p| p.is_dir()) {
        let name = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let Some(expected) = Verdict::parse(&name) else {
            return Err(PackageError::new(
                &folder,
                "not a verdict: name solution folders accepted, wrong_answer, time_limit, runtime_error, memory_limit, output_limit or compile_error",
            ));
        };
        let mut programs: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map_err(|err| PackageError::new(&folder, format!("cannot read: {err}")))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
            .collect();
        programs.sort();
        solutions.extend(programs.into_iter().map(|path| Solution {
            program: ProgramRef { path },
            expected: Expected::Verdict(expected),
            expected_score: None,
        }));
    }
    Ok(solutions)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A program of the package, spoken to in oa's protocol.
fn tool(program: ProgramRef) -> Tool {
    Tool {
        program,
        protocol: Protocol::Oa,
        args: Vec::new(),
    }
}
