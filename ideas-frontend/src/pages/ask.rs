//! The questions of a new idea, one per page: what, for whom, where (typed), the field of
//! action (chosen), and how to reach the person (optional, with consent). The answers are
//! kept in session storage (the residents' `Draft`), so a reload or the back button loses
//! nothing; once the person has seen the check page, each answer leads back there.

use super::{back_route, field_name, field_slug, next_route, FIELDS};
use teilhabe_events::input::long_text;
use teilhabe_events::FieldError;
use teilhabe_frontend::components::choices::{choice_id, Choice, Choices};
use teilhabe_frontend::components::contact_choices::{check, contact_choices, Way};
use teilhabe_frontend::components::question::{field_errors, Question};
use teilhabe_frontend::components::text_field::TextField;
use teilhabe_frontend::draft::{nonce, use_draft, Draft, DraftHandle};
use teilhabe_frontend::i18n::use_t;
use teilhabe_frontend::router::use_navigator;
use teilhabe_web::ideas::field_hint;
use yew::prelude::*;

/// Where the answers are kept, and what they are about.
const KEY: &str = "teilhabe.idea";
const SUBJECT: &str = "idea";

/// The answers so far.
#[hook]
pub fn use_idea_draft() -> DraftHandle {
    use_draft(KEY, SUBJECT)
}

/// A new form, for the next idea.
pub fn fresh() -> Draft {
    Draft {
        subject: SUBJECT.to_owned(),
        nonce: nonce(),
        ..Draft::default()
    }
}

/// Whether the person has seen the check page (each answer then leads back there).
pub fn checking(draft: &Draft) -> bool {
    !draft.get("checking").is_empty()
}

/// A typed question: its answer's name (also the input's id and the API's field), its
/// messages' stem, the longest answer, and whether it takes several lines.
fn text_question(slug: &str) -> (&'static str, &'static str, usize, bool) {
    match slug {
        "for-whom" => ("for_whom", "ideas-ui-for-whom", 300, false),
        "where" => ("where_in_city", "ideas-ui-where", 300, false),
        _ => ("what", "ideas-ui-what", 2000, true),
    }
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    /// `what`, `for-whom` or `where`.
    pub step: AttrValue,
}

#[component(IdeaText)]
pub fn idea_text(props: &TextProps) -> Html {
    let i18n = use_t();
    let draft = use_idea_draft();
    let navigator = use_navigator();
    let slug = props.step.to_string();
    let (name, stem, max, multiline) = text_question(&slug);
    // An idea sent already: the first question starts the next one afresh.
    let sent = !draft.get("sent").is_empty();
    let value = use_state(|| {
        if sent {
            String::new()
        } else {
            draft.get(name).to_owned()
        }
    });
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (draft, value, error, slug) =
            (draft.clone(), value.clone(), error.clone(), slug.clone());
        Callback::from(move |()| match long_text(name, &value, max) {
            Ok(text) => {
                let checking = !sent && checking(&draft);
                let mut next = if sent { fresh() } else { (*draft).clone() };
                next.set(name, &text);
                draft.save(next);
                navigator.push(&next_route(&slug, checking));
            }
            Err(err) => error.set(Some(err.message_key)),
        })
    };
    let message = (*error).as_ref().map(|key| i18n.t(key));
    let oninput = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    let question = Question::new(
        back_route(&slug),
        i18n.t(&format!("{stem}-title")),
        field_errors(name, &message),
        onsubmit,
    );
    let mut field = TextField::new(
        name,
        i18n.t(&format!("{stem}-label")),
        (*value).clone(),
        oninput,
    );
    field.hint = Some(i18n.t(&format!("{stem}-hint")));
    field.error = message;
    if multiline {
        field.input_type = None;
    }
    question.view(&i18n, field.view())
}

#[component(IdeaField)]
pub fn idea_field() -> Html {
    let i18n = use_t();
    let draft = use_idea_draft();
    let navigator = use_navigator();
    let chosen = use_state(|| draft.get("field").to_owned());
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (draft, chosen, error) = (draft.clone(), chosen.clone(), error.clone());
        Callback::from(move |()| {
            if chosen.is_empty() {
                error.set(Some("field-error-choose".to_owned()));
                return;
            }
            draft.answer(&[("field", &chosen)]);
            navigator.push(&next_route("field", checking(&draft)));
        })
    };
    let message = (*error).as_ref().map(|key| i18n.t(key));
    let choices = FIELDS
        .iter()
        .map(|f| {
            let slug = field_slug(*f);
            let mut choice = Choice::new(slug, field_name(&i18n, *f));
            choice.hint = Some(field_hint(&i18n, *f));
            choice
        })
        .collect();
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |(v, _): (&'static str, bool)| chosen.set(v.to_owned()))
    };
    let title = i18n.t("ideas-ui-field-title");
    let mut group = Choices::one("field", title.clone(), choices, (*chosen).clone(), onchange);
    group.hint = Some(i18n.t("ideas-ui-field-hint"));
    group.error = message.clone();
    let question = Question::new(
        back_route("field"),
        title,
        field_errors(&choice_id("field", "living"), &message),
        onsubmit,
    );
    question.view(&i18n, group.view())
}

/// The ways to be reached, no contact first (it is optional).
const WAYS: [Way; 3] = [
    ("none", "ideas-ui-contact-none", None),
    (
        "phone",
        "ideas-ui-contact-phone",
        Some(("ideas-ui-contact-phone-label", "tel")),
    ),
    (
        "email",
        "ideas-ui-contact-email",
        Some(("ideas-ui-contact-email-label", "email")),
    ),
];

#[component(IdeaContact)]
pub fn idea_contact() -> Html {
    let i18n = use_t();
    let draft = use_idea_draft();
    let navigator = use_navigator();
    let kind = use_state(|| draft.get("contact").to_owned());
    let value = use_state(|| draft.get("contact-value").to_owned());
    let error = use_state(|| None::<FieldError>);
    let onsubmit = {
        let (draft, kind, value, error) =
            (draft.clone(), kind.clone(), value.clone(), error.clone());
        Callback::from(move |()| match check(&kind, &value) {
            Ok(()) => {
                let value = if *kind == "none" { "" } else { value.trim() };
                draft.answer(&[("contact", &kind), ("contact-value", value)]);
                navigator.push(&next_route("contact", false));
            }
            Err(err) => error.set(Some(err)),
        })
    };
    let title = i18n.t("ideas-ui-contact-title");
    let (choices, errors) = contact_choices(
        &i18n,
        &WAYS,
        (title.clone(), i18n.t("ideas-ui-contact-hint")),
        &kind,
        &value,
        (*error).as_ref(),
    );
    let question = Question::new(back_route("contact"), title, errors, onsubmit);
    let fields = html! {
        <>
            <p>{ i18n.t("ideas-ui-consent") }</p>
            { choices }
        </>
    };
    question.view(&i18n, fields)
}
