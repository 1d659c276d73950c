use super::*;

#[test]
fn every_message_of_the_outbox_has_a_text_in_every_locale() {
    for locale in teilhabe_i18n::LOCALES {
        let ids = teilhabe_i18n::message_ids(locale.tag);
        for kind in Notice::ALL {
            for part in ["subject", "body"] {
                let id = format!("mail-{}-{part}", kind.slug());
                assert!(ids.contains(&id), "{}: {id}", locale.tag);
            }
        }
        for kind in [
            Notice::SessionReminder,
            Notice::BookingPromoted,
            Notice::SessionRescheduled,
            Notice::SessionCancelled,
        ] {
            let id = format!("call-{}", kind.slug());
            assert!(ids.contains(&id), "{}: {id}", locale.tag);
        }
        assert!(ids.iter().any(|i| i == "mail-signature"), "{}", locale.tag);
    }
}
