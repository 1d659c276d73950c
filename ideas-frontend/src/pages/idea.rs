//! `/ideas/{id}`: one idea in full: what, for whom, where, its field of action and state, how
//! it reached the store, its supporters, and its way through the working group, each step with
//! the group's reason; supporting it with a booking code while it is open.

use super::{idea_title, open, state_tag, supported, use_ideas};
use teilhabe_events::ideas::IdeaView;
use teilhabe_frontend::app::Route;
use teilhabe_frontend::components::back_link::back_link;
use teilhabe_frontend::components::page::Heading;
use teilhabe_frontend::i18n::{use_t, I18n};
use teilhabe_frontend::router::Link;
use teilhabe_web::format::date_in_words;
use teilhabe_web::ideas::idea_facts;
use teilhabe_web::load::{load_status, Load};
use yew::prelude::*;

/// A day in words from an instant the log wrote (RFC 3339); the text as it is if unreadable.
fn day(i18n: &I18n, at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| date_in_words(i18n, t.date_naive()))
        .unwrap_or_else(|_| at.to_owned())
}

fn page(i18n: &I18n, view: &IdeaView, all: &[IdeaView]) -> Html {
    let title = idea_title(view);
    let merged_into = view
        .merged_into
        .as_ref()
        .and_then(|into| all.iter().find(|v| &v.id == into))
        .map(|into| html! { <Link to={Route::Idea { id: into.id.clone() }}>{ idea_title(into) }</Link> });
    let history = view.history.iter().map(|step| {
        html! {
            <li>
                <p>{ state_tag(i18n, step.state) }{ " " }{ day(i18n, &step.at) }</p>
                if let Some(reason) = &step.reason {
                    <p>{ reason }</p>
                }
            </li>
        }
    });
    html! {
        <>
            <Heading text={title.clone()} />
            if title != view.idea.what {
                <p class="idea-text">{ &view.idea.what }</p>
            }
            { idea_facts(i18n, view, merged_into) }
            <p>{ i18n.t_args("ideas-ui-supporters", &[("count", view.supporters.into())]) }</p>
            if supported().contains(&view.id) {
                <p class="supported"><span aria-hidden="true">{ "✓\u{a0}" }</span>{ i18n.t("ideas-ui-supported") }</p>
            } else if open(view) {
                <p><Link to={Route::IdeaSupport { id: view.id.clone() }} classes="button">{ i18n.t("ideas-ui-support") }</Link></p>
            }
            if !view.history.is_empty() {
                <h2>{ i18n.t("ideas-ui-history") }</h2>
                <ol class="idea-history">{ for history }</ol>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[component(IdeaPage)]
pub fn idea_page(props: &Props) -> Html {
    let i18n = use_t();
    let ideas = use_ideas();
    let body = match &*ideas {
        Load::Loading => load_status(&i18n, None),
        Load::Failed(failure) => load_status(&i18n, Some(failure)),
        Load::Ready(list) => match list.iter().find(|v| v.id == props.id) {
            Some(view) => page(&i18n, view, list),
            None => teilhabe_frontend::pages::not_found::not_found(&i18n),
        },
    };
    html! {
        <>
            { back_link(&i18n, Route::Ideas) }
            { body }
        </>
    }
}
