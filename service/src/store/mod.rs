//! Storage: one sqlx pool over SQLite (the default) or PostgreSQL, chosen by the
//! URL, with the schema migrated on connect. Every query goes through sqlx's Any
//! driver in SQL both databases read (`$n` placeholders, `RETURNING`, times as
//! Unix milliseconds); the few places where they differ ask [`Dialect`].

pub mod assessments;
pub mod audit;
pub mod checks;
pub mod drafts;
pub mod invitations;
pub mod listings;
pub mod problems;
pub mod rejudges;
pub mod submissions;
pub mod tokens;

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// The longest a query waits for a connection from the pool.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// The longest an SQLite statement waits for a lock another connection holds
/// (the write lock, mostly) before failing with SQLITE_BUSY.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Connections to an SQLite database.
const SQLITE_CONNECTIONS: u32 = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// The database: cheap to clone (the pool is shared).
#[derive(Clone, Debug)]
pub struct Store {
    pub pool: AnyPool,
    pub dialect: Dialect,
}

impl Store {
    /// Connects to `url` (`sqlite://PATH` or `postgres://...`), creating an
    /// SQLite file if needed, and brings the schema up to date.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        Store::connect_with(url, None).await
    }

    /// [`Store::connect`], with at most `connections` connections when given.
    async fn connect_with(url: &str, connections: Option<u32>) -> anyhow::Result<Store> {
        sqlx::any::install_default_drivers();
        let dialect = if url.starts_with("sqlite:") {
            Dialect::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Dialect::Postgres
        } else {
            anyhow::bail!(
                "the database URL {} is neither sqlite://PATH nor postgres://USER@HOST/DB",
                redact(url)
            );
        };
        let url = &match dialect {
            Dialect::Sqlite => sqlite_creating(url)?,
            Dialect::Postgres => url.to_string(),
        };
        let options = AnyConnectOptions::from_str(url)
            .with_context(|| format!("cannot read the database URL {}", redact(url)))?;
        let pool = match dialect {
            // One writer at a time is SQLite's rule; WAL lets readers go on meanwhile,
            // and the busy timeout makes writers queue instead of failing.
            Dialect::Sqlite => AnyPoolOptions::new()
                .max_connections(connections.unwrap_or(SQLITE_CONNECTIONS))
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute(&*format!("PRAGMA busy_timeout = {}", BUSY_TIMEOUT.as_millis()))
                            .await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        Ok(())
                    })
                })
                .after_release(|conn, _| Box::pin(sqlite_fit_for_reuse(conn))),
            Dialect::Postgres => AnyPoolOptions::new().max_connections(connections.unwrap_or(16)),
        }
        // A connection not had by then means the database is down or swamped:
        // the request is answered 503 rather than held (sqlx retries a
        // refused connection until this deadline).
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .connect_with(options)
        .await
        .with_context(|| format!("cannot connect to the database {}", redact(url)))?;
        let migrator = match dialect {
            Dialect::Sqlite => &SQLITE_MIGRATIONS,
            Dialect::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .run(&pool)
            .await
            .with_context(|| format!("cannot bring the database {} up to date", redact(url)))?;
        Ok(Store { pool, dialect })
    }

    /// Begins a transaction that writes (every transaction of the service
    /// does). On SQLite it is `BEGIN IMMEDIATE`: it takes the database's one
    /// write lock at once, waiting for it as long as the busy timeout allows,
    /// instead of starting as a reader and asking for the lock at its first
    /// write, which fails at once (SQLITE_BUSY_SNAPSHOT) whenever another
    /// connection committed in between.
    pub async fn begin(&self) -> sqlx::Result<sqlx::Transaction<'static, sqlx::Any>> {
        match self.dialect {
            Dialect::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Dialect::Postgres => self.pool.begin().await,
        }
    }

    /// The rows-locking clause that lets concurrent workers each take a
    /// different job: PostgreSQL skips rows another transaction holds; SQLite
    /// has a single writer, so the claiming statement is atomic as it is.
    /// [`Store::skip_locked`] for a query that joins: locks the rows of `table` only.
    pub fn skip_locked_of(&self, table: &str) -> String {
        match self.dialect {
            Dialect::Postgres => format!("FOR UPDATE OF {table} SKIP LOCKED"),
            Dialect::Sqlite => String::new(),
        }
    }

    pub fn skip_locked(&self) -> &'static str {
        match self.dialect {
            Dialect::Postgres => "FOR UPDATE SKIP LOCKED",
            Dialect::Sqlite => "",
        }
    }

    /// Serialises the transaction `conn` is in against every other one that
    /// takes the same `key`, until it ends. PostgreSQL takes a transaction-level
    /// advisory lock; SQLite has one writer at a time already, so nothing is
    /// needed there.
    pub async fn serialise(&self, conn: &mut sqlx::AnyConnection, key: i64) -> sqlx::Result<()> {
        if self.dialect == Dialect::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)::TEXT")
                .bind(key)
                .execute(conn)
                .await?;
        }
        Ok(())
    }
}

