//! `oa judge` end to end on the fixture problems in tests/fixtures/problems/, and
//! broken packages that must be refused with a message naming the file.

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

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/problems")
        .join(name)
}

fn oa(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oa"))
        .args(args)
        .env("OA_CACHE_DIR", cache())
        .output()
        .expect("run oa")
}

fn judge(problem: &Path, source: &Path, extra: &[&str]) -> Value {
    let mut args: Vec<&Path> = vec![Path::new("judge"), problem, source, Path::new("--json")];
    args.extend(extra.iter().map(Path::new));
    let output = oa(&args);
    assert!(
        output.status.success(),
        "oa judge failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

fn verdicts(report: &Value) -> Vec<String> {
    report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            format!(
                "{}/{} {}",
                t["group"].as_str().unwrap(),
                t["name"].as_str().unwrap(),
                t["verdict"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn subtasks_score_and_the_first_failure_is_the_verdict() {
    let sum = fixture("sum");
    let accepted = judge(&sum, &sum.join("solutions/accepted/main.cpp"), &[]);
    assert_eq!(
        (accepted["verdict"].as_str(), accepted["score"].as_f64()),
        (Some("AC"), Some(100.0)),
        "{accepted}"
    );
    assert_eq!(accepted["max_score"], 100.0);
    // Samples first, then groups in the order problem.toml declares them;
    // generated tests take their place by name.
    assert_eq!(
        verdicts(&accepted),
        [
            "sample/1 AC",
            "small/1 AC",
            "small/2 AC",
            "large/big-1 AC",
            "large/big-2 AC",
            "large/hand AC"
        ]
    );
    for test in accepted["tests"].as_array().unwrap() {
        assert!(test["instructions"].as_u64().unwrap() > 0 && test["memory_bytes"].as_u64().unwrap() > 0);
    }

    // Overflowing int: right on small numbers, wrong on the generated big ones;
    // the rest of the lost group is skipped unless --all.
    let wrong = judge(&sum, &sum.join("solutions/wrong_answer/overflow.cpp"), &[]);
    assert_eq!(
        (wrong["verdict"].as_str(), wrong["score"].as_f64()),
        (Some("WA"), Some(40.0)),
        "{wrong}"
    );
    let skipped = verdicts(&wrong).iter().filter(|v| v.ends_with("skipped")).count();
    assert!(skipped >= 1, "{wrong}");
    let all = judge(&sum, &sum.join("solutions/wrong_answer/overflow.cpp"), &["--all"]);
    assert!(verdicts(&all).iter().all(|v| !v.ends_with("skipped")), "{all}");
    assert_eq!(all["score"], 40.0);

    let slow = judge(&sum, &sum.join("solutions/time_limit/slow.cpp"), &[]);
    assert_eq!(
        (slow["verdict"].as_str(), slow["score"].as_f64()),
        (Some("TLE"), Some(40.0)),
        "{slow}"
    );

    // The Python solution gets Python's multiplier and passes.
    let python = judge(&sum, &sum.join("solutions/accepted/main.py"), &[]);
    assert_eq!(python["verdict"], "AC", "{python}");
}

#[test]
fn compile_errors_are_ce_with_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("main.cpp");
    std::fs::write(&source, "int main() { return x; }\n").unwrap();
    let report = judge(&fixture("sum"), &source, &[]);
    assert_eq!(report["verdict"], "CE");
    assert!(report["message"].as_str().unwrap().contains("main.cpp:1"), "{report}");
    assert_eq!(report["tests"].as_array().unwrap().len(), 0);
}

#[test]
fn custom_checkers_decide_and_their_failures_are_judge_errors() {
    let problem = fixture("pair-sum");
    let accepted = judge(&problem, &problem.join("solutions/accepted/last.py"), &[]);
    assert_eq!(accepted["verdict"], "AC", "{accepted}");
    let wrong = judge(&problem, &problem.join("solutions/wrong_answer/first_two.py"), &[]);
    assert_eq!(wrong["verdict"], "WA", "{wrong}");
    assert_eq!(
        wrong["tests"][2]["message"], "a[1] + a[2] != 8",
        "the checker's words reach the report"
    );

    // A checker that crashes is the problem's fault: JE, not WA.
    let dir = tempfile::tempdir().unwrap();
    let broken = copy(&problem, dir.path());
    std::fs::write(broken.join("checker/check.c"), "int main(void) { __builtin_trap(); }\n").unwrap();
    let report = judge(&broken, &problem.join("solutions/accepted/last.py"), &[]);
    assert_eq!(report["verdict"], "JE", "{report}");
    assert!(
        report["tests"][0]["message"]
            .as_str()
            .unwrap()
            .contains("the checker failed"),
        "{report}"
    );
}

/// Editing the (interpreted) generator makes new tests: the cache of generated
/// tests is keyed by the programs' sources, not only by their modules.
#[test]
fn interactive_problems_run_both_sides_at_once_and_the_interactor_decides() {
    let guess = fixture("guess");
    let solution = |path: &str| judge(&guess, &guess.join("solutions").join(path), &["--all"]);
    let accepted = solution("accepted/main.c");
    assert_eq!(accepted["verdict"], "AC", "{accepted}");
    assert!(
        accepted["tests"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("found 7 in"),
        "the interactor's stderr is the message: {accepted}"
    );
    let wrong = solution("wrong_answer/first.c");
    assert_eq!(
        verdicts(&wrong),
        ["sample/1 WA", "secret/high WA", "secret/low AC"],
        "{wrong}"
    );
    // The submission crashed, and only then did the interactor see its output end:
    // the crash is the verdict, not the interactor's complaint.
    let crashed = solution("runtime_error/crash.c");
    assert_eq!(crashed["verdict"], "RTE", "{crashed}");
    // Both sides waiting for each other: TLE as soon as both wait, not a hang.
    let silent = solution("time_limit/silent.c");
    assert_eq!(silent["verdict"], "TLE", "{silent}");
    assert!(
        silent["tests"][0]["message"].as_str().unwrap().contains("deadlock"),
        "{silent}"
    );
    // Instruction counts repeat exactly, though two programs ran side by side.
    let again = solution("accepted/main.c");
    let instructions = |report: &Value| -> Vec<u64> {
        report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["instructions"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(instructions(&again), instructions(&accepted));
}

#[test]
fn generated_tests_follow_the_generators_source() {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture("sum"), dir.path());
    let solution = problem.join("solutions/accepted/main.cpp");
    let big = |report: &Value| {
        report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == "big-1")
            .unwrap()["instructions"]
            .as_u64()
            .unwrap()
    };
    let before = judge(&problem, &solution, &[]);
    std::fs::write(problem.join("generator/gen.py"), "print(1)\nprint(7)\n").unwrap();
    let after = judge(&problem, &solution, &[]);
    assert_eq!(after["verdict"], "AC", "{after}");
    assert!(
        big(&after) * 100 < big(&before),
        "stale generated test: {} vs {}",
        big(&after),
        big(&before)
    );
}

/// Each broken package is refused (exit 2) with a message naming the file and what to do.
#[test]
fn broken_packages_are_refused_with_the_file_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let solution = fixture("sum").join("solutions/accepted/main.cpp");
    type Breaks = Box<dyn Fn(&Path)>;
    let cases: Vec<(&str, Breaks, &str)> = vec![
        (
            "hidden tests in a group named like the samples",
            Box::new(|p: &Path| std::fs::rename(p.join("tests/secret/small"), p.join("tests/secret/sample")).unwrap()),
            "hidden tests cannot form the group `sample`",
        ),
        (
            "generated tests in a group named like the samples",
            Box::new(|p: &Path| {
                let text = std::fs::read_to_string(p.join("problem.toml")).unwrap();
                std::fs::write(
                    p.join("problem.toml"),
                    text.replace("group = \"large\"", "group = \"sample\""),
                )
                .unwrap()
            }),
            "generated tests are hidden",
        ),
        (
            "missing answer",
            Box::new(|p: &Path| std::fs::remove_file(p.join("tests/secret/small/1.ans")).unwrap()),
            "small/1.in: this test has no answer: add",
        ),
        (
            "broken TOML",
            Box::new(|p: &Path| std::fs::write(p.join("problem.toml"), "title = \"x\"\n[limits]\ntime = \n").unwrap()),
            "problem.toml:3:",
        ),
        (
            "unknown key",
            Box::new(|p: &Path| {
                let text = std::fs::read_to_string(p.join("problem.toml")).unwrap();
                std::fs::write(
                    p.join("problem.toml"),
                    text.replace("time = 1.0", "time = 1.0\ntimeout = 2"),
                )
                .unwrap()
            }),
            "unknown field `timeout`",
        ),
        (
            "path traversal in a generated test's name",
            Box::new(|p: &Path| {
                let text = std::fs::read_to_string(p.join("problem.toml")).unwrap();
                std::fs::write(
                    p.join("problem.toml"),
                    text.replace("name = \"big-1\"", "name = \"../../evil\""),
                )
                .unwrap()
            }),
            "group and test names may hold only",
        ),
        (
            "a checker outside the package",
            Box::new(|p: &Path| {
                let text = std::fs::read_to_string(p.join("problem.toml")).unwrap();
                std::fs::write(
                    p.join("problem.toml"),
                    format!("{text}\n[checker]\nkind = \"custom\"\nsource = \"../../etc/passwd\"\n"),
                )
                .unwrap()
            }),
            "must name a file or folder inside the problem",
        ),
        (
            "a solution folder that is not a verdict",
            Box::new(|p: &Path| std::fs::create_dir(p.join("solutions/partial")).unwrap()),
            "solutions/partial: not a verdict",
        ),
        (
            "no statement",
            Box::new(|p: &Path| std::fs::remove_file(p.join("statement.md")).unwrap()),
            "statement.md: missing",
        ),
        (
            "a group with tests but no points",
            Box::new(|p: &Path| {
                std::fs::create_dir(p.join("tests/secret/extra")).unwrap();
                std::fs::write(p.join("tests/secret/extra/1.in"), "1\n1\n").unwrap();
                std::fs::write(p.join("tests/secret/extra/1.ans"), "1\n").unwrap();
            }),
            "the hidden group `extra` has no points",
        ),
    ];
    for (i, (what, breaks, expected)) in cases.iter().enumerate() {
        let root = dir.path().join(i.to_string());
        std::fs::create_dir(&root).unwrap();
        let problem = copy(&fixture("sum"), &root);
        breaks(&problem);
        let output = oa(&[Path::new("judge"), &problem, &solution]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{what}: {stderr}");
        assert!(stderr.contains(expected), "{what}: expected `{expected}` in: {stderr}");
        assert!(output.stdout.is_empty(), "{what}: nothing is judged");
    }
}
