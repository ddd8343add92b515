//! Python runs start from a snapshot of the initialised interpreter (see
//! `src/snapshot.rs`): what a program prints, its exit status and its traceback
//! must be those of the cold start, and its count the same on every run. Needs
//! the Python toolchain (`./dev setup`); skipped without it.

use sandbox::{Executable, Limits, Outcome, Sandbox, SandboxConfig, Source, Toolchains};
use std::path::PathBuf;
use std::sync::OnceLock;

/// One sandbox and one cache, kept between test runs: the interpreter and its
/// snapshot are compiled once.
fn setup() -> Option<&'static (Sandbox, Toolchains)> {
    static SETUP: OnceLock<Option<(Sandbox, Toolchains)>> = OnceLock::new();
    SETUP
        .get_or_init(|| {
            let root = Toolchains::default_dir();
            if !root.join("python/bin/python3.11.wasm").is_file() {
                eprintln!("skipped: Python is not installed under {}", root.display());
                return None;
            }
            let cache = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("python-snapshot-cache");
            let sandbox = Sandbox::new(SandboxConfig {
                workers: 2,
                cache_dir: Some(cache.clone()),
                ..SandboxConfig::default()
            })
            .expect("sandbox");
            let builds = tempfile::tempdir().expect("builds").keep();
            let toolchains = Toolchains::new(root, &builds);
            // Snapshots are kept with the compiled modules, between test runs.
            let toolchains = toolchains.with_snapshot_dir(cache.join("snapshots"));
            Some((sandbox, toolchains))
        })
        .as_ref()
}

fn build(name: &str, text: &str) -> Option<Executable> {
    let (sandbox, toolchains) = setup()?;
    let python = toolchains.language("python").expect("python");
    let source = Source {
        name: name.into(),
        bytes: text.as_bytes().to_vec(),
    };
    Some(toolchains.build(sandbox, python, &[source]).expect("build"))
}

fn limits() -> Limits {
    Limits {
        wall: std::time::Duration::from_secs(300),
        ..Limits::from_time_limit(10.0, 256 << 20, 1 << 20)
    }
}

/// The program's run from the snapshot and from a cold start.
fn both(text: &str, stdin: &str) -> Option<(Outcome, Outcome)> {
    let (sandbox, _) = setup()?;
    let executable = build("main.py", text)?;
    let request = executable.request(stdin.to_string(), &limits());
    assert!(
        executable.program.starts_from_snapshot(&request),
        "main.py must start from the snapshot"
    );
    let mut cold = request.clone();
    cold.program = executable.program.cold().expect("a snapshot").clone();
    assert!(!cold.program.starts_from_snapshot(&cold));
    Some((
        sandbox.run_blocking(request).expect("run"),
        sandbox.run_blocking(cold).expect("run"),
    ))
}

