//! `oa token create | list | revoke`: API tokens, the first admin's included.
//! A token is printed once; the database keeps only its hash.

use super::process::{runtime, DatabaseArgs};
use clap::{Args, Subcommand};
use service::store::{self, Store};
use service::Role;

#[derive(Args)]
pub struct TokenArgs {
    #[command(subcommand)]
    command: TokenCommand,
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token and print it.
    Create {
        /// admin (everything), author (assessments), or grader (invitations, results, submissions)
        #[arg(long)]
        role: String,
        /// A note saying whose or what the token is for.
        #[arg(long, default_value = "")]
        label: String,
        #[command(flatten)]
        db: DatabaseArgs,
    },
    /// List the API tokens: id, role, label, when made and when revoked (never the tokens).
    List {
        #[command(flatten)]
        db: DatabaseArgs,
    },
    /// Revoke an API token by its id (from `oa token list`): it stops working at once.
    Revoke {
        id: i64,
        #[command(flatten)]
        db: DatabaseArgs,
    },
}

pub fn token(args: TokenArgs) -> anyhow::Result<()> {
    match args.command {
        TokenCommand::Create { role, label, db } => {
            let role = Role::parse(&role)
                .ok_or_else(|| anyhow::anyhow!("unknown role `{role}`: use admin, author or grader"))?;
            let file = db.file()?;
            let url = db.url(&file);
            let (id, token) = runtime()?.block_on(async {
                let store = Store::connect(&url).await?;
                service::access::issue_token(&store, role, &label).await
            })?;
            eprintln!(
                "created {} token {id} in {}; it is shown only now:",
                role.as_str(),
                store::redact(&url)
            );
            println!("{token}");
            Ok(())
        }
        TokenCommand::List { db } => {
            let file = db.file()?;
            let url = db.url(&file);
            let tokens = runtime()?.block_on(async {
                let store = Store::connect(&url).await?;
                anyhow::Ok(store::tokens::list(&store).await?)
            })?;
            let time = |ms: i64| {
                time::OffsetDateTime::from_unix_timestamp(ms / 1000)
                    .ok()
                    .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
                    .unwrap_or_default()
            };
            let header = ["id", "role", "label", "created", "revoked"].map(String::from).to_vec();
            let rows = tokens.iter().map(|token| {
                vec![
                    token.id.to_string(),
                    token.role.clone(),
                    token.label.clone(),
                    time(token.created_at),
                    token.revoked_at.map(time).unwrap_or_default(),
                ]
            });
            print!(
                "{}",
                crate::output::columns(&std::iter::once(header).chain(rows).collect::<Vec<_>>(), &[0])
            );
            Ok(())
        }
        TokenCommand::Revoke { id, db } => {
            let file = db.file()?;
            let url = db.url(&file);
            let revoked = runtime()?.block_on(async {
                let store = Store::connect(&url).await?;
                anyhow::Ok(store::tokens::revoke(&store, id).await?)
            })?;
            if !revoked {
                anyhow::bail!("no live API token has id {id}: see `oa token list`");
            }
            eprintln!("revoked API token {id}");
            Ok(())
        }
    }
}