/// Whether an SQLite connection given back to the pool may serve again: not
/// if sqlx still counts a transaction open on it. That happens when ending
/// a transaction failed: a COMMIT refused for a full disk (or an I/O error)
/// makes SQLite roll the transaction back by itself, so sqlx's ROLLBACK then
/// fails ("no transaction is active") and sqlx goes on counting one. Reused,
/// such a connection takes every next `begin` for a nested one (a SAVEPOINT,
/// whose RELEASE commits nothing while an outer transaction is open, and
/// whose ROLLBACK TO leaves that transaction open): answers claimed stored
/// what was not, reads saw an old snapshot, and writes failed with
/// SQLITE_BUSY ever after. Closed instead (which rolls back whatever SQLite
/// still holds), it is replaced by a new connection when one is needed.
async fn sqlite_fit_for_reuse(conn: &mut sqlx::AnyConnection) -> sqlx::Result<bool> {
    use sqlx::Connection;
    // A dropped transaction's ROLLBACK is queued, not yet run: a round trip to
    // the connection's worker runs it first.
    conn.ping().await?;
    if conn.is_in_transaction() {
        tracing::warn!("closing a database connection whose last transaction could not be ended cleanly");
        return Ok(false);
    }
    Ok(true)
}

/// An SQLite URL made to create its file, and the file's folder, on first
/// connect, as the default database is: a new server given
/// `sqlite:///srv/oa/oa.db` starts instead of failing to open it. A URL that
/// sets its own `mode` (read-only, say) or names an in-memory database is
/// left as it is.
fn sqlite_creating(url: &str) -> anyhow::Result<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let in_memory = path.is_empty() || path == ":memory:" || query.split('&').any(|p| p == "mode=memory");
    if in_memory || query.split('&').any(|p| p.starts_with("mode=")) {
        return Ok(url.to_string());
    }
    if let Some(folder) = Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).with_context(|| {
            format!(
                "cannot create the database's folder {} (set OA_DATA_DIR, or choose the database with --database)",
                folder.display()
            )
        })?;
    }
    let separator = if query.is_empty() { "?" } else { "&" };
    Ok(format!("{url}{separator}mode=rwc"))
}

/// The URL of an SQLite database file, created on first connect (see
/// `sqlite_creating`).
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// The URL with its passwords hidden, for messages and logs: the one in its
/// user information (which may itself hold `@`: the host follows the last
/// one) and any `password` query parameter.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (main, query) = match rest.split_once('?') {
        Some((main, query)) => (main, Some(query)),
        None => (rest, None),
    };
    let main = match main.rsplit_once('@') {
        Some((credentials, host)) => match credentials.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => main.to_string(),
        },
        None => main.to_string(),
    };
    let Some(query) = query else {
        return format!("{scheme}://{main}");
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.to_ascii_lowercase().contains("password") => format!("{key}=***"),
            _ => pair.to_string(),
        })
        .collect();
    format!("{scheme}://{main}?{}", query.join("&"))
}

