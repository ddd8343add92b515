//! Worker threads that run modules. A run executes on the native stack of the
//! thread that calls it, so these threads carry stacks large enough for the
//! configured wasm stack limit, and async callers only ever await a channel.

use crossbeam_channel::{Receiver, Sender};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::thread;
use tokio::sync::oneshot;

type Job = Box<dyn FnOnce() + Send>;

pub(crate) struct Pool {
    sender: Option<Sender<Job>>,
    threads: Vec<thread::JoinHandle<()>>,
}

/// The job panicked; the worker survived it.
#[derive(Debug)]
pub(crate) struct Panicked(pub String);

impl Pool {
    pub fn new(workers: usize, stack_bytes: usize) -> std::io::Result<Pool> {
        let (sender, receiver) = crossbeam_channel::unbounded::<Job>();
        let threads = (0..workers.max(1))
            .map(|i| {
                let receiver: Receiver<Job> = receiver.clone();
                thread::Builder::new()
                    .name(format!("oa-run-{i}"))
                    .stack_size(stack_bytes)
                    .spawn(move || {
                        for job in receiver {
                            job();
                        }
                    })
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Pool {
            sender: Some(sender),
            threads,
        })
    }

    /// Queues `f`; the receiver gets its result, or the panic message if it panicked.
    pub fn submit<R, F>(&self, f: F) -> oneshot::Receiver<Result<R, Panicked>>
    where
        R: Send + 'static,
        F: FnOnce() -> R + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move || {
            let result = catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
                let text = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                Panicked(text)
            });
            let _ = tx.send(result);
        });
        if let Some(sender) = &self.sender {
            // Send fails only once the pool is shutting down; the receiver then reports a lost worker.
            let _ = sender.send(job);
        }
        rx
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.sender.take();
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}
