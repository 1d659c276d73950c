//! Logging outreach in under a minute (date, district, place, people, minutes, topic, note),
//! or changing or withdrawing an entry (each a new event; the original stays in the log).

use crate::api;
use crate::app::Route;
use crate::components::choices::{choice_id, Choice, Choices};
use crate::components::form_page::FormPage;
use crate::components::load::use_load;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors};
use crate::format::{date_input, today, topic_name};
use crate::i18n::use_t;
use crate::pages::apply::choose::slug;
use teilhabe_events::staff::DISTRICTS;
use teilhabe_events::staff_api::{AmbassadorDashboard, OutreachRequest};
use teilhabe_events::Topic;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The entry to change; a new entry when `None`.
    #[prop_or_default]
    pub entry: Option<u32>,
}

#[component(OutreachForm)]
pub fn outreach_form(props: &Props) -> Html {
    let loaded = use_load(String::new(), |_| api::dashboard());
    loaded.state.view(|dashboard| {
        html! { <OutreachFields entry={props.entry} dashboard={dashboard.clone()} /> }
    })
}

#[derive(Properties, PartialEq)]
struct FieldsProps {
    entry: Option<u32>,
    dashboard: AmbassadorDashboard,
}

/// The form, filled with the entry to change or with today and the first of one's districts.
fn start_values(props: &FieldsProps) -> OutreachRequest {
    let existing = props.entry.and_then(|n| {
        props
            .dashboard
            .entries
            .iter()
            .find(|e| e.entry == n && !e.withdrawn)
    });
    match existing {
        Some(e) => {
            let o = &e.outreach;
            OutreachRequest {
                date: date_input(o.date),
                district: o.district.clone(),
                place: o.place.clone().unwrap_or_default(),
                people: o.people,
                minutes: o.minutes,
                topic: o.topic,
                note: o.note.clone().unwrap_or_default(),
            }
        }
        None => OutreachRequest {
            date: date_input(today()),
            district: props
                .dashboard
                .districts
                .first()
                .cloned()
                .unwrap_or_default(),
            ..OutreachRequest::default()
        },
    }
}

/// A count typed into a field; 0 (refused by the checks) if it is no number.
fn count(text: &str) -> u32 {
    text.trim().parse().unwrap_or(0)
}

