//! Where read models live: the same database as the log, reached through rusqlite on SQLite
//! (several times faster than sqlx's SQLite driver here) and sqlx on PostgreSQL, behind one
//! small interface of rows and values so each read model's SQL is written once.

use super::ProjectionError;
use crate::sqlite_pool::SqlitePool;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, ToSql, TransactionBehavior};
use sqlx::postgres::{PgArguments, PgPoolOptions, PgRow};
use sqlx::{Executor, PgPool, Row as _};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// A value in a read-model row: our tables hold only integers and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Int(i64),
    Text(String),
    Null,
}

impl Value {
    pub fn int(&self) -> i64 {
        match self {
            Value::Int(n) => *n,
            _ => 0,
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Value::Text(s) => s,
            _ => "",
        }
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Int(n) => ToSqlOutput::Borrowed(ValueRef::Integer(*n)),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
        })
    }
}

pub type Row = Vec<Value>;

/// One statement with its parameters (`$1`, `$2`, … in both dialects).
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub sql: String,
    pub params: Vec<Value>,
}

impl Statement {
    pub fn new(sql: impl Into<String>, params: Vec<Value>) -> Self {
        Self {
            sql: sql.into(),
            params,
        }
    }
}

/// Read models in a SQLite file: pooled readers and one writer connection.
pub struct SqliteDb {
    readers: SqlitePool,
    writer: Mutex<Connection>,
}

/// The read models' database.
#[derive(Clone)]
pub enum ReadDb {
    Sqlite(Arc<SqliteDb>),
    Postgres(PgPool),
}

fn open_sqlite(path: &str) -> Result<Connection, rusqlite::Error> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // Read models can be rebuilt from the log: they need not wait for the disk on every commit.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // 64 MiB of page cache: the booking index is written at random places.
    conn.pragma_update(None, "cache_size", -65_536)?;
    // Deleted or overwritten rows are zeroed, not left in free pages: erased personal data
    // must not linger in the file.
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}

/// A reader keeps SQLite's usual page cache (2 MiB), not the writer's 64 MiB: the pool opens as
/// many readers as queries run at once, each would fill its own cache with the same pages, and
/// the file's pages are in the operating system's cache anyway.
fn open_reader(path: &str) -> Result<Connection, rusqlite::Error> {
    let conn = open_sqlite(path)?;
    conn.pragma_update(None, "cache_size", -2_048)?;
    Ok(conn)
}

fn sqlite_row(row: &rusqlite::Row<'_>, columns: usize) -> rusqlite::Result<Row> {
    (0..columns)
        .map(|i| {
            Ok(match row.get_ref(i)? {
                ValueRef::Integer(n) => Value::Int(n),
                ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Real(f) => Value::Int(f as i64),
                ValueRef::Null | ValueRef::Blob(_) => Value::Null,
            })
        })
        .collect()
}

fn pg_bind<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Postgres, PgArguments>,
    params: &'q [Value],
) -> sqlx::query::Query<'q, sqlx::Postgres, PgArguments> {
    for p in params {
        query = match p {
            Value::Int(n) => query.bind(*n),
            Value::Text(s) => query.bind(s.as_str()),
            Value::Null => query.bind(None::<String>),
        };
    }
    query
}

fn pg_row(row: &PgRow) -> Row {
    (0..row.len())
        .map(|i| {
            if let Ok(Some(n)) = row.try_get::<Option<i64>, _>(i) {
                Value::Int(n)
            } else if let Ok(Some(s)) = row.try_get::<Option<String>, _>(i) {
                Value::Text(s)
            } else {
                Value::Null
            }
        })
        .collect()
}

