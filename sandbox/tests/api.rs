//! The sandbox's API beyond single hostile modules: files, caching, memory
//! accounting, big or broken modules, concurrency and async callers.

use sandbox::limits::{INSTRUCTIONS_PER_SECOND, MAX_MEMORY_BYTES};
use sandbox::{Limits, LoadError, RunRequest, Sandbox, SandboxConfig, Verdict};
use std::time::Duration;

/// A real-time cap of minutes: the default one (103 s for a 1 s limit) is reached
/// only by a run getting less than a third of a core, and a test machine can be
/// that busy. Tests of the backstops themselves set their own.
const PATIENT: Duration = Duration::from_secs(300);

fn patient(limits: Limits) -> Limits {
    Limits {
        wall: PATIENT,
        ..limits
    }
}

fn sandbox() -> Sandbox {
    Sandbox::new(SandboxConfig {
        workers: 2,
        ..SandboxConfig::default()
    })
    .expect("sandbox")
}

/// A module that opens the path in argv[1] under the preopened directory (fd 3),
/// with the rights its argv[2] names ("read" or "write"), and prints the file
/// or `errno=N`.
const OPEN_FILE: &str = r#"
(module
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 0: argv pointers, 64: argv bytes, 512: iovec, 520: counts, 600: fd, 1024: buffer
  (func $strlen (param $p i32) (result i32) (local $n i32)
    (block $end (loop $next
      (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
      (local.set $n (i32.add (local.get $n) (i32.const 1))) (br $next)))
    (local.get $n))
  (func $write (param $p i32) (param $n i32)
    (i32.store (i32.const 512) (local.get $p)) (i32.store (i32.const 516) (local.get $n))
    (drop (call $fd_write (i32.const 1) (i32.const 512) (i32.const 1) (i32.const 520))))
  (func (export "_start") (local $path i32) (local $errno i32) (local $rights i64)
    (drop (call $args_get (i32.const 0) (i32.const 64)))
    (local.set $path (i32.load (i32.const 4)))
    ;; fd_read is right 1<<1, fd_write 1<<6; "w" in argv[2] asks for writing, with O_CREAT|O_TRUNC.
    (local.set $rights (if (result i64) (i32.eq (i32.load8_u (i32.load (i32.const 8))) (i32.const 119)) (then (i64.const 64)) (else (i64.const 2))))
    (local.set $errno (call $path_open (i32.const 3) (i32.const 0) (local.get $path) (call $strlen (local.get $path))
      (if (result i32) (i64.eq (local.get $rights) (i64.const 64)) (then (i32.const 9)) (else (i32.const 0)))
      (local.get $rights) (i64.const 0) (i32.const 0) (i32.const 600)))
    (if (local.get $errno) (then
      (i32.store8 (i32.const 1024) (i32.add (i32.const 48) (i32.div_u (local.get $errno) (i32.const 10))))
      (i32.store8 (i32.const 1025) (i32.add (i32.const 48) (i32.rem_u (local.get $errno) (i32.const 10))))
      (call $write (i32.const 1024) (i32.const 2))
      (return)))
    (i32.store (i32.const 512) (i32.const 1024)) (i32.store (i32.const 516) (i32.const 4096))
    (drop (call $fd_read (i32.load (i32.const 600)) (i32.const 512) (i32.const 1) (i32.const 520)))
    (call $write (i32.const 1024) (i32.load (i32.const 520)))))
"#;

fn open_file(dir: &std::path::Path, path: &str, mode: &str) -> String {
    let sandbox = sandbox();
    let program = sandbox.load(OPEN_FILE.as_bytes()).expect("module");
    let outcome = sandbox
        .run_blocking(RunRequest::new(program).args(["main", path, mode]).dir(dir, "/data"))
        .expect("run");
    assert_eq!(outcome.verdict, Verdict::Ok, "{}", outcome.message);
    String::from_utf8(outcome.stdout).expect("utf-8")
}

#[test]
fn read_only_directories_can_be_read_and_nothing_else() {
    let root = tempfile::tempdir().expect("tempdir");
    let dir = root.path().join("shared");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(dir.join("lib.txt"), "runtime file\n").expect("write");
    std::fs::write(root.path().join("secret.txt"), "host secret\n").expect("write");
    std::os::unix::fs::symlink(root.path().join("secret.txt"), dir.join("link.txt")).expect("symlink");

    assert_eq!(open_file(&dir, "lib.txt", "r"), "runtime file\n");
    // Writing, creating, escaping with `..`, absolute paths and symlinks out: all refused, with an errno.
    for (path, mode) in [
        ("lib.txt", "w"),
        ("new.txt", "w"),
        ("../secret.txt", "r"),
        ("/etc/passwd", "r"),
        ("link.txt", "r"),
    ] {
        let printed = open_file(&dir, path, mode);
        assert!(
            printed.len() == 2 && printed.chars().all(|c| c.is_ascii_digit()),
            "{path} ({mode}) gave {printed:?}"
        );
    }
    assert!(!dir.join("new.txt").exists());
    assert_eq!(std::fs::read_to_string(dir.join("lib.txt")).unwrap(), "runtime file\n");
}

#[test]
fn a_missing_directory_is_a_host_error_not_a_verdict() {
    let sandbox = sandbox();
    let program = sandbox.load(OPEN_FILE.as_bytes()).expect("module");
    let err = sandbox
        .run_blocking(RunRequest::new(program).dir("/nonexistent/oa-test", "/data"))
        .unwrap_err();
    assert!(err.to_string().contains("/nonexistent/oa-test"), "{err}");
}

const GROW: &str = r#"(module (memory (export "memory") 2)
  (func (export "_start") (drop (memory.grow (i32.const 14)))))"#;

