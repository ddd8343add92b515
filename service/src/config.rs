//! The service's settings: what `oa serve` and `oa worker` read from their
//! optional TOML file, under flags and environment variables, over defaults.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// How the service behaves once started (limits, policies, the webhook).
#[derive(Clone, Debug)]
pub struct Settings {
    /// The service's address as candidates reach it: invitation links start with it.
    pub public_url: String,
    /// Largest source accepted, in bytes.
    pub max_source_bytes: usize,
    /// Largest custom input for `run`, in bytes.
    pub max_input_bytes: usize,
    /// Submissions one attempt may make in any minute.
    pub submissions_per_minute: u32,
    /// Runs (samples or custom input) one attempt may make in any minute.
    pub runs_per_minute: u32,
    /// Runs executing at once in the server process, over all candidates.
    pub concurrent_runs: usize,
    /// Judging workers in the server process (0: only `oa worker` processes judge).
    pub workers: usize,
    /// How long a worker's claim on a job lasts unless renewed.
    pub lease_seconds: u64,
    /// Where finished-and-judged attempts are posted, signed with the secret.
    pub webhook_url: Option<String>,
    pub webhook_secret: Option<String>,
    /// Check each problem version in the background as `oa problem check` does.
    pub check_problems: bool,
    /// Live event streams open at once in the server process, over all
    /// candidates (each invitation has at most [`STREAMS_PER_INVITATION`]).
    pub max_event_streams: usize,
    /// HTTP connections open at once; never more than the process's file
    /// descriptors allow (see [`crate::connections`]).
    pub max_connections: usize,
    /// The most processor time, in minutes, one submission's runs may take over
    /// all its tests; the tests left then are TLE without running.
    pub max_judging_cpu_minutes: u64,
    /// The processor time, in seconds, one attempt's runs may use in any ten minutes.
    pub max_run_cpu_seconds: u64,
}

/// Live event streams one invitation may hold open at once: a few tabs.
pub const STREAMS_PER_INVITATION: usize = 3;

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            public_url: "http://127.0.0.1:7878".into(),
            max_source_bytes: 64 << 10,
            max_input_bytes: 1 << 20,
            submissions_per_minute: 6,
            runs_per_minute: 20,
            concurrent_runs: 2,
            workers: 1,
            lease_seconds: 120,
            webhook_url: None,
            webhook_secret: None,
            check_problems: true,
            max_event_streams: 1000,
            max_connections: 10_000,
            max_judging_cpu_minutes: 10,
            max_run_cpu_seconds: 120,
        }
    }
}

/// The TOML file (`--config FILE` or `OA_CONFIG`). Every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub database: Option<String>,
    pub problems: Option<PathBuf>,
    pub listen: Option<String>,
    pub public_url: Option<String>,
    pub max_source_kib: Option<usize>,
    pub max_input_kib: Option<usize>,
    pub submissions_per_minute: Option<u32>,
    pub runs_per_minute: Option<u32>,
    pub concurrent_runs: Option<usize>,
    pub max_event_streams: Option<usize>,
    pub max_connections: Option<usize>,
    pub max_judging_cpu_minutes: Option<u64>,
    pub max_run_cpu_seconds: Option<u64>,
    pub workers: Option<usize>,
    pub lease_seconds: Option<u64>,
    pub webhook_url: Option<String>,
    pub webhook_secret: Option<String>,
    pub check_problems: Option<bool>,
}

impl File {
    pub fn read(path: &Path) -> anyhow::Result<File> {
        let text = std::fs::read_to_string(path)
            .map_err(|err| anyhow::anyhow!("cannot read the configuration file {}: {err}", path.display()))?;
        toml::from_str(&text).map_err(|err| {
            anyhow::anyhow!(
                "{}: {} (keys: database, problems, listen, public_url, max_source_kib, max_input_kib, submissions_per_minute, runs_per_minute, concurrent_runs, max_event_streams, max_connections, max_judging_cpu_minutes, max_run_cpu_seconds, workers, lease_seconds, webhook_url, webhook_secret, check_problems)",
                path.display(),
                err.message().trim()
            )
        })
    }

