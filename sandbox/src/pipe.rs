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
//! The two pipes of a [`conversation`] know of each other: when both sides wait
//! for input at once, neither can ever get any, and the submission's read fails
//! there and then (TLE, a deadlock), whatever the clock says; the other side then
//! sees the end of its input. A read otherwise waits until the run's real-time
//! cap. The end of the stream is seen once the writer's run has finished and
//! every message has been read.

use bytes::Bytes;
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Instant;
use wasmtime_wasi::cli::{IsTerminal, StdinStream, StdoutStream};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::p2::{InputStream, OutputStream, Pollable, StreamError};

/// A new pipe: what is written to the [`PipeWriter`] is read from the [`PipeReader`].
pub fn pipe() -> (PipeWriter, PipeReader) {
    let link = Link::new(false);
    (PipeWriter::new(&link, 0), PipeReader { link, side: 0 })
}

/// The two pipes between a submission and the program it talks to.
pub struct Conversation {
    /// The other program's stdout.
    pub to_submission: PipeWriter,
    /// The submission's stdin.
    pub submission_reads: PipeReader,
    /// The submission's stdout.
    pub to_peer: PipeWriter,
    /// The other program's stdin.
    pub peer_reads: PipeReader,
}

/// Two pipes, each run's stdout to the other's stdin, that notice a deadlock:
/// see the module's documentation.
pub fn conversation() -> Conversation {
    let link = Link::new(true);
    Conversation {
        to_submission: PipeWriter::new(&link, SUBMISSION),
        submission_reads: PipeReader {
            link: link.clone(),
            side: SUBMISSION,
        },
        to_peer: PipeWriter::new(&link, PEER),
        peer_reads: PipeReader { link, side: PEER },
    }
}

/// The side whose read fails when both wait: the submission's.
const SUBMISSION: usize = 0;
const PEER: usize = 1;

/// What both pipes of a conversation (or the one pipe of [`pipe`]) share.
#[derive(Debug)]
struct Link {
    state: Mutex<LinkState>,
    changed: Condvar,
}

#[derive(Debug)]
struct LinkState {
    /// Indexed by the reading side.
    sides: [Side; 2],
    /// Whether the two sides are one conversation, so both waiting is a deadlock.
    conversation: bool,
    deadlock: bool,
}

#[derive(Debug, Default)]
struct Side {
    messages: VecDeque<Bytes>,
    /// Whether the writer's run is still going.
    open: bool,
    /// The rest of the message being read.
    pending: Bytes,
    waiting: bool,
    /// When waiting for a message ends the run.
    deadline: Option<Instant>,
    ended: bool,
    timed_out: bool,
    deadlocked: bool,
}

impl Link {
    fn new(conversation: bool) -> Arc<Link> {
        let side = || Side {
            open: true,
            ..Side::default()
        };
        Arc::new(Link {
            state: Mutex::new(LinkState {
                sides: [side(), side()],
                conversation,
                deadlock: false,
            }),
            changed: Condvar::new(),
        })
    }

    fn state(&self) -> MutexGuard<'_, LinkState> {
        // A panic while holding the lock leaves nothing half-done: the state stays usable.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The writing end, given to a run as its stdout ([`crate::RunRequest::stdout_pipe`]).
/// The reader sees the end of the stream when the run holding it has finished
/// (when the last clone is dropped).
#[derive(Clone, Debug)]
pub struct PipeWriter(Arc<WriterEnd>);

#[derive(Debug)]
struct WriterEnd {
    link: Arc<Link>,
    /// The side that reads what this writes.
    side: usize,
}

impl PipeWriter {
    fn new(link: &Arc<Link>, side: usize) -> PipeWriter {
        PipeWriter(Arc::new(WriterEnd {
            link: link.clone(),
            side,
        }))
    }

