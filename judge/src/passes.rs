//! Multi-pass problems (Kattis `multi-pass`): the submission runs on the test's
//! input and the output validator (or interactor) judges the run; one that
//! accepts and writes `nextpass.in` in its feedback directory has the submission
//! run again on that input, up to the problem's number of passes. Each pass has
//! the limits of a whole test; the feedback directory persists from pass to
//! pass, and the validator gets the pass's input as its input file.

use crate::desk::Desk;
use crate::grading::{TestResult, Verdict};
use crate::judge::{clip, Judge, Pass, Prepared, ReadyTest};
use crate::problem::Protocol;
use anyhow::Context;
use sandbox::{Executable, Limits};

impl Judge<'_> {
    /// Judges `test` pass by pass, at most `most` passes. The test's figures are
    /// those of its most expensive pass, since each pass has the whole time and
    /// memory limit, and its wall time their sum.
    pub(crate) fn run_passes(
        &self,
        prepared: &Prepared,
        executable: &Executable,
        test: &ReadyTest,
        limits: &Limits,
        most: u32,
    ) -> anyhow::Result<(TestResult, Vec<u8>)> {
        let desk = Desk::new(&self.cache, test, Protocol::Kattis, None)?;
        let mut input = std::fs::read(&test.input).with_context(|| format!("cannot read {}", test.input.display()))?;
        let mut spent: Option<TestResult> = None;
        for pass in 1..=most {
            if pass > 1 {
                desk.replace_input(&input)?;
            }
            let Pass {
                mut result,
                stdout,
                checker,
            } = match prepared.problem.interactor {
                Some(_) => self.interact(&desk, prepared, executable, test, limits)?,
                None => self.run_checked(Some(&desk), prepared, executable, test, input, limits)?,
            };
            if let Some(before) = &spent {
                result.instructions = result.instructions.max(before.instructions);
                result.memory_bytes = result.memory_bytes.max(before.memory_bytes);
                result.wall_ms += before.wall_ms;
                result.cpu_ms += before.cpu_ms;
            }
            let next = desk.take_next_pass()?;
            let judge_error = match (&next, checker) {
                (Some(_), Some(Verdict::Wa)) => Some(
                    "the output validator wrote nextpass.in but rejected the output (exit code 43): \
                     one that asks for another pass must accept (exit code 42)"
                        .to_string(),
                ),
                (Some(_), Some(Verdict::Ac)) if result.verdict == Verdict::Ac && pass == most => Some(format!(
                    "the output validator wrote nextpass.in for pass {}, but `limits.validation_passes` in \
                     problem.yaml allows {most}: raise it, or make the validator end by not writing nextpass.in",
                    most + 1
                )),
                _ => None,
            };
            if let Some(why) = judge_error {
                result.verdict = Verdict::Je;
                result.score = 0.0;
                result.message = why;
            }
            match next {
                // Accepted, and another pass asked for.
                Some(next) if result.verdict == Verdict::Ac => {
                    input = next;
                    spent = Some(result);
                }
                // The last pass: its verdict is the test's.
                _ => {
                    if result.verdict != Verdict::Ac {
                        result.message = clip(&format!("pass {pass}: {}", result.message));
                    }
                    return Ok((result, stdout));
                }
            }
        }
        unreachable!("the last pass returns: a further one is a judge error")
    }
}