#[test]
fn peak_memory_is_reported_and_the_limit_is_exact() {
    let sandbox = sandbox();
    let program = sandbox.load(GROW.as_bytes()).expect("module");
    let run = |mib: u64| {
        let limits = patient(Limits::from_time_limit(1.0, mib << 20, 1 << 20));
        sandbox
            .run_blocking(RunRequest::new(program.clone()).limits(limits))
            .expect("run")
    };
    let fits = run(1); // 16 pages of 64 KiB are exactly 1 MiB
    assert_eq!((fits.verdict, fits.memory_bytes), (Verdict::Ok, 1 << 20));
    let limits = patient(Limits {
        memory_bytes: (1 << 20) - 1,
        ..Limits::default()
    });
    let over = sandbox
        .run_blocking(RunRequest::new(program.clone()).limits(limits))
        .expect("run");
    assert_eq!(over.verdict, Verdict::Mle, "{}", over.message);
    assert_eq!(over.memory_bytes, 2 * 65536, "the peak is what was granted");
}

#[test]
fn the_instruction_budget_is_exact() {
    let sandbox = sandbox();
    let program = sandbox
        .load(br#"(module (func (export "_start") (loop br 0)))"#)
        .expect("module");
    let limits = patient(Limits {
        instructions: 1_000_000,
        ..Limits::default()
    });
    let outcome = sandbox
        .run_blocking(RunRequest::new(program).limits(limits))
        .expect("run");
    assert_eq!((outcome.verdict, outcome.instructions), (Verdict::Tle, 1_000_000));
    assert!((outcome.time_seconds() - 1e6 / INSTRUCTIONS_PER_SECOND as f64).abs() < 1e-12);
}

#[test]
fn output_exactly_at_the_cap_is_fine_one_byte_more_is_not() {
    let module = |n: u32| {
        format!(
            r#"(module
              (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 64)) (i32.store (i32.const 4) (i32.const {n}))
                (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#
        )
    };
    let sandbox = sandbox();
    let limits = patient(Limits {
        output_bytes: 100,
        ..Limits::default()
    });
    let at_cap = sandbox.load(module(100).as_bytes()).unwrap();
    let at_cap = sandbox
        .run_blocking(RunRequest::new(at_cap).limits(limits.clone()))
        .unwrap();
    assert_eq!((at_cap.verdict, at_cap.stdout.len()), (Verdict::Ok, 100));
    let over = sandbox.load(module(101).as_bytes()).unwrap();
    let over = sandbox.run_blocking(RunRequest::new(over).limits(limits)).unwrap();
    assert_eq!(
        (over.verdict, over.stdout.len()),
        (Verdict::Ole, 100),
        "{}",
        over.message
    );
}

#[test]
fn broken_and_oversized_modules_are_compile_errors() {
    let sandbox = sandbox();
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8).collect();
    assert!(matches!(sandbox.load(&garbage), Err(LoadError::Malformed(_))));
    let valid = wat::parse_str(r#"(module (func (export "_start")))"#).unwrap();
    assert!(matches!(
        sandbox.load(&valid[..valid.len() - 3]),
        Err(LoadError::Invalid(_))
    ));
    assert!(matches!(
        sandbox.load(b"\0asm\x01\0\0\0\x01"),
        Err(LoadError::Invalid(_))
    ));

    // 100 MB: a data segment that large is still a valid module, just not one we take.
    let mut big = b"(module (memory 2000) (data (i32.const 0) \"".to_vec();
    big.resize(big.len() + 100_000_000, b'x');
    big.extend_from_slice(b"\") (func (export \"_start\")))");
    let err = sandbox.load(&big).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
    assert_eq!(err.to_outcome().verdict, Verdict::Ce);
}

#[test]
fn compiled_modules_are_cached_on_disk_and_bad_entries_are_replaced() {
    let cache = tempfile::tempdir().expect("tempdir");
    let config = SandboxConfig {
        workers: 1,
        cache_dir: Some(cache.path().to_path_buf()),
        ..SandboxConfig::default()
    };
    let source = br#"(module (func (export "_start")))"#;
    let hash = Sandbox::new(config.clone()).unwrap().load(source).unwrap().hash_hex();
    let entries = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(cache.path().join("modules"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    };
    let files = entries();
    assert_eq!(files.len(), 1);
    assert!(files[0].file_name().unwrap().to_string_lossy().starts_with(&hash));

    // A second process finds it; a corrupted entry is recompiled and rewritten.
    std::fs::write(&files[0], b"not a compiled module").unwrap();
    let sandbox = Sandbox::new(config).unwrap();
    let program = sandbox.load(source).unwrap();
    assert_eq!(
        sandbox.run_blocking(RunRequest::new(program)).unwrap().verdict,
        Verdict::Ok
    );
    assert_ne!(std::fs::read(&files[0]).unwrap(), b"not a compiled module");
}

#[test]
fn the_memory_limit_cannot_exceed_what_wasm32_addresses() {
    assert_eq!(Limits::from_time_limit(1.0, u64::MAX, 0).memory_bytes, MAX_MEMORY_BYTES);
}

#[tokio::test(flavor = "current_thread")]
async fn a_running_module_never_blocks_the_async_caller() {
    let sandbox = sandbox();
    let program = sandbox
        .load(br#"(module (func (export "_start") (loop br 0)))"#)
        .unwrap();
    let limits = patient(Limits::from_time_limit(2.0, 1 << 20, 1 << 20));
    let run = sandbox.run(RunRequest::new(program).limits(limits));
    tokio::pin!(run);
    // On a single-threaded runtime a blocking run would starve this timer.
    let ticked = tokio::select! {
        _ = tokio::time::sleep(Duration::from_millis(20)) => true,
        _ = &mut run => false,
    };
    assert!(
        ticked,
        "the run finished before a 20 ms timer: it is not the long run this test needs"
    );
    assert_eq!(run.await.unwrap().verdict, Verdict::Tle);
}

#[tokio::test(flavor = "multi_thread")]
async fn many_concurrent_runs_each_get_their_own_result() {
    let sandbox = std::sync::Arc::new(sandbox());
    let tasks: Vec<_> = (0..16u8)
        .map(|i| {
            let sandbox = sandbox.clone();
            tokio::spawn(async move {
                let source = format!(
                    r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
                       (memory (export "memory") 1) (func (export "_start") (call $exit (i32.const {i}))))"#
                );
                let program = sandbox.load_async(source.into_bytes()).await.unwrap();
                (i, sandbox.run(RunRequest::new(program)).await.unwrap())
            })
        })
        .collect();
    for task in tasks {
        let (i, outcome) = task.await.unwrap();
        assert_eq!(outcome.exit_code, Some(i32::from(i)));
        assert_eq!(outcome.verdict, if i == 0 { Verdict::Ok } else { Verdict::Rte });
    }
}

/// A loop that counts its iterations in a global, exported so the test can
/// tell how far it got: every iteration executes the same few instructions.
const COUNTING_LOOP: &[u8] = br#"(module
  (global $n (export "n") (mut i64) (i64.const 0))
  (func (export "_start") (loop (global.set $n (i64.add (global.get $n) (i64.const 1))) br 0)))"#;

#[test]
fn the_processor_time_backstop_stops_what_instructions_do_not() {
    let sandbox = sandbox();
    let program = sandbox.load(COUNTING_LOOP).unwrap();
    // A budget no machine exhausts in 50 ms of processor time: only the backstop
    // can end this run, and the real-time cap is out of reach.
    let limits = Limits {
        instructions: u64::MAX / 2,
        cpu: Duration::from_millis(50),
        wall: PATIENT,
        ..Limits::default()
    };
    let outcome = sandbox.run_blocking(RunRequest::new(program).limits(limits)).unwrap();
    assert_eq!(outcome.verdict, Verdict::Tle);
    assert!(
        outcome.message.contains("processor-time backstop"),
        "{}",
        outcome.message
    );
    // It stops between two slices of budget, where the count is exact: the loop
    // ran millions of iterations, and the count says so, in the message too.
    assert!(outcome.instructions > 1_000_000, "{}", outcome.instructions);
    assert!(outcome.instructions < u64::MAX / 2);
    assert!(
        outcome
            .message
            .contains(&format!("after {} instructions", outcome.instructions)),
        "{}",
        outcome.message
    );
}

/// A loop of `n` iterations.
fn counted_loop(n: u32) -> String {
    format!(
        r#"(module (func (export "_start") (local $i i32)
             (loop (local.set $i (i32.add (local.get $i) (i32.const 1)))
                   (br_if 0 (i32.lt_u (local.get $i) (i32.const {n}))))))"#
    )
}

