//! Kattis / ICPC packages (tests/fixtures/kattis/): each version read into the
//! model, broken packages refused with the file named, and `oa judge` on them.

#[path = "support/fixtures.rs"]
mod fixtures;
use fixtures::copy;

use judge::compare::{Compare, Tolerance};
use judge::grading::{Aggregate, Group};
use judge::problem::{Checker, Expected, PackageError, Problem, Protocol, TestSource};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/kattis")
        .join(name)
}

fn load(name: &str) -> Problem {
    Problem::load(&fixture(name)).unwrap_or_else(|err| panic!("{name}: {err}"))
}

/// `group/name` of each test, in judging order.
fn tests(problem: &Problem) -> Vec<String> {
    problem
        .tests
        .iter()
        .map(|t| format!("{}/{}", t.group, t.name))
        .collect()
}

/// Each solution as `folder/file expectation`.
fn solutions(problem: &Problem) -> Vec<String> {
    problem
        .solutions
        .iter()
        .map(|s| {
            let path = s.program.path.strip_prefix(problem.dir.join("submissions")).unwrap();
            format!("{} {}", path.display(), s.expected)
        })
        .collect()
}

fn relative(problem: &Problem, path: &Path) -> String {
    path.strip_prefix(&problem.dir).unwrap().display().to_string()
}

fn group(name: &str, points: f64, aggregate: Aggregate) -> Group {
    Group {
        name: name.into(),
        points,
        aggregate,
    }
}

#[test]
fn legacy_pass_fail_with_default_validator_flags_and_timelimit_file() {
    let problem = load("legacy-average");
    assert_eq!(
        (problem.id.as_str(), problem.title.as_str()),
        ("legacy-average", "Average")
    );
    assert_eq!(problem.limits.time_seconds, 1.0);
    assert_eq!(problem.limits.time_from_solutions, None);
    assert_eq!((problem.limits.memory_mib, problem.limits.output_mib), (256, 8));
    // The default validator compares case-insensitively unless told.
    assert_eq!(
        problem.checker,
        Checker::Builtin(Compare::Tokens {
            case_sensitive: false,
            float: Some(Tolerance { abs: 1e-6, rel: 1e-6 }),
        })
    );
    assert_eq!(problem.interactor, None);
    assert!(problem.validators.is_empty() && problem.groups.is_empty());
    assert_eq!(tests(&problem), ["sample/1", "secret/01", "secret/02", "secret/10"]);
    for test in &problem.tests {
        assert!(test.checker_args.is_empty() && test.validator_args.is_empty());
        let TestSource::Files { input, answer } = &test.source else {
            panic!("Kattis tests are files")
        };
        assert!(input.is_file() && answer.is_file());
    }
    assert_eq!(
        solutions(&problem),
        [
            "accepted/average.cpp AC",
            "accepted/average.py AC",
            "time_limit_exceeded/spins.cpp TLE",
            "wrong_answer/truncates.py WA"
        ]
    );
    assert_eq!(
        relative(&problem, problem.statement.as_ref().unwrap()),
        "problem_statement/problem.en.tex"
    );
    assert!(problem.starters.is_empty() && problem.generator.is_none());
}

#[test]
fn legacy_custom_output_validator_and_input_validators() {
    let problem = load("legacy-pairs");
    assert_eq!(problem.title, "Pair With Sum");
    assert_eq!(
        (
            problem.limits.time_seconds,
            problem.limits.memory_mib,
            problem.limits.output_mib
        ),
        (1.5, 512, 1)
    );
    let Checker::Custom(checker) = &problem.checker else {
        panic!("{:?}", problem.checker)
    };
    assert_eq!(checker.protocol, Protocol::Kattis);
    assert_eq!(relative(&problem, &checker.program.path), "output_validators/pairs");
    assert!(checker.args.is_empty());
    // The checktestdata script beside it is skipped: oa cannot run it.
    let validators: Vec<_> = problem
        .validators
        .iter()
        .map(|v| (relative(&problem, &v.program.path), v.protocol))
        .collect();
    assert_eq!(
        validators,
        [("input_validators/validate.py".to_string(), Protocol::Kattis)]
    );
    let not_run: Vec<_> = problem
        .validators_not_run
        .iter()
        .map(|path| relative(&problem, path))
        .collect();
    assert_eq!(not_run, ["input_validators/format.ctd"]);
    assert_eq!(tests(&problem), ["sample/1", "secret/1", "secret/2", "secret/3"]);
    assert_eq!(
        solutions(&problem),
        [
            "accepted/pairs.cpp AC",
            "accepted/pairs.py AC",
            "wrong_answer/first_two.py WA"
        ]
    );
}

