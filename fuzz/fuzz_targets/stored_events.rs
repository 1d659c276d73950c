//! What the verifier and the read side read from storage: arbitrary stored events (any type,
//! version, payload, hash) are decoded and chained without a panic; a bad event is an error.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use teilhabe_backend::codec::decode_logged;
use teilhabe_backend::store::hash::GENESIS;
use teilhabe_backend::store::verify::check_next;
use teilhabe_backend::store::RecordedEvent;

#[derive(Arbitrary, Debug)]
struct Stored {
    position: u64,
    stream_id: String,
    stream_version: u64,
    event_type: String,
    schema_version: u32,
    payload: String,
    metadata: String,
    recorded_at: String,
    hash: String,
}

fuzz_target!(|events: Vec<Stored>| {
    let mut previous = GENESIS;
    for (i, e) in events.into_iter().enumerate() {
        let event = RecordedEvent {
            position: e.position,
            stream_id: e.stream_id,
            stream_version: e.stream_version,
            event_type: e.event_type,
            schema_version: e.schema_version,
            payload: e.payload,
            metadata: e.metadata,
            recorded_at: e.recorded_at,
            hash: e.hash,
        };
        let _ = decode_logged(&event);
        match check_next(&previous, i as u64 + 1, &event) {
            Ok(next) => previous = next,
            Err(_) => break,
        }
    }
});
