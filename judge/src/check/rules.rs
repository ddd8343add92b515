//! The rules of a problem check, pure: whether a solution met its folder's
//! promise, what its timings say about the time limit, and which limit to
//! suggest. Nothing here runs a program.

use crate::grading::{self, Group, TestResult, Verdict};
use crate::problem::Expected;

/// An accepted solution must fit this many times into the time limit (the
/// Kattis format's `ac_to_time_limit`): more than half the limit is a warning.
pub const AC_TO_TIME_LIMIT: f64 = 2.0;

/// A too-slow solution must still time out with the limit raised this many
/// times (verifyproblem's `time_safety_margin`, the format's `time_limit_to_tle`).
pub const TIME_LIMIT_TO_TLE: f64 = 2.0;

/// Seconds as people read them: 1, 0.25, 0.123.
pub fn seconds(value: f64) -> String {
    let text = format!("{value:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// How long a solution's slowest test took, in seconds of time limit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    pub seconds: f64,
    /// It ran out of time at `seconds`: the real figure is higher.
    pub at_least: bool,
}

/// Whether a solution got what its folder promises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Met {
    Yes,
    /// Not at the limit, but with it raised: verifyproblem accepts this for a
    /// solution expected to fail (a wrong answer that first runs out of time),
    /// with a warning that its verdict depends on the limit.
    WithExtraTime,
    No,
}

/// verifyproblem's rule: the verdict at the limit must be the expected one, or,
/// for a solution expected to fail, the verdict with the limit raised.
pub fn met(expected: Expected, at_limit: Verdict, raised: Option<Verdict>) -> Met {
    if expected.allows(at_limit) {
        return Met::Yes;
    }
    match raised {
        Some(verdict) if expected != Expected::Verdict(Verdict::Ac) && expected.allows(verdict) => Met::WithExtraTime,
        _ => Met::No,
    }
}

/// The tests' results under a lower instruction `budget`, from a run with a
/// higher one. Counts are exact, so a test that used more would have run out
/// of time, and any other ends the same; then, in test order, the rest of a
/// lost group is skipped as the judge skips it (a skipped test stays skipped:
/// its group was lost earlier at the higher budget, so it is at the lower too).
pub fn tests_at_limit(tests: &[TestResult], budget: u64, groups: &[Group]) -> Vec<TestResult> {
    // A pass/fail problem is one group.
    let key = |group: &str| match groups.is_empty() {
        true => String::new(),
        false => group.to_string(),
    };
    let mut lost = std::collections::HashSet::new();
    tests
        .iter()
        .map(|test| {
            let mut test = test.clone();
            if test.verdict == Verdict::Skipped {
                return test;
            }
            if lost.contains(&key(&test.group)) {
                test.verdict = Verdict::Skipped;
                test.score = 0.0;
                test.message = "not run: its group's points were already lost".into();
            } else if test.instructions > budget {
                test.verdict = Verdict::Tle;
                test.score = 0.0;
                test.instructions = budget;
                test.message = format!("time limit exceeded: used all {budget} instructions");
            }
            if test.verdict != Verdict::Skipped && grading::loses_group(&test, groups) {
                lost.insert(key(&test.group));
            }
            test
        })
        .collect()
}

/// An accepted solution slower than 1/`multiplier` of the limit: a candidate's
/// equally good solution in a slower style may not pass.
pub fn too_close(slowest: Timing, limit: f64, multiplier: f64) -> bool {
    slowest.at_least || slowest.seconds * multiplier > limit
}

/// A too-slow solution that would pass, or fail otherwise, with the limit
/// raised `TIME_LIMIT_TO_TLE` times: the tests barely tell it apart.
pub fn not_slow_enough(timing: Timing, limit: f64) -> bool {
    !timing.at_least && timing.seconds < limit * TIME_LIMIT_TO_TLE
}

/// The time limit accepted solutions call for: `multiplier` times the slowest,
/// rounded up to a step people would choose.
pub fn limit_for(slowest_accepted: f64, multiplier: f64) -> f64 {
    round_up_limit(slowest_accepted * multiplier)
}

