//! `oa problem check` end to end: the sound fixture passes, and copies broken
//! one way each are reported with exit status 1 and the fault that says what
//! is wrong.

#[path = "support/fixtures.rs"]
mod fixtures;
use fixtures::copy;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn cache() -> &'static Path {
    static CACHE: OnceLock<tempfile::TempDir> = OnceLock::new();
    CACHE.get_or_init(|| tempfile::tempdir().expect("cache dir")).path()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/problems").join(name)
}

fn kattis(name: &str) -> PathBuf {
    root().join("tests/fixtures/kattis").join(name)
}

fn oa(args: &[&str], problems: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oa"))
        .args(["problem", "check"])
        .args(args)
        .args(problems)
        .env("OA_CACHE_DIR", cache())
        .output()
        .expect("run oa")
}

/// The exit status and the JSON result of each problem.
fn check(args: &[&str], problems: &[&Path]) -> (Option<i32>, Vec<Value>) {
    let mut all = vec!["--json"];
    all.extend(args);
    let output = oa(&all, problems);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let results = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|err| panic!("{err}: {line}")))
        .collect();
    (output.status.code(), results)
}

fn faults(result: &Value) -> Vec<String> {
    result["faults"]
        .as_array()
        .unwrap()
        .iter()
        .map(|fault| fault.as_str().unwrap().to_string())
        .collect()
}

fn warnings(result: &Value) -> Vec<String> {
    result["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|warning| warning.as_str().unwrap().to_string())
        .collect()
}

/// A copy of the `sum` fixture in a fresh directory, to break.
fn broken_sum() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture("sum"), dir.path());
    (dir, problem)
}