#[test]
fn the_engine_s_own_pauses_are_not_billed() {
    // Short loops run inside one slice of budget, without a pause; they give
    // the cost of the start and of one iteration. A loop of 5e8 iterations
    // pauses about 175 times between slices, and the engine checks its clocks
    // every 100 ms besides: its count must be exactly what the short loops
    // predict, whatever the pauses and however long the run took.
    let sandbox = sandbox();
    let count = |n: u32| {
        let program = sandbox.load(counted_loop(n).as_bytes()).unwrap();
        let limits = patient(Limits::from_time_limit(10.0, 1 << 20, 1 << 20));
        let outcome = sandbox.run_blocking(RunRequest::new(program).limits(limits)).unwrap();
        assert_eq!(outcome.verdict, Verdict::Ok, "{}", outcome.message);
        outcome.instructions
    };
    let (short, longer) = (count(1000), count(2000));
    let per_iteration = (longer - short) / 1000;
    let start = short - 1000 * per_iteration;
    assert_eq!(count(500_000_000), start + 500_000_000 * per_iteration);
}

#[test]
fn the_real_time_cap_stops_a_run_that_waits() {
    // A read from a pipe nobody writes to: the run uses no processor time, and
    // only the real-time cap ends it.
    let sandbox = sandbox();
    let (_writer, reader) = sandbox::pipe();
    let limits = Limits {
        wall: Duration::from_millis(100),
        ..Limits::default()
    };
    let outcome = sandbox
        .run_blocking(
            RunRequest::new(sandbox.load(ECHO.as_bytes()).unwrap())
                .limits(limits)
                .stdin_pipe(reader),
        )
        .unwrap();
    assert_eq!(outcome.verdict, Verdict::Tle);
    assert!(outcome.message.contains("real-time cap"), "{}", outcome.message);
}