fn same(text: &str, stdin: &str) -> Option<Outcome> {
    let (warm, cold) = both(text, stdin)?;
    let show = |o: &Outcome| {
        format!(
            "{} {:?} {}\nstdout: {}\nstderr: {}",
            o.verdict,
            o.exit_code,
            o.message,
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    assert_eq!(
        (warm.verdict, warm.exit_code, &warm.message, &warm.stdout, &warm.stderr),
        (cold.verdict, cold.exit_code, &cold.message, &cold.stdout, &cold.stderr),
        "snapshot:\n{}\ncold:\n{}",
        show(&warm),
        show(&cold)
    );
    assert_eq!(warm.memory_bytes, cold.memory_bytes, "peak memory");
    eprintln!(
        "snapshot {} instructions, cold {} ({:.1} ms and {:.1} ms here)",
        warm.instructions,
        cold.instructions,
        warm.wall.as_secs_f64() * 1e3,
        cold.wall.as_secs_f64() * 1e3
    );
    assert!(
        warm.instructions < cold.instructions,
        "snapshot {} instructions, cold {}",
        warm.instructions,
        cold.instructions
    );
    Some(warm)
}

#[test]
fn prints_like_the_cold_start() {
    let Some(outcome) = same("print('hello')\n", "") else {
        return;
    };
    assert_eq!(outcome.stdout, b"hello\n");
}

#[test]
fn reads_stdin_like_the_cold_start() {
    let program = "import sys\nnums = list(map(int, sys.stdin.buffer.read().split()))\nprint(sum(nums), len(nums))\nline = input() if False else None\n";
    let Some(outcome) = same(program, "1 2 3\n4 5\n") else {
        return;
    };
    assert_eq!(outcome.stdout, b"15 5\n");
    same("print(input())\nprint(input())\n", "a\n");
}

#[test]
fn raises_like_the_cold_start() {
    let program = "def f(x):\n    return 1 // x\nprint('before', flush=False)\nf(0)\n";
    let Some(outcome) = same(program, "") else { return };
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    assert!(stderr.contains("Traceback (most recent call last):"), "{stderr}");
    assert!(
        stderr.contains("File \"/src/main.py\", line 4, in <module>"),
        "{stderr}"
    );
    assert!(
        stderr.contains("ZeroDivisionError: integer division or modulo by zero"),
        "{stderr}"
    );
    assert_eq!(outcome.exit_code, Some(1));
    assert_eq!(outcome.stdout, b"before\n");
}

#[test]
fn overflows_the_stack_like_the_cold_start() {
    // The resumed interpreter runs on the stack a cold one would have, to the byte.
    let program = "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1) + 1\nprint('deep')\nf(0)\n";
    let Some(outcome) = same(program, "") else { return };
    assert_eq!(outcome.verdict, sandbox::Verdict::Rte, "{}", outcome.message);
    same("import sys\ndef f(n):\n    return f(n + 1) + 1\nf(0)\n", "");
}

#[test]
fn exits_like_the_cold_start() {
    let Some(outcome) = same("import sys\nprint('out')\nsys.exit(3)\n", "") else {
        return;
    };
    assert_eq!((outcome.exit_code, outcome.stdout.as_slice()), (Some(3), &b"out\n"[..]));
    same("raise SystemExit('bye')\n", "");
    same("import os\nprint('x', end='')\nos._exit(0)\n", "");
    same(
        "import atexit\natexit.register(lambda: print('at exit'))\nprint('main')\n",
        "",
    );
}

#[test]
fn sees_its_name_arguments_and_modules_like_the_cold_start() {
    let program = r#"
import sys, os
print(__name__, __file__, sys.argv, sys.orig_argv, sys.path[0])
print(sys.flags, sys.executable, sys.prefix)
print(sorted(sys.modules))
print(os.environ.get("PYTHONHOME"), sorted(os.environ))
print(os.listdir("/src"), os.getcwd())
if __name__ == "__main__":
    print("main")
import collections, heapq, itertools, functools, math, bisect, re, json, random, decimal, fractions, string, typing, dataclasses
print(random.random(), hash("abc"), {"x", "y", "z", "w"}, os.urandom(4).hex())
import time
print(time.time() > 946684800, time.monotonic() > 0)
"#;
    same(program, "");
}

#[test]
fn counts_the_same_instructions_on_every_run() {
    let Some((sandbox, _)) = setup() else { return };
    let executable = build("main.py", "import sys\nprint(sum(range(1000)))\n").expect("built");
    let counts: Vec<u64> = (0..3)
        .map(|_| {
            let outcome = sandbox.run_blocking(executable.request("", &limits())).expect("run");
            assert_eq!(outcome.stdout, b"499500\n");
            outcome.instructions
        })
        .collect();
    assert!(counts.windows(2).all(|w| w[0] == w[1]), "{counts:?}");
}

#[test]
fn other_main_files_and_setups_start_cold() {
    let Some(executable) = build("solve.py", "import sys\nprint(sys.argv[0])\n") else {
        return;
    };
    let request = executable.request("", &limits());
    assert!(!executable.program.starts_from_snapshot(&request));
    let (sandbox, _) = setup().expect("set up");
    let outcome = sandbox.run_blocking(request).expect("run");
    assert_eq!(outcome.stdout, b"/src/solve.py\n");

    // Another seed would have drawn another hash secret at start-up.
    let executable = build("main.py", "print(hash('abc'))\n").expect("built");
    let request = executable.request("", &limits()).seed(7);
    assert!(!executable.program.starts_from_snapshot(&request));
    assert_eq!(
        sandbox.run_blocking(request).expect("run").verdict,
        sandbox::Verdict::Ok
    );
}

/// Copies a directory tree with fresh files: new inodes, new times.
fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::write(&target, std::fs::read(entry.path()).unwrap()).unwrap();
        }
    }
}

