//! What a grader relies on: disguised copies score high, independent solutions
//! of the same task score low, boilerplate is not evidence, and the report has
//! the shape the command line promises.

use similarity::{compare, Language, Options, Report, Submission};

/// Longest increasing subsequence, O(n log n), written one way.
const ORIGINAL: &str = r#"#include <bits/stdc++.h>
using namespace std;

int lowerBound(const vector<int>& tails, int value) {
    int lo = 0, hi = tails.size();
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (tails[mid] < value) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

vector<int> readInput() {
    int n;
    cin >> n;
    vector<int> values(n);
    for (int i = 0; i < n; i++) cin >> values[i];
    return values;
}

int longestIncreasing(const vector<int>& values) {
    vector<int> tails;
    for (int value : values) {
        int position = lowerBound(tails, value);
        if (position == (int)tails.size()) tails.push_back(value);
        else tails[position] = value;
    }
    return tails.size();
}

int main() {
    vector<int> values = readInput();
    cout << longestIncreasing(values) << "\n";
    return 0;
}
"#;

/// The same program: every name changed, functions reordered, comments and a
/// dead statement added, layout changed.
const DISGUISED: &str = r#"#include <iostream>
#include <vector>
using namespace std;

// compute the answer
int solve(const vector<int>& arr) {
    vector<int> best;
    for (int x : arr) {
        int p = search(best, x);   // where does x go
        if (p == (int)best.size()) best.push_back(x);
        else best[p] = x;
    }
    int unusedCounter = 0;
    return best.size();
}

int main() {
    vector<int> arr = load();
    cout << solve(arr) << "\n";
    return 0;
}

/* binary search */
int search(const vector<int>& t, int v)
{
    int left = 0, right = t.size();
    while (left < right)
    {
        int m = (left + right) / 2;
        if (t[m] < v) left = m + 1;
        else right = m;
    }
    return left;
}

vector<int> load() {
    int count;
    cin >> count;
    vector<int> arr(count);
    for (int k = 0; k < count; k++) cin >> arr[k];
    return arr;
}
"#;

/// The same task solved independently: quadratic dynamic programming.
const INDEPENDENT: &str = r#"#include <cstdio>
#include <algorithm>

int a[5005], dp[5005];

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; ++i) scanf("%d", &a[i]);
    int answer = 0;
    for (int i = 0; i < n; ++i) {
        dp[i] = 1;
        for (int j = 0; j < i; ++j)
            if (a[j] < a[i] && dp[j] + 1 > dp[i])
                dp[i] = dp[j] + 1;
        answer = std::max(answer, dp[i]);
    }
    printf("%d\n", answer);
}
"#;

fn cpp(name: &str, text: &str) -> Submission {
    Submission::from_text(name, Language::Cpp, text)
}

fn similarity(report: &Report, a: &str, b: &str) -> f64 {
    report
        .pairs
        .iter()
        .find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
        .unwrap_or_else(|| panic!("no pair {a} {b} in {report:?}"))
        .similarity
}

#[test]
fn a_disguised_copy_scores_high_and_an_independent_solution_low() {
    let report = compare(
        &[
            cpp("original", ORIGINAL),
            cpp("disguised", DISGUISED),
            cpp("independent", INDEPENDENT),
        ],
        &[],
        &Options::default(),
    );
    let copy = similarity(&report, "original", "disguised");
    let independent = similarity(&report, "original", "independent");
    assert!(copy >= 0.8, "disguised copy: {copy}");
    assert!(independent <= 0.2, "independent solution: {independent}");
    assert!(similarity(&report, "disguised", "independent") <= 0.2);
    // Most similar first.
    assert_eq!(
        (report.pairs[0].a.as_str(), report.pairs[0].b.as_str()),
        ("original", "disguised")
    );
    assert!(report.pairs.windows(2).all(|w| w[0].similarity >= w[1].similarity));
}

#[test]
fn an_identical_copy_scores_one_and_matches_every_line() {
    let report = compare(&[cpp("a", ORIGINAL), cpp("b", ORIGINAL)], &[], &Options::default());
    let pair = &report.pairs[0];
    assert_eq!(pair.similarity, 1.0);
    assert_eq!(pair.matches.len(), 1, "{:?}", pair.matches);
    // From the first line with a counted token (after the includes) to the
    // last `return` (braces are not tokens).
    assert_eq!(pair.matches[0].a_lines, [4, 35]);
    assert_eq!(pair.matches[0].b_lines, [4, 35]);
}

#[test]
fn reordered_functions_match_fragment_by_fragment() {
    let report = compare(
        &[cpp("original", ORIGINAL), cpp("disguised", DISGUISED)],
        &[],
        &Options::default(),
    );
    let pair = &report.pairs[0];
    // The binary search is lines 4-12 of the original and 24-34 of the copy
    // (the reader after it, in both, may be in the same match).
    assert!(
        pair.matches
            .iter()
            .any(|m| m.a_lines[0] <= 5 && m.a_lines[1] >= 11 && m.b_lines[0] >= 23 && m.b_lines[0] <= 25),
        "{:?}",
        pair.matches
    );
    // Matches come in a's order.
    assert!(pair.matches.windows(2).all(|w| w[0].a_lines <= w[1].a_lines));
}

