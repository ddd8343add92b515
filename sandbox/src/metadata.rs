//! What a run sees of the files it may read, made independent of the install.
//!
//! WASI's `stat` calls report what the host's file system says: inode numbers,
//! device numbers and access times differ between two copies of the same
//! toolchain, and an interpreter that stats its library (CPython does, for every
//! import) counted a different number of instructions, and could print a
//! different result, depending on where the toolchains were installed. Here the
//! stock calls do the work and their answer is rewritten: the device is 0, the
//! inode is a hash of the file's path as the run sees it, the link count 1, and
//! every time is 2000-01-01T00:00:00Z (where the run's clock starts). File sizes
//! and types are the file's own; a directory's size, which depends on the host's
//! file system, is 4096. Directory listings get the same inode numbers.
//! (The order of a listing is still the host's.)

use crate::host::RunState;
use std::collections::HashMap;
use wasmtime::{Caller, Extern, Linker};
use wasmtime_wasi::p1::types;
use wasmtime_wasi::p1::wasi_snapshot_preview1::WasiSnapshotPreview1;
use wiggle::{GuestMemory, GuestPtr};

/// Every file time a run sees: 2000-01-01T00:00:00Z, in nanoseconds.
pub const FILE_TIME_NS: u64 = 946_684_800 * 1_000_000_000;

const WASI: &str = "wasi_snapshot_preview1";
const ERRNO_FAULT: i32 = 21;
/// `filestat` in guest memory: dev, ino, filetype (u8, padded), nlink, size, atim, mtim, ctim.
const FILESTAT_SIZE: usize = 64;
/// What every directory's size is said to be (ext4's, for one).
const DIRECTORY_SIZE: u64 = 4096;
/// A `dirent` header before its name: d_next, d_ino, d_namlen, d_type (padded).
const DIRENT_SIZE: usize = 24;

/// The paths of the run's open descriptors, as the run names them.
#[derive(Debug, Default)]
pub(crate) struct Paths(HashMap<u32, String>);

impl Paths {
    /// The directories given to the run, in the order they were opened
    /// (descriptors 3, 4, ...).
    pub fn preopened<'a>(guests: impl IntoIterator<Item = &'a str>) -> Paths {
        Paths(
            guests
                .into_iter()
                .zip(3u32..)
                .map(|(guest, fd)| (fd, guest.to_string()))
                .collect(),
        )
    }

    fn join(&self, fd: u32, path: &str) -> String {
        let base = self.0.get(&fd).map_or("", String::as_str);
        let mut joined = base.trim_end_matches('/').to_string();
        for part in path.split('/').filter(|p| !p.is_empty() && *p != ".") {
            if part == ".." {
                joined.truncate(joined.rfind('/').unwrap_or(0));
            } else {
                joined.push('/');
                joined.push_str(part);
            }
        }
        joined
    }
}

/// The inode a run sees for `path`: FNV-1a, never 0.
fn inode(path: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in path.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash.max(1)
}

/// Shadows the stock calls that report file metadata.
pub(crate) fn add_to_linker(linker: &mut Linker<RunState>) -> wasmtime::Result<()> {
    linker.func_wrap(WASI, "path_open", path_open)?;
    linker.func_wrap(WASI, "fd_filestat_get", fd_filestat_get)?;
    linker.func_wrap(WASI, "path_filestat_get", path_filestat_get)?;
    linker.func_wrap(WASI, "fd_readdir", fd_readdir)?;
    Ok(())
}

/// Runs a stock call with the module's memory; `None` when the module has no memory.
fn with_memory<R>(
    caller: &mut Caller<'_, RunState>,
    call: impl FnOnce(&mut GuestMemory<'_>, &mut RunState) -> R,
) -> Option<R> {
    caller.data_mut().wasi_call = true;
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return None;
    };
    // What the stock glue does before each call: the call may copy this much.
    let fuel = wasmtime::AsContextMut::as_context_mut(caller).hostcall_fuel();
    let (data, state) = memory.data_and_store_mut(caller);
    state.wasi.set_hostcall_fuel(fuel);
    let mut guest = GuestMemory::Unshared(data);
    Some(call(&mut guest, state))
}

