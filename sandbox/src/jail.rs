//! Compilers run natively on untrusted source, so every compile runs in a jail:
//! bubblewrap with new PID, network, IPC and UTS namespaces, a root file system
//! that holds only `/usr` (read-only), the toolchains the language names
//! (read-only) and a private scratch directory, a fresh `/proc` and `/tmp`, and no
//! environment beyond what the language sets. Resource limits (CPU time, address
//! space, processes, file size) are set with `prlimit`; when oa runs as root the
//! compiler also drops to an unprivileged user, because the kernel does not count
//! root's processes. A wall-clock limit and an output cap are enforced here.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Where the scratch directory appears inside the jail.
pub const BUILD_DIR: &str = "/build";

/// Resource limits of one jailed command.
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JailLimits {
    pub cpu_seconds: u64,
    pub memory_mib: u64,
    pub processes: u64,
    pub wall_seconds: u64,
    /// Largest file the command may write.
    pub file_mib: u64,
    /// Output (stdout and stderr together) kept for the message.
    pub output_kib: u64,
}

impl Default for JailLimits {
    fn default() -> JailLimits {
        JailLimits {
            cpu_seconds: 30,
            memory_mib: 4096,
            processes: 64,
            wall_seconds: 60,
            file_mib: 256,
            output_kib: 64,
        }
    }
}

/// What a jailed command did.
#[derive(Debug)]
pub struct JailRun {
    /// Exit status; `None` when it was killed.
    pub status: Option<i32>,
    /// stdout and stderr interleaved, at most `output_kib`.
    pub output: Vec<u8>,
    pub timed_out: bool,
    /// Wrote far more than the output cap, and was stopped for it.
    pub flooded: bool,
    pub wall: Duration,
}

impl JailRun {
    pub fn success(&self) -> bool {
        self.status == Some(0)
    }
}

/// A read-only directory of the host, seen inside the jail at `guest`.
#[derive(Clone, Debug)]
pub struct Bind {
    pub host: PathBuf,
    pub guest: String,
}

/// Output past this many times the kept cap stops the command: a compiler that
/// prints a gigabyte of diagnostics is not waited for.
const FLOOD_FACTOR: u64 = 16;

/// Unprivileged users for jailed commands when oa runs as root; a few of them so
/// that concurrent compiles do not share one process limit.
const JAIL_UIDS: std::ops::Range<u32> = 61_000..61_016;
static NEXT_UID: AtomicU32 = AtomicU32::new(0);

fn running_as_root() -> bool {
    // The owner of /proc/self is the effective user.
    std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false)
}

/// What a jail holds besides `/usr` and the scratch directory.
#[derive(Clone, Debug, Default)]
pub struct JailSpec {
    pub binds: Vec<Bind>,
    pub env: Vec<(String, String)>,
    /// Devices beyond `/dev/null` (by name, e.g. `urandom` for a JVM). `/dev/zero`
    /// and friends are absent unless named, so including them fails at once.
    pub devices: Vec<String>,
    pub limits: JailLimits,
}

