//! The checker's desk: what a checker or interactor is given for one test,
//! and how its exit code, messages and feedback files become a verdict and a
//! score, by its protocol (oa's or Kattis').

use crate::grading::Verdict;
use crate::judge::ReadyTest;
use crate::problem::{Protocol, Tool};
use anyhow::Context;
use sandbox::{Executable, Limits, Outcome};

/// What a checker or interactor works with: the test's input and answer (and
/// the output, for oa's checkers) read-only under `/judge`, and for Kattis'
/// protocol a writable feedback directory. Both live beside the cache, so the
/// test's files can be linked rather than copied.
pub(crate) struct Desk {
    files: tempfile::TempDir,
    /// Whether `files` holds the output (oa's checkers read it as a file).
    output: bool,
    feedback: Option<tempfile::TempDir>,
}

/// Where a Kattis validator writes its feedback, as the guest sees it. The
/// trailing slash serves validators that append file names either way.
const FEEDBACK_DIR: &str = "/feedback/";
/// The feedback file in which a multi-pass validator gives the next pass's input.
const NEXT_PASS: &str = "nextpass.in";

impl Desk {
    pub(crate) fn new(
        cache: &std::path::Path,
        test: &ReadyTest,
        protocol: Protocol,
        output: Option<&[u8]>,
    ) -> anyhow::Result<Desk> {
        std::fs::create_dir_all(cache).with_context(|| format!("cannot create {}", cache.display()))?;
        let files = tempfile::tempdir_in(cache)?;
        link_or_copy(&test.input, &files.path().join("input"))?;
        link_or_copy(&test.answer, &files.path().join("answer"))?;
        let output = match (protocol, output) {
            (Protocol::Oa, Some(output)) => {
                std::fs::write(files.path().join("output"), output)?;
                true
            }
            _ => false,
        };
        let feedback = match protocol {
            Protocol::Kattis => Some(tempfile::tempdir_in(cache)?),
            Protocol::Oa => None,
        };
        Ok(Desk {
            files,
            output,
            feedback,
        })
    }

    /// Makes `input` the test's input, for a later pass of a multi-pass test:
    /// the checker reads it as its input file, and the feedback stays.
    pub(crate) fn replace_input(&self, input: &[u8]) -> anyhow::Result<()> {
        let path = self.files.path().join("input");
        // It may be a hard link to the test's own file: unlink it, never write through it.
        std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
        std::fs::write(&path, input).with_context(|| format!("cannot write {}", path.display()))
    }

    /// The input a multi-pass validator wrote for the next pass, taken out of
    /// the feedback directory (the format removes it before the next pass).
    pub(crate) fn take_next_pass(&self) -> anyhow::Result<Option<Vec<u8>>> {
        let Some(feedback) = &self.feedback else {
            return Ok(None);
        };
        let path = feedback.path().join(NEXT_PASS);
        match std::fs::read(&path) {
            Ok(input) => {
                std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
                Ok(Some(input))
            }
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    /// A run of the checker or interactor with its arguments and directories.
    pub(crate) fn request(
        &self,
        program: &Executable,
        tool: &Tool,
        test: &ReadyTest,
        stdin: Vec<u8>,
        limits: &Limits,
    ) -> sandbox::RunRequest {
        let mut request = program.request(stdin, limits);
        request.args.extend(["/judge/input", "/judge/answer"].map(String::from));
        if self.output {
            request.args.push("/judge/output".into());
        }
        if let Some(feedback) = &self.feedback {
            request.args.push(FEEDBACK_DIR.into());
            request = request.writable_dir(feedback.path(), FEEDBACK_DIR.trim_end_matches('/'));
        }
        request.args.extend(tool.args.iter().cloned());
        request.args.extend(test.checker_args.iter().cloned());
        request.dirs.push(sandbox::ReadOnlyDir {
            host: self.files.path().to_path_buf(),
            guest: "/judge".into(),
        });
        request
    }

    /// The verdict a checker or interactor gave, by its protocol's exit codes,
    /// with its score and message. Anything else it did is the problem's fault (JE).
    /// `worth` is what the test is worth in points: a Kattis `score.txt` holds
    /// points, not a fraction.
    pub(crate) fn verdict(
        &self,
        what: &str,
        protocol: Protocol,
        ran: &Outcome,
        said: &[u8],
        worth: f64,
    ) -> (Verdict, f64, String) {
        let (accepted, rejected) = protocol.exit_codes();
        let code = match ran.verdict {
            sandbox::Verdict::Ok => Some(0),
            sandbox::Verdict::Rte => ran.exit_code,
            _ => None,
        };
        let feedback = |name: &str| {
            self.feedback
                .as_ref()
                .and_then(|dir| std::fs::read_to_string(dir.path().join(name)).ok())
                .map(|text| text.trim().to_string())
        };
        let said = String::from_utf8_lossy(said).trim().to_string();
        let message = feedback("judgemessage.txt").unwrap_or(said);
        match code {
            Some(code) if code == accepted => {
                // A fraction of the test's worth, or (score.txt) points of it.
                let given = match protocol {
                    Protocol::Oa => message
                        .lines()
                        .last()
                        .and_then(|line| line.trim().strip_prefix("score="))
                        .map(|value| (value.to_string(), 1.0)),
                    Protocol::Kattis => feedback("score_multiplier.txt")
                        .map(|value| (value, 1.0))
                        .or_else(|| feedback("score.txt").map(|value| (value, worth))),
                };
                let score = match given {
                    None => 1.0,
                    Some((value, scale)) => match value.trim().parse::<f64>() {
                        Ok(value) if value >= 0.0 && scale > 0.0 => (value / scale).min(1.0),
                        _ => {
                            return (
                                Verdict::Je,
                                0.0,
                                format!(
                                    "the {what} accepted with a score that is not a number of 0 or more: `{value}`"
                                ),
                            )
                        }
                    },
                };
                (Verdict::Ac, score, message)
            }
            Some(code) if code == rejected => (Verdict::Wa, 0.0, message),
            _ => (
                Verdict::Je,
                0.0,
                format!(
                    "the {what} failed ({}{}): {} {message}",
                    ran.verdict,
                    ran.exit_code.map(|c| format!(", exit code {c}")).unwrap_or_default(),
                    ran.message
                ),
            ),
        }
    }
}

/// A hard link where the file system allows one (inputs can be megabytes, and
/// this happens per test), else a copy.
fn link_or_copy(from: &std::path::Path, to: &std::path::Path) -> anyhow::Result<()> {
    if std::fs::hard_link(from, to).is_err() {
        std::fs::copy(from, to).with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
    }
    Ok(())
}
