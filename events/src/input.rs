//! Parsed input: a value of these types cannot hold what a person must not enter.

use serde::{Deserialize, Serialize};

/// A validation failure, naming the field and the Fluent message id that explains it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{field}: {message_key}")]
pub struct FieldError {
    pub field: String,
    pub message_key: String,
}

impl FieldError {
    pub fn new(field: &str, message_key: &str) -> Self {
        Self {
            field: field.to_owned(),
            message_key: message_key.to_owned(),
        }
    }
}

/// A comment in a person's own words: trimmed, at most 1000 characters, no control characters
/// other than line breaks. Empty input means "no comment".
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Comment(String);

pub const COMMENT_MAX_CHARS: usize = 1000;

impl Comment {
    /// `Ok(None)` for an empty comment.
    pub fn parse(input: &str) -> Result<Option<Self>, FieldError> {
        let text = input.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if text.chars().count() > COMMENT_MAX_CHARS {
            return Err(FieldError::new(
                "comment",
                "feedback-error-comment-too-long",
            ));
        }
        if text.chars().any(|c| c.is_control() && c != '\n') {
            return Err(FieldError::new("comment", "feedback-error-comment-invalid"));
        }
        Ok(Some(Self(text.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Comment {
    type Error = FieldError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)?
            .ok_or_else(|| FieldError::new("comment", "feedback-error-comment-invalid"))
    }
}

impl From<Comment> for String {
    fn from(comment: Comment) -> Self {
        comment.0
    }
}

/// The name a person gives when registering: trimmed, 1 to 100 characters, no control characters.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

pub const NAME_MAX_CHARS: usize = 100;

impl PersonName {
    /// Parses a name as a person typed it: besides the rules of a stored name, no invisible
    /// format characters (Unicode category Cf: bidi controls that turn the name around on a
    /// roster or a letter, zero-width spaces that make equal-looking names differ), and
    /// composed (NFC) so a name typed either way is one name.
    ///
    /// The server applies these two rules (feature `name-rules`); the WASM frontends leave them
    /// out to keep their download small, and show the server's 422 for the field instead.
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let name = Self::checked(input)?;
        #[cfg(feature = "name-rules")]
        {
            let chars: Vec<char> = name.0.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                let joiner = matches!(c, '\u{200C}' | '\u{200D}');
                // Joiners are part of spelling in Arabic-script, Indic and other scripts;
                // between Latin letters they only hide a difference.
                let allowed = joiner && i > 0 && !chars[i - 1].is_ascii();
                if is_format(*c) && !allowed {
                    return Err(FieldError::new("name", "register-name-error-invalid"));
                }
            }
        }
        Ok(Self(compose(&name.0)))
    }

    /// The rules every stored name met (names recorded before the format-character rule
    /// still read as they were written).
    fn checked(input: &str) -> Result<Self, FieldError> {
        let name = input.trim();
        if name.is_empty() {
            return Err(FieldError::new("name", "register-name-error-empty"));
        }
        if name.chars().count() > NAME_MAX_CHARS {
            return Err(FieldError::new("name", "register-name-error-too-long"));
        }
        if name.chars().any(char::is_control) {
            return Err(FieldError::new("name", "register-name-error-invalid"));
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Read back from the log or a snapshot: the rules of the time it was written.
impl TryFrom<String> for PersonName {
    type Error = FieldError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::checked(&value)
    }
}

#[cfg(feature = "name-rules")]
fn compose(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

#[cfg(not(feature = "name-rules"))]
fn compose(text: &str) -> String {
    text.to_owned()
}

/// Whether `c` is a format character (Unicode general category Cf, as of Unicode 16).
#[cfg(feature = "name-rules")]
pub fn is_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD
        | 0x0600..=0x0605
        | 0x061C
        | 0x06DD
        | 0x070F
        | 0x0890..=0x0891
        | 0x08E2
        | 0x180E
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x206F
        | 0xFEFF
        | 0xFFF9..=0xFFFB
        | 0x110BD
        | 0x110CD
        | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A
        | 0xE0001
        | 0xE0020..=0xE007F)
}

impl From<PersonName> for String {
    fn from(name: PersonName) -> Self {
        name.0
    }
}

/// How a person wants to be reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    Phone,
    Email,
    None,
}

impl ContactKind {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        match input {
            "phone" => Ok(Self::Phone),
            "email" => Ok(Self::Email),
            "none" => Ok(Self::None),
            _ => Err(FieldError::new(
                "contact.kind",
                "register-contact-error-choose",
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Email => "email",
            Self::None => "none",
        }
    }
}

/// A checked way to reach a person, or their wish not to be contacted.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum Contact {
    Phone(String),
    Email(String),
    None,
}

impl Contact {
    /// Parses a contact from its kind and the value typed for it.
    pub fn parse(kind: ContactKind, value: &str) -> Result<Self, FieldError> {
        let value = value.trim();
        match kind {
            ContactKind::None => Ok(Self::None),
            ContactKind::Phone => parse_phone(value).map(Self::Phone),
            ContactKind::Email => parse_email(value).map(Self::Email),
        }
    }

    pub fn kind(&self) -> ContactKind {
        match self {
            Self::Phone(_) => ContactKind::Phone,
            Self::Email(_) => ContactKind::Email,
            Self::None => ContactKind::None,
        }
    }

