//! `oa similarity` end to end: the JSON contract, the table, `--min`,
//! `--template`, and bad input named.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const ORIGINAL: &str = "def lis(values):
    tails = []
    for value in values:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < value:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(value)
        else:
            tails[lo] = value
    return len(tails)

print(lis([int(x) for x in input().split()]))
";

/// The same, renamed and commented.
const COPY: &str = "# longest increasing subsequence
def solve(arr):
    best = []
    for x in arr:
        left, right = 0, len(best)   # binary search
        while left < right:
            m = (left + right) // 2
            if best[m] < x:
                left = m + 1
            else:
                right = m
        if left == len(best):
            best.append(x)
        else:
            best[left] = x
    return len(best)

print(solve([int(t) for t in input().split()]))
";

/// The same task, another way.
const OTHER: &str = "n = list(map(int, input().split()))
dp = [1] * len(n)
for i in range(len(n)):
    for j in range(i):
        if n[j] < n[i]:
            dp[i] = max(dp[i], dp[j] + 1)
print(max(dp) if dp else 0)
";

fn oa(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oa"))
        .arg("similarity")
        .args(args)
        .current_dir(dir)
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

fn class() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [("alice.py", ORIGINAL), ("bob.py", COPY), ("carol.py", OTHER)] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn json_lists_every_pair_most_similar_first_with_matches_and_clusters() {
    let dir = class();
    let report = json(&oa(&["alice.py", "bob.py", "carol.py", "--json"], dir.path()));
    let pairs = report["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 3);
    assert_eq!(
        (pairs[0]["a"].as_str(), pairs[0]["b"].as_str()),
        (Some("alice.py"), Some("bob.py"))
    );
    assert!(pairs[0]["similarity"].as_f64().unwrap() >= 0.8, "{report}");
    assert!(pairs[1]["similarity"].as_f64().unwrap() <= 0.2, "{report}");
    let first = &pairs[0]["matches"][0];
    assert!(first["a_lines"][0].as_u64().unwrap() >= 1 && first["b_lines"][1].as_u64().unwrap() <= 18);
    assert_eq!(report["clusters"], serde_json::json!([["alice.py", "bob.py"]]));
}

#[test]
fn min_keeps_only_pairs_at_or_above_it() {
    let dir = class();
    let report = json(&oa(
        &["alice.py", "bob.py", "carol.py", "--min", "0.5", "--json"],
        dir.path(),
    ));
    assert_eq!(report["pairs"].as_array().unwrap().len(), 1);
}

#[test]
fn the_table_is_readable() {
    let dir = class();
    let output = oa(&["alice.py", "bob.py", "carol.py"], dir.path());
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("similarity  a"), "{text}");
    assert!(
        lines[1].contains("alice.py") && lines[1].contains("bob.py") && lines[1].contains(" ~ "),
        "{text}"
    );
    assert!(
        text.contains("clusters at or above 0.50:\n  alice.py, bob.py\n"),
        "{text}"
    );
}

#[test]
fn a_template_is_not_evidence() {
    let dir = class();
    // Both kept the given function and wrote nothing else alike.
    std::fs::write(dir.path().join("starter.py"), ORIGINAL).unwrap();
    let report = json(&oa(
        &["alice.py", "bob.py", "--template", "starter.py", "--json"],
        dir.path(),
    ));
    assert!(report["pairs"][0]["similarity"].as_f64().unwrap() <= 0.2, "{report}");
}

#[test]
fn bad_input_fails_naming_the_file() {
    let dir = class();
    std::fs::write(dir.path().join("notes.txt"), "hello").unwrap();
    let cases: [(&[&str], &str); 5] = [
        (&["alice.py", "missing.py"], "missing.py"),
        (&["alice.py", "notes.txt"], "notes.txt"),
        (&["alice.py", "bob.py", "--lang", "cobol"], "cobol"),
        (&["alice.py"], "alice.py"),
        (&["alice.py", "bob.py", "--min", "2"], "--min"),
    ];
    for (args, named) in cases {
        let output = oa(args, dir.path());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("error: ") && stderr.contains(named),
            "{args:?}: {stderr}"
        );
    }
}