#[test]
fn a_copy_of_the_toolchain_gives_the_same_snapshot() {
    // Taken afresh from a copy (other inodes, times, place), the snapshot is the
    // same module, so programs count the same instructions from either install.
    let Some((sandbox, _)) = setup() else { return };
    let original = build("main.py", "print(1)\n").expect("built");
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&Toolchains::default_dir().join("python"), &copy.path().join("python"));
    let builds = tempfile::tempdir().unwrap();
    let toolchains = Toolchains::new(copy.path(), builds.path()).with_snapshot_dir(builds.path().join("snapshots"));
    let source = Source {
        name: "main.py".into(),
        bytes: b"print(1)\n".to_vec(),
    };
    let copied = toolchains
        .build(sandbox, toolchains.language("python").unwrap(), &[source])
        .expect("build");
    assert!(
        builds.path().join("snapshots").read_dir().unwrap().next().is_some(),
        "taken afresh"
    );
    assert_eq!(original.program.hash(), copied.program.hash());
    let run = |e: &Executable| sandbox.run_blocking(e.request("", &limits())).expect("run");
    assert_eq!(run(&original).instructions, run(&copied).instructions);
}

/// A submission and its interactor, both Python from the snapshot (or both
/// cold), talking through pipes: the submission's verdict and output, and the
/// interactor's.
fn converse(submission: &Executable, interactor: &Executable, snapshot: bool) -> (Outcome, Outcome) {
    let (sandbox, _) = setup().expect("set up");
    let conversation = sandbox::conversation();
    let mut first = submission
        .request("", &limits())
        .stdin_pipe(conversation.submission_reads)
        .stdout_pipe(conversation.to_peer);
    let mut second = interactor
        .request("", &limits())
        .stdin_pipe(conversation.peer_reads)
        .stdout_pipe(conversation.to_submission);
    for request in [&mut first, &mut second] {
        assert!(request.program.starts_from_snapshot(request));
        if !snapshot {
            request.program = request.program.cold().expect("a snapshot").clone();
        }
    }
    let (a, b) = sandbox.run_pair_blocking(first, second);
    (a.expect("run"), b.expect("run"))
}

#[test]
fn converses_like_the_cold_start() {
    // Flushed answers get through, and so do unflushed ones: stdout is line
    // buffered here, from the snapshot as cold (what the start-up decided about
    // the standard streams holds for pipes too).
    let Some(interactor) = build(
        "main.py",
        "import sys\nfor i in range(3):\n    print(i, flush=True)\n    got = int(input())\n    print('got', got, file=sys.stderr)\n",
    ) else {
        return;
    };
    for (text, verdict) in [
        (
            "for _ in range(3):\n    print(int(input()) * 2, flush=True)\n",
            sandbox::Verdict::Ok,
        ),
        (
            "import sys\nprint(sys.stdout.line_buffering, sys.stdin.isatty(), file=sys.stderr)\n\
             for _ in range(3):\n    print(int(input()) * 2)\n",
            sandbox::Verdict::Ok,
        ),
    ] {
        let submission = build("main.py", text).expect("built");
        let (warm, warm_peer) = converse(&submission, &interactor, true);
        let (cold, cold_peer) = converse(&submission, &interactor, false);
        assert_eq!(warm.verdict, verdict, "{}", warm.message);
        for (warm, cold) in [(&warm, &cold), (&warm_peer, &cold_peer)] {
            assert_eq!(
                (warm.verdict, &warm.stdout, &warm.stderr),
                (cold.verdict, &cold.stdout, &cold.stderr),
                "{} / {}",
                warm.message,
                cold.message
            );
        }
    }
}

#[test]
fn a_missing_or_damaged_snapshot_is_taken_again() {
    let Some((sandbox, _)) = setup() else { return };
    let builds = tempfile::tempdir().unwrap();
    let dir = builds.path().join("snapshots");
    let source = || Source {
        name: "main.py".into(),
        bytes: b"print(2)\n".to_vec(),
    };
    let build = || {
        // A new Toolchains: nothing remembered in memory, only what is on disk.
        let toolchains = Toolchains::new(Toolchains::default_dir(), builds.path()).with_snapshot_dir(&dir);
        let python = toolchains.language("python").unwrap();
        toolchains.build(sandbox, python, &[source()]).expect("build")
    };
    let first = build();
    let file = dir.read_dir().unwrap().next().expect("kept").unwrap().path();
    std::fs::write(&file, b"\0asm damaged").unwrap();
    let again = build();
    assert_eq!(first.program.hash(), again.program.hash());
    std::fs::remove_file(&file).unwrap();
    let again = build();
    assert_eq!(first.program.hash(), again.program.hash());
    assert!(file.is_file());
    let outcome = sandbox.run_blocking(again.request("", &limits())).expect("run");
    assert_eq!(outcome.stdout, b"2\n");
}
