//! Answers a person gives page by page (a registration, a feedback); kept in session storage
//! so a reload or the back button loses nothing.

use gloo_storage::{SessionStorage, Storage};
use serde::{Deserialize, Serialize};
use teilhabe_events::api::{
    ContactInput, FeedbackRequest, RegistrationCreated, RegistrationRequest,
};
use teilhabe_events::{Need, Topic};
use yew::prelude::*;

/// A value no other browser will choose: the random part of idempotency keys.
/// 128 bits from the browser's cryptographic generator (`crypto.getRandomValues`), so a key
/// can be neither guessed nor repeated by another browser.
pub fn nonce() -> String {
    let mut bytes = [0_u8; 16];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // No generator (never in a supported browser): the time keeps keys of one browser
        // apart, and the server refuses a key reused for another request.
        return format!("t{:x}", js_sys::Date::now() as u64);
    }
    // Hex by hand: `format!` per byte costs the download more than these lines.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut key = String::with_capacity(32);
    for byte in bytes {
        key.push(char::from(HEX[usize::from(byte >> 4)]));
        key.push(char::from(HEX[usize::from(byte & 15)]));
    }
    key
}

/// Where each form is kept in session storage.
pub const REGISTRATION: &str = "teilhabe.draft";
pub const FEEDBACK: &str = "teilhabe.feedback";

/// The answers of one form, a registration (about a session) or a feedback (about a booking),
/// as the person gave them: text by question (`name`, `contact`, `needs`, `rating`, …), parsed
/// when sent. One shape serves both forms and every page, so the download carries one
/// (de)serialiser for all of them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The session id (registration) or the booking code (feedback).
    pub subject: String,
    /// The random part of every idempotency key of this form.
    pub nonce: String,
    /// Each question with its answer, in the order first answered.
    pub answers: Vec<(String, String)>,
    /// Set once the registration went through.
    pub result: Option<RegistrationCreated>,
}

impl Draft {
    /// The form kept under `key` if it is about `subject`, else a new one.
    pub fn load(key: &str, subject: &str) -> Self {
        let stored: Self = SessionStorage::get(key).unwrap_or_default();
        if stored.subject == subject {
            stored
        } else {
            Self {
                subject: subject.to_owned(),
                nonce: nonce(),
                ..Self::default()
            }
        }
    }

    /// The answer to `question`, empty if not given.
    pub fn get(&self, question: &str) -> &str {
        self.answers
            .iter()
            .find(|(q, _)| q == question)
            .map_or("", |(_, a)| a.as_str())
    }

    pub fn set(&mut self, question: &str, answer: &str) {
        match self.answers.iter_mut().find(|(q, _)| q == question) {
            Some((_, a)) => *a = answer.to_owned(),
            None => self.answers.push((question.to_owned(), answer.to_owned())),
        }
    }

    /// The `Idempotency-Key` of sending `body`: the same answers sent again (after a lost
    /// answer, or from the back button) record once; changed answers are a new request.
    pub fn idempotency_key(&self, body: &str) -> String {
        // FNV-1a: stable across builds, which std's hasher does not promise.
        let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        format!("{}-{hash:x}", self.nonce)
    }

    /// Whether the person gave a phone number or e-mail address (and so is asked for consent).
    pub fn gave_contact(&self) -> bool {
        matches!(self.get("contact"), "phone" | "email")
    }

    /// The help asked for, in the order of [`Need::ALL`].
    pub fn needs(&self) -> Vec<Need> {
        let chosen: Vec<&str> = self.get("needs").split(',').collect();
        Need::ALL
            .into_iter()
            .filter(|n| chosen.contains(&n.slug()))
            .collect()
    }

    /// The registration to send. A contact the person did not allow us to use is not sent.
    pub fn request(&self) -> RegistrationRequest {
        let consent = self.get("consent");
        let kept = self.gave_contact() && consent != "no";
        RegistrationRequest {
            name: self.get("name").to_owned(),
            contact: ContactInput {
                kind: if self.gave_contact() && !kept {
                    "none"
                } else {
                    self.get("contact")
                }
                .to_owned(),
                value: kept.then(|| self.get("contact-value").to_owned()),
            },
            needs: self.needs(),
            contact_consent: kept && consent == "yes",
        }
    }