#[test]
fn a_sound_package_checks_ok_with_its_margins() {
    let (status, results) = check(&[], &[&fixture("sum")]);
    let result = &results[0];
    assert_eq!(status, Some(0), "{result:#}");
    assert_eq!(result["ok"], true);
    assert_eq!(result["problem"], "sum");
    assert!(faults(result).is_empty());
    let verdicts: Vec<(String, String)> = result["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().into(),
                s["verdict"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        [
            ("solutions/accepted/main.cpp".into(), "AC".into()),
            ("solutions/accepted/main.py".into(), "AC".into()),
            ("solutions/time_limit/slow.cpp".into(), "TLE".into()),
            ("solutions/wrong_answer/overflow.cpp".into(), "WA".into()),
        ]
    );
    assert_eq!(result["time_limit"], 1.0);
    // The accepted solutions take milliseconds; the quadratic one times out
    // even with the limit doubled.
    let suggested = result["suggested_time_limit"].as_f64().unwrap();
    assert!((0.1..=1.0).contains(&suggested), "{result:#}");
    let slowest = &result["slowest_accepted"];
    assert!(slowest["seconds"].as_f64().unwrap() < 0.5, "{result:#}");
    let fastest = &result["fastest_too_slow"];
    assert_eq!(fastest["path"], "solutions/time_limit/slow.cpp");
    assert_eq!(fastest["at_least"], true);
    assert!(fastest["seconds"].as_f64().unwrap() >= 2.0, "{result:#}");

    // The summary for people says the same.
    let output = oa(&[], &[&fixture("sum")]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("sum (Sum of a list): OK"), "{text}");
    assert!(text.contains("solutions/time_limit/slow.cpp"), "{text}");
}

#[test]
fn a_wrong_accepted_solution_is_a_fault() {
    let (_dir, problem) = broken_sum();
    std::fs::rename(
        problem.join("solutions/wrong_answer/overflow.cpp"),
        problem.join("solutions/accepted/overflow.cpp"),
    )
    .unwrap();
    let (status, results) = check(&[], &[&problem]);
    let faults = faults(&results[0]);
    assert_eq!(status, Some(1), "{faults:?}");
    assert_eq!(results[0]["ok"], false);
    assert_eq!(faults.len(), 1, "{faults:?}");
    assert!(
        faults[0].starts_with("solutions/accepted/overflow.cpp: expected AC, got WA on test large/big-1"),
        "{faults:?}"
    );
}

#[test]
fn an_accepted_wrong_answer_solution_is_a_fault() {
    let (_dir, problem) = broken_sum();
    std::fs::copy(
        problem.join("solutions/accepted/main.cpp"),
        problem.join("solutions/wrong_answer/right.cpp"),
    )
    .unwrap();
    let (status, results) = check(&[], &[&problem]);
    let faults = faults(&results[0]);
    assert_eq!(status, Some(1), "{faults:?}");
    assert_eq!(faults, ["solutions/wrong_answer/right.cpp: expected WA, got AC"]);
}

/// Generated inputs are validated too: the big ones break this validator's bound.
#[test]
fn inputs_the_validator_rejects_are_faults() {
    let (_dir, problem) = broken_sum();
    std::fs::create_dir(problem.join("validator")).unwrap();
    std::fs::write(
        problem.join("validator/validate.py"),
        "import sys\nn = int(sys.stdin.readline())\nif n > 1000:\n    print(f'n = {n} is more than 1000')\n    sys.exit(1)\n",
    )
    .unwrap();
    let (status, results) = check(&[], &[&problem]);
    let faults = faults(&results[0]);
    assert_eq!(status, Some(1), "{faults:?}");
    assert_eq!(results[0]["inputs_validated"], 6);
    assert_eq!(
        faults,
        [
            "test large/big-1: validator/ rejects it (exit code 1; 0 means valid): n = 100000 is more than 1000",
            "test large/big-2: validator/ rejects it (exit code 1; 0 means valid): n = 100000 is more than 1000",
        ]
    );
}

/// A validator that never exits ends as a fault once its (here short) time limit is spent.
#[test]
fn a_validator_that_never_exits_is_a_fault() {
    let (_dir, problem) = broken_sum();
    std::fs::create_dir(problem.join("validator")).unwrap();
    std::fs::write(
        problem.join("validator/validate.c"),
        "int main(void) { volatile unsigned long n = 0; for (;;) n++; }\n",
    )
    .unwrap();
    let (status, results) = check(&["--validator-time", "0.1"], &[&problem]);
    let faults = faults(&results[0]);
    assert_eq!(status, Some(1), "{faults:?}");
    assert_eq!(faults.len(), 6, "one per input: {faults:?}");
    assert_eq!(faults[0], "test sample/1: validator/ did not finish within 0.1 s");
}

#[test]
fn a_package_that_does_not_parse_is_a_fault_naming_the_file() {
    let (_dir, problem) = broken_sum();
    std::fs::write(problem.join("problem.toml"), "title = \"x\"\n[limits]\ntime = \n").unwrap();
    let (status, results) = check(&[], &[&problem, &fixture("pair-sum")]);
    assert_eq!(status, Some(1));
    assert!(faults(&results[0])[0].contains("problem.toml:3:"), "{:?}", results[0]);
    assert_eq!(
        results[1]["ok"], true,
        "the other problems are still checked: {:?}",
        results[1]
    );
}

#[test]
fn an_interactive_package_checks_ok() {
    let (status, results) = check(&[], &[&fixture("guess")]);
    assert_eq!(status, Some(0), "{:#}", results[0]);
}

/// An interactor that accepts without a word accepts wrong solutions too.
#[test]
fn a_broken_interactor_is_a_fault() {
    let (_dir, problem) = broken_sum();
    std::fs::create_dir(problem.join("interactor")).unwrap();
    std::fs::write(problem.join("interactor/interact.c"), "int main(void) { return 0; }\n").unwrap();
    let (status, results) = check(&[], &[&problem]);
    let faults = faults(&results[0]);
    assert_eq!(status, Some(1), "{faults:?}");
    assert!(
        faults.contains(&"solutions/wrong_answer/overflow.cpp: expected WA, got AC".to_string()),
        "{faults:?}"
    );
}

/// Samples alone are judged, but an author should know candidates see every test.
#[test]
fn a_package_without_secret_tests_checks_ok_with_a_warning() {
    let (status, results) = check(&[], &[&kattis("legacy-reverse")]);
    let result = &results[0];
    assert_eq!(status, Some(0), "{result:#}");
    assert!(faults(result).is_empty(), "{result:#}");
    let told = warnings(result);
    assert!(
        told.iter().any(|w| w.starts_with("no secret tests: the samples")),
        "{told:?}"
    );
    let verdicts: Vec<&str> = result["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["AC", "AC", "WA"], "{result:#}");
    // A package with secret tests has no such warning.
    let (_, results) = check(&[], &[&kattis("legacy-average")]);
    assert!(
        !warnings(&results[0]).iter().any(|w| w.contains("no secret tests")),
        "{:#}",
        results[0]
    );
}

#[test]
fn a_multi_pass_package_checks_ok() {
    let (status, results) = check(&[], &[&kattis("modern-relay")]);
    let result = &results[0];
    assert_eq!(status, Some(0), "{result:#}");
    assert!(faults(result).is_empty(), "{result:#}");
    assert_eq!(result["inputs_validated"], 4, "{result:#}");
    let verdicts: Vec<(&str, &str)> = result["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap(), s["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("submissions/accepted/relay.c", "AC"),
            ("submissions/accepted/relay.py", "AC"),
            ("submissions/wrong_answer/backwards.py", "WA"),
            ("submissions/wrong_answer/letters.py", "WA"),
        ]
    );
}

/// An author must not take a checktestdata or VIVA script for a check that ran.
#[test]
fn validators_oa_cannot_run_are_told_not_to_have_validated() {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&kattis("legacy-reverse"), dir.path());
    let validators = problem.join("input_validators");
    std::fs::create_dir(&validators).unwrap();
    std::fs::write(validators.join("word.ctd"), "REGEX(\"[a-z]+\") NEWLINE\n").unwrap();
    std::fs::write(
        validators.join("validate.py"),
        "import sys\nword = sys.stdin.read()\nsys.exit(42 if word.strip().isalpha() and word.endswith('\\n') else 43)\n",
    )
    .unwrap();
    let (status, results) = check(&[], &[&problem]);
    let result = &results[0];
    assert_eq!(status, Some(0), "a warning, not a fault: {result:#}");
    assert_eq!(
        result["validators_not_run"],
        serde_json::json!(["input_validators/word.ctd"])
    );
    assert_eq!(
        result["inputs_validated"], 3,
        "the validator program still ran: {result:#}"
    );
    assert!(
        warnings(result).contains(
            &"the test inputs were NOT validated by input_validators/word.ctd: oa does not run checktestdata \
              or VIVA scripts, and only input_validators/validate.py checked them; run them with their own tools, \
              or write them as programs (C, C++, Python, ...) that exit 42 on a valid input"
                .to_string()
        ),
        "{result:#}"
    );

    // With scripts only, nothing validated the inputs.
    std::fs::remove_file(validators.join("validate.py")).unwrap();
    std::fs::write(validators.join("bounds.viva"), "\n").unwrap();
    let (status, results) = check(&[], &[&problem]);
    let result = &results[0];
    assert_eq!(status, Some(0), "{result:#}");
    assert_eq!(
        result["validators_not_run"],
        serde_json::json!(["input_validators/bounds.viva", "input_validators/word.ctd"])
    );
    assert_eq!(result["inputs_validated"], 0);
    let told = warnings(result);
    assert!(
        told.iter().any(|w| w.starts_with(
            "the test inputs were NOT validated by input_validators/bounds.viva, input_validators/word.ctd:"
        ) && w.contains("no other input validator ran, so the inputs were not validated at all")),
        "{told:?}"
    );
    let text = String::from_utf8_lossy(&oa(&[], &[&problem]).stdout).into_owned();
    assert!(
        text.contains(
            "  inputs       NOT validated by input_validators/bounds.viva, input_validators/word.ctd \
             (checktestdata and VIVA are not run)\n"
        ),
        "{text}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let output = oa(&[], &[Path::new("/nonexistent/problem")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a directory"));
    assert_eq!(oa(&[], &[]).status.code(), Some(2), "no problem given");
    let output = oa(&["--validator-time", "0"], &[&fixture("sum")]);
    assert_eq!(output.status.code(), Some(2));
}