#[test]
fn legacy_scoring_groups_from_testdata_yaml() {
    let problem = load("legacy-scoring");
    // No time limit anywhere: five times the slowest accepted solution (problemtools' rule).
    assert_eq!(problem.limits.time_from_solutions, Some(5.0));
    assert_eq!((problem.limits.memory_mib, problem.limits.output_mib), (2048, 8));
    assert_eq!(
        problem.groups,
        [
            group("secret/group1", 30.0, Aggregate::Min),
            group("secret/group2", 70.0, Aggregate::Min)
        ]
    );
    assert_eq!(
        tests(&problem),
        [
            "sample/1",
            "secret/group1/1",
            "secret/group1/2",
            "secret/group1/10",
            "secret/group2/1",
            "secret/group2/2"
        ]
    );
    assert_eq!(
        solutions(&problem),
        [
            "accepted/sum.cpp AC",
            "accepted/sum.py AC",
            "partially_accepted/int32.py not AC",
            "wrong_answer/int32.cpp WA"
        ]
    );
    assert!(problem.solutions.iter().all(|s| s.expected_score.is_none()));
}

/// The legacy spec's default: an accepted test scores 1.
#[test]
fn legacy_accept_score_defaults_to_one() {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture("legacy-scoring"), dir.path());
    edit(
        problem.join("data/secret/group1/testdata.yaml"),
        "accept_score: 30\n",
        "",
    );
    write(
        problem.join("data/secret/group2/testdata.yaml"),
        "grader_flags: first_error sum\n",
    );
    let problem = Problem::load(&problem).unwrap();
    assert_eq!(
        problem.groups,
        [
            group("secret/group1", 1.0, Aggregate::Min),
            group("secret/group2", 2.0, Aggregate::Sum)
        ],
        "a min group is worth one test's score, a sum group all of them"
    );
}

#[test]
fn draft_2023_07_scoring_shares_and_per_test_flags() {
    let problem = load("draft-shout");
    assert_eq!(problem.title, "Shout", "English over the first language");
    assert_eq!(
        relative(&problem, problem.statement.as_ref().unwrap()),
        "statement/problem.en.md"
    );
    assert_eq!(problem.limits.time_from_solutions, Some(3.0));
    assert_eq!(problem.limits.memory_mib, 1024);
    assert_eq!(
        problem.checker,
        Checker::Builtin(Compare::from_kattis_flags(&[]).unwrap())
    );
    // secret is worth 50; easy says 20, hard gets what is left.
    assert_eq!(
        problem.groups,
        [
            group("secret/easy", 20.0, Aggregate::Min),
            group("secret/hard", 30.0, Aggregate::Min)
        ]
    );
    let flags: Vec<String> = problem
        .tests
        .iter()
        .map(|t| format!("{}/{} {}", t.group, t.name, t.checker_args.join(" ")))
        .collect();
    assert_eq!(
        flags,
        [
            "sample/1 case_sensitive",
            "secret/easy/1 case_sensitive",
            "secret/easy/2 case_sensitive",
            "secret/hard/1 case_sensitive",
            "secret/hard/2 case_sensitive space_change_sensitive"
        ]
    );
    let expected: Vec<(String, Option<f64>)> = solutions(&problem)
        .into_iter()
        .zip(problem.solutions.iter().map(|s| s.expected_score))
        .collect();
    assert_eq!(
        expected,
        [
            ("accepted/shout.cpp AC".to_string(), Some(1.0)),
            ("accepted/shout.py AC".to_string(), Some(1.0)),
            ("wrong_answer/echo.py WA".to_string(), Some(0.4)),
        ]
    );
}

