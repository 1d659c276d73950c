//! The account's rules, given/when/then.

use super::*;
use cqrs_es::test::TestFramework;
use teilhabe_events::PersonName;

type AccountTest = TestFramework<Account>;

fn opened() -> AccountEvent {
    AccountEvent::AccountOpened {
        email: Email::parse("office@teilhabe.example").expect("email"),
        name: PersonName::parse("Petra Schulz").expect("name"),
        role: Role::Office,
    }
}

fn open() -> AccountCommand {
    AccountCommand::Open {
        email: Email::parse("Office@Teilhabe.example").expect("email"),
        name: PersonName::parse("Petra Schulz").expect("name"),
        role: Role::Office,
    }
}

#[test]
fn an_account_is_opened_with_its_address_in_lower_case() {
    AccountTest::with(())
        .given_no_previous_events()
        .when(open())
        .then_expect_events(vec![opened()]);
}

#[test]
fn one_address_opens_one_account() {
    AccountTest::with(())
        .given(vec![opened()])
        .when(open())
        .then_expect_error(AccountError::AlreadyExists);
}

#[test]
fn a_closed_account_gets_no_new_password() {
    AccountTest::with(())
        .given(vec![opened(), AccountEvent::AccountClosed])
        .when(AccountCommand::SetPassword {
            password_hash: "$argon2id$…".into(),
        })
        .then_expect_error(AccountError::Closed);
}

#[test]
fn the_account_id_is_the_same_however_the_address_is_typed() {
    let a = account_id(
        b"secret",
        &Email::parse("Office@Teilhabe.example").expect("email"),
    );
    let b = account_id(
        b"secret",
        &Email::parse(" office@teilhabe.example ").expect("email"),
    );
    assert_eq!(a, b);
    assert_eq!(a.len(), 20);
    let other = account_id(
        b"other",
        &Email::parse("office@teilhabe.example").expect("email"),
    );
    assert_ne!(a, other, "another installation, another id");
}

#[test]
fn the_keyed_hash_is_hmac_sha256() {
    // RFC 4231, test case 2.
    let email = Email::parse("x@y.example").expect("email");
    let _ = account_id(b"Jefe", &email);
    let mac = super::hmac_sha256(b"Jefe", b"what do ya want for nothing?");
    let hex = hex::encode(mac);
    assert_eq!(
        hex,
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
}
