//! `oa worker`: judging workers for a service on another machine, sharing its
//! database; they fetch problem versions from it by hash.

use crate::serve_cmd::{runtime, shutdown_signal, DatabaseArgs};
use anyhow::Context;
use clap::Args;
use oa::catalog::Catalog;
use oa::judging::Judging;
use oa::queue::Queue;
use oa::store::{self, Store};
use std::sync::Arc;
use std::time::Duration;

#[derive(Args)]
pub struct WorkerArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Jobs judged at once by this process (each runs its tests on every core) [default: 1]
    #[arg(long, env = "OA_WORKERS", value_name = "N")]
    pub workers: Option<usize>,
}

pub fn worker(args: WorkerArgs) -> anyhow::Result<()> {
    let file = args.db.file()?;
    if args.db.database.is_none() && file.database.is_none() {
        anyhow::bail!("oa worker needs the service's database: --database URL (or OA_DATABASE_URL)");
    }
    let url = args.db.url(&file)?;
    let settings = file.settings()?;
    let count = args.workers.unwrap_or(1).max(1);
    let cache = oa::paths::cache_dir();
    let name = oa::worker::default_name();
    println!("oa worker {name}");
    println!("  database   {}", store::redact(&url));
    println!("  workers    {count}");
    println!("  cache      {}", cache.display());
    runtime()?.block_on(async move {
        let store = Store::connect(&url).await?;
        let judging = Arc::new(
            tokio::task::spawn_blocking(move || Judging::new(cache))
                .await
                .context("cannot start judging")??,
        );
        let catalog = Arc::new(Catalog::new(store.clone(), &judging.bench.cache));
        let queue = Queue::new(store.clone(), Duration::from_secs(settings.lease_seconds));
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let template = oa::worker::Worker {
            name,
            store: store.clone(),
            queue,
            catalog,
            judging,
            signals: Arc::default(),
        };
        let workers = oa::worker::spawn(count, &template, stopped);
        println!("ready");
        shutdown_signal().await;
        let _ = stop.send(true);
        for worker in workers {
            let _ = worker.await;
        }
        Ok(())
    })
}
