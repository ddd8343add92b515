//! Verdict rules: from the results of single tests to a submission's verdict and
//! score. Pure: nothing here runs a program, so every rule is tested directly.

use serde::Serialize;
use std::fmt;

/// A test's (or a submission's) verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Verdict {
    /// Accepted.
    #[serde(rename = "AC")]
    Ac,
    #[serde(rename = "WA")]
    Wa,
    #[serde(rename = "TLE")]
    Tle,
    #[serde(rename = "MLE")]
    Mle,
    #[serde(rename = "RTE")]
    Rte,
    #[serde(rename = "OLE")]
    Ole,
    #[serde(rename = "CE")]
    Ce,
    /// Judge error: the problem's checker or interactor failed, not the submission.
    #[serde(rename = "JE")]
    Je,
    /// Not run: its group's points were already lost.
    #[serde(rename = "skipped")]
    Skipped,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ac => "AC",
            Verdict::Wa => "WA",
            Verdict::Tle => "TLE",
            Verdict::Mle => "MLE",
            Verdict::Rte => "RTE",
            Verdict::Ole => "OLE",
            Verdict::Ce => "CE",
            Verdict::Je => "JE",
            Verdict::Skipped => "skipped",
        }
    }

    /// The verdict of a run that did not finish normally; `None` for a run that
    /// exited normally (its output then goes to the checker).
    pub fn of_run(verdict: sandbox::Verdict) -> Option<Verdict> {
        match verdict {
            sandbox::Verdict::Ok => None,
            sandbox::Verdict::Tle => Some(Verdict::Tle),
            sandbox::Verdict::Mle => Some(Verdict::Mle),
            sandbox::Verdict::Rte => Some(Verdict::Rte),
            sandbox::Verdict::Ole => Some(Verdict::Ole),
            sandbox::Verdict::Ce => Some(Verdict::Ce),
        }
    }

    /// Parses a verdict name as solutions' folders and reports spell it.
    pub fn parse(name: &str) -> Option<Verdict> {
        Some(match name.to_ascii_lowercase().as_str() {
            "ac" | "accepted" => Verdict::Ac,
            "wa" | "wrong_answer" | "wrong-answer" => Verdict::Wa,
            "tle" | "time_limit" | "time_limit_exceeded" | "time-limit" => Verdict::Tle,
            "mle" | "memory_limit" | "memory_limit_exceeded" | "memory-limit" => Verdict::Mle,
            "rte" | "runtime_error" | "run_time_error" | "runtime-error" => Verdict::Rte,
            "ole" | "output_limit" | "output_limit_exceeded" | "output-limit" => Verdict::Ole,
            "ce" | "compile_error" | "compile-error" => Verdict::Ce,
            _ => return None,
        })
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a group's tests add up to its points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    /// The group is worth its points times its worst test's score: all its tests
    /// must pass for full points (subtasks).
    #[default]
    Min,
    /// Each test is worth an equal share of the points.
    Sum,
}

/// A group of tests, as scoring sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub name: String,
    pub points: f64,
    pub aggregate: Aggregate,
}

/// One test's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TestResult {
    pub name: String,
    pub group: String,
    pub verdict: Verdict,
    /// The fraction of the test's worth it earned, 0 to 1 (1 for AC unless a
    /// checker gave partial credit, 0 otherwise).
    pub score: f64,
    pub instructions: u64,
    pub memory_bytes: u64,
    pub wall_ms: f64,
    /// Processor time of the submission's runs on the test.
    pub cpu_ms: f64,
    pub message: String,
}

/// A submission's verdict and score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub verdict: Verdict,
    pub score: f64,
    pub max_score: f64,
    pub groups: Vec<GroupScore>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupScore {
    pub name: String,
    pub score: f64,
    pub max_score: f64,
    pub verdict: Verdict,
}

/// Whether, once `result` is in, the rest of its group can be skipped: its
/// points are lost (a min group, or a pass/fail problem, with a failed test).
///
/// Only a verdict other than AC loses them. Tests run in parallel, so which
/// ones are skipped depends on timing; that is harmless only where nothing a
/// skipped test could show would change the outcome. A failed test earns 0
/// and, standing before every test skipped after it, already gives the verdict.
/// An accepted test with a partial score does not: a later test could still
/// lower the group's minimum, or fail and change the verdict.
pub fn loses_group(result: &TestResult, groups: &[Group]) -> bool {
    let failed = result.verdict != Verdict::Ac;
    let aggregate = groups
        .iter()
        .find(|group| group.name == result.group)
        .map_or(Aggregate::Min, |group| group.aggregate);
    failed && aggregate == Aggregate::Min
}

