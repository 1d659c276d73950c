//! Applications to become an ambassador: approve (the new ambassador gets a link to set a
//! password), or decline with a reason (the applicant is told by e-mail). Below them the
//! ambassadors already decided on: the office pauses one (or makes them active again), or closes
//! their account after a confirmation page, which ends their logins at once.

use crate::api;
use crate::app::{use_flash, Flash, Route};
use crate::components::form_page::FormPage;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::form::{idempotency_key, nonce, set_text, use_sender, Errors};
use crate::format::{help_area_name, language_name};
use crate::i18n::{use_t, I18n};
use crate::router::{Link, Redirect};
use teilhabe_events::staff_api::{AmbassadorStatus, AmbassadorView, DeclineRequest};
use yew::prelude::*;

/// The name of a status, as the office reads it.
fn status_name(i18n: &I18n, status: AmbassadorStatus) -> String {
    i18n.t(&format!("office-status-{}", status.slug()))
}

/// An application's answers.
fn details(i18n: &I18n, view: &AmbassadorView) -> Html {
    let a = &view.application;
    let row = |label: &str, value: String| {
        html! { <div><dt>{ i18n.t(label) }</dt><dd>{ value }</dd></div> }
    };
    let languages: Vec<String> = a.languages.iter().map(|l| language_name(i18n, l)).collect();
    let help: Vec<String> = a
        .help_with
        .iter()
        .map(|h| help_area_name(i18n, *h))
        .collect();
    html! {
        <dl class="facts">
            { row("apply-email-label", a.email.as_str().to_owned()) }
            if let Some(phone) = &a.phone {
                { row("apply-phone-label", phone.clone()) }
            }
            { row("apply-districts-title", a.districts.join(", ")) }
            { row("apply-languages-title", languages.join(", ")) }
            { row("apply-help-title", help.join(", ")) }
            { row("apply-availability-title", a.availability.clone()) }
            { row("apply-motivation-title", a.motivation.clone()) }
            { row("office-principles-version", view.principles_version.to_string()) }
        </dl>
    }
}

