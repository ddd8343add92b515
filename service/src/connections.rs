//! Accepting HTTP connections so that slow or idle clients cannot take the
//! server down.
//!
//! A connection costs a file descriptor, and a process has a fixed number of
//! them: a client that opens connections and sends half a request each used to
//! exhaust them, after which no one, `/healthz` included, got an answer. Here:
//!
//! - a request's head must arrive within [`HEADER_TIMEOUT`], and a connection on
//!   which nothing is read or written for [`IDLE_TIMEOUT`] while it is the
//!   client's turn is closed. It is the server's turn from the moment a whole
//!   request is in (its body read to the end, or left unread) until its
//!   response begins: a handler may take as long as it needs. Between
//!   requests, and while a request's body or a response is on its way, the
//!   idle timeout counts (live event streams write a keep-alive every 15 s,
//!   so they are never idle; a client that stops reading is);
//! - at most [`capacity`] connections are open at once, fewer than the process's
//!   descriptors; when a new one arrives at the cap, the oldest connection that
//!   has never been sent a byte and has no request being handled (a half-sent
//!   request, typically) is closed to make room, so a client that completes
//!   its requests is always served.

use axum::Router;
use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use hyper::Request;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use std::collections::BTreeMap;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// How long a client may take to send a request's head.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a connection may see nothing read or written, with no request
/// being handled, before it is closed.
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
        let activity = Arc::new(Activity::new());
        let watched = Watched {
            stream,
            activity: activity.clone(),
        };
        let (id, closing) = open.add(activity.clone());
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(watched), handled(&router, &activity))
            .into_owned();
        let connection = graceful.watch(connection);
        let open = open.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = connection => {}
                () = closing.notified() => {}
                () = idle(&activity, limits.idle_timeout) => {}
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

/// A response, as a connection's service gives it.
type Answer = Result<hyper::Response<axum::body::Body>, Infallible>;

/// `router`, serving one connection: each request is counted in the
/// connection's `handling` while it is the server's turn (see [`Handling`]).
fn handled(
    router: &Router,
    activity: &Arc<Activity>,
) -> impl hyper::service::Service<
    Request<Incoming>,
    Response = hyper::Response<axum::body::Body>,
    Error = Infallible,
    Future = impl Future<Output = Answer> + Send + 'static,
> + Send
       + 'static {
    let router = TowerToHyperService::new(router.clone());
    let activity = activity.clone();
    hyper::service::service_fn(move |request: Request<Incoming>| {
        let handling = Arc::new(Handling {
            activity: activity.clone(),
            turn: AtomicU8::new(CLIENTS_TURN),
        });
        if request.body().is_end_stream() {
            handling.begin();
        }
        let request = request.map(|body| Received {
            body,
            handling: handling.clone(),
        });
        let answer = hyper::service::Service::call(&router, request);
        async move {
            let _answered = Answered(handling);
            answer.await
        }
    })
}

/// Completes once the connection has seen nothing for `timeout` with no
/// request being handled.
async fn idle(activity: &Activity, timeout: Duration) {
    loop {
        // Made before `handling` is read: a request that ends after the read
        // still wakes it.
        let handled = activity.handled.notified();
        if activity.handling.load(Ordering::Acquire) > 0 {
            handled.await;
            continue;
        }
        let quiet = activity.started.elapsed().saturating_sub(activity.last());
        if quiet >= timeout {
            return;
        }
        tokio::time::sleep(timeout - quiet).await;
    }
}

/// What one connection has done: what its idle timer and the cap look at.
struct Activity {
    started: Instant,
    /// Milliseconds after `started` of the last read or write.
    last: AtomicU64,
    /// Whether a byte was ever written to it.
    responded: AtomicBool,
    /// Its requests that are the server's turn: whole, and not yet answered.
    handling: AtomicUsize,
    /// Woken when one of those is answered.
    handled: Notify,
}

impl Activity {
    fn new() -> Activity {
        let activity = Activity {
            started: Instant::now(),
            last: AtomicU64::new(0),
            responded: AtomicBool::new(false),
            handling: AtomicUsize::new(0),
            handled: Notify::new(),
        };
        activity.touch();
        activity
    }

    fn touch(&self) {
        let now = self.started.elapsed().as_millis() as u64;
        self.last.store(now, Ordering::Relaxed);
    }

    fn last(&self) -> Duration {
        Duration::from_millis(self.last.load(Ordering::Relaxed))
    }

    /// Whether it may be closed to make room: it has had no answer and
    /// is not waiting for one.
    fn sheddable(&self) -> bool {
        !self.responded.load(Ordering::Relaxed) && self.handling.load(Ordering::Acquire) == 0
    }
}

const CLIENTS_TURN: u8 = 0;
const SERVERS_TURN: u8 = 1;
const ANSWERED: u8 = 2;

/// Whose turn it is in one request: the client's while its body is on its
/// way, the server's from when the body is in (read to the end, or dropped
/// unread) until the response begins; counted in the connection's
/// `handling` meanwhile.
struct Handling {
    activity: Arc<Activity>,
    turn: AtomicU8,
}

