//! The hostile-module corpus: every file in `tests/corpus/` is a WebAssembly text
//! module whose leading `;;` comment lines say what must happen to it:
//!
//! ```text
//! ;; verdict: RTE                   required: OK, TLE, MLE, RTE, OLE or CE
//! ;; exit: 3                        the exit code (absent: not checked)
//! ;; stdout: errno=8\n              the whole stdout, with \n escapes
//! ;; message: stack overflow        a piece of the message
//! ;; time-limit: 1                  seconds (default 1)
//! ;; memory-limit-mib: 16           (default 64)
//! ;; output-limit-bytes: 1024       (default 1 MiB)
//! ;; args: main a b                 the arguments, program name first (default: main)
//! ;; stdin: 1 2\n                   stdin, with \n escapes (default: empty)
//! ```
//!
//! Each module is run twice: the verdict must match the header and both runs must
//! agree to the instruction and the byte.
//!
//! Verdicts are decided by counted instructions; the wall clock is only a backstop
//! against stalls, and by default it is close enough (9 s for a 1 s limit) that an
//! honest loop on a busy machine can reach it before its budget runs out. So the
//! runs here get a backstop of minutes (`BACKSTOP`), and only the instruction
//! budget can decide, however loaded the machine. A run that outlasts even that
//! (`HANG_GUARD`) stalled where the backstop cannot stop it, and fails.

use sandbox::{Limits, Outcome, RunRequest, Sandbox, SandboxConfig, Verdict};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The real-time cap of every corpus run: far beyond what a 1 s budget takes on
/// any machine, busy or not.
const BACKSTOP: Duration = Duration::from_secs(300);

/// Longer than this, a run did not stop at its backstop.
const HANG_GUARD: Duration = Duration::from_secs(360);

#[derive(Default)]
struct Expect {
    verdict: Option<Verdict>,
    exit: Option<i32>,
    stdout: Option<String>,
    message: Vec<String>,
    time_limit: Option<f64>,
    memory_limit_mib: Option<u64>,
    output_limit_bytes: Option<u64>,
    args: Option<Vec<String>>,
    stdin: Option<String>,
}

fn unescape(text: &str) -> String {
    text.replace("\\n", "\n").replace("\\t", "\t")
}

fn parse_header(path: &Path, source: &str) -> Expect {
    let mut expect = Expect::default();
    for line in source.lines().take_while(|l| l.starts_with(";;")) {
        let Some((key, value)) = line.trim_start_matches(';').trim().split_once(':') else {
            continue;
        };
        let value = value.trim();
        let bad = || -> ! { panic!("{}: bad header value `{value}` for `{key}`", path.display()) };
        match key.trim() {
            "verdict" => {
                expect.verdict = Some(match value {
                    "OK" => Verdict::Ok,
                    "TLE" => Verdict::Tle,
                    "MLE" => Verdict::Mle,
                    "RTE" => Verdict::Rte,
                    "OLE" => Verdict::Ole,
                    "CE" => Verdict::Ce,
                    _ => bad(),
                })
            }
            "exit" => expect.exit = Some(value.parse().unwrap_or_else(|_| bad())),
            "stdout" => expect.stdout = Some(unescape(value)),
            "message" => expect.message.push(value.to_string()),
            "time-limit" => expect.time_limit = Some(value.parse().unwrap_or_else(|_| bad())),
            "memory-limit-mib" => expect.memory_limit_mib = Some(value.parse().unwrap_or_else(|_| bad())),
            "output-limit-bytes" => expect.output_limit_bytes = Some(value.parse().unwrap_or_else(|_| bad())),
            "args" => expect.args = Some(value.split_whitespace().map(String::from).collect()),
            "stdin" => expect.stdin = Some(unescape(value)),
            _ => {}
        }
    }
    expect
}

fn run_once(sandbox: &Sandbox, source: &[u8], expect: &Expect) -> Outcome {
    let program = match sandbox.load(source) {
        Ok(program) => program,
        Err(err) => return err.to_outcome(),
    };
    let limits = Limits {
        wall: BACKSTOP,
        ..Limits::from_time_limit(
            expect.time_limit.unwrap_or(1.0),
            expect.memory_limit_mib.unwrap_or(64) << 20,
            expect.output_limit_bytes.unwrap_or(1 << 20),
        )
    };
    let mut request = RunRequest::new(program).limits(limits);
    if let Some(args) = &expect.args {
        request = request.args(args.clone());
    }
    if let Some(stdin) = &expect.stdin {
        request = request.stdin(stdin.clone().into_bytes());
    }
    sandbox.run_blocking(request).expect("the host carried out the run")
}

fn check(path: &Path, sandbox: &Sandbox) -> Result<(), String> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expect = parse_header(path, &source);
    let want = expect.verdict.ok_or("no `;; verdict:` header")?;
    let timed = || {
        let started = Instant::now();
        let outcome = run_once(sandbox, source.as_bytes(), &expect);
        let took = started.elapsed();
        if took > HANG_GUARD {
            return Err(format!("took {took:?}: it ran past its {BACKSTOP:?} real-time cap"));
        }
        Ok(outcome)
    };
    let first = timed()?;
    let second = timed()?;
    let show = |o: &Outcome| {
        format!(
            "{} exit={:?} instructions={} message={:?} stdout={:?}",
            o.verdict,
            o.exit_code,
            o.instructions,
            o.message,
            String::from_utf8_lossy(&o.stdout[..o.stdout.len().min(200)])
        )
    };
    if first.verdict != want {
        return Err(format!("expected {want}, got {}", show(&first)));
    }
    if let Some(exit) = expect.exit {
        if first.exit_code != Some(exit) {
            return Err(format!("expected exit code {exit}, got {}", show(&first)));
        }
    }
    if let Some(stdout) = &expect.stdout {
        if first.stdout != stdout.as_bytes() {
            return Err(format!("expected stdout {stdout:?}, got {}", show(&first)));
        }
    }
    for piece in &expect.message {
        if !first.message.contains(piece.as_str()) {
            return Err(format!(
                "expected the message to mention {piece:?}, got {}",
                show(&first)
            ));
        }
    }
    // Wall time is the one thing allowed to differ between runs.
    let same = first.verdict == second.verdict
        && first.exit_code == second.exit_code
        && first.instructions == second.instructions
        && first.memory_bytes == second.memory_bytes
        && first.stdout == second.stdout
        && first.stderr == second.stderr
        && first.message == second.message;
    if !same {
        return Err(format!(
            "not reproducible:\n  first:  {}\n  second: {}",
            show(&first),
            show(&second)
        ));
    }
    Ok(())
}

#[test]
fn corpus() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/corpus")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "wat"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus has only {} modules", files.len());
    let sandbox = Sandbox::new(SandboxConfig {
        workers: 2,
        ..SandboxConfig::default()
    })
    .expect("sandbox");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            check(path, &sandbox)
                .err()
                .map(|e| format!("{}: {e}", path.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} corpus modules failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