#[test]
fn format_2025_09_output_validator_folder_and_test_group_yaml() {
    let problem = load("modern-distinct");
    assert_eq!(problem.title, "Distinct Values");
    assert_eq!(problem.limits.time_seconds, 1.5);
    assert_eq!(problem.limits.time_from_solutions, None);
    assert_eq!(problem.limits.memory_mib, 512);
    let Checker::Custom(checker) = &problem.checker else {
        panic!("{:?}", problem.checker)
    };
    assert_eq!(
        (relative(&problem, &checker.program.path), checker.protocol),
        ("output_validator".to_string(), Protocol::Kattis)
    );
    // Flags are inherited from data/ and replaced by secret's own.
    let flags: Vec<String> = problem
        .tests
        .iter()
        .map(|t| format!("{}/{} {}", t.group, t.name, t.checker_args.join(" ")))
        .collect();
    assert_eq!(
        flags,
        [
            "sample/1 any_order",
            "secret/1 any_order verbose",
            "secret/2 any_order verbose",
            "secret/3 any_order verbose"
        ]
    );
    assert_eq!(problem.validators.len(), 1);
    assert_eq!(
        relative(&problem, &problem.validators[0].program.path),
        "input_validators/validate.cpp"
    );
    assert!(problem.groups.is_empty());
    assert_eq!(
        solutions(&problem),
        [
            "accepted/Main.java AC",
            "accepted/distinct.cpp AC",
            "accepted/distinct.py AC",
            "run_time_error/crash.py RTE",
            "wrong_answer/all.py WA"
        ]
    );
}

#[test]
fn legacy_interactive_problem_has_its_validator_as_interactor() {
    let problem = load("legacy-guess");
    let interactor = problem.interactor.as_ref().expect("interactive");
    assert_eq!(
        (relative(&problem, &interactor.program.path), interactor.protocol),
        ("output_validators/interactor".to_string(), Protocol::Kattis)
    );
    assert_eq!(problem.checker, Checker::Builtin(Compare::default()));
    assert_eq!(tests(&problem), ["sample/1", "secret/1", "secret/2", "secret/3"]);
    assert_eq!(
        solutions(&problem),
        [
            "accepted/binary.cpp AC",
            "accepted/binary.py AC",
            "wrong_answer/linear.py WA"
        ]
    );
    assert!(problem
        .solutions
        .iter()
        .all(|s| s.expected != Expected::Rejected && s.expected_score.is_none()));
}

#[test]
fn a_package_with_samples_only_is_judged_on_them() {
    let problem = load("legacy-reverse");
    assert_eq!(tests(&problem), ["sample/1", "sample/2", "sample/3"]);
    assert!(problem.groups.is_empty(), "pass-fail: the samples decide the verdict");
    assert!(problem.tests.iter().all(|test| test.is_sample()));

    // Scoring: the samples are the scored group, as secret would be.
    let dir = tempfile::tempdir().unwrap();
    let scoring = copy(&fixture("legacy-reverse"), dir.path());
    edit(
        scoring.join("problem.yaml"),
        "name: Reverse",
        "name: Reverse\ntype: scoring",
    );
    // An empty data/secret is no secret tests either.
    std::fs::create_dir(scoring.join("data/secret")).unwrap();
    let problem = Problem::load(&scoring).unwrap();
    assert_eq!(
        problem.groups,
        [group("sample", 3.0, Aggregate::Sum)],
        "accept_score 1 each"
    );
    edit(
        scoring.join("problem.yaml"),
        "name: Reverse",
        "problem_format_version: 2023-07-draft\nname: Reverse",
    );
    let problem = Problem::load(&scoring).unwrap();
    assert_eq!(
        problem.groups,
        [group("sample", 100.0, Aggregate::Sum)],
        "secret's default worth"
    );
}

#[test]
fn a_package_without_tests_is_refused() {
    let (err, file) = refused("legacy-reverse", |p| {
        std::fs::remove_dir_all(p.join("data/sample")).unwrap()
    });
    assert_eq!(file, Path::new("data"), "{err}");
    assert!(err.message.contains("no tests: add the secret tests"), "{err}");
    let (err, file) = refused("legacy-reverse", |p| {
        for test in ["1", "2", "3"] {
            for extension in ["in", "ans"] {
                std::fs::remove_file(p.join(format!("data/sample/{test}.{extension}"))).unwrap();
            }
        }
        std::fs::create_dir(p.join("data/secret")).unwrap();
    });
    assert_eq!(file, Path::new("data"), "empty folders hold no tests: {err}");
}

/// Loads a copy of `name` changed by `change`.
fn changed(name: &str, change: impl FnOnce(&Path)) -> Problem {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture(name), dir.path());
    change(&problem);
    Problem::load(&problem).unwrap_or_else(|err| panic!("{name}, changed: {err}"))
}