    /// Sends one message. What is written after the reader has gone is kept
    /// unread, as a closed pipe would drop it.
    pub(crate) fn send(&self, bytes: &[u8]) {
        let end = &self.0;
        end.link.state().sides[end.side]
            .messages
            .push_back(Bytes::copy_from_slice(bytes));
        end.link.changed.notify_all();
    }
}

impl Drop for WriterEnd {
    fn drop(&mut self) {
        self.link.state().sides[self.side].open = false;
        self.link.changed.notify_all();
    }
}

/// The reading end, given to a run as its stdin ([`crate::RunRequest::stdin_pipe`]).
/// Clones share one position in the stream.
#[derive(Clone, Debug)]
pub struct PipeReader {
    link: Arc<Link>,
    side: usize,
}

impl PipeReader {
    /// Whether the reader has seen the end of the stream: the writer's run had
    /// finished and everything it wrote had been read.
    pub fn saw_end(&self) -> bool {
        self.link.state().sides[self.side].ended
    }

    /// Whether a read waited until the deadline (the run then ends as TLE).
    pub fn timed_out(&self) -> bool {
        self.link.state().sides[self.side].timed_out
    }

    /// Whether a read failed because both sides of the conversation were waiting
    /// (the run then ends as TLE).
    pub fn deadlocked(&self) -> bool {
        self.link.state().sides[self.side].deadlocked
    }

    pub(crate) fn set_deadline(&self, deadline: Instant) {
        self.link.state().sides[self.side].deadline = Some(deadline);
    }

    /// Up to `size` bytes of the current or next message, waiting for one.
    fn read(&self, size: usize) -> Result<Bytes, StreamError> {
        let (me, other) = (self.side, 1 - self.side);
        let mut state = self.link.state();
        while state.sides[me].pending.is_empty() {
            if let Some(message) = state.sides[me].messages.pop_front() {
                state.sides[me].pending = message;
                continue;
            }
            if !state.sides[me].open {
                state.sides[me].ended = true;
                return Err(StreamError::Closed);
            }
            // The other side waits for what only this side could write, and this
            // side is about to wait for what only the other side could write.
            let peer = &state.sides[other];
            if state.conversation && peer.waiting && peer.messages.is_empty() && peer.open {
                state.deadlock = true;
                self.link.changed.notify_all();
            }
            if state.deadlock && me == SUBMISSION {
                state.sides[me].deadlocked = true;
                return Err(StreamError::trap(
                    "waited for input while the other side waited for this program's output: a deadlock",
                ));
            }
            state.sides[me].waiting = true;
            let deadline = state.sides[me].deadline;
            state = match deadline {
                Some(deadline) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        state.sides[me].waiting = false;
                        state.sides[me].timed_out = true;
                        return Err(StreamError::trap("waited for input until the real-time cap"));
                    }
                    self.link
                        .changed
                        .wait_timeout(state, left)
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .0
                }
                None => self
                    .link
                    .changed
                    .wait(state)
                    .unwrap_or_else(|poisoned| poisoned.into_inner()),
            };
            state.sides[me].waiting = false;
        }
        let take = size.min(state.sides[me].pending.len());
        Ok(state.sides[me].pending.split_to(take))
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
    fn both_sides_waiting_fails_the_submission_s_read_at_once() {
        let talk = conversation();
        let peer = std::thread::spawn({
            let reader = talk.peer_reads.clone();
            move || reader.read(1)
        });
        // Without a deadline, only noticing the deadlock can end this read.
        let read = talk.submission_reads.read(1);
        assert!(matches!(read, Err(StreamError::Trap(_))));
        assert!(talk.submission_reads.deadlocked());
        // The submission's run ends, and with it its stdout: the peer sees the end.
        drop(talk.to_peer);
        assert!(matches!(peer.join().unwrap(), Err(StreamError::Closed)));
        assert!(!talk.peer_reads.deadlocked());
    }

    #[test]
    fn a_message_on_its_way_is_not_a_deadlock() {
        let talk = conversation();
        // The peer has written and now waits; the submission has a message to read.
        talk.to_submission.send(b"x");
        let peer = std::thread::spawn({
            let reader = talk.peer_reads.clone();
            move || reader.read(1)
        });
        assert_eq!(talk.submission_reads.read(1).unwrap(), "x");
        talk.to_peer.send(b"y");
        assert_eq!(peer.join().unwrap().unwrap(), "y");
        assert!(!talk.submission_reads.deadlocked());
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