    /// The settings this file gives, over the defaults.
    pub fn settings(&self) -> anyhow::Result<Settings> {
        let d = Settings::default();
        let settings = Settings {
            public_url: self.public_url.clone().unwrap_or(d.public_url),
            max_source_bytes: self
                .max_source_kib
                .map_or(d.max_source_bytes, |k| k.saturating_mul(1 << 10)),
            max_input_bytes: self
                .max_input_kib
                .map_or(d.max_input_bytes, |k| k.saturating_mul(1 << 10)),
            submissions_per_minute: self.submissions_per_minute.unwrap_or(d.submissions_per_minute),
            runs_per_minute: self.runs_per_minute.unwrap_or(d.runs_per_minute),
            concurrent_runs: self.concurrent_runs.unwrap_or(d.concurrent_runs),
            workers: self.workers.unwrap_or(d.workers),
            lease_seconds: self.lease_seconds.unwrap_or(d.lease_seconds),
            webhook_url: self.webhook_url.clone(),
            webhook_secret: self.webhook_secret.clone(),
            check_problems: self.check_problems.unwrap_or(d.check_problems),
            max_event_streams: self.max_event_streams.unwrap_or(d.max_event_streams),
            max_connections: self.max_connections.unwrap_or(d.max_connections),
            max_judging_cpu_minutes: self.max_judging_cpu_minutes.unwrap_or(d.max_judging_cpu_minutes),
            max_run_cpu_seconds: self.max_run_cpu_seconds.unwrap_or(d.max_run_cpu_seconds),
        };
        settings.check()?;
        Ok(settings)
    }
}

impl Settings {
    /// Refuses settings that cannot work, saying which and why.
    pub fn check(&self) -> anyhow::Result<()> {
        let settings = self;
        if !(1..=16 << 10).contains(&(settings.max_source_bytes >> 10)) {
            anyhow::bail!("max_source_kib must be from 1 to 16384");
        }
        if !(1..=64 << 10).contains(&(settings.max_input_bytes >> 10)) {
            anyhow::bail!("max_input_kib must be from 1 to 65536");
        }
        if settings.max_run_cpu_seconds == 0 {
            anyhow::bail!("max_run_cpu_seconds must be at least 1");
        }
        if settings.max_judging_cpu_minutes == 0 {
            anyhow::bail!("max_judging_cpu_minutes must be at least 1");
        }
        if settings.max_connections < 16 {
            anyhow::bail!("max_connections must be at least 16");
        }
        if settings.max_event_streams == 0 {
            anyhow::bail!("max_event_streams must be at least 1");
        }
        if settings.lease_seconds < 10 {
            anyhow::bail!("lease_seconds must be at least 10: a shorter lease expires while judging is still going");
        }
        if settings.concurrent_runs == 0 {
            anyhow::bail!("concurrent_runs must be at least 1");
        }
        if settings.webhook_url.is_some() && settings.webhook_secret.as_deref().unwrap_or("").len() < 16 {
            anyhow::bail!("webhook_url needs webhook_secret (or OA_WEBHOOK_SECRET), at least 16 characters, to sign what it sends");
        }
        if let Some(url) = &settings.webhook_url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                anyhow::bail!("webhook_url {url} must start with https:// or http://");
            }
        }
        Ok(())
    }
}

/// Where the service keeps its data (the default SQLite database):
/// `$OA_DATA_DIR`, else `oa/` in `$XDG_DATA_HOME`, else `~/.local/share/oa`.
/// Unlike the cache, nothing here can be rebuilt: it holds the submissions.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("OA_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("oa");
    }
    match std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        Some(home) => PathBuf::from(home).join(".local/share/oa"),
        None => std::env::temp_dir().join("oa-data"),
    }
}

/// The database URL when none is given: the SQLite file `oa.db` in the data
/// directory (made, with the directory, on first connect, as any SQLite URL's).
pub fn default_database_url() -> String {
    crate::store::sqlite_url(&data_dir().join("oa.db"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_limit_is_bounded_like_the_source_limit() {
        let file = |input: usize| File {
            max_input_kib: Some(input),
            ..File::default()
        };
        assert!(file(1024).settings().is_ok());
        assert!(file(0).settings().is_err());
        assert!(file(1 << 20)
            .settings()
            .unwrap_err()
            .to_string()
            .contains("max_input_kib"));
        assert!(file(usize::MAX).settings().is_err());
    }
}