/// Every example problem is sound: the bar, so it runs with the suite
/// though it takes minutes (every solution of nine problems, with their
/// generated tests, the wrong and slow ones included).
///
/// Verdicts are exact, so a check's result is a function of the oa binary, the
/// languages' definitions and the packages: once those passed together, they
/// pass again. The test remembers each passing combination, by hash, in the
/// build directory, so a rerun with nothing changed skips the minutes.
#[test]
fn every_example_problem_checks_ok() {
    let mut problems: Vec<PathBuf> = std::fs::read_dir(root().join("problems"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    problems.sort();
    let passed = passed_before(&problems);
    if passed.exists() {
        eprintln!(
            "the example problems passed with this very binary and these packages: {}",
            passed.display()
        );
        return;
    }
    let problems: Vec<&Path> = problems.iter().map(PathBuf::as_path).collect();
    let (status, results) = check(&[], &problems);
    for result in &results {
        assert_eq!(result["ok"], true, "{result:#}");
    }
    assert_eq!(results.len(), problems.len());
    assert_eq!(status, Some(0));
    std::fs::create_dir_all(passed.parent().unwrap()).unwrap();
    std::fs::write(&passed, "ok\n").unwrap();
}

/// Where a pass of `problems` is remembered: named by the SHA-256 of the oa
/// binary, the languages' definitions, install scripts and preludes, and
/// every file of every package.
fn passed_before(problems: &[PathBuf]) -> PathBuf {
    use sha2::{Digest, Sha256};
    let mut key = Sha256::new();
    let mut files = vec![
        PathBuf::from(env!("CARGO_BIN_EXE_oa")),
        root().join("sandbox/languages.toml"),
    ];
    files.extend(files_below(&root().join("sandbox/toolchains")));
    files.extend(files_below(&root().join("sandbox/preludes")));
    for problem in problems {
        files.extend(files_below(problem));
    }
    for file in files {
        key.update(file.strip_prefix(root()).unwrap_or(&file).to_string_lossy().as_bytes());
        key.update([0]);
        key.update(std::fs::read(&file).unwrap());
        key.update([0]);
    }
    let hex: String = key.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    target.join("example-checks").join(hex)
}

/// Every file below `dir`, sorted.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
