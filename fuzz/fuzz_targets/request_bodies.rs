//! Every JSON body the API accepts: deserialising and checking arbitrary bytes never panics,
//! and whatever passes the checks serialises again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use teilhabe_events::api::{FeedbackRequest, RegistrationRequest};
use teilhabe_events::staff_api::{
    AccountRequest, ApplicationRequest, AssistedRegistrationRequest, DeclineRequest,
    OutreachRequest, SessionPlanRequest,
};

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = serde_json::from_slice::<RegistrationRequest>(data) {
        if let Ok((name, contact)) = r.parse() {
            serde_json::to_string(&(name, contact)).expect("serialises");
        }
    }
    if let Ok(r) = serde_json::from_slice::<FeedbackRequest>(data) {
        if let Ok(feedback) = r.parse() {
            serde_json::to_string(&feedback).expect("serialises");
        }
    }
    if let Ok(r) = serde_json::from_slice::<ApplicationRequest>(data) {
        if let Ok(application) = r.parse() {
            serde_json::to_string(&application).expect("serialises");
        }
    }
    if let Ok(r) = serde_json::from_slice::<OutreachRequest>(data) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
        let _ = r.parse(today);
    }
    if let Ok(r) = serde_json::from_slice::<AssistedRegistrationRequest>(data) {
        let _ = r.parse();
    }
    if let Ok(r) = serde_json::from_slice::<SessionPlanRequest>(data) {
        let _ = r.parse();
    }
    if let Ok(r) = serde_json::from_slice::<AccountRequest>(data) {
        let _ = r.parse();
    }
    if let Ok(r) = serde_json::from_slice::<DeclineRequest>(data) {
        let _ = r.parse();
    }
});
