//! `/ideas/wall`: the wall of ideas, to print in A3 for the town hall and the library: every
//! idea by field of action and then by state, in large print, with its supporters, and a QR code
//! that leads to the store (`/api/v1/ideas/qr.svg`).

use super::{field_name, idea_title, state_name, use_ideas, FIELDS, STATES};
use teilhabe_events::ideas::IdeaView;
use teilhabe_frontend::app::Route;
use teilhabe_frontend::components::back_link::back_link;
use teilhabe_frontend::components::page::Heading;
use teilhabe_frontend::i18n::{use_t, I18n};
use teilhabe_web::load::{load_status, Load};
use yew::prelude::*;

/// One field of action: its ideas by state, the states without ideas left out.
fn field_section(
    i18n: &I18n,
    ideas: &[IdeaView],
    field: teilhabe_events::ideas::FieldOfAction,
) -> Html {
    let states = STATES.iter().filter_map(|state| {
        let here: Vec<&IdeaView> = ideas
            .iter()
            .filter(|v| v.idea.field == field && v.state == *state)
            .collect();
        (!here.is_empty()).then(|| {
            html! {
                <>
                    <h3>{ state_name(i18n, *state) }</h3>
                    <ul class="wall-ideas">
                        { for here.iter().map(|v| html! {
                            <li>
                                <strong>{ idea_title(v) }</strong>
                                <br />
                                { i18n.t_args("ideas-ui-supporters", &[("count", v.supporters.into())]) }
                            </li>
                        }) }
                    </ul>
                </>
            }
        })
    });
    html! {
        <section class="wall-field">
            <h2>{ field_name(i18n, field) }</h2>
            { for states }
        </section>
    }
}

#[component(IdeasWall)]
pub fn ideas_wall() -> Html {
    let i18n = use_t();
    let ideas = use_ideas();
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let body = match &*ideas {
        Load::Loading => load_status(&i18n, None),
        Load::Failed(failure) => load_status(&i18n, Some(failure)),
        Load::Ready(list) => {
            html! { <>{ for FIELDS.iter().map(|f| field_section(&i18n, list, *f)) }</> }
        }
    };
    html! {
        <div class="wall">
            { back_link(&i18n, Route::Ideas) }
            <Heading text={i18n.t("ideas-ui-wall-title")} />
            <p class="lead">{ i18n.t("ideas-ui-wall-intro") }</p>
            <button type="button" class="button" onclick={print}>{ i18n.t("ideas-ui-wall-print") }</button>
            <figure class="wall-qr">
                // Drawn by the server, for the address it is configured to be reached at (which
                // may differ from the one this page was loaded from: the printed code must not).
                <img src="/api/v1/ideas/qr.svg" alt={i18n.t("ideas-ui-wall-qr")} width="240" height="240" />
                <figcaption>{ i18n.t("ideas-ui-wall-qr") }</figcaption>
            </figure>
            { body }
        </div>
    }
}
