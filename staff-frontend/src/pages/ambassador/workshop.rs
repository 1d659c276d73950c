//! Recording that one took part in a workshop of the programme.

use crate::api;
use crate::app::{use_flash, Flash, Route};
use crate::auth::Guard;
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{use_sender, Errors};
use crate::format::{date_input, today};
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::input::short_text;
use teilhabe_events::staff::Role;
use yew::prelude::*;

#[component(Workshop)]
pub fn workshop() -> Html {
    html! {
        <Guard role={Role::Ambassador}>
            <WorkshopForm />
        </Guard>
    }
}

#[component(WorkshopForm)]
fn workshop_form() -> Html {
    let i18n = use_t();
    let navigator = use_navigator();
    let flash = use_flash();
    let sender = use_sender();
    let date = use_state(|| date_input(today()));
    let title = use_state(String::new);
    let onsubmit = {
        let (sender, date, title) = (sender.clone(), date.clone(), title.clone());
        let set_flash = flash.set.clone();
        Callback::from(move |()| {
            let mut problems = Vec::new();
            if chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_err() {
                problems.push(teilhabe_events::FieldError::new(
                    "date",
                    "field-error-invalid",
                ));
            }
            if let Err(e) = short_text("title", &title, 120) {
                problems.push(e);
            }
            if !problems.is_empty() {
                return sender.refuse(Errors::fields(problems));
            }
            let (date, title) = ((*date).clone(), title.trim().to_owned());
            let key = sender.key(&format!("{date}{title}"));
            let (navigator, set_flash) = (navigator.clone(), set_flash.clone());
            sender.send(
                async move { api::record_workshop(&date, &title, &key).await },
                move |()| {
                    set_flash.emit(Some(Flash::Notice {
                        on: Route::Dashboard,
                        key: "ambassador-workshop-saved",
                        name: String::new(),
                    }));
                    navigator.push(&Route::Dashboard);
                },
            );
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Dashboard} heading={i18n.t("ambassador-workshop-title")}
            errors={errors.shown(&i18n, str::to_owned)} {onsubmit} submit={i18n.t("ambassador-workshop-submit")}
            sending={*sender.sending}>
            <TextField id="date" label={i18n.t("ambassador-workshop-date")} value={(*date).clone()}
                oninput={set(&date)} input_type="date" input_class={Some(AttrValue::Static("input-short"))}
                error={errors.field(&i18n, "date")} />
            <TextField id="title" label={i18n.t("ambassador-workshop-name")} hint={i18n.t("ambassador-workshop-hint")}
                value={(*title).clone()} oninput={set(&title)} error={errors.field(&i18n, "title")} />
        </FormPage>
    }
}