impl ReadDb {
    /// Connects to the database named by `url` (`sqlite://FILE` or `postgres://…`).
    pub async fn connect(url: &str) -> Result<Self, ProjectionError> {
        if url.starts_with("sqlite:") {
            let path = crate::store::sqlite_path(url).to_owned();
            if let Some(dir) = std::path::Path::new(&path).parent() {
                if !dir.as_os_str().is_empty() {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| ProjectionError::Database(e.to_string()))?;
                }
            }
            let writer = open_sqlite(&path)?;
            Ok(ReadDb::Sqlite(Arc::new(SqliteDb {
                readers: SqlitePool::new(&path, open_reader),
                writer: Mutex::new(writer),
            })))
        } else {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                // As the event store's: an unreachable database answers 503 within 3 s.
                .acquire_timeout(Duration::from_secs(3))
                .connect(url)
                .await?;
            Ok(ReadDb::Postgres(pool))
        }
    }

    /// Runs a query and returns its rows.
    pub async fn query(&self, sql: &str, params: Vec<Value>) -> Result<Vec<Row>, ProjectionError> {
        match self {
            ReadDb::Sqlite(db) => {
                // Point queries take microseconds (WAL readers never wait for writers): run
                // them here rather than pay for a hop to another thread.
                db.readers.with(|conn| {
                    let mut statement = conn.prepare_cached(sql)?;
                    let columns = statement.column_count();
                    let rows = statement
                        .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                            sqlite_row(r, columns)
                        })?;
                    Ok(rows.collect::<Result<Vec<_>, _>>()?)
                })
            }
            ReadDb::Postgres(pool) => {
                let rows = pg_bind(sqlx::query(sql), &params).fetch_all(pool).await?;
                Ok(rows.iter().map(pg_row).collect())
            }
        }
    }

    /// Runs a query and returns the first column of its first row, if there is one: for a
    /// lookup of one value or a count.
    pub async fn query_value(
        &self,
        sql: &str,
        params: Vec<Value>,
    ) -> Result<Option<Value>, ProjectionError> {
        let rows = self.query(sql, params).await?;
        Ok(rows
            .into_iter()
            .next()
            .and_then(|row| row.into_iter().next()))
    }

    /// Runs statements that need no guard (schema changes), each on its own.
    pub async fn execute_all(&self, statements: &[&str]) -> Result<(), ProjectionError> {
        for sql in statements {
            match self {
                ReadDb::Sqlite(db) => {
                    let (db, sql) = (db.clone(), (*sql).to_owned());
                    tokio::task::spawn_blocking(move || {
                        let conn = db.writer.lock().unwrap_or_else(PoisonError::into_inner);
                        conn.execute(&sql, [])
                    })
                    .await
                    .map_err(|e| ProjectionError::Database(e.to_string()))??;
                }
                ReadDb::Postgres(pool) => {
                    pool.execute(*sql).await?;
                }
            }
        }
        Ok(())
    }

    /// Runs one statement on its own.
    pub async fn execute(&self, statement: Statement) -> Result<(), ProjectionError> {
        match self {
            ReadDb::Sqlite(db) => {
                let db = db.clone();
                tokio::task::spawn_blocking(move || -> Result<(), ProjectionError> {
                    let conn = db.writer.lock().unwrap_or_else(PoisonError::into_inner);
                    conn.prepare_cached(&statement.sql)?
                        .execute(rusqlite::params_from_iter(statement.params.iter()))?;
                    Ok(())
                })
                .await
                .map_err(|e| ProjectionError::Database(e.to_string()))?
            }
            ReadDb::Postgres(pool) => {
                pg_bind(sqlx::query(&statement.sql), &statement.params)
                    .execute(pool)
                    .await?;
                Ok(())
            }
        }
    }

    /// Runs one statement on its own and returns how many rows it changed: for taking
    /// something exactly once (`DELETE … WHERE token = $1` answers 1 to one caller only).
    pub async fn execute_counted(&self, statement: Statement) -> Result<u64, ProjectionError> {
        match self {
            ReadDb::Sqlite(db) => {
                let db = db.clone();
                tokio::task::spawn_blocking(move || -> Result<u64, ProjectionError> {
                    let conn = db.writer.lock().unwrap_or_else(PoisonError::into_inner);
                    let changed = conn
                        .prepare_cached(&statement.sql)?
                        .execute(rusqlite::params_from_iter(statement.params.iter()))?;
                    Ok(changed as u64)
                })
                .await
                .map_err(|e| ProjectionError::Database(e.to_string()))?
            }
            ReadDb::Postgres(pool) => Ok(pg_bind(sqlx::query(&statement.sql), &statement.params)
                .execute(pool)
                .await?
                .rows_affected()),
        }
    }

    /// Runs one statement and waits until it is on disk (SQLite's `synchronous = FULL` for
    /// this commit; PostgreSQL commits durably anyway). For what cannot be rebuilt, like keys.
    pub async fn execute_durable(&self, statement: Statement) -> Result<(), ProjectionError> {
        match self {
            ReadDb::Sqlite(db) => {
                let db = db.clone();
                tokio::task::spawn_blocking(move || -> Result<(), ProjectionError> {
                    let conn = db.writer.lock().unwrap_or_else(PoisonError::into_inner);
                    conn.pragma_update(None, "synchronous", "FULL")?;
                    let result = conn.prepare_cached(&statement.sql).and_then(|mut s| {
                        s.execute(rusqlite::params_from_iter(statement.params.iter()))
                    });
                    conn.pragma_update(None, "synchronous", "NORMAL")?;
                    result?;
                    Ok(())
                })
                .await
                .map_err(|e| ProjectionError::Database(e.to_string()))?
            }
            ReadDb::Postgres(_) => self.execute(statement).await,
        }
    }

    /// On SQLite, moves everything in the write-ahead log into the database file and empties
    /// the log file, so that pages holding erased data do not survive in it. Waits for
    /// readers for up to the busy timeout; returns whether the log was emptied.
    pub async fn truncate_wal(&self) -> Result<bool, ProjectionError> {
        match self {
            ReadDb::Sqlite(db) => {
                let db = db.clone();
                tokio::task::spawn_blocking(move || -> Result<bool, ProjectionError> {
                    let conn = db.writer.lock().unwrap_or_else(PoisonError::into_inner);
                    let busy: i64 =
                        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
                    Ok(busy == 0)
                })
                .await
                .map_err(|e| ProjectionError::Database(e.to_string()))?
            }
            ReadDb::Postgres(_) => Ok(true),
        }
    }

    /// In one transaction: runs `guard`, and only if it changed exactly one row, `statements`.
    /// Returns whether the transaction was committed.
    pub async fn write_guarded(
        &self,
        guard: Statement,
        statements: Vec<Statement>,
    ) -> Result<bool, ProjectionError> {
        match self {
            ReadDb::Sqlite(db) => {
                let db = db.clone();
                tokio::task::spawn_blocking(move || -> Result<bool, ProjectionError> {
                    let mut conn = db.writer.lock().unwrap_or_else(PoisonError::into_inner);
                    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                    let changed = tx
                        .prepare_cached(&guard.sql)?
                        .execute(rusqlite::params_from_iter(guard.params.iter()))?;
                    if changed != 1 {
                        return Ok(false);
                    }
                    for s in &statements {
                        tx.prepare_cached(&s.sql)?
                            .execute(rusqlite::params_from_iter(s.params.iter()))?;
                    }
                    tx.commit()?;
                    Ok(true)
                })
                .await
                .map_err(|e| ProjectionError::Database(e.to_string()))?
            }
            ReadDb::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                let changed = pg_bind(sqlx::query(&guard.sql), &guard.params)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if changed != 1 {
                    return Ok(false);
                }
                for s in &statements {
                    pg_bind(sqlx::query(&s.sql), &s.params)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(true)
            }
        }
    }
}
