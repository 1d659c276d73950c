//! The server's integration tests, one binary: each module starts the real server on port 0
//! (SQLite, and PostgreSQL when `TEILHABE_TEST_POSTGRES_URL` is set) and talks HTTP to it.
//! One binary instead of one per file keeps CI's link time and disk use down.

mod access;
mod anchors;
mod api;
mod app;
mod audit;
mod backup;
mod calls;
mod cli;
mod crash;
mod demand;
mod doors;
mod erasure;
mod faults;
mod ideas;
mod interests;
mod letters;
mod limits;
mod links;
mod logs;
mod mail;
mod names;
mod openapi;
mod process;
mod raw;
mod secrets;
mod slow;
mod staff;
mod staff_ids;
mod tamper;
