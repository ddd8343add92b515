//! `oa serve`: the service, with judging workers in the same process.

use super::process::{runtime, shutdown_signal, DatabaseArgs};
use clap::Args;
use service::config::Settings;
use service::store::{self, Store};
use service::Service;
use std::path::PathBuf;
use std::sync::Arc;

pub const DEFAULT_LISTEN: &str = "127.0.0.1:7878";

#[derive(Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The folder of problem packages to serve [default: problems]
    #[arg(long, env = "OA_PROBLEMS_DIR", value_name = "DIR")]
    pub problems: Option<PathBuf>,
    /// Address and port to listen on [default: 127.0.0.1:7878]
    #[arg(long, env = "OA_LISTEN", value_name = "ADDR")]
    pub listen: Option<String>,
    /// The address candidates reach the service at: invitation links start with it [default: http://LISTEN]
    #[arg(long, env = "OA_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Judging workers in this process; 0 leaves judging to `oa worker` processes [default: 1]
    #[arg(long, env = "OA_WORKERS", value_name = "N")]
    pub workers: Option<usize>,
    /// Where `attempt.judged` events are POSTed, signed with the secret from
    /// OA_WEBHOOK_SECRET or the configuration file [default: none]
    #[arg(long, env = "OA_WEBHOOK_URL", value_name = "URL")]
    pub webhook_url: Option<String>,
    /// Check each problem version in the background as `oa problem check` does,
    /// when judging is idle [default: true]
    #[arg(long, env = "OA_CHECK_PROBLEMS", value_name = "BOOL")]
    pub check_problems: Option<bool>,
}

pub fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let file = args.db.file()?;
    let url = args.db.url(&file);
    let problems = args
        .problems
        .clone()
        .or(file.problems.clone())
        .unwrap_or_else(|| "problems".into());
    let listen = args
        .listen
        .clone()
        .or(file.listen.clone())
        .unwrap_or_else(|| DEFAULT_LISTEN.into());
    let mut settings: Settings = file.settings()?;
    settings.public_url = args
        .public_url
        .clone()
        .or(file.public_url.clone())
        .unwrap_or_else(|| format!("http://{listen}"));
    if let Some(workers) = args.workers {
        settings.workers = workers;
    }
    if let Some(url) = args.webhook_url.clone() {
        settings.webhook_url = Some(url);
    }
    if let Some(check) = args.check_problems {
        settings.check_problems = check;
    }
    // The secret is read from the environment, never a flag: flags show in `ps`.
    if let Some(secret) = std::env::var("OA_WEBHOOK_SECRET").ok().filter(|s| !s.is_empty()) {
        settings.webhook_secret = Some(secret);
    }
    settings.check()?;
    let cache = judge::paths::cache_dir();
    println!("oa serve");
    println!("  database   {}", store::redact(&url));
    println!("  problems   {}", problems.display());
    println!("  listen     http://{listen}");
    println!("  public url {}", settings.public_url);
    println!("  workers    {} in this process", settings.workers);
    println!("  webhook    {}", settings.webhook_url.as_deref().unwrap_or("none"));
    println!(
        "  checks     {}",
        match settings.check_problems {
            true => "each problem version, in the background while judging is idle",
            false => "off",
        }
    );
    println!("  cache      {}", cache.display());
    runtime()?.block_on(async move {
        let store = Store::connect(&url).await?;
        let judging = service::server::judging(cache).await?;
        let service = Arc::new(Service::new(store.clone(), settings, judging));
        let (imported, skipped) = service.catalog.import_dir(&problems).await?;
        let new = imported.iter().filter(|i| i.new).count();
        println!(
            "  {} problems ({new} new versions): {}",
            imported.len(),
            imported
                .iter()
                .map(|i| i.problem_id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        for problem in &skipped {
            eprintln!("warning: not served: {problem}");
        }
        if !store::tokens::any_live(&store).await? {
            println!("  no API token yet: create one with `oa token create --role admin`");
        }
        service::server::serve(service, &listen, || println!("ready"), shutdown_signal()).await
    })
}