/// Rounds a time limit up: to tenths of a second up to 1 s, halves up to 5 s,
/// whole seconds beyond. Instruction counts are exact, so there is no noise to
/// round away; the steps are only for people. At least 0.1 s.
pub fn round_up_limit(seconds: f64) -> f64 {
    let step = if seconds <= 1.0 {
        0.1
    } else if seconds <= 5.0 {
        0.5
    } else {
        1.0
    };
    // The tolerance keeps 0.3 / 0.1 = 2.9999999999999996 from rounding up to 0.4.
    let steps = (seconds / step - 1e-9).ceil().max(1.0);
    (steps * step * 10.0).round() / 10.0
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Suggestion {
    /// The smallest limit keeping both margins.
    Limit(f64),
    /// Accepted solutions need at least `low`, but a too-slow solution needs
    /// the limit below `high` to keep its margin.
    NoneFits { low: f64, high: f64 },
    /// No accepted solution was timed.
    Unknown,
}

/// The limit to suggest: the lowest the accepted solutions allow (see
/// [`limit_for`]), provided the fastest too-slow solution still takes
/// `TIME_LIMIT_TO_TLE` times that.
pub fn suggest(lowest: Option<f64>, fastest_too_slow: Option<Timing>) -> Suggestion {
    let Some(low) = lowest else {
        return Suggestion::Unknown;
    };
    match fastest_too_slow {
        Some(fastest) if fastest.seconds < low * TIME_LIMIT_TO_TLE => match fastest.at_least {
            // It was not given enough time to tell.
            true => Suggestion::Unknown,
            false => Suggestion::NoneFits {
                low,
                high: fastest.seconds / TIME_LIMIT_TO_TLE,
            },
        },
        _ => Suggestion::Limit(low),
    }
}

/// What a validator's run says about an input: `None` when it accepts it.
pub fn validator_fault(
    verdict: sandbox::Verdict,
    exit_code: Option<i32>,
    accepted: i32,
    message: &str,
    seconds: f64,
) -> Option<String> {
    use sandbox::Verdict as Run;
    let message = message.trim();
    match (verdict, exit_code) {
        (Run::Ok | Run::Rte, Some(code)) if code == accepted => None,
        (Run::Tle, _) => Some(format!("did not finish within {} s", self::seconds(seconds))),
        (Run::Ok | Run::Rte, Some(code)) => Some(format!("rejects it (exit code {code}; {accepted} means valid)")),
        (Run::Rte, None) => Some(format!("crashed: {message}")),
        (Run::Mle, _) => Some(format!("ran out of memory: {message}")),
        (Run::Ole, _) => Some(format!("wrote too much output: {message}")),
        (Run::Ce, _) => Some(format!("cannot run: {message}")),
        (Run::Ok, None) => Some("ended without an exit code".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AC: Expected = Expected::Verdict(Verdict::Ac);
    const WA: Expected = Expected::Verdict(Verdict::Wa);
    const TLE: Expected = Expected::Verdict(Verdict::Tle);

    fn exact(seconds: f64) -> Timing {
        Timing {
            seconds,
            at_least: false,
        }
    }

    fn over(seconds: f64) -> Timing {
        Timing {
            seconds,
            at_least: true,
        }
    }

    #[test]
    fn the_verdict_at_the_limit_must_be_the_expected_one() {
        assert_eq!(met(AC, Verdict::Ac, None), Met::Yes);
        assert_eq!(met(AC, Verdict::Wa, None), Met::No);
        assert_eq!(met(WA, Verdict::Ac, None), Met::No, "a wrong solution that passes");
        assert_eq!(met(TLE, Verdict::Tle, Some(Verdict::Ac)), Met::Yes);
        assert_eq!(met(TLE, Verdict::Ac, None), Met::No, "a slow solution that passes");
        assert_eq!(met(Expected::Rejected, Verdict::Rte, None), Met::Yes);
        assert_eq!(met(Expected::Rejected, Verdict::Ac, None), Met::No);
    }

    #[test]
    fn only_failing_solutions_may_use_extra_time() {
        assert_eq!(met(WA, Verdict::Tle, Some(Verdict::Wa)), Met::WithExtraTime);
        assert_eq!(met(WA, Verdict::Tle, Some(Verdict::Tle)), Met::No);
        assert_eq!(
            met(AC, Verdict::Tle, Some(Verdict::Ac)),
            Met::No,
            "the limit is the contract"
        );
    }

    fn result(name: &str, group: &str, verdict: Verdict, instructions: u64) -> TestResult {
        TestResult {
            name: name.into(),
            group: group.into(),
            verdict,
            score: if verdict == Verdict::Ac { 1.0 } else { 0.0 },
            instructions,
            memory_bytes: 0,
            wall_ms: 0.0,
            cpu_ms: 0.0,
            message: String::new(),
        }
    }

    fn verdicts(tests: &[TestResult]) -> Vec<Verdict> {
        tests.iter().map(|test| test.verdict).collect()
    }

    #[test]
    fn a_lower_limits_verdicts_follow_from_exact_counts() {
        use Verdict::*;
        let groups = [
            Group {
                name: "small".into(),
                points: 30.0,
                aggregate: crate::grading::Aggregate::Min,
            },
            Group {
                name: "large".into(),
                points: 70.0,
                aggregate: crate::grading::Aggregate::Min,
            },
        ];
        let raised = [
            result("1", "small", Ac, 10),
            result("2", "large", Ac, 150),
            result("3", "large", Ac, 80),
            result("4", "large", Wa, 20),
            result("5", "large", Skipped, 0),
        ];
        let derived = tests_at_limit(&raised, 100, &groups);
        assert_eq!(verdicts(&derived), [Ac, Tle, Skipped, Skipped, Skipped]);
        assert_eq!(derived[1].instructions, 100);
        assert_eq!(grading::summarize(&groups, &derived).score, 30.0);
        // Within the budget nothing changes.
        assert_eq!(verdicts(&tests_at_limit(&raised, 150, &groups)), verdicts(&raised));
        // A pass/fail problem is lost as a whole.
        let derived = tests_at_limit(&raised, 100, &[]);
        assert_eq!(verdicts(&derived), [Ac, Tle, Skipped, Skipped, Skipped]);
        assert_eq!(grading::summarize(&[], &derived).verdict, Tle);
        // A run stopped by the wall clock stays out of time.
        let walled = [result("1", "small", Tle, 5)];
        assert_eq!(verdicts(&tests_at_limit(&walled, 100, &[])), [Tle]);
    }

    #[test]
    fn accepted_solutions_must_use_at_most_half_the_limit() {
        assert!(!too_close(exact(0.5), 1.0, AC_TO_TIME_LIMIT));
        assert!(too_close(exact(0.51), 1.0, AC_TO_TIME_LIMIT));
        assert!(too_close(over(1.0), 1.0, AC_TO_TIME_LIMIT));
        assert!(!too_close(exact(0.19), 1.0, 5.0));
    }

    #[test]
    fn too_slow_solutions_must_fail_with_the_limit_doubled() {
        assert!(not_slow_enough(exact(1.5), 1.0), "passes at 2 s");
        assert!(!not_slow_enough(exact(2.0), 1.0));
        assert!(!not_slow_enough(over(2.0), 1.0), "still out of time at 2 s");
    }

    #[test]
    fn limits_round_up_to_steps_people_choose() {
        assert_eq!(round_up_limit(0.0), 0.1);
        assert_eq!(round_up_limit(0.3), 0.3);
        assert_eq!(round_up_limit(0.1 + 0.2), 0.3, "0.30000000000000004");
        assert_eq!(round_up_limit(0.31), 0.4);
        assert_eq!(round_up_limit(1.0), 1.0);
        assert_eq!(round_up_limit(1.01), 1.5);
        assert_eq!(round_up_limit(4.9), 5.0);
        assert_eq!(round_up_limit(5.2), 6.0);
        assert_eq!(limit_for(0.42, 2.0), 0.9);
        assert_eq!(limit_for(0.42, 5.0), 2.5, "Kattis' legacy multiplier");
    }

    #[test]
    fn the_suggested_limit_keeps_both_margins() {
        let lowest = Some(limit_for(0.12, AC_TO_TIME_LIMIT));
        assert_eq!(suggest(lowest, Some(over(2.0))), Suggestion::Limit(0.3));
        assert_eq!(suggest(lowest, None), Suggestion::Limit(0.3));
        assert_eq!(suggest(lowest, Some(exact(0.6))), Suggestion::Limit(0.3));
        assert_eq!(
            suggest(Some(0.8), Some(exact(1.2))),
            Suggestion::NoneFits { low: 0.8, high: 0.6 }
        );
        assert_eq!(suggest(Some(0.8), Some(over(1.0))), Suggestion::Unknown);
        assert_eq!(suggest(None, Some(exact(1.0))), Suggestion::Unknown);
    }

    #[test]
    fn validators_accept_with_their_protocols_code() {
        use sandbox::Verdict as Run;
        assert_eq!(validator_fault(Run::Ok, Some(0), 0, "", 60.0), None);
        assert_eq!(validator_fault(Run::Rte, Some(42), 42, "", 60.0), None);
        assert!(validator_fault(Run::Ok, Some(0), 42, "", 60.0)
            .unwrap()
            .contains("exit code 0"));
        assert!(validator_fault(Run::Rte, Some(1), 0, "", 60.0)
            .unwrap()
            .starts_with("rejects it"));
        assert_eq!(
            validator_fault(Run::Tle, None, 0, "time limit", 60.0).as_deref(),
            Some("did not finish within 60 s")
        );
        assert!(validator_fault(Run::Rte, None, 0, "unreachable", 60.0)
            .unwrap()
            .contains("unreachable"));
    }

    #[test]
    fn seconds_print_without_trailing_zeros() {
        assert_eq!(seconds(1.0), "1");
        assert_eq!(seconds(0.25), "0.25");
        assert_eq!(seconds(0.1234), "0.123");
    }
}
