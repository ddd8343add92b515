//! Pipes that connect one run's stdout to another run's stdin, for interactive
//! problems, where a submission and the problem's interactor talk while both run.
//!
//! A pipe carries messages, not a byte stream: each `fd_write` of the writer is
//! one message, and a read returns bytes of one message at most, never bytes of
//! two. A byte stream would hand a reader whatever had arrived by the time it
//! looked, so how many reads a run makes (and how many instructions it is billed)
//! would depend on how the two runs were scheduled. With messages, what each read
//! returns depends only on what the other side wrote, and a pair of runs is as
//! reproducible as a single one.
//!
//! A read waits for the next message until the run's wall-clock backstop: both
//! sides waiting on each other is a deadlock, and it ends there as TLE instead of
//! holding two workers for ever. The end of the stream is seen once the writer's
//! run has finished and every message has been read.

use bytes::Bytes;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use wasmtime_wasi::cli::{IsTerminal, StdinStream, StdoutStream};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::p2::{InputStream, OutputStream, Pollable, StreamError};

/// A new pipe: what is written to the [`PipeWriter`] is read from the [`PipeReader`].
pub fn pipe() -> (PipeWriter, PipeReader) {
    let (sender, receiver) = crossbeam_channel::unbounded();
    let reader = PipeReader(Arc::new(Mutex::new(ReaderState {
        receiver,
        pending: Bytes::new(),
        deadline: None,
        ended: false,
        timed_out: false,
    })));
    (PipeWriter(sender), reader)
}

/// The writing end, given to a run as its stdout ([`crate::RunRequest::stdout_pipe`]).
/// The reader sees the end of the stream when the run holding it has finished.
#[derive(Clone, Debug)]
pub struct PipeWriter(Sender<Bytes>);

impl PipeWriter {
    /// Sends one message. What is written after the reader has gone is dropped,
    /// as a closed pipe would.
    pub(crate) fn send(&self, bytes: &[u8]) {
        let _ = self.0.send(Bytes::copy_from_slice(bytes));
    }
}

/// The reading end, given to a run as its stdin ([`crate::RunRequest::stdin_pipe`]).
/// Clones share one position in the stream.
#[derive(Clone, Debug)]
pub struct PipeReader(Arc<Mutex<ReaderState>>);

#[derive(Debug)]
struct ReaderState {
    receiver: Receiver<Bytes>,
    /// The rest of the message being read.
    pending: Bytes,
    /// When waiting for a message ends the run.
    deadline: Option<Instant>,
    ended: bool,
    timed_out: bool,
}

impl PipeReader {
    /// Whether the reader has seen the end of the stream: the writer's run had
    /// finished and everything it wrote had been read.
    pub fn saw_end(&self) -> bool {
        self.state().ended
    }

    /// Whether a read waited until the deadline (the run then ends as TLE).
    pub fn timed_out(&self) -> bool {
        self.state().timed_out
    }

    pub(crate) fn set_deadline(&self, deadline: Instant) {
        self.state().deadline = Some(deadline);
    }

    fn state(&self) -> std::sync::MutexGuard<'_, ReaderState> {
        // A panic while holding the lock leaves nothing half-done: the state stays usable.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Up to `size` bytes of the current or next message, waiting for one until
    /// the deadline.
    fn read(&self, size: usize) -> Result<Bytes, StreamError> {
        let mut state = self.state();
        if state.pending.is_empty() {
            if state.ended {
                return Err(StreamError::Closed);
            }
            let received = match state.deadline {
                Some(deadline) => state.receiver.recv_deadline(deadline),
                None => state.receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match received {
                Ok(message) => state.pending = message,
                Err(RecvTimeoutError::Disconnected) => {
                    state.ended = true;
                    return Err(StreamError::Closed);
                }
                Err(RecvTimeoutError::Timeout) => {
                    state.timed_out = true;
                    return Err(StreamError::trap(
                        "waited for input until the wall-clock backstop: neither side wrote",
                    ));
                }
            }
        }
        let take = size.min(state.pending.len());
        Ok(state.pending.split_to(take))
    }
}

impl IsTerminal for PipeReader {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdinStream for PipeReader {
    fn p2_stream(&self) -> Box<dyn InputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncRead + Send + Sync> {
        // Only WASI preview 1 runs here, and it reads through `p2_stream`.
        Box::new(tokio::io::empty())
    }
}

#[wasmtime_wasi::async_trait]
impl InputStream for PipeReader {
    fn read(&mut self, size: usize) -> Result<Bytes, StreamError> {
        PipeReader::read(self, size)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for PipeReader {
    // Reads wait themselves: the run's thread is its own, and waiting is what it is for.
    async fn ready(&mut self) {}
}

/// Stdout for a run whose writes go through the stock WASI calls (a program of
/// the problem given a writable directory): captured in memory, and each write
/// also sent down the pipe.
#[derive(Clone)]
pub(crate) struct TeeStdout {
    pub memory: MemoryOutputPipe,
    pub pipe: PipeWriter,
}

impl IsTerminal for TeeStdout {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for TeeStdout {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        // Only WASI preview 1 runs here, and it writes through `p2_stream`.
        Box::new(tokio::io::sink())
    }
}

#[wasmtime_wasi::async_trait]
impl OutputStream for TeeStdout {
    fn write(&mut self, bytes: Bytes) -> Result<(), StreamError> {
        self.memory.write(bytes.clone())?;
        self.pipe.send(&bytes);
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }

    fn check_write(&mut self) -> Result<usize, StreamError> {
        self.memory.check_write()
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for TeeStdout {
    async fn ready(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn reads_never_join_two_messages() {
        let (writer, reader) = pipe();
        writer.send(b"ab");
        writer.send(b"cd");
        assert_eq!(reader.read(10).unwrap(), "ab");
        assert_eq!(reader.read(1).unwrap(), "c");
        assert_eq!(reader.read(10).unwrap(), "d");
        drop(writer);
        assert!(matches!(reader.read(10), Err(StreamError::Closed)));
        assert!(reader.saw_end());
    }

    #[test]
    fn waiting_ends_at_the_deadline() {
        let (_writer, reader) = pipe();
        reader.set_deadline(Instant::now() + Duration::from_millis(20));
        assert!(matches!(reader.read(1), Err(StreamError::Trap(_))));
        assert!(reader.timed_out());
        assert!(!reader.saw_end());
    }
}