#[test]
fn multi_pass_problems_in_every_version() {
    let problem = load("modern-relay");
    assert_eq!(problem.multi_pass, Some(2));
    let Checker::Custom(checker) = &problem.checker else {
        panic!("{:?}", problem.checker)
    };
    assert_eq!(
        (relative(&problem, &checker.program.path), checker.protocol),
        ("output_validator".to_string(), Protocol::Kattis)
    );
    assert_eq!(problem.interactor, None);
    assert_eq!(tests(&problem), ["sample/1", "secret/1", "secret/2", "secret/3"]);
    assert_eq!(
        solutions(&problem),
        [
            "accepted/relay.c AC",
            "accepted/relay.py AC",
            "wrong_answer/backwards.py WA",
            "wrong_answer/letters.py WA"
        ]
    );

    let passes = |yaml: &str| {
        let yaml = yaml.to_string();
        changed("modern-relay", move |p| write(p.join("problem.yaml"), &yaml))
    };
    let limits = "limits:\n  time_limit: 1\n";
    assert_eq!(
        passes("problem_format_version: 2025-09\ntype: multi-pass\nname: Relay\n").multi_pass,
        Some(2),
        "two passes unless told"
    );
    let draft = passes(&format!(
        "problem_format_version: 2023-07-draft\ntype: [multi-pass]\n{limits}  validation_passes: 5\n"
    ));
    assert_eq!(draft.multi_pass, Some(5));
    let legacy = passes(&format!(
        "name: Relay\nvalidation: custom multi-pass\n{limits}  validation_passes: 3\n"
    ));
    assert_eq!(legacy.multi_pass, Some(3));
    assert!(matches!(legacy.checker, Checker::Custom(_)));
    let interactive = passes("name: Relay\nvalidation: custom interactive multi-pass\n");
    assert_eq!(interactive.multi_pass, Some(2));
    assert!(interactive.interactor.is_some(), "multi-pass and interactive at once");
    let modern = passes("problem_format_version: 2025-09\ntype: [pass-fail, interactive, multi-pass]\nname: Relay\n");
    assert_eq!((modern.multi_pass, modern.interactor.is_some()), (Some(2), true));
    let single = passes("name: Relay\nvalidation: custom\nlimits:\n  validation_passes: 3\n");
    assert_eq!(single.multi_pass, None, "validation_passes alone is not multi-pass");
}

#[test]
fn multi_pass_settings_that_do_not_fit_are_refused() {
    for passes in ["1", "2.5", "lots"] {
        let (err, file) = refused("modern-relay", |p| {
            edit(
                p.join("problem.yaml"),
                "validation_passes: 2",
                &format!("validation_passes: {passes}"),
            )
        });
        assert_eq!(file, Path::new("problem.yaml"));
        assert!(
            err.message.contains("`limits.validation_passes` must be"),
            "{passes}: {err}"
        );
    }
    let (err, _) = refused("modern-relay", |p| {
        edit(
            p.join("problem.yaml"),
            "[pass-fail, multi-pass]",
            "[pass-fail, multi_pass]",
        )
    });
    assert!(
        err.message
            .contains("has `multi_pass`: use pass-fail, scoring, interactive or multi-pass"),
        "{err}"
    );
    let (err, _) = refused("modern-relay", |p| {
        write(p.join("problem.yaml"), "name: Relay\ntype: multi-pass\n")
    });
    assert!(
        err.message.contains("say `validation: custom multi-pass` instead"),
        "{err}"
    );
    let (err, file) = refused("modern-relay", |p| {
        std::fs::remove_dir_all(p.join("output_validator")).unwrap()
    });
    assert_eq!(file, Path::new("problem.yaml"));
    assert!(
        err.message
            .contains("needs a custom output validator (it is interactive or multi-pass"),
        "{err}"
    );
}

/// Loads a copy of `name` broken by `breaks`, which must be refused.
fn refused(name: &str, breaks: impl FnOnce(&Path)) -> (PackageError, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture(name), dir.path());
    breaks(&problem);
    let err = Problem::load(&problem).expect_err("the broken package must be refused");
    let file = err.file.strip_prefix(&problem).unwrap_or(&err.file).to_path_buf();
    (err, file)
}