#[test]
fn the_environment_is_empty_unless_the_caller_sets_it() {
    // Prints environ_sizes_get's count and buffer size as two bytes.
    let source = r#"(module
      (import "wasi_snapshot_preview1" "environ_sizes_get" (func $sizes (param i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (func (export "_start")
        (drop (call $sizes (i32.const 100) (i32.const 104)))
        (i32.store8 (i32.const 200) (i32.load (i32.const 100)))
        (i32.store8 (i32.const 201) (i32.load (i32.const 104)))
        (i32.store (i32.const 0) (i32.const 200)) (i32.store (i32.const 4) (i32.const 2))
        (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#;
    let sandbox = sandbox();
    let program = sandbox.load(source.as_bytes()).unwrap();
    let empty = sandbox.run_blocking(RunRequest::new(program.clone())).unwrap();
    assert_eq!(empty.stdout, [0, 0]);
    let set = sandbox
        .run_blocking(RunRequest::new(program).env("PYTHONHOME", "/usr/local"))
        .unwrap();
    assert_eq!(set.stdout, [1, "PYTHONHOME=/usr/local\0".len() as u8]);
}

/// Echoes every message it reads on stdin to stdout, until the end of stdin.
const ECHO: &str = r#"
(module
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (loop $next
      (i32.store (i32.const 0) (i32.const 1024)) (i32.store (i32.const 4) (i32.const 4096))
      (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
      (if (i32.eqz (i32.load (i32.const 8))) (then (return)))
      (i32.store (i32.const 4) (i32.load (i32.const 8)))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 12)))
      (br $next))))
"#;

/// Writes "hi" to stdout, then copies one read of stdin to stderr.
const ASK: &str = r#"
(module
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 2048) "hi")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 2048)) (i32.store (i32.const 4) (i32.const 2))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 12)))
    (i32.store (i32.const 0) (i32.const 1024)) (i32.store (i32.const 4) (i32.const 4096))
    (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store (i32.const 4) (i32.load (i32.const 8)))
    (drop (call $fd_write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 12)))))
"#;

