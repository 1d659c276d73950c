//! Sign-up, last step: check the answers, change any, then send.

use super::{use_session, Load};
use crate::api::{self, ApiFailure};
use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::error_summary::{ErrorSummary, ShownError};
use crate::components::page::Heading;
use crate::draft::use_draft;
use crate::format::{date_in_words, topic_name};
use crate::i18n::use_t;
use crate::router::{use_navigator, Link};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[function_component(RegisterCheck)]
pub fn register_check(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(&props.id);
    let session = use_session(&props.id);
    let sending = use_state(|| false);
    let failure = use_state(|| None::<ApiFailure>);
    let navigator = use_navigator();

    let onsubmit = {
        let (draft, sending, failure, id) = (
            draft.clone(),
            sending.clone(),
            failure.clone(),
            props.id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *sending {
                return;
            }
            sending.set(true);
            let (draft, sending, failure, id, navigator) = (
                draft.clone(),
                sending.clone(),
                failure.clone(),
                id.clone(),
                navigator.clone(),
            );
            yew::platform::spawn_local(async move {
                match api::register(&id, &draft.request()).await {
                    Ok(created) => {
                        let mut next = (*draft).clone();
                        next.result = Some(created);
                        next.save();
                        draft.set(next);
                        if let Some(nav) = &navigator {
                            nav.push(&Route::Confirmation { id });
                        }
                    }
                    Err(err) => {
                        failure.set(Some(err));
                        sending.set(false);
                    }
                }
            });
        })
    };

    let errors: Vec<ShownError> = match &*failure {
        Some(ApiFailure::Problem { errors, .. }) if !errors.is_empty() => errors
            .iter()
            .map(|e| ShownError {
                target: String::new(),
                message: i18n.t(&e.message_key),
            })
            .collect(),
        Some(other) => vec![ShownError {
            target: String::new(),
            message: i18n.t(other.message_key()),
        }],
        None => vec![],
    };

    let course = match &*session {
        Load::Ready(s) => format!(
            "{}, {}",
            topic_name(&i18n, s.topic),
            date_in_words(&i18n, &s.starts_at)
        ),
        _ => String::new(),
    };
    let contact = match draft.contact_kind.as_str() {
        "phone" => format!(
            "{}: {}",
            i18n.t("register-contact-phone"),
            draft.contact_value
        ),
        "email" => format!(
            "{}: {}",
            i18n.t("register-contact-email"),
            draft.contact_value
        ),
        "none" => i18n.t("register-contact-none"),
        _ => String::new(),
    };
    let change = |route: Route, what: &str| {
        html! {
            <Link to={route}>
                { i18n.t("register-check-change") }
                <span class="visually-hidden">{ format!(" – {}", i18n.t(what)) }</span>
            </Link>
        }
    };
    let id = props.id.clone();
    html! {
        <>
            <BackLink to={Route::RegisterContact { id: id.clone() }} />
            <ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t("register-check-title")} error={!errors.is_empty()} />
            <dl class="summary">
                <div>
                    <dt>{ i18n.t("register-check-course") }</dt>
                    <dd>{ course }</dd>
                    <dd class="summary-action"></dd>
                </div>
                <div>
                    <dt>{ i18n.t("register-check-name") }</dt>
                    <dd>{ &draft.name }</dd>
                    <dd class="summary-action">{ change(Route::RegisterName { id: id.clone() }, "register-check-name") }</dd>
                </div>
                <div>
                    <dt>{ i18n.t("register-check-contact") }</dt>
                    <dd>{ contact }</dd>
                    <dd class="summary-action">{ change(Route::RegisterContact { id: id.clone() }, "register-check-contact") }</dd>
                </div>
            </dl>
            <form {onsubmit}>
                <button type="submit" class="button" disabled={*sending} aria-disabled={(*sending).then_some("true")}>
                    { if *sending { i18n.t("register-check-submitting") } else { i18n.t("register-check-submit") } }
                </button>
            </form>
        </>
    }
}
