//! SQL problems end to end: `oa judge` on the example SQL problems (every
//! accepted query AC, every wrong one WA), hostile queries refused or stopped
//! by a limit, `oa run` on a query, and `oa problem check` on sound and
//! broken SQL packages. Needs the SQL toolchain (`./dev setup`).

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

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("problems").join(name)
}

const EXAMPLES: [&str; 2] = ["region-revenue", "department-leaders"];

fn oa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oa"))
        .args(args)
        .env("OA_CACHE_DIR", cache())
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

fn judge(problem: &Path, source: &Path) -> Value {
    json(&oa(&[
        "judge",
        problem.to_str().unwrap(),
        source.to_str().unwrap(),
        "--json",
    ]))
}

/// Judges `query` (its text) on the problem: the report.
fn judge_query(problem: &Path, query: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("query.sql");
    std::fs::write(&file, query).unwrap();
    judge(problem, &file)
}

/// The verdict and the message of the first test that is not AC.
fn failure(report: &Value) -> (String, String) {
    let verdict = report["verdict"].as_str().unwrap().to_string();
    let message = report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|test| test["verdict"] != "AC")
        .map(|test| test["message"].as_str().unwrap().to_string())
        .unwrap_or_else(|| report["message"].as_str().unwrap_or_default().to_string());
    (verdict, message)
}

fn queries(problem: &Path, folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(problem.join("solutions").join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{}: too few {folder} queries", problem.display());
    files
}

#[test]
fn every_correct_query_is_accepted_and_every_wrong_one_is_wrong() {
    for name in EXAMPLES {
        let problem = example(name);
        for query in queries(&problem, "accepted") {
            let report = judge(&problem, &query);
            assert_eq!(report["verdict"], "AC", "{}: {report:#}", query.display());
            assert_eq!(report["score"], report["max_score"], "{}", query.display());
            assert_eq!(report["language"], "sql");
        }
        for query in queries(&problem, "wrong_answer") {
            let report = judge(&problem, &query);
            assert_eq!(report["verdict"], "WA", "{}: {report:#}", query.display());
        }
    }
}

#[test]
fn a_wrong_answer_says_where_the_result_differs() {
    let problem = example("region-revenue");
    // The sample's North has 3050 cents of paid orders: 30 dollars by integer division.
    let report = judge(&problem, &problem.join("solutions/wrong_answer/integer_division.sql"));
    let (verdict, message) = failure(&report);
    assert_eq!(verdict, "WA");
    assert_eq!(
        message,
        "expected a row ('North', 2, 30.5, 15.25), got a row ('North', 2, 30, 15.25) instead"
    );
    let report = judge(&problem, &problem.join("solutions/wrong_answer/where_filter.sql"));
    assert_eq!(failure(&report).1, "expected 3 rows, got 1");
    // Scored problems keep the points of the groups a wrong query passes.
    let leaders = example("department-leaders");
    let report = judge(&leaders, &leaders.join("solutions/wrong_answer/rank.sql"));
    assert_eq!(
        (report["verdict"].as_str(), report["score"].as_f64()),
        (Some("WA"), Some(30.0))
    );
}

#[test]
fn hostile_queries_are_refused_or_stopped_by_a_limit() {
    let problem = example("region-revenue");
    let refused = [
        (
            "ATTACH DATABASE 'file:x?mode=memory' AS x",
            "attaching or detaching databases is not allowed",
        ),
        ("SELECT 1; ATTACH ':memory:' AS y", "only one statement may run"),
        (
            "SELECT * FROM regions; SELECT * FROM orders;",
            "only one statement may run",
        ),
        ("DELETE FROM orders", "the query may only read"),
        (
            "INSERT INTO regions VALUES (99, 'x') RETURNING *",
            "the query may only read",
        ),
        (
            "UPDATE orders SET status = 'paid' RETURNING id",
            "the query may only read",
        ),
        ("DROP TABLE orders", "the query may only read"),
        ("CREATE TEMP TABLE t AS SELECT 1", "the query may only read"),
        ("VACUUM INTO 'copy.db'", "the query may only read"),
        ("PRAGMA query_only = 0", "PRAGMA statements are not allowed"),
        ("PRAGMA writable_schema = 1", "PRAGMA statements are not allowed"),
        ("BEGIN", "transactions are not allowed"),
        ("SELECT load_extension('/src/evil')", "no such function: load_extension"),
        ("-- nothing but a comment\n;", "the query is empty"),
        ("SELEC name FROM regions", "near \"SELEC\": syntax error"),
        ("SELECT nope FROM regions", "no such column: nope"),
    ];
    for (query, expected) in refused {
        let (verdict, message) = failure(&judge_query(&problem, query));
        assert_eq!(verdict, "RTE", "{query}: {message}");
        assert!(message.contains(expected), "{query}: {message}");
    }
    let endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";
    assert_eq!(failure(&judge_query(&problem, endless)).0, "TLE");
    let huge = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) \
                SELECT x, hex(zeroblob(100000)) FROM n";
    assert_eq!(failure(&judge_query(&problem, huge)).0, "OLE");
    let hungry = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300) \
                  SELECT length(group_concat(hex(zeroblob(1000000)))) FROM n";
    assert_eq!(failure(&judge_query(&problem, hungry)).0, "MLE");
}

#[test]
fn queries_answer_sql_problems_only() {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("main.py");
    std::fs::write(&program, "print('North')\n").unwrap();
    let (verdict, message) = failure(&judge(&example("region-revenue"), &program));
    assert_eq!(verdict, "CE");
    assert!(message.contains("one SQL query"), "{message}");

    let code_problem = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/problems/sum");
    let (verdict, message) = failure(&judge_query(&code_problem, "SELECT 1"));
    assert_eq!(verdict, "CE");
    assert!(message.contains("cannot answer it"), "{message}");
}

