//! `oa run` end to end: the public JSON contract, the summary, and bad input.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn oa(args: &[&str]) -> Output {
    let cache = tempfile::tempdir().expect("tempdir");
    Command::new(env!("CARGO_BIN_EXE_oa"))
        .args(args)
        .env("OA_CACHE_DIR", cache.path())
        .output()
        .expect("run oa")
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "oa failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON object")
}

#[test]
fn json_report_has_the_public_fields() {
    let report = json(&oa(&["run", fixture("hello.wat").to_str().unwrap(), "--json"]));
    assert_eq!(report["verdict"], "OK");
    assert_eq!(report["exit_code"], 0);
    assert_eq!(report["stdout"], "hello, world\n");
    assert_eq!(report["stderr"], "");
    assert_eq!(report["message"], "");
    assert!(report["instructions"].as_u64().unwrap() > 0);
    assert!(report["memory_bytes"].as_u64().unwrap() >= 65536);
    assert!(report["wall_ms"].as_f64().unwrap() >= 0.0);
}

#[test]
fn input_file_is_stdin_and_arguments_follow_the_module_name() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "3 4\n").unwrap();
    let module = fixture("cat.wat");
    let report = json(&oa(&[
        "run",
        module.to_str().unwrap(),
        "--input",
        input.to_str().unwrap(),
        "--json",
        "--",
        "x",
        "y z",
    ]));
    assert_eq!(report["stdout"], "3 4\ncat.wat\nx\ny z\n");
}