/// An error of a stock call as the errno it returns, or the trap it raises.
fn errno(error: types::Error) -> wasmtime::Result<i32> {
    Ok(error.downcast()? as i32)
}

fn write(caller: &mut Caller<'_, RunState>, at: u32, bytes: &[u8]) -> bool {
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return false;
    };
    memory.write(caller, at as usize, bytes).is_ok()
}

fn filestat_bytes(stat: &types::Filestat, path: &str) -> [u8; FILESTAT_SIZE] {
    let mut out = [0u8; FILESTAT_SIZE];
    out[8..16].copy_from_slice(&inode(path).to_le_bytes());
    out[16] = stat.filetype as u8;
    out[24..32].copy_from_slice(&1u64.to_le_bytes());
    let size = match stat.filetype {
        types::Filetype::Directory => DIRECTORY_SIZE,
        _ => stat.size,
    };
    out[32..40].copy_from_slice(&size.to_le_bytes());
    for at in [40, 48, 56] {
        out[at..at + 8].copy_from_slice(&FILE_TIME_NS.to_le_bytes());
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn path_open(
    mut caller: Caller<'_, RunState>,
    dirfd: i32,
    dirflags: i32,
    path: i32,
    path_len: i32,
    oflags: i32,
    rights_base: i64,
    rights_inheriting: i64,
    fdflags: i32,
    opened: i32,
) -> wasmtime::Result<i32> {
    // Arguments out of their type's range trap, as the stock call's do.
    let dirflags = types::Lookupflags::try_from(dirflags)?;
    let oflags = types::Oflags::try_from(oflags)?;
    let rights_base = types::Rights::try_from(rights_base)?;
    let rights_inheriting = types::Rights::try_from(rights_inheriting)?;
    let fdflags = types::Fdflags::try_from(fdflags)?;
    let Some(result) = with_memory(&mut caller, |memory, state| {
        let name = GuestPtr::<str>::new((path as u32, path_len as u32));
        let text = memory.as_str(name).ok().flatten().map(|s| s.to_string());
        let call = state.wasi.path_open(
            memory,
            types::Fd::from(dirfd as u32),
            dirflags,
            name,
            oflags,
            rights_base,
            rights_inheriting,
            fdflags,
        );
        (wasmtime_wasi::runtime::in_tokio(call), text)
    }) else {
        return Ok(ERRNO_FAULT);
    };
    match result {
        (Ok(fd), text) => {
            let fd = u32::from(fd);
            if let Some(text) = text {
                let full = caller.data().paths.join(dirfd as u32, &text);
                caller.data_mut().paths.0.insert(fd, full);
            }
            if !write(&mut caller, opened as u32, &fd.to_le_bytes()) {
                return Ok(ERRNO_FAULT);
            }
            Ok(0)
        }
        (Err(error), _) => errno(error),
    }
}

fn fd_filestat_get(mut caller: Caller<'_, RunState>, fd: i32, out: i32) -> wasmtime::Result<i32> {
    let Some(result) = with_memory(&mut caller, |memory, state| {
        wasmtime_wasi::runtime::in_tokio(state.wasi.fd_filestat_get(memory, types::Fd::from(fd as u32)))
    }) else {
        return Ok(ERRNO_FAULT);
    };
    match result {
        Ok(stat) => {
            let path = caller
                .data()
                .paths
                .0
                .get(&(fd as u32))
                .cloned()
                .unwrap_or_else(|| format!("<fd {fd}>"));
            let bytes = filestat_bytes(&stat, &path);
            Ok(if write(&mut caller, out as u32, &bytes) {
                0
            } else {
                ERRNO_FAULT
            })
        }
        Err(error) => errno(error),
    }
}

fn path_filestat_get(
    mut caller: Caller<'_, RunState>,
    dirfd: i32,
    flags: i32,
    path: i32,
    path_len: i32,
    out: i32,
) -> wasmtime::Result<i32> {
    let flags = types::Lookupflags::try_from(flags)?;
    let Some(result) = with_memory(&mut caller, |memory, state| {
        let name = GuestPtr::<str>::new((path as u32, path_len as u32));
        let text = memory.as_str(name).ok().flatten().map(|s| s.to_string());
        let call = state
            .wasi
            .path_filestat_get(memory, types::Fd::from(dirfd as u32), flags, name);
        (wasmtime_wasi::runtime::in_tokio(call), text)
    }) else {
        return Ok(ERRNO_FAULT);
    };
    match result {
        (Ok(stat), text) => {
            let full = caller.data().paths.join(dirfd as u32, text.as_deref().unwrap_or(""));
            let bytes = filestat_bytes(&stat, &full);
            Ok(if write(&mut caller, out as u32, &bytes) {
                0
            } else {
                ERRNO_FAULT
            })
        }
        (Err(error), _) => errno(error),
    }
}

fn fd_readdir(
    mut caller: Caller<'_, RunState>,
    fd: i32,
    buf: i32,
    buf_len: i32,
    cookie: i64,
    used_out: i32,
) -> wasmtime::Result<i32> {
    let Some(result) = with_memory(&mut caller, |memory, state| {
        let call = state.wasi.fd_readdir(
            memory,
            types::Fd::from(fd as u32),
            GuestPtr::<u8>::new(buf as u32),
            buf_len as u32,
            cookie as u64,
        );
        wasmtime_wasi::runtime::in_tokio(call)
    }) else {
        return Ok(ERRNO_FAULT);
    };
    let used = match result {
        Ok(used) => used,
        Err(error) => return errno(error),
    };
    let dir = caller.data().paths.0.get(&(fd as u32)).cloned().unwrap_or_default();
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return Ok(ERRNO_FAULT);
    };
    // Each entry's inode becomes the hash of its path; the stock call wrote
    // whole headers and names, the last entry possibly cut short.
    let data = memory.data_mut(&mut caller);
    let (start, end) = (
        buf as usize,
        (buf as usize).saturating_add(used as usize).min(data.len()),
    );
    let mut at = start;
    while at + 16 <= end {
        let namlen = if at + 20 <= end {
            u32::from_le_bytes(data[at + 16..at + 20].try_into().expect("4 bytes")) as usize
        } else {
            0
        };
        let name_start = at + DIRENT_SIZE;
        let name = if name_start + namlen <= end {
            String::from_utf8_lossy(&data[name_start..name_start + namlen]).into_owned()
        } else {
            // Cut short: the next call starts again at this entry and rewrites it whole.
            u64::from_le_bytes(data[at..at + 8].try_into().expect("8 bytes")).to_string()
        };
        let path = match name.as_str() {
            "." => dir.clone(),
            ".." => dir
                .rsplit_once('/')
                .map_or(String::new(), |(parent, _)| parent.to_string()),
            _ => format!("{dir}/{name}"),
        };
        data[at + 8..at + 16].copy_from_slice(&inode(&path).to_le_bytes());
        at = name_start + namlen;
    }
    Ok(if write(&mut caller, used_out as u32, &used.to_le_bytes()) {
        0
    } else {
        ERRNO_FAULT
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_as_the_run_names_them() {
        let paths = Paths::preopened(["/lib", "/src"]);
        assert_eq!(paths.join(3, "python3.11/os.py"), "/lib/python3.11/os.py");
        assert_eq!(paths.join(4, "./main.py"), "/src/main.py");
        assert_eq!(paths.join(3, "a/../b"), "/lib/b");
        assert_ne!(inode("/lib/a"), inode("/lib/b"));
        assert_ne!(inode(""), 0);
    }
}