fn write(path: PathBuf, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn edit(path: PathBuf, from: &str, to: &str) {
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{}: no `{from}`", path.display());
    std::fs::write(path, text.replace(from, to)).unwrap();
}

#[test]
fn malformed_yaml_is_refused_with_the_file_and_line() {
    let (err, file) = refused("legacy-average", |p| {
        write(p.join("problem.yaml"), "name: Average\nlimits:\n  memory: [256\n")
    });
    assert_eq!(file, Path::new("problem.yaml"));
    assert!(err.line.is_some_and(|line| line >= 3), "{err}");
    assert!(err.message.contains("not valid YAML"), "{err}");

    let (err, file) = refused("legacy-scoring", |p| {
        write(
            p.join("data/secret/group1/testdata.yaml"),
            "grader_flags: min\n  accept_score: 30\n",
        )
    });
    assert_eq!(file, Path::new("data/secret/group1/testdata.yaml"), "{err}");
    assert!(err.line.is_some(), "{err}");

    let (err, _) = refused("legacy-average", |p| {
        write(p.join("problem.yaml"), "name: Average\nlimits:\n  memory: lots\n")
    });
    assert!(err.to_string().contains("`limits.memory` must be a number"), "{err}");
}

#[test]
fn a_test_without_its_answer_is_refused() {
    let (err, file) = refused("legacy-average", |p| {
        std::fs::remove_file(p.join("data/secret/02.ans")).unwrap()
    });
    assert_eq!(file, Path::new("data/secret/02.in"));
    assert!(err.message.contains("this test has no answer: add"), "{err}");

    let (err, file) = refused("modern-distinct", |p| {
        std::fs::remove_file(p.join("data/secret/3.in")).unwrap()
    });
    assert_eq!(file, Path::new("data/secret/3.ans"));
    assert!(err.message.contains("no input"), "{err}");
}

#[test]
fn unknown_versions_and_unsupported_types_are_refused() {
    let (err, file) = refused("modern-distinct", |p| {
        edit(p.join("problem.yaml"), "2025-09", "2024-01")
    });
    assert_eq!(file, Path::new("problem.yaml"));
    assert!(err.message.contains("`problem_format_version` is `2024-01`"), "{err}");
    assert!(err.message.contains("legacy, 2023-07-draft or 2025-09"), "{err}");

    let (err, file) = refused("modern-distinct", |p| {
        edit(p.join("problem.yaml"), "type: pass-fail", "type: [submit-answer]")
    });
    assert_eq!(file, Path::new("problem.yaml"));
    assert!(
        err.message.contains("oa does not support submit-answer problems yet"),
        "{err}"
    );
    let (err, _) = refused("legacy-average", |p| {
        edit(
            p.join("problem.yaml"),
            "name: Average",
            "name: Average\ntype: interactive",
        )
    });
    assert!(err.message.contains("pass-fail or scoring"), "{err}");
    let (err, _) = refused("legacy-pairs", |p| {
        std::fs::remove_dir_all(p.join("output_validators")).unwrap()
    });
    assert!(err.message.contains("output_validators/"), "{err}");
}

#[test]
fn scoring_that_does_not_fit_is_refused_naming_the_field() {
    let group1 = "data/secret/group1/testdata.yaml";
    let (err, file) = refused("legacy-scoring", |p| edit(p.join(group1), "first_error min", "max"));
    assert_eq!(file, Path::new(group1));
    assert!(
        err.message.contains("`grader_flags`") && err.message.contains("`max`"),
        "{err}"
    );

    let (err, file) = refused("legacy-scoring", |p| {
        edit(p.join(group1), "first_error min", "accept_if_any_accepted")
    });
    assert_eq!(file, Path::new(group1));
    assert!(err.message.contains("accept_if_any_accepted"), "{err}");

    let (err, file) = refused("legacy-scoring", |p| {
        edit(p.join("data/secret/testdata.yaml"), "first_error sum", "min")
    });
    assert_eq!(file, Path::new("data/secret/testdata.yaml"));
    assert!(err.message.contains("oa adds groups up"), "{err}");

    let (err, file) = refused("legacy-scoring", |p| write(p.join(group1), "grading: custom\n"));
    assert_eq!(file, Path::new(group1));
    assert!(err.message.contains("custom grader"), "{err}");

    let (err, file) = refused("draft-shout", |p| {
        write(
            p.join("data/secret/hard/test_group.yaml"),
            "scoring:\n  require_pass: secret/easy\n",
        )
    });
    assert_eq!(file, Path::new("data/secret/hard/test_group.yaml"));
    assert!(err.message.contains("require_pass"), "{err}");

    let (err, _) = refused("draft-shout", |p| {
        edit(p.join("data/secret/easy/test_group.yaml"), "score: 20", "score: 80")
    });
    assert!(err.message.contains("more than its 50"), "{err}");
}

#[test]
fn unsafe_names_and_paths_out_of_the_package_are_refused() {
    let (err, file) = refused("legacy-average", |p| {
        write(p.join("data/secret/bad name.in"), "1\n1\n");
        write(p.join("data/secret/bad name.ans"), "1\n");
    });
    assert_eq!(file, Path::new("data/secret/bad name.in"));
    assert!(err.message.contains("rename the test"), "{err}");

    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.in"), "1\n1\n").unwrap();
    let (err, file) = refused("legacy-average", |p| {
        std::os::unix::fs::symlink(outside.path().join("secret.in"), p.join("data/secret/11.in")).unwrap();
        write(p.join("data/secret/11.ans"), "1\n");
    });
    assert_eq!(file, Path::new("data/secret/11.in"));
    assert!(err.message.contains("outside the problem's folder"), "{err}");

    // A link inside the package is fine.
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture("legacy-average"), dir.path());
    std::os::unix::fs::symlink("../sample/1.in", problem.join("data/secret/20.in")).unwrap();
    std::os::unix::fs::symlink("../sample/1.ans", problem.join("data/secret/20.ans")).unwrap();
    assert_eq!(Problem::load(&problem).unwrap().tests.len(), 5);
}

