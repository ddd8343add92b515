//! Accepting HTTP connections so that slow or idle clients cannot take the
//! server down.
//!
//! A connection costs a file descriptor, and a process has a fixed number of
//! them: a client that opens connections and sends half a request each used to
//! exhaust them, after which no one, `/healthz` included, got an answer. Here:
//!
//! - a request's head must arrive within [`HEADER_TIMEOUT`], and a connection on
//!   which nothing is read or written for [`IDLE_TIMEOUT`] is closed (live event
//!   streams write a keep-alive every 15 s, so they are never idle);
//! - at most [`capacity`] connections are open at once, fewer than the process's
//!   descriptors; when a new one arrives at the cap, the oldest connection that
//!   has never been sent a byte (a half-sent request, typically) is closed to
//!   make room, so a client that completes its requests is always served.

use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use std::collections::BTreeMap;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// How long a client may take to send a request's head.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a connection may see nothing read or written before it is closed.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// Descriptors kept for everything but client connections: the database, the
/// cache, toolchains, compilers' pipes.
const RESERVED_DESCRIPTORS: u64 = 128;

/// How long connections get to finish at shutdown.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// How many connections may be open, and for how long they may dawdle.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub capacity: usize,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
}

impl Limits {
    /// At most `wanted` connections (see [`capacity`]), and the standard timeouts.
    pub fn new(wanted: usize) -> Limits {
        Limits {
            capacity: capacity(wanted),
            header_timeout: HEADER_TIMEOUT,
            idle_timeout: IDLE_TIMEOUT,
        }
    }
}

/// The most connections open at once: `wanted`, and never more than the
/// process's descriptor limit allows (raised to its hard limit first).
pub fn capacity(wanted: usize) -> usize {
    let limit = raise_descriptor_limit();
    let room = limit.saturating_sub(RESERVED_DESCRIPTORS).max(16);
    wanted.min(usize::try_from(room).unwrap_or(usize::MAX)).max(1)
}

/// Raises the soft limit on open descriptors to the hard one; returns the limit.
fn raise_descriptor_limit() -> u64 {
    use rustix::process::{getrlimit, setrlimit, Resource};
    let mut limit = getrlimit(Resource::Nofile);
    if let (Some(current), Some(hard)) = (limit.current, limit.maximum) {
        if current < hard {
            limit.current = Some(hard);
            if setrlimit(Resource::Nofile, limit).is_err() {
                limit.current = Some(current);
            }
        }
    }
    limit.current.unwrap_or(u64::MAX)
}

/// Serves `router` on `listener` until `shutdown` completes, within `limits`;
/// then lets open requests finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let open = Arc::new(Open::default());
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let started = Instant::now();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of descriptors (the cap leaves room, but other parts of
                    // the process use them too) or a connection reset early.
                    tracing::warn!("cannot accept a connection: {err}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        if open.len() >= limits.capacity {
            open.shed_one();
        }
        let watched = Watched::new(stream, started);
        let activity = watched.activity.clone();
        let (id, closing) = open.add(watched.responded.clone());
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(watched), TowerToHyperService::new(router.clone()))
            .into_owned();
        let connection = graceful.watch(connection);
        let open = open.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = connection => {}
                () = closing.notified() => {}
                () = idle(&activity, started, limits.idle_timeout) => {}
            }
            open.remove(id);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("connections still open {SHUTDOWN_GRACE:?} after shutdown began were closed");
    }
    Ok(())
}

/// Completes once the connection has seen nothing for `timeout`.
async fn idle(activity: &AtomicU64, started: Instant, timeout: Duration) {
    loop {
        let last = Duration::from_millis(activity.load(Ordering::Relaxed));
        let quiet = started.elapsed().saturating_sub(last);
        if quiet >= timeout {
            return;
        }
        tokio::time::sleep(timeout - quiet).await;
    }
}

/// The open connections, oldest first.
#[derive(Default)]
struct Open {
    connections: Mutex<BTreeMap<u64, Connection>>,
    next: AtomicU64,
}

struct Connection {
    /// Whether a byte was ever written to it.
    responded: Arc<AtomicBool>,
    closing: Arc<Notify>,
}

