//! What the service's commands share: where the database is, the async
//! runtime, and the signals that stop a server or worker.

use anyhow::Context;
use clap::Args;
use service::config::File;
use std::path::PathBuf;

/// Where the database is and how to reach it: flags and environment, then the
/// configuration file. Shared by serve, worker and token.
#[derive(Args, Clone, Debug)]
pub struct DatabaseArgs {
    /// Database URL: sqlite://PATH or postgres://USER:PASSWORD@HOST/DATABASE
    /// [default: the SQLite file oa.db in the data directory]
    #[arg(long, env = "OA_DATABASE_URL", value_name = "URL")]
    pub database: Option<String>,
    /// A TOML file of settings (keys in docs/service.md); flags and environment variables win over it.
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

    /// The database URL, or the default SQLite file.
    pub fn url(&self, file: &File) -> String {
        self.database
            .clone()
            .or_else(|| file.database.clone())
            .unwrap_or_else(service::config::default_database_url)
    }
}

pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
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
