//! Planning a session: title, topic, place, date and time, seats (or an open drop-in).

use crate::api;
use crate::app::Route;
use crate::components::choices::{choice_id, Choice, Choices};
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors};
use crate::format::{local_date_time, topic_name};
use crate::i18n::use_t;
use crate::pages::apply::choose::slug;
use teilhabe_events::staff::DISTRICTS;
use teilhabe_events::staff_api::SessionPlanRequest;
use teilhabe_events::Topic;
use yew::prelude::*;

/// Where the summary links for a field of the request.
pub fn time_target(field: &str) -> String {
    match field {
        "starts_at" => "start".to_owned(),
        "ends_at" => "end".to_owned(),
        other => other.to_owned(),
    }
}

#[component(PlanSession)]
pub fn plan_session() -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let title = use_state(String::new);
    let topic = use_state(|| None::<Topic>);
    let venue = use_state(String::new);
    let district = use_state(String::new);
    let date = use_state(String::new);
    let start = use_state(String::new);
    let end = use_state(String::new);
    let capacity = use_state(String::new);
    let drop_in = use_state(|| false);
    // Before saving: how many on the interest list the session would reach, once its topic,
    // district, day and start are known (asked again whenever one of them changes).
    let reach = use_state(|| None::<u32>);
    // Counts the questions asked, so an answer to an earlier one, arriving late, is dropped.
    let asked = use_mut_ref(|| 0u32);
    {
        let reach = reach.clone();
        let asked = asked.clone();
        let starts = local_date_time(&date, &start).map(|s| s.to_rfc3339());
        let topic = topic.map(|t| t.slug());
        let district = (*district).clone();
        use_effect_with(
            (topic, district, starts),
            move |(topic, district, starts)| {
                reach.set(None);
                let question = {
                    let mut asked = asked.borrow_mut();
                    *asked = asked.wrapping_add(1);
                    *asked
                };
                if let (Some(topic), Some(starts), false) = (topic, starts, district.is_empty()) {
                    let (topic, district, starts) = (*topic, district.clone(), starts.clone());
                    yew::platform::spawn_local(async move {
                        let found = api::interest_reach(topic, &district, &starts).await;
                        if let (Ok(found), true) = (found, *asked.borrow() == question) {
                            reach.set(Some(found.people));
                        }
                    });
                }
            },
        );
    }
    let onsubmit = {
        let sender = sender.clone();
        let drop_in = drop_in.clone();
        let (title, topic, venue, district, date, start, end, capacity) = (
            title.clone(),
            topic.clone(),
            venue.clone(),
            district.clone(),
            date.clone(),
            start.clone(),
            end.clone(),
            capacity.clone(),
        );
        Callback::from(move |()| {
            let body = SessionPlanRequest {
                title: (*title).clone(),
                topic: *topic,
                venue: (*venue).clone(),
                district: (*district).clone(),
                starts_at: local_date_time(&date, &start),
                ends_at: local_date_time(&date, &end),
                capacity: capacity.trim().parse().unwrap_or(0),
                drop_in: *drop_in,
            };
            if let Err(mut errors) = body.parse() {
                // Without a date, the start says so (the time fields cannot be read without one).
                if date.trim().is_empty() {
                    errors.retain(|e| e.field != "starts_at" && e.field != "ends_at");
                    errors.push(teilhabe_events::FieldError::new(
                        "date",
                        "field-error-empty",
                    ));
                }
                return sender.refuse(Errors::fields(errors));
            }
            let key = sender.key(&api::to_json(&body));
            let this = sender.clone();
            sender.send(
                async move { api::plan_session(&body, &key).await },
                move |s| this.notice(Route::Roster { id: s.id }, "office-planned", s.title),
            );
        })
    };
    let errors = &*sender.errors;
    let first_district = choice_id("district", &slug(DISTRICTS[0]));
    let first_topic = choice_id("topic", Topic::ALL[0].slug());
    let target = move |field: &str| match field {
        "district" => first_district.clone(),
        "topic" => first_topic.clone(),
        other => time_target(other),
    };
    let topics: Vec<Choice> = Topic::ALL
        .iter()
        .map(|t| Choice::new(t.slug(), html! { { topic_name(&i18n, *t) } }))
        .collect();
    let on_topic = {
        let topic = topic.clone();
        Callback::from(move |(v, _): (AttrValue, bool)| {
            topic.set(Topic::ALL.into_iter().find(|t| t.slug() == &*v))
        })
    };
    let districts: Vec<Choice> = DISTRICTS
        .iter()
        .map(|d| Choice::new(slug(d), html! { { *d } }))
        .collect();
    let on_district = {
        let district = district.clone();
        Callback::from(move |(v, _): (AttrValue, bool)| {
            if let Some(d) = DISTRICTS.iter().find(|d| slug(d) == *v) {
                district.set((*d).to_owned());
            }
        })
    };
    let formats = vec![
        Choice::new("booked", html! { { i18n.t("doors-plan-booked") } }),
        Choice::new("drop-in", html! { { i18n.t("doors-plan-drop-in") } })
            .hint(i18n.t("doors-plan-drop-in-hint")),
    ];
    let on_format = {
        let drop_in = drop_in.clone();
        Callback::from(move |(v, _): (AttrValue, bool)| drop_in.set(&*v == "drop-in"))
    };
    let chosen_format = vec![AttrValue::Static(if *drop_in {
        "drop-in"
    } else {
        "booked"
    })];
    html! {
        <FormPage back={Route::Sessions} heading={i18n.t("office-plan-title")} errors={errors.shown(&i18n, target)}
            {onsubmit} submit={i18n.t("office-plan-submit")} sending={*sender.sending}>
            <TextField id="title" label={i18n.t("office-plan-name")} hint={i18n.t("office-plan-name-hint")}
                value={(*title).clone()} oninput={set_text(&title)} error={errors.field(&i18n, "title")} />
            <Choices name="topic" legend={i18n.t("office-plan-topic")} choices={topics}
                chosen={topic.iter().map(|t| AttrValue::Static(t.slug())).collect::<Vec<_>>()}
                onchange={on_topic} error={errors.field(&i18n, "topic")} />
            <TextField id="venue" label={i18n.t("office-plan-venue")} hint={i18n.t("office-plan-venue-hint")}
                value={(*venue).clone()} oninput={set_text(&venue)} error={errors.field(&i18n, "venue")} />
            <Choices name="district" legend={i18n.t("outreach-district")} choices={districts}
                chosen={vec![AttrValue::from(slug(&district))]} onchange={on_district}
                error={errors.field(&i18n, "district")} />
            <TimeFields date={(*date).clone()} start={(*start).clone()} end={(*end).clone()}
                on_date={set_text(&date)} on_start={set_text(&start)} on_end={set_text(&end)} errors={errors.clone()} />
            <p id="interest-reach" class="lead" aria-live="polite">
                if let Some(count) = *reach {
                    { i18n.t_args("office-plan-reach", &[("count", count.into())]) }
                }
            </p>
            <Choices name="format" legend={i18n.t("doors-plan-format")} choices={formats}
                chosen={chosen_format} onchange={on_format} />
            if !*drop_in {
                <TextField id="capacity" label={i18n.t("office-plan-capacity")} hint={i18n.t("office-plan-capacity-hint")}
                    value={(*capacity).clone()} oninput={set_text(&capacity)} inputmode={Some(AttrValue::Static("numeric"))}
                    input_class={Some(AttrValue::Static("input-short"))} error={errors.field(&i18n, "capacity")} />
            }
        </FormPage>
    }
}