impl Open {
    fn len(&self) -> usize {
        self.connections.lock().expect("connections").len()
    }

    fn add(&self, responded: Arc<AtomicBool>) -> (u64, Arc<Notify>) {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let closing = Arc::new(Notify::new());
        self.connections.lock().expect("connections").insert(
            id,
            Connection {
                responded,
                closing: closing.clone(),
            },
        );
        (id, closing)
    }

    fn remove(&self, id: u64) {
        self.connections.lock().expect("connections").remove(&id);
    }

    /// Closes the oldest connection that was never sent a byte, if any.
    fn shed_one(&self) {
        let mut connections = self.connections.lock().expect("connections");
        let oldest = connections
            .iter()
            .find(|(_, c)| !c.responded.load(Ordering::Relaxed))
            .map(|(id, _)| *id);
        if let Some(id) = oldest {
            if let Some(connection) = connections.remove(&id) {
                connection.closing.notify_one();
            }
        }
    }
}

/// A client's stream that notes when it was last active and whether it was
/// ever written to.
struct Watched {
    stream: TcpStream,
    started: Instant,
    /// Milliseconds after `started` of the last read or write.
    activity: Arc<AtomicU64>,
    responded: Arc<AtomicBool>,
}

impl Watched {
    fn new(stream: TcpStream, started: Instant) -> Watched {
        let watched = Watched {
            stream,
            started,
            activity: Arc::default(),
            responded: Arc::default(),
        };
        watched.touch();
        watched
    }

    fn touch(&self) {
        let now = self.started.elapsed().as_millis() as u64;
        self.activity.store(now, Ordering::Relaxed);
    }
}

impl AsyncRead for Watched {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, bytes: &[u8]) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, bytes);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
            self.responded.store(true, Ordering::Relaxed);
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
            self.responded.store(true, Ordering::Relaxed);
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn server(limits: Limits) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let router = Router::new().route("/healthz", axum::routing::get(|| async { "ok" }));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(serve(listener, router, limits, async move {
            let _ = stopped.await;
        }));
        (address, stop)
    }

    async fn half_sent(address: std::net::SocketAddr) -> TcpStream {
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
        stream
    }

    async fn healthz(address: std::net::SocketAddr) -> String {
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        answer
    }

    /// Whether the server closed `stream` (end of stream or reset), waiting at most `within`.
    async fn closed(stream: &mut TcpStream, within: Duration) -> bool {
        let mut byte = [0u8; 1];
        matches!(
            tokio::time::timeout(within, stream.read(&mut byte)).await,
            Ok(Ok(0) | Err(_))
        )
    }

    #[tokio::test]
    async fn at_the_cap_half_sent_requests_make_room_for_complete_ones() {
        let limits = Limits {
            capacity: 16,
            header_timeout: Duration::from_secs(600),
            idle_timeout: Duration::from_secs(600),
        };
        let (address, _stop) = server(limits).await;
        let mut attackers = Vec::new();
        for _ in 0..40 {
            attackers.push(half_sent(address).await);
        }
        // Every connection past the cap closed the oldest half-sent one: a complete
        // request is answered although 40 half-sent ones arrived first.
        assert!(healthz(address).await.starts_with("HTTP/1.1 200"));
        assert!(closed(&mut attackers[0], Duration::from_secs(60)).await);
        // The newest half-sent ones are still open: only what was needed was closed.
        assert!(!closed(&mut attackers[39], Duration::from_millis(200)).await);
    }

    #[tokio::test]
    async fn a_head_not_sent_in_time_and_an_idle_connection_are_closed() {
        let limits = Limits {
            capacity: 16,
            header_timeout: Duration::from_millis(300),
            idle_timeout: Duration::from_millis(600),
        };
        let (address, _stop) = server(limits).await;
        let mut slow = half_sent(address).await;
        assert!(closed(&mut slow, Duration::from_secs(60)).await);
        let mut silent = TcpStream::connect(address).await.unwrap();
        assert!(closed(&mut silent, Duration::from_secs(60)).await);
    }
}