#[test]
fn verdicts_other_than_ok_still_exit_zero() {
    let dir = tempfile::tempdir().unwrap();
    let looping = dir.path().join("loop.wat");
    std::fs::write(&looping, r#"(module (func (export "_start") (loop br 0)))"#).unwrap();
    let report = json(&oa(&[
        "run",
        looping.to_str().unwrap(),
        "--time-limit",
        "0.01",
        "--json",
    ]));
    assert_eq!(report["verdict"], "TLE");
    assert_eq!(report["exit_code"], Value::Null);
    assert!(report["message"].as_str().unwrap().contains("time limit"));

    let broken = dir.path().join("broken.wasm");
    std::fs::write(&broken, b"\0asm\x01\0\0\0garbage").unwrap();
    let report = json(&oa(&["run", broken.to_str().unwrap(), "--json"]));
    assert_eq!(report["verdict"], "CE");
    assert!(!report["message"].as_str().unwrap().is_empty());

    let hungry = dir.path().join("hungry.wat");
    std::fs::write(&hungry, r#"(module (memory 100) (func (export "_start")))"#).unwrap();
    let report = json(&oa(&["run", hungry.to_str().unwrap(), "--memory-limit", "1", "--json"]));
    assert_eq!(report["verdict"], "MLE");
}

#[test]
fn the_summary_is_readable() {
    let output = oa(&["run", fixture("hello.wat").to_str().unwrap()]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("verdict  OK (exit code 0)\n"), "{text}");
    assert!(text.contains("time     0.000 s of 1.000 s"), "{text}");
    assert!(text.contains("--- stdout (13 bytes) ---\nhello, world\n"), "{text}");
}

#[test]
fn bad_invocations_fail_with_a_message_naming_the_problem() {
    let missing = oa(&["run", "/nonexistent/main.wasm"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/main.wasm"));

    let source = oa(&["run", "/nonexistent/main.cpp"]);
    assert_eq!(source.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&source.stderr).contains("cannot read source file /nonexistent/main.cpp"));

    let hello = fixture("hello.wat");
    let no_input = oa(&["run", hello.to_str().unwrap(), "--input", "/nonexistent/in.txt"]);
    assert_eq!(no_input.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_input.stderr).contains("/nonexistent/in.txt"));

    for bad in [
        ["--time-limit", "0"],
        ["--time-limit", "abc"],
        ["--memory-limit", "0"],
        ["--memory-limit", "5000"],
    ] {
        let output = oa(&["run", hello.to_str().unwrap(), bad[0], bad[1]]);
        assert_eq!(output.status.code(), Some(2), "{bad:?} was accepted");
    }
}

#[test]
fn languages_lists_every_language_and_says_what_java_lacks() {
    let output = oa(&["languages"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let ids: Vec<&str> = text
        .lines()
        .skip(1)
        .map_while(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        ids,
        [
            "c",
            "cpp",
            "rust",
            "javascript",
            "go",
            "python",
            "java",
            "kotlin",
            "sql"
        ],
        "{text}"
    );
    assert!(text.contains("Java: compiled by oa's own compiler"), "{text}");
}

/// `oa token` against a fresh SQLite file: create, list (never the token), revoke once.
#[test]
fn api_tokens_are_created_listed_and_revoked() {
    let data = tempfile::tempdir().expect("tempdir");
    let token = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_oa"))
            .arg("token")
            .args(args)
            .env("OA_DATA_DIR", data.path())
            .env_remove("OA_DATABASE_URL")
            .output()
            .expect("run oa token")
    };
    let created = token(&["create", "--role", "grader", "--label", "pipeline"]);
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let secret = String::from_utf8(created.stdout).unwrap().trim().to_string();
    assert!(secret.starts_with("oa_api_"), "{secret}");

    let listed = String::from_utf8(token(&["list"]).stdout).unwrap();
    let row = listed
        .lines()
        .find(|line| line.contains("pipeline"))
        .expect("the token is listed");
    assert!(row.contains("grader") && !listed.contains(&secret), "{listed}");
    let id = row.split_whitespace().next().unwrap().to_string();

    assert!(token(&["revoke", &id]).status.success());
    let again = token(&["revoke", &id]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("no live API token"));
    let listed = String::from_utf8(token(&["list"]).stdout).unwrap();
    let row = listed.lines().find(|line| line.contains("pipeline")).unwrap();
    assert_eq!(row.split_whitespace().count(), 5, "a revoked time is shown: {listed}");
}

#[test]
fn an_explicit_sqlite_url_creates_its_database_and_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("not/yet/oa.db");
    let url = format!("sqlite://{}", path.display());
    let created = oa(&["token", "create", "--role", "admin", "--database", &url]);
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    assert!(path.is_file(), "the database file is made where the URL says");
    assert!(String::from_utf8_lossy(&created.stdout).starts_with("oa_"));
    let listed = oa(&["token", "list", "--database", &url]);
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    assert!(String::from_utf8_lossy(&listed.stdout).contains("admin"));
}

/// A folder of problems with a README beside them, as `problems/` is: one
/// package whose problem.toml does not parse, so that checking it is quick.
fn folder_of_problems() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), "# problems\n").unwrap();
    let broken = dir.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(broken.join("problem.toml"), "title = \n").unwrap();
    std::fs::create_dir(dir.path().join("notes")).unwrap();
    dir
}

#[test]
fn problem_check_takes_a_folder_of_packages() {
    let dir = folder_of_problems();
    let output = oa(&["problem", "check", dir.path().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Checked, and found faulty: exit 1 (a refusal of the arguments is 2).
    assert_eq!(
        output.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("broken") && stdout.contains("fault"), "{stdout}");
}

#[test]
fn problem_check_skips_what_is_not_a_folder_with_a_note() {
    let dir = folder_of_problems();
    let readme = dir.path().join("README.md");
    let broken = dir.path().join("broken");
    let output = oa(&["problem", "check", readme.to_str().unwrap(), broken.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("skipping") && stderr.contains("README.md"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("broken"));
    // A folder that is no package and holds none is checked, as before, and
    // its missing problem.toml is its fault.
    let notes = dir.path().join("notes");
    let checked = oa(&["problem", "check", notes.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&checked.stdout);
    assert!(stdout.contains("notes") && stdout.contains("problem.toml"), "{stdout}");
}