    pub fn feedback_request(&self) -> FeedbackRequest {
        FeedbackRequest {
            rating: self.get("rating").parse().unwrap_or(0),
            helped: self.get("helped").to_owned(),
            comment: self.get("comment").to_owned(),
            next_topic: Topic::ALL
                .into_iter()
                .find(|t| t.slug() == self.get("topic")),
        }
    }
}

/// A form kept under `key` in session storage, about `subject`; saved on every change.
#[derive(Clone, PartialEq)]
pub struct DraftHandle {
    key: &'static str,
    state: UseStateHandle<Draft>,
}

impl std::ops::Deref for DraftHandle {
    type Target = Draft;
    fn deref(&self) -> &Draft {
        &self.state
    }
}

impl DraftHandle {
    /// Records answers (an empty one takes an answer back) and saves the form at once, so
    /// the next page finds them. What an earlier sending answered is forgotten: it answered
    /// other answers.
    pub fn answer(&self, answers: &[(&str, &str)]) {
        let mut next = (*self.state).clone();
        next.result = None;
        for (question, answer) in answers {
            next.set(question, answer);
        }
        self.save(next);
    }

    /// Keeps `next` as the form.
    pub fn save(&self, next: Draft) {
        let _ = SessionStorage::set(self.key, &next);
        self.state.set(next);
    }
}

#[hook]
pub fn use_draft(key: &'static str, subject: &str) -> DraftHandle {
    let subject = subject.to_owned();
    let state = use_state(move || Draft::load(key, &subject));
    DraftHandle { key, state }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(answers: &[(&str, &str)]) -> Draft {
        let mut d = Draft {
            subject: "s1".into(),
            nonce: "n".into(),
            ..Draft::default()
        };
        for (q, a) in answers {
            d.set(q, a);
        }
        d
    }

    fn phone(consent: &str) -> Draft {
        draft(&[
            ("name", "Erika Muster"),
            ("contact", "phone"),
            ("contact-value", "040 123456"),
            ("consent", consent),
            ("needs", "companion,wheelchair"),
        ])
    }

    #[test]
    fn a_phone_number_with_consent_is_sent_with_it() {
        let request = phone("yes").request();
        assert_eq!(request.contact.kind, "phone");
        assert_eq!(request.contact.value.as_deref(), Some("040 123456"));
        assert!(request.contact_consent);
        assert!(request.parse().is_ok());
    }

    #[test]
    fn a_phone_number_without_consent_is_not_sent() {
        let request = phone("no").request();
        assert_eq!(request.contact.kind, "none");
        assert_eq!(request.contact.value, None);
        assert!(!request.contact_consent);
        assert!(request.parse().is_ok());
    }

    #[test]
    fn needs_are_sent_in_the_order_of_the_list() {
        assert_eq!(
            phone("yes").request().needs,
            [Need::Wheelchair, Need::Companion]
        );
        assert!(draft(&[("needs", "")]).needs().is_empty());
    }

    #[test]
    fn no_contact_asks_no_consent() {
        let d = draft(&[("name", "Erika"), ("contact", "none")]);
        assert!(!d.gave_contact());
        assert!(d.request().parse().is_ok());
    }

    #[test]
    fn the_same_answers_have_the_same_idempotency_key_and_changed_ones_another() {
        let d = phone("yes");
        let body = |d: &Draft| serde_json::to_string(&d.request()).unwrap();
        let first = d.idempotency_key(&body(&d));
        assert_eq!(first, d.idempotency_key(&body(&d)));
        let mut changed = d.clone();
        changed.set("name", "Hans Peters");
        assert_ne!(first, changed.idempotency_key(&body(&changed)));
        assert!(first.starts_with("n-") && first.len() <= 200);
    }

    #[test]
    fn feedback_is_read_from_the_answers() {
        let feedback = draft(&[("rating", "4"), ("helped", "partly"), ("topic", "photos")]);
        let parsed = feedback.feedback_request().parse().expect("valid");
        assert_eq!(parsed.rating.value(), 4);
        assert_eq!(parsed.next_topic, Some(Topic::Photos));
        assert_eq!(parsed.comment, None);
        let no_preference = draft(&[("rating", "1"), ("helped", "no"), ("topic", "none")]);
        assert_eq!(no_preference.feedback_request().next_topic, None);
    }
}