/// The submission's verdict (the first test in order that is not AC, as Kattis
/// does; skipped tests do not count) and score. `results` are in test order.
/// Without `groups`, the problem is pass/fail and worth 1 point.
pub fn summarize(groups: &[Group], results: &[TestResult]) -> Summary {
    let verdict = results
        .iter()
        .map(|result| result.verdict)
        .find(|verdict| !matches!(verdict, Verdict::Ac | Verdict::Skipped))
        .unwrap_or(Verdict::Ac);
    if groups.is_empty() {
        let passed = verdict == Verdict::Ac && results.iter().all(|result| result.score >= 1.0);
        return Summary {
            verdict,
            score: if passed { 1.0 } else { 0.0 },
            max_score: max_score(groups),
            groups: Vec::new(),
        };
    }
    let scores: Vec<GroupScore> = groups
        .iter()
        .map(|group| {
            let tests: Vec<&TestResult> = results.iter().filter(|result| result.group == group.name).collect();
            let earned = |result: &&TestResult| match result.verdict {
                Verdict::Ac => result.score.clamp(0.0, 1.0),
                _ => 0.0,
            };
            let fraction = if tests.is_empty() {
                1.0
            } else {
                match group.aggregate {
                    Aggregate::Min => tests.iter().map(earned).fold(1.0, f64::min),
                    Aggregate::Sum => tests.iter().map(earned).sum::<f64>() / tests.len() as f64,
                }
            };
            GroupScore {
                name: group.name.clone(),
                score: round(group.points * fraction),
                max_score: group.points,
                verdict: tests
                    .iter()
                    .map(|result| result.verdict)
                    .find(|verdict| !matches!(verdict, Verdict::Ac | Verdict::Skipped))
                    .unwrap_or(Verdict::Ac),
            }
        })
        .collect();
    Summary {
        verdict,
        score: round(scores.iter().map(|group| group.score).sum()),
        max_score: max_score(groups),
        groups: scores,
    }
}

/// What a problem is worth: its groups' points, or 1 for a pass/fail problem.
/// The points one test of `group` is worth at full score: a `Min` group's
/// points, or a `Sum` group's share; 1 where the problem is pass/fail.
/// `tests_in_group` counts the group's tests.
pub fn test_worth(groups: &[Group], group: &str, tests_in_group: usize) -> f64 {
    match groups.iter().find(|g| g.name == group) {
        None => 1.0,
        Some(Group {
            points,
            aggregate: Aggregate::Min,
            ..
        }) => *points,
        Some(Group {
            points,
            aggregate: Aggregate::Sum,
            ..
        }) => points / tests_in_group.max(1) as f64,
    }
}

pub fn max_score(groups: &[Group]) -> f64 {
    match groups.is_empty() {
        true => 1.0,
        false => round(groups.iter().map(|group| group.points).sum()),
    }
}

/// Scores are shown to a millionth; this keeps 0.1 + 0.2 from showing as 0.30000000000000004.
fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

#[cfg(test)]
mod worth_tests {
    use super::*;

