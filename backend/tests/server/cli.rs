//! The command line on a store no server has opened yet: a generated log is rebuilt into
//! the read models and verified.

use clap::Parser;
use teilhabe_backend::cli::{run, Cli};
use teilhabe_backend::testing::fresh_sqlite_url;

fn cli(url: &str, args: &[&str]) -> Cli {
    let mut all = vec!["teilhabe", "--database-url", url];
    all.extend_from_slice(args);
    Cli::parse_from(all)
}

#[tokio::test]
async fn a_generated_log_is_rebuilt_and_verified_without_a_server_having_run() {
    let url = fresh_sqlite_url();
    run(cli(&url, &["seed-demo", "--events", "2000"]))
        .await
        .expect("generate");
    run(cli(&url, &["rebuild", "--all"]))
        .await
        .expect("rebuild");
    run(cli(&url, &["verify"])).await.expect("verify");
}
