//! Running the service: the HTTP server with its judging workers, background
//! problem checks and webhook outbox, until told to stop; or workers alone,
//! for a service whose database they share.

use crate::background_check;
use crate::config::Settings;
use crate::service::Service;
use crate::store::Store;
use crate::webhook::Outbox;
use crate::worker::{self, Worker};
use anyhow::Context;
use judge::Judging;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

/// Judging for this process: the sandbox and toolchains over `cache`, made on
/// a blocking thread (it compiles and loads modules).
pub async fn judging(cache: PathBuf) -> anyhow::Result<Arc<Judging>> {
    let judging = tokio::task::spawn_blocking(move || Judging::new(cache))
        .await
        .context("cannot start judging")??;
    Ok(Arc::new(judging))
}

/// Starts `service`'s workers, checks and outbox, then serves HTTP on
/// `listen` (calling `ready` once it listens) until `shutdown` completes.
/// Jobs in progress then finish; unclaimed ones wait in the database for the
/// next start.
pub async fn serve(
    service: Arc<Service>,
    listen: &str,
    ready: impl FnOnce(),
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let workers = worker::spawn(
        service.settings.workers,
        &Worker::for_service(&service, worker::default_name()),
        stopped,
    );
    // Not awaited at shutdown: a check under way is simply taken up again
    // at the next start, its claim having expired.
    tokio::spawn(crate::closing::run(service.clone(), stop.subscribe()));
    if service.settings.check_problems {
        tokio::spawn(background_check::check_problems(service.clone(), stop.subscribe()));
    }
    let outbox = match (&service.settings.webhook_url, &service.settings.webhook_secret) {
        (Some(url), Some(secret)) => {
            let outbox = Outbox::new(service.store.clone(), url.clone(), secret.clone())?;
            Some(tokio::spawn(outbox.run(service.clone(), stop.subscribe())))
        }
        _ => None,
    };
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen} (in use? choose another with --listen)"))?;
    ready();
    let stopping = service.clone();
    let limits = crate::connections::Limits::new(service.settings.max_connections);
    crate::connections::serve(listener, crate::http::router(service), limits, async move {
        shutdown.await;
        // Live event streams would hold the graceful shutdown for up to their lifetime.
        stopping.shut_down();
    })
    .await?;
    let _ = stop.send(true);
    for task in workers.into_iter().chain(outbox) {
        let _ = task.await;
    }
    Ok(())
}

/// Runs `count` workers named after `name` for the service whose database is
/// `store` (calling `ready` once they are started), until `shutdown`
/// completes; the jobs in progress then finish.
pub async fn work(
    name: String,
    count: usize,
    store: Store,
    settings: &Settings,
    judging: Arc<Judging>,
    ready: impl FnOnce(),
    shutdown: impl Future<Output = ()>,
) {
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let template = Worker::standalone(name, store, settings, judging);
    let workers = worker::spawn(count, &template, stopped);
    ready();
    shutdown.await;
    let _ = stop.send(true);
    for worker in workers {
        let _ = worker.await;
    }
}