    pub fn value(&self) -> Option<&str> {
        match self {
            Self::Phone(v) | Self::Email(v) => Some(v),
            Self::None => None,
        }
    }
}

fn parse_phone(value: &str) -> Result<String, FieldError> {
    const FIELD: &str = "contact.value";
    if value.is_empty() {
        return Err(FieldError::new(FIELD, "register-phone-error-empty"));
    }
    let allowed = |c: char| c.is_ascii_digit() || " +-/()".contains(c);
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if value.chars().count() > 30 || !value.chars().all(allowed) || !(5..=20).contains(&digits) {
        return Err(FieldError::new(FIELD, "register-phone-error-invalid"));
    }
    Ok(value.to_owned())
}

fn parse_email(value: &str) -> Result<String, FieldError> {
    parse_email_in("contact.value", value)
}

/// Checks an e-mail address typed into `field`.
pub fn parse_email_in(field: &str, value: &str) -> Result<String, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldError::new(field, "register-email-error-empty"));
    }
    let valid = value.len() <= 254
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && match value.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    if valid {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(field, "register-email-error-invalid"))
    }
}

/// A one-line text typed into `field`: trimmed, 1 to `max` characters, no control characters.
pub fn short_text(field: &str, input: &str, max: usize) -> Result<String, FieldError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(FieldError::new(field, "field-error-empty"));
    }
    if text.chars().count() > max {
        return Err(FieldError::new(field, "field-error-too-long"));
    }
    if text.chars().any(char::is_control) {
        return Err(FieldError::new(field, "field-error-invalid"));
    }
    Ok(text.to_owned())
}

/// A longer text in `field` (line breaks allowed): trimmed, 1 to `max` characters.
pub fn long_text(field: &str, input: &str, max: usize) -> Result<String, FieldError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(FieldError::new(field, "field-error-empty"));
    }
    if text.chars().count() > max {
        return Err(FieldError::new(field, "field-error-too-long"));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new(field, "field-error-invalid"));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed() {
        assert_eq!(
            PersonName::parse("  Erika Muster ").unwrap().as_str(),
            "Erika Muster"
        );
    }

    #[test]
    fn an_empty_name_names_the_field() {
        let err = PersonName::parse("   ").unwrap_err();
        assert_eq!(err, FieldError::new("name", "register-name-error-empty"));
    }

    #[test]
    fn a_very_long_name_is_refused() {
        let err = PersonName::parse(&"a".repeat(101)).unwrap_err();
        assert_eq!(err.message_key, "register-name-error-too-long");
    }

    #[cfg(feature = "name-rules")]
    #[test]
    fn bidi_controls_and_other_format_characters_in_a_name_are_refused() {
        for bad in [
            "Anna\u{202E}reteP", // right-to-left override: shows as "Anna Peter" backwards
            "\u{2067}Ali\u{2069}",
            "Ann\u{200B}a", // zero width space
            "An\u{00AD}na", // soft hyphen
            "\u{FEFF}Anna",
            "Anna\u{200E}",
            "Ann\u{200D}a",  // a joiner between Latin letters only hides a difference
            "Anna\u{E0041}", // tag character
        ] {
            assert_eq!(
                PersonName::parse(bad),
                Err(FieldError::new("name", "register-name-error-invalid")),
                "{bad:?}"
            );
        }
        // Joiners belong to the spelling of names in other scripts.
        assert!(PersonName::parse("\u{0645}\u{06CC}\u{200C}\u{0634}\u{0648}\u{062F}").is_ok());
    }

    #[cfg(feature = "name-rules")]
    #[test]
    fn a_name_is_stored_composed() {
        let decomposed = PersonName::parse("Zoe\u{0301} Mu\u{0308}ller").unwrap();
        assert_eq!(decomposed.as_str(), "Zo\u{00E9} M\u{00FC}ller");
        assert_eq!(decomposed, PersonName::parse("Zoé Müller").unwrap());
    }

    #[test]
    fn a_name_stored_before_these_rules_still_reads() {
        let old: PersonName = serde_json::from_str("\"Anna\u{200B}\"").unwrap();
        assert_eq!(old.as_str(), "Anna\u{200B}");
    }

    #[test]
    fn control_characters_in_a_name_are_refused() {
        let err = PersonName::parse("Erika\u{0}").unwrap_err();
        assert_eq!(err.message_key, "register-name-error-invalid");
    }

    #[test]
    fn a_phone_number_may_have_spaces_and_a_plus() {
        let contact = Contact::parse(ContactKind::Phone, "+49 40 535 95-0").unwrap();
        assert_eq!(contact.value(), Some("+49 40 535 95-0"));
    }

    #[test]
    fn letters_in_a_phone_number_are_refused() {
        let err = Contact::parse(ContactKind::Phone, "040 call me").unwrap_err();
        assert_eq!(
            err,
            FieldError::new("contact.value", "register-phone-error-invalid")
        );
    }

    #[test]
    fn an_email_needs_an_at_and_a_domain() {
        assert!(Contact::parse(ContactKind::Email, "erika@example.org").is_ok());
        for bad in [
            "erika",
            "erika@",
            "@example.org",
            "erika@example",
            "a b@c.de",
        ] {
            let err = Contact::parse(ContactKind::Email, bad).unwrap_err();
            assert_eq!(err.message_key, "register-email-error-invalid", "{bad}");
        }
    }

    #[test]
    fn no_contact_ignores_the_value() {
        assert_eq!(
            Contact::parse(ContactKind::None, "whatever").unwrap(),
            Contact::None
        );
    }

    #[test]
    fn an_unknown_contact_kind_names_the_field() {
        assert_eq!(ContactKind::parse("fax").unwrap_err().field, "contact.kind");
    }

    #[test]
    fn a_contact_round_trips_through_json() {
        let contact = Contact::Phone("040 123456".into());
        let json = serde_json::to_string(&contact).unwrap();
        assert_eq!(json, r#"{"kind":"phone","value":"040 123456"}"#);
        assert_eq!(serde_json::from_str::<Contact>(&json).unwrap(), contact);
    }
}
