//! Teilhabe's server: event store, aggregates, read models and the HTTP API.

pub mod anchors;
pub mod app;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod cache;
pub mod cli;
pub mod codec;
pub mod commands;
pub mod config;
pub mod demo;
pub mod domain;
pub mod erasure;
pub mod http;
pub mod limits;
pub mod mail;
pub mod notifications;
pub mod personal;
pub mod projections;
pub mod sqlite_pool;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod testing;
