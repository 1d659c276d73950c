//! One session: all its facts, and the way to sign up or join the waiting list.

use super::{use_session, Load, LoadStatus};
use crate::app::Route;
use crate::components::back_link::back_link;
use crate::components::page::Heading;
use crate::components::pictogram::pictogram;
use crate::components::session_facts::session_facts;
use crate::format::topic_name;
use crate::i18n::use_t;
use crate::router::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub id: String,
}

#[component(SessionPage)]
pub fn session_page(props: &SessionProps) -> Html {
    let i18n = use_t();
    let session = use_session(&props.id);
    let body = match &*session {
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! {
            <>
                <Heading text={i18n.t(f.message_key())} error=true />
            </>
        },
        Load::Ready(s) => {
            let full = s.seats_left == 0;
            let action = if full {
                "session-waitlist"
            } else {
                "session-register"
            };
            html! {
                <>
                    <div class="session-head">
                        { pictogram(s.topic) }
                        <Heading text={topic_name(&i18n, s.topic)} />
                    </div>
                    // The title comes from the office in German, whatever the interface language.
                    <p class="lead" lang="de">{ &s.title }</p>
                    { session_facts(&i18n, s, true) }
                    // A drop-in takes no bookings: its facts say to just come.
                    if !s.drop_in {
                        if full {
                            <p class="notice">{ i18n.t("session-full-note") }</p>
                        }
                        <Link to={Route::RegisterName { id: s.id.clone() }} classes="button">
                            { i18n.t(action) }
                        </Link>
                    }
                </>
            }
        }
    };
    html! {
        <>
            { back_link(&i18n, Route::Finder) }
            { body }
        </>
    }
}
