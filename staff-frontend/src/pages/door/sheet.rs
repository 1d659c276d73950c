//! The printable paper sign-in sheet and smiley feedback card of a session.

use super::{Props, ViewProps, WithDoor};
use crate::app::Route;
use crate::components::page::Heading;
use crate::format::when;
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_events::staff_api::DoorView;
use yew::prelude::*;

#[component(SignInSheet)]
pub fn sign_in_sheet(props: &Props) -> Html {
    let view = Callback::from(|(door, set): (DoorView, Callback<DoorView>)| {
        html! { <SheetView {door} {set} /> }
    });
    html! { <WithDoor key={props.id.clone()} id={props.id.clone()} {view} /> }
}

/// Empty lines on the sign-in sheet after the registered names.
const EMPTY_LINES: usize = 12;

#[component(SheetView)]
fn sheet_view(props: &ViewProps) -> Html {
    let i18n = use_t();
    let s = &props.door.session;
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let names: Vec<String> = props
        .door
        .expected
        .iter()
        .map(|e| e.name.clone())
        .chain(std::iter::repeat_n(String::new(), EMPTY_LINES))
        .collect();
    let smileys = ["😞", "🙁", "😐", "🙂", "😀"];
    html! {
        <div class="print-sheet">
            <Link to={Route::CheckIn { id: s.id.clone() }} classes="back-link">{ i18n.t("doors-back-to-door") }</Link>
            <Heading text={i18n.t("doors-sheet-title")} />
            <p class="sheet-session">{ &s.title }{ " · " }{ when(&i18n, &s.starts_at, &s.ends_at) }{ " · " }{ format!("{}, {}", s.venue, s.district) }</p>
            <p class="no-print">{ i18n.t("doors-sheet-hint") }</p>
            <button type="button" class="button no-print" onclick={print}>{ i18n.t("doors-print") }</button>
            <table class="sign-in-sheet">
                <caption>{ i18n.t("doors-sheet-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ i18n.t("doors-sheet-name") }</th>
                        <th scope="col">{ i18n.t("doors-sheet-district") }</th>
                        <th scope="col">{ i18n.t("doors-sheet-here") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for names.iter().enumerate().map(|(i, name)| html! {
                        <tr>
                            <td>{ i + 1 }</td>
                            <td>{ name }</td>
                            <td></td>
                            <td></td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <section class="feedback-card" aria-labelledby="card-heading">
                <h2 id="card-heading">{ i18n.t("doors-card-title") }</h2>
                <p class="card-question">{ i18n.t("doors-card-rating-question") }</p>
                <ul class="card-smileys">
                    { for smileys.iter().enumerate().map(|(i, face)| html! {
                        <li>
                            <span class="card-box" aria-hidden="true"></span>
                            <span class="card-face" aria-hidden="true">{ *face }</span>
                            <span>{ i18n.t(&format!("doors-rating-{}", i + 1)) }</span>
                        </li>
                    }) }
                </ul>
                <p class="card-question">{ i18n.t("doors-card-helped-question") }</p>
                <ul class="card-smileys">
                    { for ["yes", "partly", "no"].iter().map(|h| html! {
                        <li>
                            <span class="card-box" aria-hidden="true"></span>
                            <span>{ i18n.t(&format!("doors-helped-{h}")) }</span>
                        </li>
                    }) }
                </ul>
            </section>
        </div>
    }
}
