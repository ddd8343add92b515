//! Compilers run natively on untrusted source, so every compile runs in a jail:
//! bubblewrap with new PID, network, IPC and UTS namespaces, a root file system
//! that holds only `/usr` (read-only), the toolchains the language names
//! (read-only) and a private scratch directory, a fresh `/tmp`, no `/proc`, and no
//! environment beyond what the language sets. Resource limits (CPU time, address
//! space, processes, file size) are set with `prlimit`; when oa runs as root the
//! compiler also drops to an unprivileged user, because the kernel does not count
//! root's processes. A wall-clock limit and an output cap are enforced here.
//!
//! Inside, a system-call filter ([`seccomp_filter`]) refuses what a compiler never
//! needs and an escape would (tracing other processes, mounting, new namespaces,
//! kernel modules, BPF, keyrings, `io_uring`).
//!
//! There is no `/proc`: `/proc/self/mountinfo` names the host directory behind
//! every bind, as the kernel writes it, and nothing rewrites it. No compiler
//! needs `/proc`: clang and Go find themselves through `PATH`, and the binaries
//! whose libraries sit beside them (`$ORIGIN`, which the loader resolves through
//! `/proc/self/exe`) get `LD_LIBRARY_PATH` from their language. bubblewrap still
//! reads its options from a file descriptor, so no process table could show them.

use std::ffi::OsString;
use std::io::{Read, Seek, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
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

    let mut command = Args::default();
    command
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
        .args(["--chdir", BUILD_DIR, "--perms", "1777", "--tmpfs", "/tmp"])
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
    // bubblewrap takes only options from the file: the command stays on its
    // command line, which shows no host path.
    let mut tail: Vec<String> = Vec::new();
    if root {
        tail.push("--".into());
        tail.extend([
            // By its path: a language may set the jail's PATH to its own tools.
            "/usr/bin/setpriv".to_string(),
            format!("--reuid={uid}"),
            format!("--regid={uid}"),
            "--clear-groups".to_string(),
        ]);
        tail.extend(["--no-new-privs", "--inh-caps=-all", "--bounding-set=-all"].map(String::from));
    } else {
        command.args(["--unshare-user", "--cap-drop", "ALL"]);
    }
    tail.push("--".into());
    tail.extend(argv.iter().cloned());

    // bwrap reads its arguments and the filter from these files (see the module's
    // documentation); they must survive into it, and only into it.
    let args_file = command.into_file()?;
    let filter_file = filter_file()?;
    let (args_fd, filter_fd) = (args_file.as_raw_fd(), filter_file.as_raw_fd());
    let mut command = Command::new("prlimit");
    command
        .arg(format!("--cpu={}", limits.cpu_seconds))
        .arg(format!("--as={}", limits.memory_mib << 20))
        .arg(format!("--nproc={}", limits.processes))
        .arg(format!("--fsize={}", limits.file_mib << 20))
        .arg("--core=0")
        .arg("--")
        .arg("bwrap")
        .arg("--args")
        .arg(args_fd.to_string())
        .arg("--seccomp")
        .arg(filter_fd.to_string())
        .args(&tail);
    // SAFETY: between fork and exec only fcntl runs, which is async-signal-safe.
    unsafe {
        command.pre_exec(move || keep_open(&[args_fd, filter_fd]));
    }

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
    drop((args_file, filter_file));

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

/// bubblewrap's arguments, to be handed over in a file rather than on its
/// command line.
#[derive(Default)]
struct Args(Vec<OsString>);

impl Args {
    fn arg(&mut self, arg: impl Into<OsString>) -> &mut Args {
        self.0.push(arg.into());
        self
    }

    fn args<I: IntoIterator<Item = S>, S: Into<OsString>>(&mut self, args: I) -> &mut Args {
        self.0.extend(args.into_iter().map(Into::into));
        self
    }

    /// The arguments, each ended by a NUL, in an unnamed file read from the start.
    fn into_file(self) -> std::io::Result<std::fs::File> {
        let mut file = tempfile::tempfile()?;
        for arg in &self.0 {
            file.write_all(arg.as_bytes())?;
            file.write_all(&[0])?;
        }
        file.rewind()?;
        Ok(file)
    }
}

/// Clears close-on-exec on `fds`, in the child between fork and exec.
fn keep_open(fds: &[RawFd]) -> std::io::Result<()> {
    for &fd in fds {
        // SAFETY: fcntl on a descriptor the parent holds open until the child has started.
        if unsafe { libc::fcntl(fd, libc::F_SETFD, 0) } == -1 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// System calls the jail refuses (EPERM): nothing a compiler does, and the first
/// steps of most escapes from a namespace sandbox.
fn denied_calls() -> Vec<libc::c_long> {
    vec![
        libc::SYS_ptrace,
        libc::SYS_process_vm_readv,
        libc::SYS_process_vm_writev,
        libc::SYS_mount,
        libc::SYS_umount2,
        libc::SYS_pivot_root,
        libc::SYS_unshare,
        libc::SYS_setns,
        libc::SYS_kexec_load,
        libc::SYS_kexec_file_load,
        libc::SYS_init_module,
        libc::SYS_finit_module,
        libc::SYS_delete_module,
        libc::SYS_bpf,
        libc::SYS_perf_event_open,
        libc::SYS_keyctl,
        libc::SYS_add_key,
        libc::SYS_request_key,
        libc::SYS_userfaultfd,
        libc::SYS_reboot,
        libc::SYS_swapon,
        libc::SYS_swapoff,
        libc::SYS_acct,
        libc::SYS_quotactl,
        libc::SYS_open_by_handle_at,
        libc::SYS_name_to_handle_at,
        libc::SYS_syslog,
        libc::SYS_fanotify_init,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
        libc::SYS_fsopen,
        libc::SYS_fsmount,
        libc::SYS_open_tree,
        libc::SYS_move_mount,
    ]
}

/// The jail's system-call filter as the BPF program bubblewrap installs.
pub fn seccomp_filter() -> std::io::Result<Vec<u8>> {
    use seccompiler::{BpfProgram, SeccompAction, SeccompFilter};
    let invalid = |err: &dyn std::fmt::Display| std::io::Error::other(format!("the jail's system-call filter: {err}"));
    let arch = std::env::consts::ARCH.try_into().map_err(|err| invalid(&err))?;
    let rules = denied_calls().into_iter().map(|call| (call, Vec::new())).collect();
    let filter = SeccompFilter::new(
        rules,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::EPERM as u32),
        arch,
    )
    .map_err(|err| invalid(&err))?;
    let program: BpfProgram = filter
        .try_into()
        .map_err(|err: seccompiler::BackendError| invalid(&err))?;
    let mut bytes = Vec::with_capacity(program.len() * 8);
    for instruction in program {
        bytes.extend_from_slice(&instruction.code.to_ne_bytes());
        bytes.push(instruction.jt);
        bytes.push(instruction.jf);
        bytes.extend_from_slice(&instruction.k.to_ne_bytes());
    }
    Ok(bytes)
}

/// The filter in an unnamed file read from the start.
fn filter_file() -> std::io::Result<std::fs::File> {
    static FILTER: std::sync::OnceLock<Result<Vec<u8>, String>> = std::sync::OnceLock::new();
    let bytes = FILTER
        .get_or_init(|| seccomp_filter().map_err(|err| err.to_string()))
        .as_ref()
        .map_err(|err| std::io::Error::other(err.clone()))?;
    let mut file = tempfile::tempfile()?;
    file.write_all(bytes)?;
    file.rewind()?;
    Ok(file)
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
