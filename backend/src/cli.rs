//! The `teilhabe` command line: serve, or seed the demo sessions.

use crate::config::Config;
use crate::startup;
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "teilhabe",
    version,
    about = "Teilhabe: digital-skills sessions for a city's residents"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the API and the frontend (the default).
    Serve,
    /// Schedule the demo sessions if the store is empty, then exit.
    SeedDemo,
}

pub async fn run(cli: Cli) -> Result<(), startup::StartupError> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => startup::serve(cli.config).await,
        Command::SeedDemo => {
            let state = startup::state(&cli.config).await?;
            let seeded = startup::seed_demo(&state).await?;
            println!("scheduled {seeded} demo sessions");
            Ok(())
        }
    }
}
