//! Judging a 100-test problem with an accepted C++ solution whose module is
//! already cached, end to end through `oa judge` (process start, package load,
//! build-cache hit, 100 sandboxed runs, checking, report) and through the
//! `Judge` API the service uses. Prints figures; asserts nothing about speed.
//! `./dev bench` runs it.

use judge::problem::Problem;
use judge::{Options, Workbench};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const TESTS: usize = 100;
/// Integers per test input: small enough that the judge's own overhead shows.
const NUMBERS: usize = 1000;
const ROUNDS: usize = 10;

const SOLUTION: &str = r#"#include <cstdio>
int main() {
    int n;
    long long sum = 0, x;
    if (std::scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; i++) { std::scanf("%lld", &x); sum += x; }
    std::printf("%lld\n", sum);
}
"#;

/// A pass/fail problem: one sample and 99 hidden tests, each summing NUMBERS integers.
fn write_problem(dir: &Path) {
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "problem.toml",
        "title = \"Sum\"\n\n[limits]\ntime = 1.0\nmemory = 256\n",
    );
    write("statement.md", "# Sum\n\nPrint the sum of the n integers.\n");
    write("solutions/accepted/main.cpp", SOLUTION);
    // A fixed linear congruential sequence: the same tests on every machine.
    let mut state: u64 = 1;
    for test in 0..TESTS {
        let mut sum: i64 = 0;
        let numbers: Vec<String> = (0..NUMBERS)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let x = (state >> 33) as i64 - (1 << 30);
                sum += x;
                x.to_string()
            })
            .collect();
        let group = if test == 0 { "sample" } else { "secret" };
        write(
            &format!("tests/{group}/{test:03}.in"),
            &format!("{NUMBERS}\n{}\n", numbers.join(" ")),
        );
        write(&format!("tests/{group}/{test:03}.ans"), &format!("{sum}\n"));
    }
}

fn summary(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{label:<44} median {:>7.1} ms   best {:>7.1} ms   worst {:>7.1} ms",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
}

fn main() {
    let root = tempfile::tempdir().expect("tempdir");
    let problem_dir = root.path().join("sum-100");
    let cache = root.path().join("cache");
    write_problem(&problem_dir);
    let solution = problem_dir.join("solutions/accepted/main.cpp");

    let cli = || {
        let started = Instant::now();
        let output = Command::new(env!("CARGO_BIN_EXE_oa"))
            .arg("judge")
            .arg(&problem_dir)
            .arg(&solution)
            .arg("--json")
            .env("OA_CACHE_DIR", &cache)
            .output()
            .expect("run oa judge");
        let elapsed = started.elapsed();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|_| {
            panic!("oa judge failed: {}", String::from_utf8_lossy(&output.stderr));
        });
        assert_eq!(report["verdict"], "AC", "{report}");
        assert_eq!(report["tests"].as_array().map(Vec::len), Some(TESTS));
        elapsed
    };
    let cold = cli();
    println!("judging {TESTS} tests of {NUMBERS} integers each, accepted C++ solution");
    println!(
        "{:<44} {:>7.1} ms",
        "oa judge, first run (compiles, fills caches)",
        cold.as_secs_f64() * 1e3
    );
    summary(
        "oa judge, module cached (the issue's bar)",
        (0..ROUNDS).map(|_| cli()).collect(),
    );

    // In process, as the service judges: the sandbox and toolchains already up.
    let workbench = Workbench::new(cache.clone()).expect("sandbox");
    let judge = workbench.judge();
    let problem = Problem::load(&problem_dir).expect("problem");
    let prepared = judge.prepare(&problem).expect("prepare");
    let executable = judge
        .build(std::slice::from_ref(&solution), None)
        .expect("build")
        .expect("compiles");
    let times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            let report = judge.judge(&prepared, &executable, &Options::default()).expect("judge");
            assert_eq!(report.verdict, judge::grading::Verdict::Ac);
            started.elapsed()
        })
        .collect();
    summary("Judge::judge in process (100 runs + checks)", times);
}
