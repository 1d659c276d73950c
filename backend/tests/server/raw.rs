//! The store's tables written directly, past the app, the way someone with access to the
//! database file or server would: how the tests tamper with the log.

/// Runs SQL statements with integer/text parameters against the store's database.
pub(crate) async fn sql(url: &str, statement: &str, params: &[Param]) {
    if url.starts_with("sqlite:") {
        let path = teilhabe_backend::store::sqlite_path(url).to_owned();
        let connection = rusqlite::Connection::open(path).expect("open the file");
        let values: Vec<Box<dyn rusqlite::ToSql>> = params
            .iter()
            .map(|p| -> Box<dyn rusqlite::ToSql> {
                match p {
                    Param::Int(n) => Box::new(*n),
                    Param::Text(t) => Box::new(t.clone()),
                }
            })
            .collect();
        connection
            .execute(statement, rusqlite::params_from_iter(values.iter()))
            .expect("tamper");
    } else {
        let pool = sqlx::PgPool::connect(url).await.expect("connect");
        let statement = statement.replace("?1", "$1").replace("?2", "$2");
        let mut query = sqlx::query(&statement);
        for p in params {
            query = match p {
                Param::Int(n) => query.bind(*n),
                Param::Text(t) => query.bind(t.clone()),
            };
        }
        query.execute(&pool).await.expect("tamper");
    }
}

pub(crate) enum Param {
    Int(i64),
    Text(String),
}