    #[test]
    fn a_test_is_worth_its_groups_points_or_its_share_of_them() {
        let groups = [
            Group {
                name: "a".into(),
                points: 30.0,
                aggregate: Aggregate::Min,
            },
            Group {
                name: "b".into(),
                points: 70.0,
                aggregate: Aggregate::Sum,
            },
        ];
        assert_eq!(test_worth(&groups, "a", 4), 30.0);
        assert_eq!(test_worth(&groups, "b", 7), 10.0);
        assert_eq!(test_worth(&groups, "sample", 2), 1.0);
        assert_eq!(test_worth(&[], "secret", 9), 1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test(name: &str, group: &str, verdict: Verdict, score: f64) -> TestResult {
        TestResult {
            name: name.into(),
            group: group.into(),
            verdict,
            score,
            instructions: 0,
            memory_bytes: 0,
            wall_ms: 0.0,
            cpu_ms: 0.0,
            message: String::new(),
        }
    }

    fn group(name: &str, points: f64, aggregate: Aggregate) -> Group {
        Group {
            name: name.into(),
            points,
            aggregate,
        }
    }

    #[test]
    fn the_first_failure_in_test_order_is_the_verdict() {
        let results = [
            test("1", "sample", Verdict::Ac, 1.0),
            test("2", "secret", Verdict::Skipped, 0.0),
            test("3", "secret", Verdict::Tle, 0.0),
            test("4", "secret", Verdict::Wa, 0.0),
        ];
        let summary = summarize(&[], &results);
        assert_eq!(
            (summary.verdict, summary.score, summary.max_score),
            (Verdict::Tle, 0.0, 1.0)
        );
        let all = [
            test("1", "sample", Verdict::Ac, 1.0),
            test("2", "secret", Verdict::Ac, 1.0),
        ];
        assert_eq!(summarize(&[], &all).score, 1.0);
    }

    #[test]
    fn a_subtask_scores_only_if_all_its_tests_pass() {
        let groups = [
            group("small", 30.0, Aggregate::Min),
            group("large", 70.0, Aggregate::Min),
        ];
        let results = [
            test("s1", "small", Verdict::Ac, 1.0),
            test("s2", "small", Verdict::Ac, 1.0),
            test("l1", "large", Verdict::Ac, 1.0),
            test("l2", "large", Verdict::Tle, 0.0),
            test("l3", "large", Verdict::Skipped, 0.0),
        ];
        let summary = summarize(&groups, &results);
        assert_eq!(summary.verdict, Verdict::Tle);
        assert_eq!((summary.score, summary.max_score), (30.0, 100.0));
        assert_eq!(summary.groups[0].verdict, Verdict::Ac);
        assert_eq!(summary.groups[1].verdict, Verdict::Tle);
    }

    #[test]
    fn partial_scores_from_checkers_count_by_aggregation() {
        let min = [group("g", 10.0, Aggregate::Min)];
        let sum = [group("g", 10.0, Aggregate::Sum)];
        let results = [
            test("1", "g", Verdict::Ac, 1.0),
            test("2", "g", Verdict::Ac, 0.5),
            test("3", "g", Verdict::Wa, 0.0),
            test("4", "g", Verdict::Ac, 0.3),
        ];
        assert_eq!(summarize(&min, &results).score, 0.0);
        assert_eq!(summarize(&sum, &results).score, 4.5);
        assert_eq!(summarize(&min, &results[..2]).score, 5.0);
    }

    #[test]
    fn samples_are_worth_nothing_unless_given_points() {
        let groups = [group("secret", 100.0, Aggregate::Min)];
        let results = [
            test("1", "sample", Verdict::Wa, 0.0),
            test("2", "secret", Verdict::Ac, 1.0),
        ];
        let summary = summarize(&groups, &results);
        assert_eq!(summary.score, 100.0);
        assert_eq!(
            summary.verdict,
            Verdict::Wa,
            "the verdict still names the failed sample"
        );
    }

    #[test]
    fn only_lost_min_groups_are_skipped() {
        let groups = [group("a", 50.0, Aggregate::Min), group("b", 50.0, Aggregate::Sum)];
        assert!(loses_group(&test("1", "a", Verdict::Wa, 0.0), &groups));
        assert!(!loses_group(&test("1", "a", Verdict::Ac, 1.0), &groups));
        // A partial score keeps the group open: its later tests decide its minimum.
        assert!(!loses_group(&test("1", "a", Verdict::Ac, 0.5), &groups));
        assert!(!loses_group(&test("1", "a", Verdict::Ac, 0.0), &groups));
        assert!(!loses_group(&test("1", "b", Verdict::Wa, 0.0), &groups));
        assert!(loses_group(&test("1", "pass-fail", Verdict::Rte, 0.0), &[]));
    }

    #[test]
    fn verdict_names_parse() {
        assert_eq!(Verdict::parse("accepted"), Some(Verdict::Ac));
        assert_eq!(Verdict::parse("wrong_answer"), Some(Verdict::Wa));
        assert_eq!(Verdict::parse("time_limit_exceeded"), Some(Verdict::Tle));
        assert_eq!(Verdict::parse("run_time_error"), Some(Verdict::Rte));
        assert_eq!(Verdict::parse("partial"), None);
    }
}
