//! A small pool of SQLite connections to one file, opened on demand and reused; shared by the
//! event store's readers and the read models.

use rusqlite::Connection;
use std::sync::{Mutex, PoisonError};

pub struct SqlitePool {
    path: String,
    open: fn(&str) -> rusqlite::Result<Connection>,
    idle: Mutex<Vec<Connection>>,
}

impl SqlitePool {
    /// A pool for `path` whose connections are made by `open` (which sets their pragmas).
    pub fn new(path: &str, open: fn(&str) -> rusqlite::Result<Connection>) -> Self {
        Self {
            path: path.to_owned(),
            open,
            idle: Mutex::default(),
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// Runs `f` on an idle connection (opening one if none is idle) and keeps it for reuse.
    pub fn with<T, E: From<rusqlite::Error>>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let conn = match idle {
            Some(conn) => conn,
            None => (self.open)(&self.path)?,
        };
        let result = f(&conn);
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(conn);
        result
    }
}
