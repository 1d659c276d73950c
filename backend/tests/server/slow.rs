//! Slow clients: connections that send their headers a byte at a time (or nothing) must not
//! hold the server. The header-read timeout closes them; the connection cap keeps how many
//! are served at once bounded; `/healthz` still answers at once.

use crate::process;
use std::time::{Duration, Instant};
use teilhabe_backend::testing::fresh_sqlite_url;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Opens `n` connections that send a request's headers one byte every 200 ms, never
/// finishing; each task ends when the server closes its connection (true) or after `give_up`.
async fn slow_clients(
    addr: &str,
    n: usize,
    give_up: Duration,
) -> Vec<tokio::task::JoinHandle<bool>> {
    let mut clients = Vec::new();
    for _ in 0..n {
        let stream = TcpStream::connect(addr).await.expect("connect");
        clients.push(tokio::spawn(async move {
            let (mut read, mut write) = stream.into_split();
            let dribble = async move {
                for byte in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "
                    .iter()
                    .cycle()
                {
                    if write.write_all(&[*byte]).await.is_err() {
                        return;
                    }
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            };
            let closed = async move {
                let mut buf = [0u8; 256];
                loop {
                    match read.read(&mut buf).await {
                        Ok(0) | Err(_) => return true,
                        Ok(_) => {}
                    }
                }
            };
            tokio::select! {
                closed = closed => closed,
                () = dribble => true,
                () = tokio::time::sleep(give_up) => false,
            }
        }));
    }
    clients
}

/// How long `GET /healthz` takes on a new connection.
async fn healthz(base: &str) -> Duration {
    let started = Instant::now();
    let response = reqwest::Client::new()
        .get(format!("{base}/healthz"))
        .timeout(Duration::from_secs(20))
        .send()
        .await
        .expect("GET /healthz");
    assert!(response.status().is_success());
    started.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn five_hundred_slow_connections_are_timed_out_and_do_not_hold_the_server() {
    let (_child, base) = process::start_with(
        &fresh_sqlite_url(),
        &[
            ("RUST_LOG", "warn"),
            ("TEILHABE_HEADER_TIMEOUT_SECONDS", "2"),
        ],
        std::process::Stdio::inherit(),
    )
    .await;
    let addr = base.trim_start_matches("http://").to_owned();
    let clients = slow_clients(&addr, 500, Duration::from_secs(8)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let took = healthz(&base).await;
    assert!(
        took < Duration::from_secs(1),
        "/healthz took {took:?} under 500 slow connections"
    );
    let mut closed = 0;
    for client in clients {
        closed += usize::from(client.await.expect("client task"));
    }
    assert_eq!(
        closed, 500,
        "the server closed {closed} of 500 slow connections within 8 s (header timeout 2 s)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn connections_beyond_the_cap_wait_for_a_free_slot() {
    let (_child, base) = process::start_with(
        &fresh_sqlite_url(),
        &[
            ("RUST_LOG", "warn"),
            ("TEILHABE_HEADER_TIMEOUT_SECONDS", "2"),
            ("TEILHABE_MAX_CONNECTIONS", "50"),
        ],
        std::process::Stdio::inherit(),
    )
    .await;
    let addr = base.trim_start_matches("http://").to_owned();
    let clients = slow_clients(&addr, 60, Duration::from_secs(8)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    // All 50 slots are held: the next client is served once the timeout frees them.
    let took = healthz(&base).await;
    assert!(
        took > Duration::from_millis(1000) && took < Duration::from_secs(6),
        "/healthz took {took:?} with 60 slow connections and 50 slots"
    );
    for client in clients {
        client.await.expect("client task");
    }
}