#[component(OutreachFields)]
fn outreach_fields(props: &FieldsProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let withdraw_sender = use_sender();
    let start = use_memo((), |_| start_values(props));
    let date = use_state(|| start.date.clone());
    let district = use_state(|| start.district.clone());
    let place = use_state(|| start.place.clone());
    let people = use_state(|| match start.people {
        0 => String::new(),
        n => n.to_string(),
    });
    let minutes = use_state(|| match start.minutes {
        0 => String::new(),
        n => n.to_string(),
    });
    let topic = use_state(|| start.topic);
    let note = use_state(|| start.note.clone());
    let entry = props.entry;
    let onsubmit = {
        let sender = sender.clone();
        let (date, district, place, people, minutes, topic, note) = (
            date.clone(),
            district.clone(),
            place.clone(),
            people.clone(),
            minutes.clone(),
            topic.clone(),
            note.clone(),
        );
        Callback::from(move |()| {
            let body = OutreachRequest {
                date: (*date).clone(),
                district: (*district).clone(),
                place: (*place).clone(),
                people: count(&people),
                minutes: count(&minutes),
                topic: *topic,
                note: (*note).clone(),
            };
            if let Err(errors) = body.parse(today()) {
                return sender.refuse(Errors::fields(errors));
            }
            let key = sender.key(&api::to_json(&body));
            let request = async move {
                match entry {
                    Some(n) => api::correct_outreach(n, &body, &key).await,
                    None => api::log_outreach(&body, &key).await,
                }
            };
            sender.send_then_notice(request, Route::Dashboard, "outreach-saved", String::new());
        })
    };
    let withdraw = {
        let withdraw_sender = withdraw_sender.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(n) = entry else { return };
            let key = withdraw_sender.key(&format!("withdraw-{n}"));
            withdraw_sender.send_then_notice(
                async move { api::withdraw_outreach(n, &key).await },
                Route::Dashboard,
                "outreach-withdrawn",
                String::new(),
            );
        })
    };
    let errors = {
        let mut all = (*sender.errors).clone();
        all.fields
            .extend(withdraw_sender.errors.fields.iter().cloned());
        all.general = all.general.or(withdraw_sender.errors.general.clone());
        all
    };
    let first_district = choice_id("district", &slug(DISTRICTS[0]));
    let target = move |field: &str| match field {
        "district" => first_district.clone(),
        other => other.to_owned(),
    };
    // One's own districts first: the answer is usually one of them.
    let mut districts: Vec<&str> = props
        .dashboard
        .districts
        .iter()
        .map(String::as_str)
        .collect();
    let others: Vec<&str> = DISTRICTS
        .iter()
        .copied()
        .filter(|d| !districts.contains(d))
        .collect();
    districts.extend(others);
    let district_choices: Vec<Choice> = districts
        .iter()
        .map(|d| Choice::new(slug(d), html! { { *d } }))
        .collect();
    let on_district = {
        let district = district.clone();
        Callback::from(move |(value, _): (AttrValue, bool)| {
            if let Some(d) = DISTRICTS.iter().find(|d| slug(d) == *value) {
                district.set((*d).to_owned());
            }
        })
    };
    let on_topic = {
        let topic = topic.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            topic.set(Topic::ALL.into_iter().find(|t| t.slug() == value));
        })
    };
    let topic_error = errors.field(&i18n, "topic");
    let heading = if entry.is_some() {
        i18n.t("outreach-edit-title")
    } else {
        i18n.t("outreach-title")
    };
    html! {
        <>
            <FormPage back={Route::Dashboard} {heading} errors={errors.shown(&i18n, target)} {onsubmit}
                submit={i18n.t("outreach-submit")} sending={*sender.sending}>
                <TextField id="date" label={i18n.t("outreach-date")} value={(*date).clone()} oninput={set_text(&date)}
                    input_type="date" input_class={Some(AttrValue::Static("input-short"))} error={errors.field(&i18n, "date")} />
                <Choices name="district" legend={i18n.t("outreach-district")}
                    choices={district_choices} chosen={vec![AttrValue::from(slug(&district))]}
                    onchange={on_district} error={errors.field(&i18n, "district")} />
                <TextField id="place" label={i18n.t("outreach-place")} hint={i18n.t("outreach-place-hint")}
                    value={(*place).clone()} oninput={set_text(&place)} error={errors.field(&i18n, "place")} />
                <TextField id="people" label={i18n.t("outreach-people")} value={(*people).clone()}
                    oninput={set_text(&people)} inputmode={Some(AttrValue::Static("numeric"))}
                    input_class={Some(AttrValue::Static("input-short"))} error={errors.field(&i18n, "people")} />
                <TextField id="minutes" label={i18n.t("outreach-minutes")} value={(*minutes).clone()}
                    oninput={set_text(&minutes)} inputmode={Some(AttrValue::Static("numeric"))}
                    input_class={Some(AttrValue::Static("input-short"))} error={errors.field(&i18n, "minutes")} />
                <div class={classes!("field", topic_error.as_ref().map(|_| "field-error"))}>
                    <label class="label" for="topic">{ i18n.t("outreach-topic") }</label>
                    <select class="input" id="topic" name="topic" onchange={on_topic}>
                        <option value="" selected={topic.is_none()}>{ i18n.t("outreach-topic-none") }</option>
                        { for Topic::ALL.iter().map(|t| html! {
                            <option value={t.slug()} selected={*topic == Some(*t)}>{ topic_name(&i18n, *t) }</option>
                        }) }
                    </select>
                </div>
                <TextField id="note" label={i18n.t("outreach-note")} hint={i18n.t("outreach-note-hint")}
                    value={(*note).clone()} oninput={set_text(&note)} multiline=true error={errors.field(&i18n, "note")} />
            </FormPage>
            if entry.is_some() {
                <form onsubmit={withdraw} class="withdraw">
                    <h2>{ i18n.t("outreach-withdraw-title") }</h2>
                    <p>{ i18n.t("outreach-withdraw-text") }</p>
                    <button type="submit" class="button button-warning" disabled={*withdraw_sender.sending}>
                        { i18n.t("outreach-withdraw") }
                    </button>
                </form>
            }
        </>
    }
}
