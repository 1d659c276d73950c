//! Typing the paper in afterwards: each written name is proposed as a booking for staff to
//! confirm or keep apart, and the smiley cards are counted.

use super::{
    district_select, failure_text, outcome_view, use_actions, Outcome, Props, ViewProps, WithDoor,
};
use crate::api;
use crate::app::Route;
use crate::components::page::{focus_by_id, Heading};
use crate::components::text_field::TextField;
use crate::form::{nonce, set_text};
use crate::format::when;
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_events::session::Source;
use teilhabe_events::staff_api::{
    CheckInRequest, DoorView, FeedbackCardRequest, MatchProposal, WalkInRequest,
};
use yew::prelude::*;

#[component(PaperEntry)]
pub fn paper_entry(props: &Props) -> Html {
    let view = Callback::from(|(door, set): (DoorView, Callback<DoorView>)| {
        html! { <PaperView {door} {set} /> }
    });
    html! { <WithDoor key={props.id.clone()} id={props.id.clone()} {view} /> }
}

/// A written line waiting for staff to decide whom it means.
#[derive(Clone, PartialEq)]
struct Pending {
    name: String,
    district: String,
    proposals: Vec<MatchProposal>,
}

#[component(PaperView)]
fn paper_view(props: &ViewProps) -> Html {
    let i18n = use_t();
    let s = &props.door.session;
    let id = s.id.clone();
    let name = use_state(String::new);
    let district = use_state(String::new);
    let pending = use_state(|| None::<Pending>);
    let actions = use_actions();
    let (outcome, busy) = (actions.outcome.clone(), actions.busy.clone());
    let key = use_state(nonce);
    let rating = use_state(|| 0u8);
    let helped = use_state(String::new);
    let cards = use_state(|| 0u32);

    {
        // The proposals take focus once they are shown, so the choice is the next Tab away.
        let shown = pending.as_ref().map(|p| p.name.clone());
        use_effect_with(shown, |shown| {
            if shown.is_some() {
                focus_by_id("proposals-heading");
            }
        });
    }

    let on_find = {
        let (name, district, pending, actions, id) = (
            name.clone(),
            district.clone(),
            pending.clone(),
            actions.clone(),
            id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let written = name.trim().to_owned();
            if written.is_empty() {
                actions.failed("doors-paper-name-empty");
                focus_by_id("paper-name");
                return;
            }
            let (district, pending, outcome, id, i18n) = (
                (*district).clone(),
                pending.clone(),
                actions.outcome.clone(),
                id.clone(),
                actions.i18n.clone(),
            );
            yew::platform::spawn_local(async move {
                match api::proposals(&id, &written).await {
                    Ok(proposals) => {
                        outcome.set(Outcome::None);
                        pending.set(Some(Pending {
                            name: written,
                            district,
                            proposals,
                        }));
                    }
                    Err(failure) => outcome.set(Outcome::Failed(failure_text(&i18n, &failure))),
                }
            });
        })
    };

    // After a decision: the line is recorded, the form is empty again for the next one.
    let finish = {
        let (name, district, pending, actions, key, set) = (
            name.clone(),
            district.clone(),
            pending.clone(),
            actions.clone(),
            key.clone(),
            props.set.clone(),
        );
        Callback::from(move |(view, text): (DoorView, String)| {
            actions.done(text);
            name.set(String::new());
            district.set(String::new());
            pending.set(None);
            key.set(nonce());
            set.emit(view);
            focus_by_id("paper-name");
        })
    };

    let confirm = |proposal: &MatchProposal| {
        let (actions, key, id, finish) = (actions.clone(), key.clone(), id.clone(), finish.clone());
        let i18n = i18n.clone();
        let proposal = proposal.clone();
        Callback::from(move |_: MouseEvent| {
            let body = CheckInRequest {
                booking_code: proposal.booking_code.clone(),
                source: Some(Source::Paper),
            };
            let request_key = format!("paper-{}", *key);
            let id = id.clone();
            let request = async move { api::check_in(&id, &body, &request_key).await };
            let (finish, i18n, name) = (finish.clone(), i18n.clone(), proposal.name.clone());
            actions.send(request, move |view: DoorView| {
                finish.emit((
                    view,
                    i18n.t_args("doors-checked-in", &[("name", name.into())]),
                ));
            });
        })
    };

    let keep_apart = {
        let (actions, key, id, finish, pending) = (
            actions.clone(),
            key.clone(),
            id.clone(),
            finish.clone(),
            pending.clone(),
        );
        let i18n = i18n.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(line) = (*pending).clone() else {
                return;
            };
            let body = WalkInRequest {
                first_name: line.name.clone(),
                district: line.district.clone(),
                source: Some(Source::Paper),
            };
            let request_key = format!("paper-{}", *key);
            let id = id.clone();
            let request = async move { api::walk_in(&id, &body, &request_key).await };
            let (finish, i18n) = (finish.clone(), i18n.clone());
            actions.send(request, move |view: DoorView| {
                finish.emit((
                    view,
                    i18n.t_args("doors-walked-in", &[("name", line.name.into())]),
                ));
            });
        })
    };

    let on_card = {
        let (rating, helped, cards, key, id, actions) = (
            rating.clone(),
            helped.clone(),
            cards.clone(),
            key.clone(),
            id.clone(),
            actions.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = FeedbackCardRequest {
                rating: *rating,
                helped: (*helped).clone(),
            };
            let request_key = format!("card-{}", *key);
            let id = id.clone();
            let request = async move { api::feedback_card(&id, &body, &request_key).await };
            let (rating, helped, cards, key, done) = (
                rating.clone(),
                helped.clone(),
                cards.clone(),
                key.clone(),
                actions.clone(),
            );
            actions.send(request, move |()| {
                cards.set(*cards + 1);
                rating.set(0);
                helped.set(String::new());
                key.set(nonce());
                done.done(done.i18n.t("doors-card-saved"));
                focus_by_id("rating-1");
            });
        })
    };

    let proposals_view = pending.as_ref().map(|line| {
        html! {
            <section class="proposals" aria-labelledby="proposals-heading">
                <h3 id="proposals-heading" tabindex="-1">
                    { i18n.t_args("doors-proposals-title", &[("name", line.name.clone().into())]) }
                </h3>
                if line.proposals.is_empty() {
                    <p>{ i18n.t("doors-proposals-none") }</p>
                } else {
                    <p>{ i18n.t("doors-proposals-hint") }</p>
                }
                <ul class="proposal-list">
                    { for line.proposals.iter().map(|p| html! {
                        <li>
                            <button type="button" class="button button-large proposal-button"
                                onclick={confirm(p)} disabled={*busy || p.attended}>
                                { i18n.t_args("doors-proposal-confirm", &[("name", p.name.clone().into()), ("code", p.booking_code.clone().into())]) }
                            </button>
                            if p.attended {
                                <p class="hint">{ i18n.t("doors-proposal-attended") }</p>
                            }
                        </li>
                    }) }
                    <li>
                        <button type="button" class="button button-secondary button-large proposal-button"
                            onclick={keep_apart} disabled={*busy}>
                            { i18n.t("doors-proposal-keep-apart") }
                        </button>
                    </li>
                </ul>
            </section>
        }
    });

    let radio = |group: &'static str,
                 value: String,
                 label: String,
                 checked: bool,
                 on: Callback<Event>| {
        let input_id = format!("{group}-{value}");
        html! {
            <div class="radio">
                <input type="radio" name={group} id={input_id.clone()} value={value} {checked} onchange={on} />
                <label for={input_id}>{ label }</label>
            </div>
        }
    };
    let ratings = (1..=5u8).map(|n| {
        let rating = rating.clone();
        radio(
            "rating",
            n.to_string(),
            i18n.t(&format!("doors-rating-{n}")),
            *rating == n,
            Callback::from(move |_: Event| rating.set(n)),
        )
    });
    let helps = ["yes", "partly", "no"].into_iter().map(|h| {
        let helped = helped.clone();
        radio(
            "helped",
            h.to_owned(),
            i18n.t(&format!("doors-helped-{h}")),
            *helped == h,
            Callback::from(move |_: Event| helped.set(h.to_owned())),
        )
    });

    html! {
        <>
            <Link to={Route::CheckIn { id: s.id.clone() }} classes="back-link">{ i18n.t("doors-back-to-door") }</Link>
            <Heading text={i18n.t_args("doors-paper-title", &[("title", s.title.clone().into())])} />
            <p>{ when(&i18n, &s.starts_at, &s.ends_at) }</p>
            <p class="door-count" aria-live="polite">
                { i18n.t_args("doors-present", &[("count", props.door.present.into())]) }
            </p>
            { outcome_view(&outcome) }
            <h2>{ i18n.t("doors-paper-lines-title") }</h2>
            <p>{ i18n.t("doors-paper-lines-hint") }</p>
            <form class="door-form" onsubmit={on_find} novalidate=true>
                <TextField id="paper-name" label={i18n.t("doors-paper-name")}
                    value={(*name).clone()} autocomplete={Some(AttrValue::from("off"))}
                    oninput={set_text(&name)} />
                { district_select(&i18n, "paper-district", &district, true, set_text(&district)) }
                <button type="submit" class="button" disabled={*busy}>{ i18n.t("doors-paper-find") }</button>
            </form>
            { proposals_view.unwrap_or_default() }
            <h2>{ i18n.t("doors-cards-title") }</h2>
            <p>{ i18n.t_args("doors-cards-count", &[("count", (*cards).into())]) }</p>
            <form class="door-form" onsubmit={on_card} novalidate=true>
                <fieldset class="field">
                    <legend class="label">{ i18n.t("doors-card-rating-question") }</legend>
                    { for ratings }
                </fieldset>
                <fieldset class="field">
                    <legend class="label">{ i18n.t("doors-card-helped-question") }</legend>
                    { for helps }
                </fieldset>
                <button type="submit" class="button" disabled={*busy}>{ i18n.t("doors-card-save") }</button>
            </form>
        </>
    }
}
