//! Fresh databases for tests: a SQLite file in a temporary folder, and a new database on the
//! PostgreSQL server named by `TEILHABE_TEST_POSTGRES_URL` when it is set.

use sqlx::{Connection, Executor};

/// A database made for one test.
#[derive(Debug)]
pub struct TestDatabase {
    /// "sqlite" or "postgres", for assertion messages.
    pub name: &'static str,
    pub url: String,
}

/// Set by the test command; when set, a missing PostgreSQL server fails the tests instead of
/// skipping them.
const REQUIRE_POSTGRES: &str = "TEILHABE_REQUIRE_POSTGRES";
const POSTGRES_URL: &str = "TEILHABE_TEST_POSTGRES_URL";

/// A fresh SQLite file.
pub fn fresh_sqlite_url() -> String {
    let dir = std::env::temp_dir().join("teilhabe-tests");
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join(format!("{}.db", uuid::Uuid::new_v4().simple()));
    format!("sqlite://{}", file.display())
}

/// A fresh PostgreSQL database, if a server is configured.
pub async fn fresh_postgres_url() -> Option<String> {
    let Ok(admin_url) = std::env::var(POSTGRES_URL) else {
        assert!(
            std::env::var(REQUIRE_POSTGRES).is_err(),
            "{REQUIRE_POSTGRES} is set but {POSTGRES_URL} is not"
        );
        return None;
    };
    let name = format!("t_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("connect to the test PostgreSQL server");
    conn.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create a test database");
    let base = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(b, _)| b);
    Some(format!("{base}/{name}"))
}

/// One fresh database per backend under test.
pub async fn fresh_database_urls() -> Vec<TestDatabase> {
    let mut dbs = vec![TestDatabase {
        name: "sqlite",
        url: fresh_sqlite_url(),
    }];
    if let Some(url) = fresh_postgres_url().await {
        dbs.push(TestDatabase {
            name: "postgres",
            url,
        });
    }
    dbs
}
