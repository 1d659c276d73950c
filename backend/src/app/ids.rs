//! Ids that follow a command's id: a request repeated with the same `Idempotency-Key` has the
//! same command id, so it names the same application, idea or session and records nothing
//! new. The forms are those of the events already stored.

use crate::store::Metadata;
use sha2::Digest;

/// The first `bytes` bytes of the SHA-256 of the command id, in hex (applications: 12 bytes,
/// ideas: 8).
pub fn hashed(command_id: &str, bytes: usize) -> String {
    let digest = sha2::Sha256::digest(command_id.as_bytes());
    hex::encode(&digest[..bytes.min(digest.len())])
}

/// A session's id: the day it starts (`20260314`) and the first eight characters of the
/// command id without its dashes.
pub fn session(starts_at: &chrono::DateTime<chrono::FixedOffset>, command_id: &str) -> String {
    let suffix: String = command_id.chars().filter(|c| *c != '-').take(8).collect();
    format!("{}-{suffix}", starts_at.format("%Y%m%d"))
}

/// The metadata of a further command of the same request (`step` names it): its command id
/// is the first one's with `:step` appended, so a repeated request repeats neither.
pub fn next_step(metadata: &Metadata, step: &str) -> Metadata {
    let mut next = metadata.clone();
    next.command_id = format!("{}:{step}", metadata.command_id);
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_command_id_as_stored_before() {
        assert_eq!(hashed("abc", 4), "ba7816bf");
        let starts = chrono::DateTime::parse_from_rfc3339("2026-03-14T10:00:00+01:00").unwrap();
        assert_eq!(
            session(&starts, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"),
            "20260314-0f1e2d3c"
        );
        assert_eq!(session(&starts, "1234-56789"), "20260314-12345678");
        let metadata = Metadata::with_command_id("c1".into(), "actor", "web");
        assert_eq!(next_step(&metadata, "approve").command_id, "c1:approve");
    }
}