#[component(Applications)]
pub fn applications() -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let loaded = use_load(String::new(), |_| api::applications());
    let Load::Ready(list) = &*loaded.state else {
        return loaded.state.status();
    };
    let pending: Vec<&AmbassadorView> = list
        .iter()
        .filter(|v| v.status == AmbassadorStatus::Applied)
        .collect();
    let decided: Vec<&AmbassadorView> = list
        .iter()
        .filter(|v| v.status != AmbassadorStatus::Applied)
        .collect();
    let approve = |view: &AmbassadorView| {
        let (sender, id) = (sender.clone(), view.id.clone());
        let name = view.application.name.as_str().to_owned();
        Callback::from(move |_: MouseEvent| {
            let key = sender.key(&format!("approve-{id}"));
            let (id, name, this) = (id.clone(), name.clone(), sender.clone());
            sender.send(
                async move { api::approve(&id, &key).await },
                move |created| {
                    let link = created.set_password_link;
                    this.pass_on(Flash::Account { name, link }, &Route::Approved);
                },
            );
        })
    };
    // Pausing is undone with one tap, so it needs no confirmation; the list shows the new
    // status once it is recorded. Each tap is its own request (pause, resume, pause again).
    let set_status = |view: &AmbassadorView, status: &'static str, notice: &'static str| {
        let (sender, id, reload) = (sender.clone(), view.id.clone(), loaded.reload.clone());
        let name = view.application.name.as_str().to_owned();
        Callback::from(move |_: MouseEvent| {
            let key = idempotency_key(&nonce(), &format!("{id}:{status}"));
            let (id, reload, name, this) =
                (id.clone(), reload.clone(), name.clone(), sender.clone());
            sender.send(
                async move { api::ambassador_status(&id, status, &key).await },
                move |()| {
                    this.hand_over(Flash::Notice {
                        on: Route::Applications,
                        key: notice,
                        name,
                    });
                    reload.emit(());
                },
            );
        })
    };
    let errors = sender.errors.shown(&i18n, |_| String::new());
    html! {
        <>
            <crate::components::error_summary::ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t("office-applications-title")} error={!errors.is_empty()} />
            if pending.is_empty() {
                <p class="lead">{ i18n.t("office-applications-none") }</p>
            }
            { for pending.iter().map(|view| {
                let name = view.application.name.as_str().to_owned();
                html! {
                    <section class="card" aria-labelledby={format!("application-{}", view.id)}>
                        <h2 id={format!("application-{}", view.id)}>{ &name }</h2>
                        { details(&i18n, view) }
                        <div class="button-group">
                            <button type="button" class="button" onclick={approve(view)} disabled={*sender.sending}>
                                { i18n.t_args("office-approve", &[("name", name.clone().into())]) }
                            </button>
                            <Link to={Route::Decline { id: view.id.clone() }} classes="button button-secondary">
                                { i18n.t_args("office-decline", &[("name", name.clone().into())]) }
                            </Link>
                        </div>
                    </section>
                }
            }) }
            if !decided.is_empty() {
                <h2>{ i18n.t("office-decided-title") }</h2>
                <ul class="entry-list">
                    { for decided.iter().map(|v| {
                        let name = v.application.name.as_str().to_owned();
                        let open = v.account_id.is_some() && !v.account_closed;
                        html! {
                            <li class="entry" id={format!("ambassador-{}", v.id)}>
                                <strong>{ &name }</strong>{ ": " }{ status_name(&i18n, v.status) }
                                if v.account_closed {
                                    { " " }<span class="tag">{ i18n.t("office-status-closed") }</span>
                                }
                                if let Some(reason) = &v.decline_reason {
                                    <span class="cell-note">{ reason }</span>
                                }
                                if open {
                                    <div class="button-group">
                                        if v.status == AmbassadorStatus::Active {
                                            <button type="button" class="button button-secondary"
                                                onclick={set_status(v, "paused", "office-paused")} disabled={*sender.sending}>
                                                { i18n.t_args("office-pause", &[("name", name.clone().into())]) }
                                            </button>
                                        }
                                        if v.status == AmbassadorStatus::Paused {
                                            <button type="button" class="button button-secondary"
                                                onclick={set_status(v, "active", "office-resumed")} disabled={*sender.sending}>
                                                { i18n.t_args("office-resume", &[("name", name.clone().into())]) }
                                            </button>
                                        }
                                        <Link to={Route::CloseAccount { id: v.id.clone() }} classes="button button-warning">
                                            { i18n.t_args("office-close-account", &[("name", name.clone().into())]) }
                                        </Link>
                                    </div>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct DeclineProps {
    pub id: String,
}

#[component(Decline)]
pub fn decline(props: &DeclineProps) -> Html {
    let loaded = use_load(String::new(), |_| api::applications());
    loaded.state.view(|list| match list.iter().find(|v| v.id == props.id) {
        Some(view) => html! {
            <DeclineForm id={props.id.clone()} name={view.application.name.as_str().to_owned()} />
        },
        None => html! { <Redirect to={Route::Applications} /> },
    })
}

#[derive(Properties, PartialEq)]
struct DeclineFormProps {
    id: String,
    name: String,
}

#[component(DeclineForm)]
fn decline_form(props: &DeclineFormProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let reason = use_state(String::new);
    let onsubmit = {
        let (sender, reason, id, name) = (
            sender.clone(),
            reason.clone(),
            props.id.clone(),
            props.name.clone(),
        );
        Callback::from(move |()| {
            let body = DeclineRequest {
                reason: (*reason).clone(),
            };
            if let Err(errors) = body.parse() {
                return sender.refuse(Errors::fields(errors));
            }
            let key = sender.key(&api::to_json(&body));
            let id = id.clone();
            sender.send_then_notice(
                async move { api::decline(&id, &body, &key).await },
                Route::Applications,
                "office-declined",
                name.clone(),
            );
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Applications} caption={props.name.clone()} heading={i18n.t("office-decline-title")}
            errors={errors.shown(&i18n, str::to_owned)} {onsubmit} submit={i18n.t("office-decline-submit")}
            warning=true sending={*sender.sending}>
            <TextField id="reason" label={i18n.t("office-decline-reason")} hint={i18n.t("office-decline-hint")}
                value={(*reason).clone()} oninput={set_text(&reason)} multiline=true error={errors.field(&i18n, "reason")} />
        </FormPage>
    }
}

#[derive(Properties, PartialEq)]
pub struct CloseAccountProps {
    /// The ambassador whose account is closed.
    pub id: String,
}

/// The confirmation page before the office closes an ambassador's account: what it does, and
/// one red button.
#[component(CloseAccount)]
pub fn close_account(props: &CloseAccountProps) -> Html {
    let loaded = use_load(String::new(), |_| api::applications());
    loaded.state.view(|list| match list.iter().find(|v| v.id == props.id) {
        Some(AmbassadorView {
            account_id: Some(account_id),
            account_closed: false,
            application,
            ..
        }) => html! {
            <CloseAccountForm account_id={account_id.clone()} name={application.name.as_str().to_owned()} />
        },
        _ => html! { <Redirect to={Route::Applications} /> },
    })
}

#[derive(Properties, PartialEq)]
struct CloseAccountFormProps {
    account_id: String,
    name: String,
}

#[component(CloseAccountForm)]
fn close_account_form(props: &CloseAccountFormProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let onsubmit = {
        let (sender, account_id, name) =
            (sender.clone(), props.account_id.clone(), props.name.clone());
        Callback::from(move |()| {
            let key = sender.key(&format!("close-{account_id}"));
            let account_id = account_id.clone();
            sender.send_then_notice(
                async move { api::close_account(&account_id, &key).await },
                Route::Applications,
                "office-account-closed",
                name.clone(),
            );
        })
    };
    html! {
        <FormPage back={Route::Applications} caption={props.name.clone()} heading={i18n.t("office-close-title")}
            errors={sender.errors.shown(&i18n, str::to_owned)} {onsubmit} submit={i18n.t("office-close-submit")}
            warning=true sending={*sender.sending}>
            <p class="lead">{ i18n.t_args("office-close-text", &[("name", props.name.clone().into())]) }</p>
        </FormPage>
    }
}

/// A set-password link as the new account holder opens it: the full address.
pub fn full_link(link: &str) -> String {
    if link.starts_with('/') {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        format!("{origin}{link}")
    } else {
        link.to_owned()
    }
}

/// The page after opening an account (an approved ambassador, a new auditor): the one-time
/// link to set a password, shown once for the office to hand over (it also went out by e-mail).
#[derive(Properties, PartialEq)]
pub struct LinkPanelProps {
    /// The message ids of the heading and the text (about `name`).
    pub title: &'static str,
    pub text: &'static str,
    /// Where the page leads when there is no new account to show.
    pub start: Route,
    /// The way on, and its message id.
    pub back: Route,
    pub back_label: &'static str,
}

#[component(LinkPanel)]
pub fn link_panel(props: &LinkPanelProps) -> Html {
    let i18n = use_t();
    let flash = use_flash();
    let Some(Flash::Account { name, link }) = flash.flash else {
        return html! { <Redirect to={props.start.clone()} /> };
    };
    let name = [("name", name.into())];
    html! {
        <>
            <div class="panel">
                <Heading text={i18n.t_args(props.title, &name)} />
            </div>
            <p class="lead">{ i18n.t_args(props.text, &name) }</p>
            <p class="label" id="set-password-link-label">{ i18n.t("office-link-label") }</p>
            <p class="link-box">
                <code id="set-password-link">{ full_link(&link) }</code>
            </p>
            <p>{ i18n.t("office-link-note") }</p>
            <Link to={props.back.clone()} classes="button button-secondary">{ i18n.t(props.back_label) }</Link>
        </>
    }
}
