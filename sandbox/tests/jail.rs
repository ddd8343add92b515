//! The compile jail on its own: what a command inside can see and how its limits end it.

use sandbox::jail::{self, JailLimits};
use std::time::Duration;

/// A wall-clock limit no load explains reaching, for tests whose commands must be
/// ended by another limit: when it is not what they test, it must not decide.
const HANG_GUARD_SECONDS: u64 = 300;

fn sh(script: &str, limits: &JailLimits) -> jail::JailRun {
    let scratch = tempfile::tempdir().expect("scratch");
    let spec = jail::JailSpec {
        limits: limits.clone(),
        ..jail::JailSpec::default()
    };
    jail::run(&spec, scratch.path(), &["sh".into(), "-c".into(), script.into()]).expect("jail starts")
}

fn text(run: &jail::JailRun) -> String {
    String::from_utf8_lossy(&run.output).into_owned()
}

#[test]
fn the_host_is_out_of_sight() {
    let run = sh(
        "ls / | tr '\\n' ' '; echo; ls /dev; cat /etc/passwd; ls /home /root; env | sort | tr '\\n' ' '; \
         touch /usr/x && echo wrote-usr; echo hi > out.txt && echo wrote-scratch",
        &JailLimits::default(),
    );
    let out = text(&run);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].trim(),
        "bin build dev lib lib64 sbin tmp toolchains usr",
        "{out}"
    );
    assert_eq!(lines[1], "null", "only /dev/null: {out}");
    assert!(!out.contains("root:x:0:0"), "{out}");
    assert!(out.contains("/etc/passwd: No such file"), "{out}");
    assert!(out.contains("/home") && out.contains("/root"), "{out}");
    assert!(!out.contains("wrote-usr") && out.contains("wrote-scratch"), "{out}");
    assert!(
        !out.contains("HOSTNAME=") && !out.contains("OA_") && !out.contains("CARGO"),
        "{out}"
    );
}

#[test]
fn there_is_no_network() {
    let run = sh(
        "python3 -c 'import socket; print(*sorted(name for _, name in socket.if_nameindex()))'",
        &JailLimits::default(),
    );
    assert_eq!(text(&run).trim(), "lo", "only a loopback device: {}", text(&run));
}

#[test]
fn cpu_time_is_limited() {
    // On a busy machine a second of CPU time takes many seconds of real time.
    let limits = JailLimits {
        cpu_seconds: 1,
        wall_seconds: HANG_GUARD_SECONDS,
        ..JailLimits::default()
    };
    let run = sh("while :; do :; done", &limits);
    // Not timed out: the CPU limit, not the wall clock, ended it.
    assert!(!run.success() && !run.timed_out, "{run:?}");
}

#[test]
fn wall_time_is_limited() {
    let limits = JailLimits {
        wall_seconds: 1,
        ..JailLimits::default()
    };
    let run = sh("sleep 600", &limits);
    assert!(run.timed_out && run.status.is_none(), "{run:?}");
    // Killed at the limit, not waited for until the sleep ended.
    assert!(run.wall < Duration::from_secs(HANG_GUARD_SECONDS), "{run:?}");
}

#[test]
fn processes_are_limited() {
    let limits = JailLimits {
        processes: 16,
        wall_seconds: HANG_GUARD_SECONDS,
        ..JailLimits::default()
    };
    // Each child holds a process until the count is printed; past the limit fork
    // fails. Counted by the forking process itself: the shell would exit at its
    // first failed fork, and past the limit nothing else could start to count.
    let run = sh(
        "python3 -c 'import os, time\n\
         n = 0\n\
         for _ in range(60):\n\
         \x20   try:\n\
         \x20       if os.fork() == 0:\n\
         \x20           time.sleep(3)\n\
         \x20           os._exit(0)\n\
         \x20       n += 1\n\
         \x20   except OSError:\n\
         \x20       pass\n\
         print(n)'",
        &limits,
    );
    let count: usize = text(&run).trim().parse().unwrap_or(0);
    // sh and python hold two of the 16.
    assert!(
        (8..=14).contains(&count),
        "{count} processes forked under a limit of 16: {}",
        text(&run)
    );
}

#[test]
fn a_flood_of_output_is_cut_short() {
    let limits = JailLimits {
        output_kib: 4,
        wall_seconds: HANG_GUARD_SECONDS,
        ..JailLimits::default()
    };
    let run = sh("yes 'a long line of diagnostics from a hostile compile'", &limits);
    // Flooded, not timed out: the flood stopped it, not the wall clock.
    assert!(run.flooded && !run.success(), "{run:?}");
    assert_eq!(run.output.len(), 4096);
}

#[test]
fn no_process_table_or_mount_table_names_the_host() {
    // /proc/self/mountinfo names the host directory behind every bind, and the
    // jail's first process used to show bubblewrap's whole command line.
    let scratch = tempfile::tempdir().expect("scratch");
    let spec = jail::JailSpec {
        limits: JailLimits::default(),
        ..jail::JailSpec::default()
    };
    let host_pid = std::process::id();
    let script = format!(
        "cat /proc/self/mountinfo /proc/1/cmdline 2>&1; kill -0 {host_pid} 2>/dev/null && echo host-visible; echo done"
    );
    let run = jail::run(&spec, scratch.path(), &["sh".into(), "-c".into(), script]).expect("jail starts");
    let out = text(&run);
    assert!(out.contains("No such file") && out.ends_with("done\n"), "{out}");
    let host = scratch.path().to_string_lossy().into_owned();
    assert!(!out.contains(&host) && !out.contains("--ro-bind"), "{out}");
    assert!(
        !out.contains("host-visible"),
        "the test's own process is visible: {out}"
    );
}

#[test]
fn calls_no_compiler_makes_are_refused() {
    // A new user namespace, the first step of many escapes: allowed to an
    // unprivileged user on this kernel, refused by the jail's filter.
    let run = sh(
        "unshare --user --map-root-user true; echo unshare=$?",
        &JailLimits::default(),
    );
    let out = text(&run);
    assert!(
        out.contains("Operation not permitted") && out.contains("unshare=1"),
        "{out}"
    );
}

#[test]
fn the_filter_compiles_for_this_machine() {
    let filter = jail::seccomp_filter().expect("a filter");
    // A BPF program is a whole number of 8-byte instructions.
    assert!(
        !filter.is_empty() && filter.len().is_multiple_of(8),
        "{} bytes",
        filter.len()
    );
}