#[derive(Properties, PartialEq)]
pub struct TimeFieldsProps {
    pub date: String,
    pub start: String,
    pub end: String,
    pub on_date: Callback<String>,
    pub on_start: Callback<String>,
    pub on_end: Callback<String>,
    pub errors: Errors,
}

/// The day, the start and the end of a session (in the browser's time zone).
#[component(TimeFields)]
pub fn time_fields(props: &TimeFieldsProps) -> Html {
    let i18n = use_t();
    let short = Some(AttrValue::Static("input-short"));
    html! {
        <>
            <TextField id="date" label={i18n.t("office-plan-date")} value={props.date.clone()}
                oninput={props.on_date.clone()} input_type="date" input_class={short.clone()}
                error={props.errors.field(&i18n, "date")} />
            <TextField id="start" label={i18n.t("office-plan-start")} hint={i18n.t("office-plan-time-hint")}
                value={props.start.clone()} oninput={props.on_start.clone()} input_type="time" input_class={short.clone()}
                error={props.errors.field(&i18n, "starts_at")} />
            <TextField id="end" label={i18n.t("office-plan-end")} value={props.end.clone()}
                oninput={props.on_end.clone()} input_type="time" input_class={short}
                error={props.errors.field(&i18n, "ends_at")} />
        </>
    }
}
