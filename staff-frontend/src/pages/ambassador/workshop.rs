//! Recording that one took part in a workshop of the programme.

use crate::api;
use crate::app::Route;
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors};
use crate::format::{date_input, today};
use crate::i18n::use_t;
use teilhabe_events::input::short_text;
use yew::prelude::*;

#[component(Workshop)]
pub fn workshop() -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let date = use_state(|| date_input(today()));
    let title = use_state(String::new);
    let onsubmit = {
        let (sender, date, title) = (sender.clone(), date.clone(), title.clone());
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
            sender.send_then_notice(
                async move { api::record_workshop(&date, &title, &key).await },
                Route::Dashboard,
                "ambassador-workshop-saved",
                String::new(),
            );
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Dashboard} heading={i18n.t("ambassador-workshop-title")}
            errors={errors.shown(&i18n, str::to_owned)} {onsubmit} submit={i18n.t("ambassador-workshop-submit")}
            sending={*sender.sending}>
            <TextField id="date" label={i18n.t("ambassador-workshop-date")} value={(*date).clone()}
                oninput={set_text(&date)} input_type="date" input_class={Some(AttrValue::Static("input-short"))}
                error={errors.field(&i18n, "date")} />
            <TextField id="title" label={i18n.t("ambassador-workshop-name")} hint={i18n.t("ambassador-workshop-hint")}
                value={(*title).clone()} oninput={set_text(&title)} error={errors.field(&i18n, "title")} />
        </FormPage>
    }
}
