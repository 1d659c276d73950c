//! Checking people in by booking code (typed or scanned) and counting walk-ins.

use super::{district_select, outcome_view, scanner, use_actions, Props, ViewProps, WithDoor};
use crate::api;
use crate::app::Route;
use crate::components::page::{focus_by_id, Heading};
use crate::components::text_field::TextField;
use crate::form::{nonce, set_text};
use crate::format::{shown_name, when};
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_events::session::Source;
use teilhabe_events::staff_api::{CheckInRequest, DoorView, WalkInRequest};
use yew::prelude::*;

#[component(CheckIn)]
pub fn check_in(props: &Props) -> Html {
    let view = Callback::from(|(door, set): (DoorView, Callback<DoorView>)| {
        html! { <CheckInView {door} {set} /> }
    });
    html! { <WithDoor key={props.id.clone()} id={props.id.clone()} {view} /> }
}

#[component(CheckInView)]
fn check_in_view(props: &ViewProps) -> Html {
    let i18n = use_t();
    let door = &props.door;
    let s = &door.session;
    let code = use_state(String::new);
    let first_name = use_state(String::new);
    let district = use_state(String::new);
    let actions = use_actions();
    let (outcome, busy) = (actions.outcome.clone(), actions.busy.clone());
    // One key per arrival: a double tap or a retry after a lost answer counts once; the next
    // person gets a new key.
    let key = use_state(nonce);
    let id = s.id.clone();

    // Checks in the code typed or scanned.
    let check_in_code = {
        let (code, key, set, id, actions) = (
            code.clone(),
            key.clone(),
            props.set.clone(),
            id.clone(),
            actions.clone(),
        );
        Callback::from(move |typed: String| {
            if *actions.busy {
                return;
            }
            if typed.trim().is_empty() {
                actions.failed("doors-code-empty");
                focus_by_id("booking-code");
                return;
            }
            let body = CheckInRequest {
                booking_code: typed,
                source: Some(Source::Door),
            };
            let request_key = format!("check-in-{}", *key);
            let typed = teilhabe_events::BookingCode::parse(&body.booking_code)
                .map(|c| c.to_string())
                .unwrap_or_default();
            let id = id.clone();
            let request = async move {
                let result = api::check_in(&id, &body, &request_key).await;
                // The next code goes into the same field, whatever the answer.
                focus_by_id("booking-code");
                result
            };
            let (code, key, set, done) = (code.clone(), key.clone(), set.clone(), actions.clone());
            actions.send(request, move |view: DoorView| {
                let name = view
                    .expected
                    .iter()
                    .find(|e| e.booking_code == typed)
                    .map(|e| e.name.clone())
                    .unwrap_or_default();
                done.done(
                    done.i18n
                        .t_args("doors-checked-in", &[("name", name.into())]),
                );
                code.set(String::new());
                key.set(nonce());
                set.emit(view);
            });
        })
    };
    let on_check_in = {
        let (code, check_in_code) = (code.clone(), check_in_code.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            check_in_code.emit((*code).clone());
        })
    };

    // Scanning the QR code with the camera, where the browser can read one.
    let can_scan = use_memo((), |_| scanner::available());
    let scanning = use_state(|| false);
    let stop = use_memo((), |_| std::rc::Rc::new(std::cell::Cell::new(false)));
    let video = use_node_ref();
    let on_scan = {
        let (scanning, stop, video, code, actions) = (
            scanning.clone(),
            stop.clone(),
            video.clone(),
            code.clone(),
            actions.clone(),
        );
        let check_in_code = check_in_code.clone();
        Callback::from(move |_: MouseEvent| {
            if *scanning {
                stop.set(true);
                return;
            }
            let Some(element) = video.cast::<web_sys::Element>() else {
                return;
            };
            stop.set(false);
            scanning.set(true);
            let (scanning, stop, code, actions) = (
                scanning.clone(),
                (*stop).clone(),
                code.clone(),
                actions.clone(),
            );
            let check_in_code = check_in_code.clone();
            yew::platform::spawn_local(async move {
                let found = scanner::scan(&element, &stop).await;
                scanning.set(false);
                match found {
                    Ok(Some(text)) => {
                        code.set(text.clone());
                        check_in_code.emit(text);
                    }
                    Ok(None) => {}
                    Err(()) => actions.failed("doors-scan-failed"),
                }
            });
        })
    };

    let on_walk_in = {
        let (first_name, district, key, set, id, actions) = (
            first_name.clone(),
            district.clone(),
            key.clone(),
            props.set.clone(),
            id.clone(),
            actions.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = WalkInRequest {
                first_name: (*first_name).clone(),
                district: (*district).clone(),
                source: Some(Source::Door),
            };
            let request_key = format!("walk-in-{}", *key);
            let name = body.first_name.trim().to_owned();
            let id = id.clone();
            let request = async move { api::walk_in(&id, &body, &request_key).await };
            let (first_name, district, key, set, done) = (
                first_name.clone(),
                district.clone(),
                key.clone(),
                set.clone(),
                actions.clone(),
            );
            actions.send(request, move |view: DoorView| {
                done.done(
                    done.i18n
                        .t_args("doors-walked-in", &[("name", name.into())]),
                );
                first_name.set(String::new());
                district.set(String::new());
                key.set(nonce());
                set.emit(view);
                focus_by_id("walk-in-name");
            });
        })
    };

    let expected = door.expected.iter().map(|e| {
        let state = if e.attended {
            i18n.t("doors-here")
        } else {
            i18n.t("doors-not-yet")
        };
        html! {
            <li class={classes!("door-person", e.attended.then_some("door-person-here"))}>
                <span class="door-person-name">{ shown_name(&i18n, &e.name) }</span>
                <span class="code-inline">{ &e.booking_code }</span>
                <span class="door-person-state">{ state }</span>
            </li>
        }
    });
    let walk_ins = door.walk_ins.iter().map(|w| {
        html! {
            <li class="door-person door-person-here">
                <span class="door-person-name">{ shown_name(&i18n, &w.first_name) }</span>
                <span>{ w.district.clone().unwrap_or_default() }</span>
                <span class="door-person-state">{ i18n.t(&format!("doors-source-{}", w.source.slug())) }</span>
            </li>
        }
    });
    html! {
        <>
            <Link to={Route::Door} classes="back-link">{ i18n.t("doors-back") }</Link>
            <Heading text={i18n.t_args("doors-check-in-title", &[("title", s.title.clone().into())])} />
            <p>{ when(&i18n, &s.starts_at, &s.ends_at) }{ ", " }{ format!("{}, {}", s.venue, s.district) }</p>
            <p class="door-count" aria-live="polite">
                { i18n.t_args("doors-present", &[("count", door.present.into())]) }
            </p>
            { outcome_view(&outcome) }
            <form class="door-form" onsubmit={on_check_in} novalidate=true>
                <TextField id="booking-code" label={i18n.t("doors-code-label")}
                    hint={Some(i18n.t("doors-code-hint"))}
                    value={(*code).clone()} input_class={Some(AttrValue::from("input-code"))}
                    autocomplete={Some(AttrValue::from("off"))}
                    oninput={set_text(&code)} />
                <div class="button-group">
                    <button type="submit" class="button button-large" disabled={*busy}>{ i18n.t("doors-check-in") }</button>
                    if *can_scan {
                        <button type="button" class="button button-secondary button-large" onclick={on_scan}>
                            { i18n.t(if *scanning { "doors-scan-stop" } else { "doors-scan" }) }
                        </button>
                    }
                </div>
                <video ref={video} class="door-video" hidden={!*scanning} muted=true playsinline=true aria-hidden="true"></video>
            </form>
            <h2>{ i18n.t("doors-walk-in-title") }</h2>
            <p>{ i18n.t("doors-walk-in-hint") }</p>
            <form class="door-form" onsubmit={on_walk_in} novalidate=true>
                <TextField id="walk-in-name" label={i18n.t("doors-first-name")}
                    value={(*first_name).clone()} autocomplete={Some(AttrValue::from("off"))}
                    oninput={set_text(&first_name)} />
                { district_select(&i18n, "walk-in-district", &district, false, set_text(&district)) }
                <button type="submit" class="button button-large" disabled={*busy}>{ i18n.t("doors-walk-in-add") }</button>
            </form>
            <h2>{ i18n.t("doors-expected-title") }</h2>
            if door.expected.is_empty() {
                <p>{ i18n.t(if s.drop_in { "doors-drop-in-note" } else { "doors-expected-none" }) }</p>
            } else {
                <ul class="door-people">{ for expected }</ul>
            }
            if !door.walk_ins.is_empty() {
                <h2>{ i18n.t("doors-walk-ins-title") }</h2>
                <ul class="door-people">{ for walk_ins }</ul>
            }
            <ul class="link-list">
                <li><Link to={Route::SignInSheet { id: s.id.clone() }}>{ i18n.t("doors-sheet-link") }</Link></li>
                <li><Link to={Route::PaperEntry { id: s.id.clone() }}>{ i18n.t("doors-paper-link") }</Link></li>
            </ul>
        </>
    }
}
