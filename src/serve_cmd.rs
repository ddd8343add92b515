//! `oa serve`: the service, with judging workers in the same process.

use anyhow::Context;
use clap::Args;
use oa::config::{File, Settings};
use oa::judging::Judging;
use oa::service::Service;
use oa::store::{self, Store};
use std::path::PathBuf;
use std::sync::Arc;

pub const DEFAULT_LISTEN: &str = "127.0.0.1:7878";

/// Where the database is and how to reach it: flags and environment, then the
/// configuration file. Shared by serve, worker and token.
#[derive(Args, Clone, Debug)]
pub struct DatabaseArgs {
    /// Database URL: sqlite://PATH or postgres://USER:PASSWORD@HOST/DATABASE
    /// [default: the SQLite file oa.db in the data directory]
    #[arg(long, env = "OA_DATABASE_URL", value_name = "URL")]
    pub database: Option<String>,
    /// A TOML file of settings (keys as in the README); flags and environment variables win over it.
    #[arg(long, env = "OA_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
}

impl DatabaseArgs {
    pub fn file(&self) -> anyhow::Result<File> {
        match &self.config {
            Some(path) => File::read(path),
            None => Ok(File::default()),
        }
    }

    /// The database URL, or the default SQLite file (its folder created).
    pub fn url(&self, file: &File) -> anyhow::Result<String> {
        if let Some(url) = self.database.clone().or_else(|| file.database.clone()) {
            return Ok(url);
        }
        let dir = oa::paths::data_dir();
        std::fs::create_dir_all(&dir).with_context(|| {
            format!(
                "cannot create the data directory {} (set OA_DATA_DIR or --database)",
                dir.display()
            )
        })?;
        Ok(store::sqlite_url(&dir.join("oa.db")))
    }
}

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
    let url = args.db.url(&file)?;
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
    let cache = oa::paths::cache_dir();
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
        let judging = Arc::new(tokio::task::spawn_blocking(move || Judging::new(cache)).await??);
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
        if !has_token(&store).await? {
            println!("  no API token yet: create one with `oa token create --role admin`");
        }
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let workers = oa::worker::spawn(
            service.settings.workers,
            &service.worker(oa::worker::default_name()),
            stopped,
        );
        // Not awaited at shutdown: a check under way is simply taken up again
        // at the next start, its claim having expired.
        if service.settings.check_problems {
            tokio::spawn(oa::worker::check_problems(service.clone(), stop.subscribe()));
        }
        let outbox = match (&service.settings.webhook_url, &service.settings.webhook_secret) {
            (Some(url), Some(secret)) => {
                let outbox = oa::webhook::Outbox::new(store.clone(), url.clone(), secret.clone())?;
                Some(tokio::spawn(outbox.run(service.clone(), stop.subscribe())))
            }
            _ => None,
        };
        let listener = tokio::net::TcpListener::bind(&listen)
            .await
            .with_context(|| format!("cannot listen on {listen} (in use? choose another with --listen)"))?;
        println!("ready");
        let stopping = service.clone();
        axum::serve(listener, oa::http::router(service))
            .with_graceful_shutdown(async move {
                shutdown_signal().await;
                // Live event streams would hold the graceful shutdown for up to their lifetime.
                stopping.shut_down();
            })
            .await?;
        // Jobs in progress finish; unclaimed ones wait in the database for the next start.
        let _ = stop.send(true);
        for task in workers.into_iter().chain(outbox) {
            let _ = task.await;
        }
        Ok(())
    })
}

pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

async fn has_token(store: &Store) -> anyhow::Result<bool> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NULL")
        .fetch_one(&store.pool)
        .await?;
    Ok(count > 0)
}

/// Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = interrupt => {}
        _ = terminate => {}
    }
    eprintln!("stopping: finishing the jobs in progress");
}
