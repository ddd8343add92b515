//! `oa worker`: judging workers for a service on another machine, sharing its
//! database; they fetch problem versions from it by hash.

use super::process::{runtime, shutdown_signal, DatabaseArgs};
use clap::Args;
use service::store::{self, Store};

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
    let url = args.db.url(&file);
    let settings = file.settings()?;
    let count = args.workers.unwrap_or(1).max(1);
    let cache = judge::paths::cache_dir();
    let name = service::worker::default_name();
    println!("oa worker {name}");
    println!("  database   {}", store::redact(&url));
    println!("  workers    {count}");
    println!("  cache      {}", cache.display());
    runtime()?.block_on(async move {
        let store = Store::connect(&url).await?;
        let judging = service::server::judging(cache).await?;
        let ready = || println!("ready");
        service::server::work(name, count, store, &settings, judging, ready, shutdown_signal()).await;
        Ok(())
    })
}
