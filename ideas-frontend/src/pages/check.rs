//! A new idea, last question: check the answers, change any, then send.

use super::ask::use_idea_draft;
use super::{field_name, field_slug, step_route, FIELDS};
use teilhabe_events::api::ContactInput;
use teilhabe_events::ideas::IdeaRequest;
use teilhabe_frontend::app::Route;
use teilhabe_frontend::components::back_link::back_link;
use teilhabe_frontend::components::error_summary::{failure_errors, ErrorSummary};
use teilhabe_frontend::components::page::Heading;
use teilhabe_frontend::draft::Draft;
use teilhabe_frontend::i18n::use_t;
use teilhabe_frontend::router::{use_navigator, Link};
use teilhabe_web::api::to_json;
use teilhabe_web::load::use_sending;
use yew::prelude::*;

/// The idea to send, from the answers.
pub fn request(draft: &Draft) -> IdeaRequest {
    let kind = match draft.get("contact") {
        "" => "none",
        kind => kind,
    };
    IdeaRequest {
        what: draft.get("what").to_owned(),
        for_whom: draft.get("for_whom").to_owned(),
        where_in_city: draft.get("where_in_city").to_owned(),
        field: FIELDS
            .into_iter()
            .find(|f| field_slug(*f) == draft.get("field")),
        contact: ContactInput {
            kind: kind.to_owned(),
            value: (kind != "none").then(|| draft.get("contact-value").to_owned()),
        },
    }
}

/// The input that asks for a field the server refused (on the page of its question).
fn target(field: &str) -> &'static str {
    match field {
        "what" => "/ideas/new/what",
        "for_whom" => "/ideas/new/for-whom",
        "where_in_city" => "/ideas/new/where",
        "field" => "/ideas/new/field",
        _ => "/ideas/new/contact",
    }
}

#[component(IdeaCheck)]
pub fn idea_check() -> Html {
    let i18n = use_t();
    let draft = use_idea_draft();
    let sending = use_sending();
    let navigator = use_navigator();
    // From here on, a changed answer leads back to this page.
    {
        let draft = draft.clone();
        use_effect_with((), move |()| {
            if draft.get("checking").is_empty() {
                draft.answer(&[("checking", "yes")]);
            }
        });
    }
    let onsubmit = {
        let (draft, sending) = (draft.clone(), sending.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (draft, navigator) = (draft.clone(), navigator.clone());
            sending.start(Box::pin(async move {
                let json = to_json(&request(&draft));
                let created = crate::api::submit(&json, &draft.idempotency_key(&json)).await?;
                draft.answer(&[("sent", &created.id)]);
                navigator.push(&step_route("done"));
                Ok(())
            }));
        })
    };
    let errors = failure_errors(&i18n, sending.failure.as_ref(), target);
    let row = |label: String, value: Html, step: &str| {
        html! {
            <div>
                <dt>{ label.clone() }</dt>
                <dd>{ value }</dd>
                <dd class="summary-action">
                    <Link to={step_route(step)}>
                        { i18n.t("ideas-ui-change") }
                        <span class="visually-hidden">{ format!(" – {label}") }</span>
                    </Link>
                </dd>
            </div>
        }
    };
    let field = FIELDS
        .into_iter()
        .find(|f| field_slug(*f) == draft.get("field"))
        .map(|f| field_name(&i18n, f))
        .unwrap_or_default();
    // What the person typed is isolated from the page's direction.
    let contact = match draft.get("contact") {
        kind @ ("phone" | "email") => html! {
            <>{ format!("{}: ", i18n.t(&format!("ideas-ui-contact-{kind}-label"))) }<bdi>{ draft.get("contact-value") }</bdi></>
        },
        _ => html! { i18n.t("ideas-ui-no-contact") },
    };
    html! {
        <>
            { back_link(&i18n, step_route("contact")) }
            <ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t("ideas-ui-check-title")} error={!errors.is_empty()} />
            <dl class="summary">
                { row(i18n.t("ideas-ui-what-label"), html! { <span class="idea-text">{ draft.get("what") }</span> }, "what") }
                { row(i18n.t("ideas-ui-for-whom-label"), html! { draft.get("for_whom") }, "for-whom") }
                { row(i18n.t("ideas-ui-where-label"), html! { draft.get("where_in_city") }, "where") }
                { row(i18n.t("ideas-ui-field"), html! { field }, "field") }
                { row(i18n.t("ideas-ui-contact-row"), contact, "contact") }
            </dl>
            <p>{ i18n.t("ideas-ui-check-note") }</p>
            <form {onsubmit}>
                <button type="submit" class="button" disabled={*sending.busy} aria-disabled={(*sending.busy).then_some("true")}>
                    { i18n.t("ideas-ui-send") }
                </button>
            </form>
            <p class="link-line"><Link to={Route::Ideas}>{ i18n.t("ideas-ui-done-list") }</Link></p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(answers: &[(&str, &str)]) -> Draft {
        let mut d = Draft::default();
        for (q, a) in answers {
            d.set(q, a);
        }
        d
    }

    #[test]
    fn an_idea_without_contact_is_sent_without_one_and_parses() {
        let d = draft(&[
            ("what", "Bänke mit Steckdosen im Stadtpark"),
            ("for_whom", "für alle"),
            ("where_in_city", "Stadtpark"),
            ("field", "experiencing"),
            ("contact", "none"),
            ("contact-value", "040 1234"),
        ]);
        let request = request(&d);
        assert_eq!(request.contact.kind, "none");
        assert_eq!(request.contact.value, None);
        assert!(request.parse().is_ok());
    }

    #[test]
    fn a_phone_number_is_sent_with_the_idea() {
        let d = draft(&[
            ("contact", "phone"),
            ("contact-value", "040 1234"),
            ("field", "working-with"),
        ]);
        let request = request(&d);
        assert_eq!(request.contact.value.as_deref(), Some("040 1234"));
        assert_eq!(
            request.field,
            Some(teilhabe_events::ideas::FieldOfAction::WorkingWith)
        );
    }
}
