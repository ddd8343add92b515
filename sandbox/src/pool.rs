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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_job_is_reported_and_the_worker_goes_on() {
        let pool = Pool::new(1, 1 << 20).unwrap();
        let crashed = pool.submit(|| -> u32 { panic!("boom") }).blocking_recv().unwrap();
        assert!(matches!(crashed, Err(Panicked(ref text)) if text == "boom"));
        assert_eq!(pool.submit(|| 7).blocking_recv().unwrap().unwrap(), 7);
    }

    #[test]
    fn workers_run_jobs_side_by_side() {
        let pool = Pool::new(2, 1 << 20).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        // Each job waits for the other's message: only two concurrent workers finish both.
        // The wait is a hang guard, far beyond any delay load puts on a worker's start.
        let patience = std::time::Duration::from_secs(120);
        let (a_tx, a_rx) = std::sync::mpsc::channel::<()>();
        let (b_tx, b_rx) = std::sync::mpsc::channel::<()>();
        let done_a = tx.clone();
        let first = pool.submit(move || {
            a_tx.send(()).unwrap();
            b_rx.recv_timeout(patience).is_ok() && done_a.send(()).is_ok()
        });
        let second = pool.submit(move || {
            b_tx.send(()).unwrap();
            a_rx.recv_timeout(patience).is_ok() && tx.send(()).is_ok()
        });
        assert!(first.blocking_recv().unwrap().unwrap());
        assert!(second.blocking_recv().unwrap().unwrap());
        assert_eq!(rx.iter().count(), 2);
    }
}