#[test]
fn template_code_is_discounted() {
    // Both candidates kept the long starter code and wrote different bodies.
    let starter = r#"
import sys

class FastReader:
    def __init__(self, stream):
        self.data = stream.read().split()
        self.position = 0

    def next_int(self):
        value = int(self.data[self.position])
        self.position += 1
        return value

    def next_list(self, count):
        return [self.next_int() for _ in range(count)]

def write_answer(value):
    sys.stdout.write(str(value) + "\n")
"#;
    let first = format!(
        "{starter}\nreader = FastReader(sys.stdin)\nn = reader.next_int()\nitems = reader.next_list(n)\nwrite_answer(sum(items))\n"
    );
    let second = format!(
        "{starter}\nr = FastReader(sys.stdin)\ntotal = 0\nfor _ in range(r.next_int()):\n    total = total + r.next_int()\nprint(total)\n"
    );
    let submissions = [
        Submission::from_text("first.py", Language::Python, first),
        Submission::from_text("second.py", Language::Python, second),
    ];
    let without = compare(&submissions, &[], &Options::default());
    assert!(without.pairs[0].similarity >= 0.6, "{:?}", without.pairs[0]);
    let template = Submission::from_text("starter.py", Language::Python, starter);
    let with = compare(&submissions, &[template], &Options::default());
    assert!(with.pairs[0].similarity <= 0.2, "{:?}", with.pairs[0]);
}

#[test]
fn fragments_most_submissions_share_are_discounted() {
    // Twelve submissions share a long input reader; each solves the task its own way.
    let reader = r#"
static int readInt() {
    int c = getchar_unlocked();
    while (c != '-' && (c < '0' || c > '9')) c = getchar_unlocked();
    int sign = 1;
    if (c == '-') { sign = -1; c = getchar_unlocked(); }
    int value = 0;
    while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = getchar_unlocked(); }
    return value * sign;
}
"#;
    let bodies = [
        "int main() { int n = readInt(); long long s = 0; for (int i = 0; i < n; i++) s += readInt(); printf(\"%lld\", s); }",
        "int main() { int n = readInt(); int best = -1000000000; while (n--) { int x = readInt(); if (x > best) best = x; } printf(\"%d\", best); }",
        "int main() { vector<int> v(readInt()); for (auto &x : v) x = readInt(); sort(v.begin(), v.end()); printf(\"%d\", v[v.size() / 2]); }",
    ];
    let submissions: Vec<Submission> = (0..12)
        .map(|i| cpp(&format!("s{i}.cpp"), &format!("{reader}\n{}\n", bodies[i % 3])))
        .collect();
    let report = compare(&submissions, &[], &Options::default());
    let different = similarity(&report, "s0.cpp", "s1.cpp");
    assert!(different <= 0.2, "the shared reader counted: {different}");
    // Submissions with the same body stay identical: what is left of them matches.
    assert_eq!(similarity(&report, "s0.cpp", "s3.cpp"), 1.0);
    // With only two submissions nothing is common: the reader counts.
    let two = compare(&submissions[..2], &[], &Options::default());
    assert!(two.pairs[0].similarity >= 0.5, "{:?}", two.pairs[0]);
}

#[test]
fn min_filters_pairs_and_clusters_link_copies() {
    let submissions = [
        cpp("a", ORIGINAL),
        cpp("b", DISGUISED),
        cpp("c", INDEPENDENT),
        cpp("d", ORIGINAL),
    ];
    let all = compare(&submissions, &[], &Options::default());
    assert_eq!(all.pairs.len(), 6);
    let high = compare(
        &submissions,
        &[],
        &Options {
            min: 0.5,
            ..Options::default()
        },
    );
    assert_eq!(high.pairs.len(), 3, "{:?}", high.pairs);
    assert!(high
        .pairs
        .iter()
        .all(|p| p.similarity >= 0.5 && p.a != "c" && p.b != "c"));
    assert_eq!(
        high.clusters,
        vec![vec!["a".to_string(), "b".to_string(), "d".to_string()]]
    );
    // Clusters do not depend on --min: the cluster threshold is its own.
    assert_eq!(all.clusters, high.clusters);
}

#[test]
fn only_submissions_of_the_same_language_are_compared() {
    let submissions = [
        cpp("a.cpp", ORIGINAL),
        Submission::from_text("a.py", Language::Python, "print(1)\n"),
        cpp("b.cpp", ORIGINAL),
        Submission::from_text("b.py", Language::Python, "print(2)\n"),
    ];
    let report = compare(&submissions, &[], &Options::default());
    let mut names: Vec<(String, String)> = report.pairs.iter().map(|p| (p.a.clone(), p.b.clone())).collect();
    names.sort();
    assert_eq!(
        names,
        vec![("a.cpp".into(), "b.cpp".into()), ("a.py".into(), "b.py".into())]
    );
}

#[test]
fn the_json_has_the_public_shape() {
    let report = compare(&[cpp("a", ORIGINAL), cpp("b", DISGUISED)], &[], &Options::default());
    let json = serde_json::to_value(&report).unwrap();
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["clusters", "pairs"]);
    let pair = &json["pairs"][0];
    let mut keys: Vec<&String> = pair.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["a", "b", "matches", "similarity"]);
    assert_eq!(pair["a"], "a");
    assert!(pair["similarity"].as_f64().unwrap() > 0.5);
    let matched = &pair["matches"][0];
    let mut keys: Vec<&String> = matched.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["a_lines", "b_lines"]);
    assert_eq!(matched["a_lines"].as_array().unwrap().len(), 2);
    assert_eq!(json["clusters"], serde_json::json!([["a", "b"]]));
}