#[test]
fn oa_run_runs_a_query_on_an_empty_database_or_the_one_its_input_builds() {
    let dir = tempfile::tempdir().unwrap();
    let query = dir.path().join("query.sql");
    std::fs::write(
        &query,
        "SELECT 1 AS one, 2.5, 'it''s', NULL, x'00ff', 1e300 * 1e300 AS big;\n",
    )
    .unwrap();
    let report = json(&oa(&["run", query.to_str().unwrap(), "--json"]));
    assert_eq!(report["verdict"], "OK", "{report:#}");
    assert_eq!(
        report["stdout"],
        "one\t2.5\t'it''s'\tNULL\tx'00ff'\tbig\n1\t2.5\t'it''s'\tNULL\tx'00ff'\tInf\n"
    );

    let database = dir.path().join("db.sql");
    std::fs::write(
        &database,
        "CREATE TABLE t (x INTEGER, s TEXT); INSERT INTO t VALUES (3, 'a\tb'), (1, 'line\nbreak'), (2, 0.1);",
    )
    .unwrap();
    std::fs::write(&query, "SELECT x, s, x / 2, x / 2.0 FROM t ORDER BY x").unwrap();
    let report = json(&oa(&[
        "run",
        query.to_str().unwrap(),
        "--input",
        database.to_str().unwrap(),
        "--json",
    ]));
    assert_eq!(
        report["stdout"],
        // A TEXT column keeps 0.1 as text: SQLite's type affinity.
        "x\ts\tx / 2\tx / 2.0\n1\t'line\\nbreak'\t0\t0.5\n2\t'0.1'\t1\t1.0\n3\t'a\\tb'\t1\t1.5\n"
    );

    std::fs::write(&query, "SELECT * FROM missing").unwrap();
    let report = json(&oa(&["run", query.to_str().unwrap(), "--json"]));
    assert_eq!(report["verdict"], "RTE");
    assert_eq!(report["stderr"], "error: no such table: missing\n");
}

fn check(problem: &Path) -> (Option<i32>, Value) {
    let output = oa(&["problem", "check", "--json", problem.to_str().unwrap()]);
    let result = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&output.stdout)));
    (output.status.code(), result)
}

fn faults(result: &Value) -> String {
    result["faults"]
        .as_array()
        .unwrap()
        .iter()
        .map(|fault| fault.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn problem_check_passes_the_examples() {
    for name in EXAMPLES {
        let (status, result) = check(&example(name));
        assert_eq!(result["ok"], true, "{result:#}");
        assert_eq!(status, Some(0));
        assert_eq!(result["solutions"].as_array().unwrap().len(), 9, "{result:#}");
    }
}

#[test]
fn problem_check_faults_a_reference_query_that_depends_on_an_unpromised_order() {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&example("department-leaders"), dir.path());
    std::fs::remove_dir_all(problem.join("solutions")).unwrap();
    std::fs::create_dir_all(problem.join("solutions/accepted")).unwrap();
    std::fs::copy(
        example("department-leaders").join("solutions/wrong_answer/no_tie_break.sql"),
        problem.join("solutions/accepted/no_tie_break.sql"),
    )
    .unwrap();
    let (status, result) = check(&problem);
    assert_eq!(status, Some(1), "{result:#}");
    let faults = faults(&result);
    assert!(
        faults.contains("no_tie_break.sql depends on an order SQLite does not promise"),
        "{faults}"
    );
}

#[test]
fn problem_check_faults_a_schema_that_does_not_load() {
    let dir = tempfile::tempdir().unwrap();
    let problem = copy(&example("region-revenue"), dir.path());
    std::fs::write(
        problem.join("tests/secret/edge/broken.sql"),
        "INSERT INTO nowhere VALUES (1);\n",
    )
    .unwrap();
    let (status, result) = check(&problem);
    assert_eq!(status, Some(1));
    let faults = faults(&result);
    assert!(
        faults.contains("test edge/broken: the schema and the data do not load")
            && faults.contains("no such table: nowhere"),
        "{faults}"
    );
}

#[test]
fn broken_sql_packages_are_refused_naming_the_file() {
    let refused = |break_it: &dyn Fn(&Path), expected: &str| {
        let dir = tempfile::tempdir().unwrap();
        let problem = copy(&example("region-revenue"), dir.path());
        break_it(&problem);
        let output = oa(&["judge", problem.to_str().unwrap(), "x.sql"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{stderr}");
        assert!(stderr.contains(expected), "expected `{expected}` in: {stderr}");
    };
    refused(
        &|p| std::fs::remove_file(p.join("schema.sql")).unwrap(),
        "schema.sql: missing",
    );
    refused(
        &|p| std::fs::write(p.join("tests/sample/2.in"), "1\n").unwrap(),
        "2.in: an SQL problem's tests are data files",
    );
    refused(
        &|p| std::fs::write(p.join("solutions/accepted/main.py"), "print(1)\n").unwrap(),
        "main.py: an SQL problem's solutions are queries",
    );
    refused(
        &|p| {
            let toml = std::fs::read_to_string(p.join("problem.toml")).unwrap();
            std::fs::write(p.join("problem.toml"), toml.replace("1e-6", "-1")).unwrap();
        },
        "float_tolerance = -1",
    );
    refused(
        &|p| {
            let toml = std::fs::read_to_string(p.join("problem.toml")).unwrap();
            std::fs::write(p.join("problem.toml"), format!("{toml}\n[checker]\nkind = \"exact\"\n")).unwrap();
        },
        "[checker] applies to code problems",
    );
}