/// Two runs with each one's stdout piped to the other's stdin.
fn connected(
    sandbox: &Sandbox,
    (first, first_limits): (&str, Limits),
    (second, limits): (&str, Limits),
) -> (sandbox::Outcome, sandbox::Outcome) {
    // The first is the submission: its read is the one that fails on a deadlock.
    let talk = sandbox::conversation();
    let first = RunRequest::new(sandbox.load(first.as_bytes()).expect("module"))
        .limits(first_limits)
        .stdin_pipe(talk.submission_reads)
        .stdout_pipe(talk.to_peer);
    let second = RunRequest::new(sandbox.load(second.as_bytes()).expect("module"))
        .limits(limits)
        .stdin_pipe(talk.peer_reads)
        .stdout_pipe(talk.to_submission);
    let (first, second) = sandbox.run_pair_blocking(first, second);
    (first.expect("first run"), second.expect("second run"))
}

#[test]
fn two_runs_talk_through_pipes_and_repeat_to_the_instruction() {
    let sandbox = sandbox();
    let limits = patient(Limits::default());
    let (ask, echo) = connected(&sandbox, (ASK, limits.clone()), (ECHO, limits.clone()));
    assert_eq!(
        (ask.verdict, echo.verdict),
        (Verdict::Ok, Verdict::Ok),
        "{} / {}",
        ask.message,
        echo.message
    );
    assert_eq!(ask.stderr, b"hi", "the echo came back");
    assert_eq!(echo.stdout, b"hi");
    // The echo ended because the asker finished: it saw the end of its input.
    let (again_ask, again_echo) = connected(&sandbox, (ASK, limits.clone()), (ECHO, limits));
    assert_eq!(
        (again_ask.instructions, again_echo.instructions),
        (ask.instructions, echo.instructions)
    );
}

#[test]
fn two_runs_waiting_on_each_other_end_as_tle_at_once() {
    let sandbox = sandbox();
    // Both start by reading: a deadlock, noticed when the second begins to wait,
    // with hours of real time left to either.
    let (first, second) = connected(
        &sandbox,
        (ECHO, patient(Limits::default())),
        (ECHO, patient(Limits::default())),
    );
    // The submission's read fails; the other then sees the end of its input
    // (its verdict would be TLE otherwise).
    assert_eq!(
        (first.verdict, second.verdict),
        (Verdict::Tle, Verdict::Ok),
        "{}",
        first.message
    );
    assert!(first.message.contains("deadlock"), "{}", first.message);
    assert!(first.wall < PATIENT / 2, "{:?}", first.wall);
}

/// Creates `out.txt` in the directory at fd 3 and writes "written" to it; prints the errno on failure.
const WRITE_FILE: &str = r#"
(module
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 2048) "out.txt")
  (data (i32.const 2100) "written")
  (func (export "_start") (local $errno i32)
    (local.set $errno (call $path_open (i32.const 3) (i32.const 0) (i32.const 2048) (i32.const 7)
      (i32.const 9) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 600)))
    (if (local.get $errno) (then
      (i32.store8 (i32.const 1024) (i32.add (i32.const 48) (i32.div_u (local.get $errno) (i32.const 10))))
      (i32.store8 (i32.const 1025) (i32.add (i32.const 48) (i32.rem_u (local.get $errno) (i32.const 10))))
      (i32.store (i32.const 0) (i32.const 1024)) (i32.store (i32.const 4) (i32.const 2))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 12)))
      (return)))
    (i32.store (i32.const 0) (i32.const 2100)) (i32.store (i32.const 4) (i32.const 7))
    (drop (call $fd_write (i32.load (i32.const 600)) (i32.const 0) (i32.const 1) (i32.const 12)))))
"#;

#[test]
fn only_a_writable_directory_can_be_written() {
    let sandbox = sandbox();
    let program = sandbox.load(WRITE_FILE.as_bytes()).expect("module");
    let dir = tempfile::tempdir().expect("tempdir");
    let outcome = sandbox
        .run_blocking(RunRequest::new(program.clone()).writable_dir(dir.path(), "/feedback"))
        .expect("run");
    assert_eq!(outcome.verdict, Verdict::Ok, "{}", outcome.message);
    assert_eq!(std::fs::read_to_string(dir.path().join("out.txt")).unwrap(), "written");

    let other = tempfile::tempdir().expect("tempdir");
    let outcome = sandbox
        .run_blocking(RunRequest::new(program).dir(other.path(), "/data"))
        .expect("run");
    assert_eq!(
        outcome.stdout.len(),
        2,
        "an errno: {:?}",
        String::from_utf8_lossy(&outcome.stdout)
    );
    assert!(!other.path().join("out.txt").exists());
}
