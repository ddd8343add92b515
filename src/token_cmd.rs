//! `oa token create`: API tokens, the first admin's included. Printed once;
//! the database keeps only their hash.

use crate::serve_cmd::{runtime, DatabaseArgs};
use clap::{Args, Subcommand};
use oa::service::Role;
use oa::store::{self, Store};

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
}

pub fn token(args: TokenArgs) -> anyhow::Result<()> {
    match args.command {
        TokenCommand::Create { role, label, db } => {
            let role = Role::parse(&role)
                .ok_or_else(|| anyhow::anyhow!("unknown role `{role}`: use admin, author or grader"))?;
            let file = db.file()?;
            let url = db.url(&file)?;
            let token = oa::secret::new_token(oa::secret::API_PREFIX)?;
            let id = runtime()?.block_on(async {
                let store = Store::connect(&url).await?;
                let id = store::tokens::create(&store, role.as_str(), &label, &oa::secret::hash(&token)).await?;
                anyhow::Ok(id)
            })?;
            eprintln!(
                "created {} token {id} in {}; it is shown only now:",
                role.as_str(),
                store::redact(&url)
            );
            println!("{token}");
            Ok(())
        }
    }
}