// `oa judge` end to end.

fn cache() -> &'static Path {
    static CACHE: OnceLock<tempfile::TempDir> = OnceLock::new();
    CACHE.get_or_init(|| tempfile::tempdir().expect("cache dir")).path()
}

fn judge(problem: &str, submission: &str) -> Value {
    judge_package(&fixture(problem), submission)
}

/// `oa judge` on the package in `dir` with one of its submissions.
fn judge_package(dir: &Path, submission: &str) -> Value {
    let problem = dir.display();
    let output = Command::new(env!("CARGO_BIN_EXE_oa"))
        .arg("judge")
        .arg(dir)
        .arg(dir.join("submissions").join(submission))
        .arg("--json")
        .env("OA_CACHE_DIR", cache())
        .output()
        .expect("run oa");
    assert!(
        output.status.success(),
        "oa judge {problem} {submission} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

fn verdict(report: &Value) -> (&str, f64) {
    (report["verdict"].as_str().unwrap(), report["score"].as_f64().unwrap())
}

#[test]
fn judge_legacy_pass_fail() {
    for accepted in ["accepted/average.cpp", "accepted/average.py"] {
        let report = judge("legacy-average", accepted);
        assert_eq!(verdict(&report), ("AC", 1.0), "{accepted}: {report}");
    }
    let wrong = judge("legacy-average", "wrong_answer/truncates.py");
    assert_eq!(wrong["verdict"], "WA", "{wrong}");
    let slow = judge("legacy-average", "time_limit_exceeded/spins.cpp");
    assert_eq!(slow["verdict"], "TLE", "{slow}");
}

#[test]
fn judge_legacy_scoring() {
    let report = judge("legacy-scoring", "accepted/sum.cpp");
    assert_eq!(verdict(&report), ("AC", 100.0), "{report}");
    assert_eq!(report["max_score"], 100.0);
    let report = judge("legacy-scoring", "accepted/sum.py");
    assert_eq!(verdict(&report), ("AC", 100.0), "{report}");
    // Right on the small group, overflowing on the large one.
    for partial in ["wrong_answer/int32.cpp", "partially_accepted/int32.py"] {
        let report = judge("legacy-scoring", partial);
        assert_eq!(verdict(&report), ("WA", 30.0), "{partial}: {report}");
    }
}

#[test]
fn judge_draft_2023_07() {
    for accepted in ["accepted/shout.cpp", "accepted/shout.py"] {
        let report = judge("draft-shout", accepted);
        assert_eq!(verdict(&report), ("AC", 50.0), "{accepted}: {report}");
    }
}

#[test]
fn judge_draft_2023_07_per_test_default_validator_flags() {
    // echo.py is right on the upper-case tests only: with the data's
    // `case_sensitive` it loses the hard group.
    let report = judge("draft-shout", "wrong_answer/echo.py");
    assert_eq!(verdict(&report), ("WA", 20.0), "{report}");
}

#[test]
fn judge_samples_only() {
    for accepted in ["accepted/reverse.c", "accepted/reverse.py"] {
        let report = judge("legacy-reverse", accepted);
        assert_eq!(verdict(&report), ("AC", 1.0), "{accepted}: {report}");
    }
    let wrong = judge("legacy-reverse", "wrong_answer/echo.py");
    assert_eq!(verdict(&wrong), ("WA", 0.0), "{wrong}");
    assert_eq!(wrong["tests"][0]["verdict"], "WA", "{wrong}");

    // Scoring: the samples earn the score, one point each.
    let dir = tempfile::tempdir().unwrap();
    let scoring = copy(&fixture("legacy-reverse"), dir.path());
    edit(
        scoring.join("problem.yaml"),
        "name: Reverse",
        "name: Reverse\ntype: scoring",
    );
    let report = judge_package(&scoring, "accepted/reverse.py");
    assert_eq!(
        (verdict(&report), report["max_score"].as_f64()),
        (("AC", 3.0), Some(3.0)),
        "{report}"
    );
    let report = judge_package(&scoring, "wrong_answer/echo.py");
    assert_eq!(verdict(&report), ("WA", 1.0), "right on the palindrome only: {report}");
}

#[test]
fn judge_multi_pass() {
    for accepted in ["accepted/relay.c", "accepted/relay.py"] {
        let report = judge("modern-relay", accepted);
        assert_eq!(verdict(&report), ("AC", 1.0), "{accepted}: {report}");
        for test in report["tests"].as_array().unwrap() {
            // The feedback persists from pass to pass: the messages of both.
            assert_eq!(test["message"], "encoded\ndecoded", "{accepted}: {report}");
        }
    }
    // Deterministic: the same figures, pass for pass, run after run.
    let figures = |report: &Value| -> Vec<(u64, u64)> {
        report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|test| {
                (
                    test["instructions"].as_u64().unwrap(),
                    test["memory_bytes"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(
        figures(&judge("modern-relay", "accepted/relay.py")),
        figures(&judge("modern-relay", "accepted/relay.py"))
    );
    let backwards = judge("modern-relay", "wrong_answer/backwards.py");
    assert_eq!(verdict(&backwards), ("WA", 0.0), "{backwards}");
    assert_eq!(
        backwards["tests"][0]["message"], "pass 2: encoded\nthe decoded word is not the one encoded",
        "{backwards}"
    );
    let letters = judge("modern-relay", "wrong_answer/letters.py");
    assert_eq!(verdict(&letters), ("WA", 0.0), "{letters}");
    assert_eq!(
        letters["tests"][0]["message"], "pass 1: the encoding is not all digits",
        "{letters}"
    );
}

/// Multi-pass and interactive at once: each pass, the validator talks to the
/// submission, and hands it the pass's input.
#[test]
fn judge_multi_pass_interactive() {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture("modern-relay"), dir.path());
    edit(
        problem.join("problem.yaml"),
        "[pass-fail, multi-pass]",
        "[pass-fail, multi-pass, interactive]",
    );
    write(
        problem.join("data/test_group.yaml"),
        "output_validator_args: [interactive]\n",
    );
    for accepted in ["accepted/relay.c", "accepted/relay.py"] {
        let report = judge_package(&problem, accepted);
        assert_eq!(verdict(&report), ("AC", 1.0), "{accepted}: {report}");
        assert_eq!(report["tests"][1]["message"], "encoded\ndecoded", "{report}");
    }
    let backwards = judge_package(&problem, "wrong_answer/backwards.py");
    assert_eq!(verdict(&backwards), ("WA", 0.0), "{backwards}");
    assert!(
        backwards["tests"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("pass 2: "),
        "{backwards}"
    );
}

/// What the format calls a judge error: a validator asking for more passes
/// than `limits.validation_passes`, or for another pass while rejecting.
#[test]
fn multi_pass_validators_that_break_the_rules_are_judge_errors() {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&fixture("modern-relay"), dir.path());
    let validator = problem.join("output_validator/validate.c");
    edit(
        validator.clone(),
        "say(\"decoded\");",
        "next_pass(\"decode\", out);\n        say(\"decoded\");",
    );
    let report = judge_package(&problem, "accepted/relay.py");
    assert_eq!(verdict(&report), ("JE", 0.0), "{report}");
    assert_eq!(
        report["tests"][0]["message"],
        "pass 2: the output validator wrote nextpass.in for pass 3, but `limits.validation_passes` in \
         problem.yaml allows 2: raise it, or make the validator end by not writing nextpass.in",
        "{report}"
    );

    let other = tempfile::tempdir().unwrap();
    let problem = copy(&fixture("modern-relay"), other.path());
    edit(
        problem.join("output_validator/validate.c"),
        "if (strcmp(out, word) != 0) wrong(\"the decoded word is not the one encoded\");",
        "if (strcmp(out, word) != 0) {\n            next_pass(\"decode\", out);\n            \
         wrong(\"the decoded word is not the one encoded\");\n        }",
    );
    let report = judge_package(&problem, "wrong_answer/backwards.py");
    assert_eq!(report["verdict"], "JE", "{report}");
    assert!(
        report["tests"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("pass 2: the output validator wrote nextpass.in but rejected the output (exit code 43)"),
        "{report}"
    );
}

#[test]
fn judge_custom_output_validators() {
    for accepted in ["accepted/pairs.cpp", "accepted/pairs.py"] {
        let report = judge("legacy-pairs", accepted);
        assert_eq!(report["verdict"], "AC", "{accepted}: {report}");
    }
    let wrong = judge("legacy-pairs", "wrong_answer/first_two.py");
    assert_eq!(wrong["verdict"], "WA", "{wrong}");
    assert!(
        wrong["tests"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["message"].as_str().unwrap().contains("a[i] + a[j] != t")),
        "judgemessage.txt reaches the report: {wrong}"
    );
    for accepted in ["accepted/distinct.cpp", "accepted/distinct.py", "accepted/Main.java"] {
        let report = judge("modern-distinct", accepted);
        assert_eq!(report["verdict"], "AC", "{accepted}: {report}");
    }
    assert_eq!(judge("modern-distinct", "wrong_answer/all.py")["verdict"], "WA");
    assert_eq!(judge("modern-distinct", "run_time_error/crash.py")["verdict"], "RTE");
}

#[test]
fn judge_interactive() {
    for accepted in ["accepted/binary.cpp", "accepted/binary.py"] {
        let report = judge("legacy-guess", accepted);
        assert_eq!(report["verdict"], "AC", "{accepted}: {report}");
    }
    assert_eq!(judge("legacy-guess", "wrong_answer/linear.py")["verdict"], "WA");
}

#[test]
fn judge_custom_score_validators_write_points() {
    // score.txt holds points out of the test's worth (40 in group1, 60 in
    // group2, both min groups): half the target earns half of every group.
    let exact = judge("legacy-closest", "accepted/exact.py");
    assert_eq!(
        (exact["verdict"].as_str(), exact["score"].as_f64()),
        (Some("AC"), Some(100.0)),
        "{exact}"
    );
    let half = judge("legacy-closest", "partially_accepted/half.py");
    assert_eq!(
        (half["verdict"].as_str(), half["score"].as_f64()),
        (Some("AC"), Some(50.0)),
        "{half}"
    );
    let over = judge("legacy-closest", "wrong_answer/over.py");
    assert_eq!(over["verdict"], "WA", "{over}");
    assert_eq!(over["tests"][0]["message"], "the output is out of range", "{over}");
}

/// A partial score must not make the judge skip the rest of a min group:
/// which tests are skipped depends on which finish first, so the score would
/// depend on timing. With one worker the tests run strictly in order, the
/// order in which a skip would always happen, and the score is still half.
#[test]
fn a_partial_score_does_not_skip_the_rest_of_its_group() {
    let cache = cache().to_path_buf();
    let workbench = judge::Workbench {
        sandbox: sandbox::Sandbox::new(sandbox::SandboxConfig {
            workers: 1,
            cache_dir: Some(cache.clone()),
            ..sandbox::SandboxConfig::default()
        })
        .expect("sandbox"),
        toolchains: sandbox::Toolchains::new(judge::paths::toolchains_dir(), &cache),
        cache,
    };
    let judge = workbench.judge();
    let problem = load("legacy-closest");
    let prepared = judge.prepare(&problem).expect("prepare");
    let half = fixture("legacy-closest").join("submissions/partially_accepted/half.py");
    let executable = judge.build(&[half], None).expect("build").expect("compiles");
    let report = judge
        .judge(&prepared, &executable, &judge::Options::default())
        .expect("judge");
    let skipped = report
        .tests
        .iter()
        .filter(|test| test.verdict == judge::grading::Verdict::Skipped)
        .count();
    assert_eq!((report.score, skipped), (50.0, 0), "{:?}", report.tests);
}
