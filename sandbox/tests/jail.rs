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
        "ls / | tr '\\n' ' '; echo; ls /dev; cat /etc/passwd; ls /home /root; ls /proc | grep -c '^[0-9]'; env | sort | tr '\\n' ' '; \
         touch /usr/x && echo wrote-usr; echo hi > out.txt && echo wrote-scratch",
        &JailLimits::default(),
    );
    let out = text(&run);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].trim(),
        "bin build dev lib lib64 proc sbin tmp toolchains usr",
        "{out}"
    );
    assert_eq!(lines[1], "null", "only /dev/null: {out}");
    assert!(!out.contains("root:x:0:0"), "{out}");
    assert!(out.contains("/etc/passwd: No such file"), "{out}");
    assert!(out.contains("/home") && out.contains("/root"), "{out}");
    // Only the jail's own processes (sh, ls, grep and the jail's init) are visible.
    let processes: usize = lines
        .iter()
        .find_map(|l| l.trim().parse().ok())
        .expect("a process count");
    assert!(processes <= 6, "{processes} processes visible: {out}");
    assert!(!out.contains("wrote-usr") && out.contains("wrote-scratch"), "{out}");
    assert!(
        !out.contains("HOSTNAME=") && !out.contains("OA_") && !out.contains("CARGO"),
        "{out}"
    );
}

#[test]
fn there_is_no_network() {
    let run = sh(
        "cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' ' | tr '\\n' ' '",
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
    // Each sleep holds a process; past the limit fork fails and the count stays low.
    let run = sh(
        "for i in $(seq 1 60); do sleep 2 & done 2>/dev/null; ls /proc | grep -c '^[0-9]'; wait",
        &limits,
    );
    let count: usize = text(&run).lines().find_map(|l| l.trim().parse().ok()).unwrap_or(0);
    assert!(count <= 17, "{count} processes ran under a limit of 16: {}", text(&run));
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
fn the_jail_s_first_process_shows_no_host_path() {
    // Every process inside sees the jail's init; its command line used to be
    // bubblewrap's whole argument list, the host's paths among them.
    let scratch = tempfile::tempdir().expect("scratch");
    let spec = jail::JailSpec {
        limits: JailLimits::default(),
        ..jail::JailSpec::default()
    };
    let script = "tr '\\0' ' ' < /proc/1/cmdline";
    let run = jail::run(&spec, scratch.path(), &["sh".into(), "-c".into(), script.into()]).expect("jail starts");
    let out = text(&run);
    assert!(out.contains("bwrap"), "{out}");
    let host = scratch.path().to_string_lossy().into_owned();
    assert!(!out.contains(&host), "{out}");
    assert!(!out.contains("--ro-bind"), "{out}");
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
