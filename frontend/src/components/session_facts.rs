//! When, where and how many seats: the facts of a session as a description list.

use crate::format::{date_in_words, seats_left, time_range};
use crate::i18n::I18n;
use teilhabe_events::api::SessionSummary;
use yew::prelude::*;

/// The facts of session `s`; with `seats`, how many seats are left (not after booking one).
pub fn session_facts(i18n: &I18n, s: &SessionSummary, seats: bool) -> Html {
    html! {
        <dl class="facts">
            <div>
                <dt>{ i18n.t("session-when") }</dt>
                <dd>{ date_in_words(i18n, &s.starts_at) }<br />{ time_range(i18n, &s.starts_at, &s.ends_at) }</dd>
            </div>
            <div>
                <dt>{ i18n.t("session-where") }</dt>
                <dd>{ &s.venue }<br />{ &s.district }</dd>
            </div>
            if seats {
                <div>
                    <dt>{ i18n.t("session-seats") }</dt>
                    <dd>{ if s.drop_in { i18n.t("session-drop-in") } else { seats_left(i18n, s.seats_left) } }</dd>
                </div>
            }
        </dl>
    }
}
