//! The `teilhabe` binary: parses the command line and hands over to the library.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    teilhabe_backend::telemetry::init();
    let cli = teilhabe_backend::cli::Cli::parse();
    match teilhabe_backend::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("teilhabe: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