/// Runs `argv` in a jail whose working directory is `scratch` (seen as [`BUILD_DIR`]).
pub fn run(spec: &JailSpec, scratch: &Path, argv: &[String]) -> std::io::Result<JailRun> {
    let limits = &spec.limits;
    let root = running_as_root();
    let uid = JAIL_UIDS.start + NEXT_UID.fetch_add(1, Ordering::Relaxed) % JAIL_UIDS.len() as u32;
    if root {
        chown_tree(scratch, uid)?;
    }

    let mut command = Command::new("prlimit");
    command
        .arg(format!("--cpu={}", limits.cpu_seconds))
        .arg(format!("--as={}", limits.memory_mib << 20))
        .arg(format!("--nproc={}", limits.processes))
        .arg(format!("--fsize={}", limits.file_mib << 20))
        .arg("--core=0")
        .arg("--")
        .arg("bwrap")
        .args([
            "--unshare-pid",
            "--unshare-net",
            "--unshare-ipc",
            "--unshare-uts",
            "--unshare-cgroup-try",
        ])
        .args(["--die-with-parent", "--new-session", "--clearenv"])
        .args(["--ro-bind", "/usr", "/usr"])
        .args(["--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64"])
        .args(["--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin"])
        .args(["--perms", "0755", "--dir", "/toolchains"]);
    let mut made = vec![PathBuf::from("/toolchains")];
    for bind in &spec.binds {
        // bwrap would make missing parents (such as /etc) private to root; the
        // unprivileged compiler must be able to walk through them.
        let mut parents: Vec<&Path> = Path::new(&bind.guest).ancestors().skip(1).collect();
        parents.reverse();
        for parent in parents
            .into_iter()
            .filter(|p| *p != Path::new("/") && !p.starts_with("/usr"))
        {
            if !made.iter().any(|m| m == parent) {
                command.args(["--perms", "0755", "--dir"]).arg(parent);
                made.push(parent.to_path_buf());
            }
        }
        command.arg("--ro-bind").arg(&bind.host).arg(&bind.guest);
    }
    command.args([
        "--perms",
        "0755",
        "--tmpfs",
        "/dev",
        "--dev-bind",
        "/dev/null",
        "/dev/null",
    ]);
    for device in &spec.devices {
        let path = format!("/dev/{}", device.trim_start_matches("/dev/"));
        command.args(["--dev-bind", &path, &path]);
    }
    command
        .arg("--bind")
        .arg(scratch)
        .arg(BUILD_DIR)
        .args([
            "--chdir", BUILD_DIR, "--proc", "/proc", "--perms", "1777", "--tmpfs", "/tmp",
        ])
        .args([
            "--setenv",
            "PATH",
            "/usr/bin:/bin",
            "--setenv",
            "HOME",
            "/tmp",
            "--setenv",
            "TMPDIR",
            "/tmp",
        ]);
    for (name, value) in &spec.env {
        command.arg("--setenv").arg(name).arg(value);
    }
    if root {
        command.arg("--");
        command.args([
            "setpriv",
            &format!("--reuid={uid}"),
            &format!("--regid={uid}"),
            "--clear-groups",
        ]);
        command.args(["--no-new-privs", "--inh-caps=-all", "--bounding-set=-all"]);
    } else {
        command.args(["--unshare-user", "--cap-drop", "ALL"]);
    }
    command.arg("--").args(argv);

    let (reader, writer) = std::io::pipe()?;
    command.stdin(Stdio::null()).stdout(writer.try_clone()?).stderr(writer);
    let started = Instant::now();
    let mut child = command.spawn().map_err(|err| {
        std::io::Error::new(
            err.kind(),
            format!("cannot start the compile jail (are bubblewrap and util-linux installed?): {err}"),
        )
    })?;
    // The command's own handles must be the pipe's only writers, or reading never ends.
    drop(command);

    let keep = (limits.output_kib << 10) as usize;
    let flooded = Arc::new(AtomicBool::new(false));
    let collector = {
        let flooded = flooded.clone();
        std::thread::spawn(move || collect(reader, keep, keep as u64 * FLOOD_FACTOR, &flooded))
    };
    let deadline = started + Duration::from_secs(limits.wall_seconds);
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        let flooding = flooded.load(Ordering::Relaxed);
        if flooding || Instant::now() >= deadline {
            timed_out = !flooding;
            // bwrap dies, and with it (--die-with-parent, PID namespace) everything inside.
            let _ = child.kill();
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let output = collector.join().unwrap_or_default();
    let flooded = flooded.load(Ordering::Relaxed);
    Ok(JailRun {
        status: if timed_out || flooded { None } else { status.code() },
        output,
        timed_out,
        flooded,
        wall: started.elapsed(),
    })
}

/// Reads everything, keeps the first `keep` bytes, raises `flooded` past `flood`.
fn collect(mut reader: std::io::PipeReader, keep: usize, flood: u64, flooded: &AtomicBool) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut total: u64 = 0;
    let mut buf = [0u8; 16 << 10];
    loop {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let room = keep.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
                total += n as u64;
                if total > flood {
                    flooded.store(true, Ordering::Relaxed);
                }
            }
        }
    }
    kept
}

fn chown_tree(dir: &Path, uid: u32) -> std::io::Result<()> {
    std::os::unix::fs::chown(dir, Some(uid), Some(uid))?;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            chown_tree(&path, uid)?;
        } else {
            std::os::unix::fs::chown(&path, Some(uid), Some(uid))?;
        }
    }
    Ok(())
}
