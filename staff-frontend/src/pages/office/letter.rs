//! `/staff/office/letters/{code}`: a letter to a resident about their booking (a confirmation,
//! a change, a cancellation), written by the server in the resident's language, shown as it
//! will print: large print, the booking code large and as a QR code. The office prints it and
//! posts or hands it over to residents who have no e-mail.

use crate::api;
use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::load::{use_load, Load, LoadStatus};
use crate::components::page::Heading;
use crate::i18n::{use_t, I18n};
use crate::router::use_navigator;
use teilhabe_events::staff_api::Letter;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
    /// Which letter; the booking's current news when absent.
    pub notice: Option<String>,
}

#[component(LetterPage)]
pub fn letter_page(props: &Props) -> Html {
    let i18n = use_t();
    // The key is the code and the notice, as the address writes them.
    let key = match &props.notice {
        Some(notice) => format!("{}?{notice}", props.code),
        None => props.code.clone(),
    };
    let loaded = use_load(key, |key: String| async move {
        let (code, notice) = match key.split_once('?') {
            Some((code, notice)) => (code.to_owned(), Some(notice.to_owned())),
            None => (key, None),
        };
        api::letter(&code, notice.as_deref()).await
    });
    match &*loaded.state {
        Load::Ready(letter) => html! { <LetterView letter={letter.clone()} /> },
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! {
            <>
                <Heading text={i18n.t("office-letter-print")} error=true />
                <LoadStatus failure={f.clone()} />
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    letter: Letter,
}

/// The letter's text as paragraphs (split at empty lines), each line on a line of its own.
fn paragraphs(text: &str) -> Html {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let lines = p.lines().map(|l| html! { <span>{ l.trim() }</span> });
            html! { <p class="lines">{ for lines }</p> }
        })
        .collect()
}

/// The choice between the letters this booking can have, as large toggle buttons.
fn choices(i18n: &I18n, letter: &Letter, navigator: &crate::router::Navigator) -> Html {
    if letter.choices.len() < 2 {
        return Html::default();
    }
    let buttons = letter.choices.iter().map(|choice| {
        let pressed = *choice == letter.notice;
        let onclick = {
            let (navigator, code, notice) = (
                navigator.clone(),
                letter.booking_code.clone(),
                choice.slug(),
            );
            Callback::from(move |_: MouseEvent| {
                navigator.replace(&Route::Letter {
                    code: code.clone(),
                    notice: Some(notice.to_owned()),
                })
            })
        };
        html! {
            <button type="button" class="option" aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                { i18n.t(&format!("office-letter-kind-{}", choice.slug())) }
            </button>
        }
    });
    html! {
        <div class="setting" role="group" aria-labelledby="letter-kind-label">
            <p class="setting-label" id="letter-kind-label">{ i18n.t("office-letter-kind-label") }</p>
            <div class="options">{ for buttons }</div>
        </div>
    }
}

#[component(LetterView)]
fn letter_view(props: &ViewProps) -> Html {
    let i18n = use_t();
    let navigator = use_navigator();
    let letter = &props.letter;
    let language = teilhabe_i18n::find_locale(&letter.locale)
        .map_or_else(|| letter.locale.clone(), |l| l.native_name.to_owned());
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let dir = if letter.right_to_left { "rtl" } else { "ltr" };
    html! {
        <div class="letter-page">
            <div class="no-print">
                <BackLink to={Route::Roster { id: letter.session_id.clone() }} />
                <Heading text={i18n.t_args("office-letter-title", &[("name", letter.name.clone().into())])} />
                <p>{ i18n.t_args("office-letter-intro", &[("name", letter.name.clone().into()), ("language", language.into())]) }</p>
                { choices(&i18n, letter, &navigator) }
                <button type="button" class="button" onclick={print}>{ i18n.t("office-letter-print") }</button>
            </div>
            <article class="letter" lang={letter.lang.clone()} dir={dir} aria-labelledby="letter-subject">
                <p class="letter-sender">{ &letter.sender }</p>
                <div class="letter-address">
                    <p>{ &letter.name }</p>
                    <p class="letter-address-hint no-print" lang={i18n.locale.lang} dir={if i18n.locale.right_to_left { "rtl" } else { "ltr" }}>
                        { i18n.t("office-letter-address") }
                    </p>
                </div>
                <p class="letter-date">{ &letter.date }</p>
                <h2 id="letter-subject" class="letter-subject">{ &letter.subject }</h2>
                { paragraphs(&letter.body) }
                <div class="letter-code">
                    <p class="panel-label">{ &letter.code_label }</p>
                    <p class="booking-code">{ &letter.booking_code }</p>
                    <img class="booking-qr" width="200" height="200" alt=""
                        src={format!("/api/v1/bookings/{}/qr.svg", api::encode(&letter.booking_code))} />
                    <p>{ &letter.code_hint }</p>
                </div>
                <p>{ &letter.questions }</p>
                <p>{ &letter.signature }</p>
            </article>
        </div>
    }
}