/// Now, in Unix milliseconds: the unit of every time in the database.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// A time in the database as RFC 3339, for API bodies.
pub fn rfc3339(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

/// Parses an RFC 3339 time into Unix milliseconds.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let t = time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()?;
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sqlite_urls_create_their_file_unless_told_otherwise() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/oa.db");
        let url = format!("sqlite://{}", path.display());
        assert_eq!(sqlite_creating(&url).unwrap(), format!("{url}?mode=rwc"));
        assert!(path.parent().unwrap().is_dir(), "the folder is made");
        let with_query = format!("{url}?cache=shared");
        assert_eq!(sqlite_creating(&with_query).unwrap(), format!("{with_query}&mode=rwc"));
        let read_only = format!("{url}?mode=ro");
        assert_eq!(sqlite_creating(&read_only).unwrap(), read_only);
        assert_eq!(sqlite_creating("sqlite::memory:").unwrap(), "sqlite::memory:");
    }

    use super::*;

    #[test]
    fn redacts_passwords_only() {
        assert_eq!(redact("postgres://oa:secret@db/oa"), "postgres://oa:***@db/oa");
        assert_eq!(redact("postgres://oa@db/oa"), "postgres://oa@db/oa");
        assert_eq!(redact("sqlite:///tmp/oa.db"), "sqlite:///tmp/oa.db");
        assert_eq!(redact("postgres://oa:p@ss@db/oa"), "postgres://oa:***@db/oa");
        assert_eq!(
            redact("postgres://db/oa?user=oa&password=secret&sslmode=require"),
            "postgres://db/oa?user=oa&password=***&sslmode=require"
        );
        assert_eq!(
            redact("postgres://oa:s@cret@db/oa?sslpassword=key"),
            "postgres://oa:***@db/oa?sslpassword=***"
        );
        assert_eq!(
            redact("sqlite:///tmp/a@b/oa.db?mode=rwc"),
            "sqlite:///tmp/a@b/oa.db?mode=rwc"
        );
    }

    #[test]
    fn both_schemas_have_the_same_migrations() {
        let names = |migrator: &Migrator| -> Vec<(i64, String)> {
            migrator
                .iter()
                .map(|m| (m.version, m.description.to_string()))
                .collect()
        };
        assert_eq!(
            names(&SQLITE_MIGRATIONS),
            names(&POSTGRES_MIGRATIONS),
            "migrations/sqlite and migrations/postgres must hold the same migrations, one for one"
        );
    }

    /// A transaction that SQLite rolls back by itself (a write refused for a
    /// full disk: here the database may not grow by a page) leaves nothing
    /// behind: the next transaction on the pool begins, writes and commits as
    /// any other, and what it commits is there for every connection to read.
    #[tokio::test]
    async fn a_transaction_sqlite_ended_by_itself_leaves_its_connection_out_of_the_pool() {
        use sqlx::{Connection, Row};
        let dir = tempfile::tempdir().unwrap();
        let url = sqlite_url(&dir.path().join("oa.db"));
        // One connection: the next transaction gets the failed one's, if anything's.
        let store = Store::connect_with(&url, Some(1)).await.unwrap();
        let insert = "INSERT INTO audit_log (at, actor, action, target, detail) VALUES ($1, NULL, $2, '', $3)";
        {
            let mut conn = store.pool.acquire().await.unwrap();
            let pages: i64 = sqlx::query("PRAGMA page_count")
                .fetch_one(&mut *conn)
                .await
                .unwrap()
                .get(0);
            sqlx::query(&format!("PRAGMA max_page_count = {pages}"))
                .fetch_all(&mut *conn)
                .await
                .unwrap();
            let mut tx = conn.begin_with("BEGIN IMMEDIATE").await.unwrap();
            let refused = sqlx::query(insert)
                .bind(now_ms())
                .bind("refused")
                .bind("x".repeat(64 << 10))
                .execute(&mut *tx)
                .await
                .unwrap_err();
            assert_eq!(
                crate::error::Outage::of(&refused),
                Some(crate::error::Outage::StorageFull),
                "{refused}"
            );
            // Dropped: sqlx's ROLLBACK fails, SQLite having rolled back already.
        }
        for (i, detail) in ["first", "second"].iter().enumerate() {
            let mut tx = store.begin().await.unwrap();
            sqlx::query(insert)
                .bind(now_ms())
                .bind("taken")
                .bind(*detail)
                .execute(&mut *tx)
                .await
                .unwrap();
            if i == 0 {
                tx.commit().await.unwrap();
            } else {
                tx.rollback().await.unwrap();
            }
        }
        let other = Store::connect(&url).await.unwrap();
        let taken: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log ORDER BY id")
            .fetch_all(&other.pool)
            .await
            .unwrap();
        assert_eq!(taken, ["first"]);
        let mut tx = store.begin().await.unwrap();
        sqlx::query(insert)
            .bind(now_ms())
            .bind("taken")
            .bind("third")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
            .fetch_one(&other.pool)
            .await
            .unwrap();
        assert_eq!(taken, 2);
    }

    #[test]
    fn times_round_trip() {
        let ms = 1_700_000_000_123;
        assert_eq!(parse_rfc3339(&rfc3339(ms)), Some(ms));
        assert_eq!(parse_rfc3339("2024-01-01T00:00:00Z"), Some(1_704_067_200_000));
        assert_eq!(parse_rfc3339("tomorrow"), None);
    }
}