impl Handling {
    fn begin(&self) {
        if self
            .turn
            .compare_exchange(CLIENTS_TURN, SERVERS_TURN, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            self.activity.handling.fetch_add(1, Ordering::AcqRel);
        }
    }

    fn end(&self) {
        if self.turn.swap(ANSWERED, Ordering::AcqRel) == SERVERS_TURN {
            // The idle time counts from the answer, not from the request.
            self.activity.touch();
            self.activity.handling.fetch_sub(1, Ordering::AcqRel);
            self.activity.handled.notify_waiters();
        }
    }
}

/// Ends a request's handling when its response is ready, or when the
/// connection is closed before it is.
struct Answered(Arc<Handling>);

impl Drop for Answered {
    fn drop(&mut self) {
        self.0.end();
    }
}

/// A request's body, which tells its [`Handling`] when it is all in.
struct Received {
    body: Incoming,
    handling: Arc<Handling>,
}

impl Body for Received {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        let polled = Pin::new(&mut self.body).poll_frame(cx);
        if matches!(polled, Poll::Ready(None)) || self.body.is_end_stream() {
            self.handling.begin();
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

impl Drop for Received {
    fn drop(&mut self) {
        self.handling.begin();
    }
}

/// The open connections, oldest first.
#[derive(Default)]
struct Open {
    connections: Mutex<BTreeMap<u64, Connection>>,
    next: AtomicU64,
}

struct Connection {
    activity: Arc<Activity>,
    closing: Arc<Notify>,
}

impl Open {
    fn len(&self) -> usize {
        self.connections.lock().expect("connections").len()
    }

    fn add(&self, activity: Arc<Activity>) -> (u64, Arc<Notify>) {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let closing = Arc::new(Notify::new());
        self.connections.lock().expect("connections").insert(
            id,
            Connection {
                activity,
                closing: closing.clone(),
            },
        );
        (id, closing)
    }

    fn remove(&self, id: u64) {
        self.connections.lock().expect("connections").remove(&id);
    }

    /// Closes the oldest connection that was never sent a byte and has no
    /// request being handled, if any.
    fn shed_one(&self) {
        let mut connections = self.connections.lock().expect("connections");
        let oldest = connections
            .iter()
            .find(|(_, c)| c.activity.sheddable())
            .map(|(id, _)| *id);
        if let Some(id) = oldest {
            if let Some(connection) = connections.remove(&id) {
                connection.closing.notify_one();
            }
        }
    }
}

/// A client's stream that notes in its [`Activity`] when it was last active
/// and whether it was ever written to.
struct Watched {
    stream: TcpStream,
    activity: Arc<Activity>,
}

impl Watched {
    fn touch(&self) {
        self.activity.touch();
    }

    fn wrote(&self) {
        self.activity.touch();
        self.activity.responded.store(true, Ordering::Relaxed);
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
            self.wrote();
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
            self.wrote();
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

    /// Reads from `stream` until `wanted` has come, or at most `within`.
    async fn read_until(stream: &mut TcpStream, wanted: &str, within: Duration) -> String {
        let mut read = Vec::new();
        let _ = tokio::time::timeout(within, async {
            let mut buffer = [0u8; 1024];
            while !String::from_utf8_lossy(&read).contains(wanted) {
                match stream.read(&mut buffer).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => read.extend_from_slice(&buffer[..n]),
                }
            }
        })
        .await;
        String::from_utf8_lossy(&read).into_owned()
    }

    /// A request handled for far longer than the idle timeout (its handler
    /// held until the test lets it go) is answered; once answered, the
    /// connection is idle again and closed. A request whose body stops
    /// coming is the client's wait, and closed as idle.
    #[tokio::test]
    async fn a_request_handled_longer_than_the_idle_timeout_is_answered() {
        let limits = Limits {
            capacity: 16,
            header_timeout: Duration::from_secs(600),
            idle_timeout: Duration::from_millis(500),
        };
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (handling, mut handled) = tokio::sync::mpsc::unbounded_channel::<()>();
        let release = Arc::new(Notify::new());
        let held = release.clone();
        let router = Router::new()
            .route(
                "/slow",
                axum::routing::get(move || {
                    let (handling, held) = (handling.clone(), held.clone());
                    async move {
                        let released = held.notified();
                        handling.send(()).unwrap();
                        released.await;
                        "answered"
                    }
                }),
            )
            .route("/echo", axum::routing::post(|body: String| async move { body }));
        let (_stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(serve(listener, router, limits, async move {
            let _ = stopped.await;
        }));

        let mut stream = TcpStream::connect(address).await.unwrap();
        stream
            .write_all(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
            .await
            .unwrap();
        handled.recv().await.unwrap();
        // Held for eight idle timeouts, however fast the machine.
        tokio::time::sleep(limits.idle_timeout * 8).await;
        release.notify_one();
        let answer = read_until(&mut stream, "answered", Duration::from_secs(60)).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer:?}");
        assert!(answer.ends_with("answered"), "{answer:?}");
        assert!(closed(&mut stream, Duration::from_secs(60)).await);

        let mut stalled = TcpStream::connect(address).await.unwrap();
        stalled
            .write_all(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhalf")
            .await
            .unwrap();
        assert!(closed(&mut stalled, Duration::from_secs(60)).await);
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
