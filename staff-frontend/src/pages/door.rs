//! At the door and after it, for the office and ambassadors: today's sessions; checking people
//! in by booking code and counting walk-ins (large targets for a tablet); the printable paper
//! sign-in sheet and feedback card; and typing the paper in afterwards, where each written
//! name is proposed as a booking for staff to confirm or keep apart.

use crate::api::{self, ApiFailure};
use crate::app::Route;
use crate::auth::{use_auth, Auth, Guard};
use crate::components::load::{use_load, Load, LoadStatus};
use crate::components::page::{focus_by_id, Heading};
use crate::components::text_field::TextField;
use crate::form::nonce;
use crate::format::{shown_name, when};
use crate::i18n::{use_t, I18n};
use crate::router::Link;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::session::Source;
use teilhabe_events::staff::{Role, DISTRICTS};
use teilhabe_events::staff_api::{
    CheckInRequest, DoorView, FeedbackCardRequest, MatchProposal, WalkInRequest,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

/// Shows `children` to the office and to ambassadors.
#[derive(Properties, PartialEq)]
struct DoorGuardProps {
    children: Html,
}

#[component(DoorGuard)]
fn door_guard(props: &DoorGuardProps) -> Html {
    let auth = use_auth();
    let role = match &auth.auth {
        Auth::LoggedIn(me) if me.role == Role::Ambassador => Role::Ambassador,
        _ => Role::Office,
    };
    html! { <Guard {role}>{ props.children.clone() }</Guard> }
}

/// The message of a failed request: the first field's, else the problem's.
fn failure_text(i18n: &I18n, failure: &ApiFailure) -> String {
    match failure {
        ApiFailure::Problem { errors, .. } if !errors.is_empty() => i18n.t(&errors[0].message_key),
        other => i18n.t(other.message_key()),
    }
}

/// What the last action at the door did, read out by screen readers.
#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    Done(String),
    Failed(String),
}

fn outcome_view(outcome: &Outcome) -> Html {
    // The region stays in the page, so screen readers announce what appears in it.
    let (class, text) = match outcome {
        Outcome::None => ("door-outcome", String::new()),
        Outcome::Done(t) => ("door-outcome door-outcome-done", t.clone()),
        Outcome::Failed(t) => ("door-outcome door-outcome-failed", t.clone()),
    };
    html! { <p class={class} role="status" aria-live="polite">{ text }</p> }
}

/// A `<select>` of Norderstedt's districts; `optional` adds "not given" first.
fn district_select(
    i18n: &I18n,
    id: &'static str,
    value: &str,
    optional: bool,
    onchange: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        onchange.emit(select.value());
    });
    html! {
        <div class="field">
            <label class="label" for={id}>{ i18n.t(if optional { "doors-district-optional" } else { "doors-district" }) }</label>
            <select class="input" id={id} name={id} {onchange}>
                if optional {
                    <option value="" selected={value.is_empty()}>{ i18n.t("doors-district-none") }</option>
                } else {
                    <option value="" selected={value.is_empty()} disabled=true>{ i18n.t("doors-district-choose") }</option>
                }
                { for DISTRICTS.iter().map(|d| html! { <option value={*d} selected={value == *d}>{ *d }</option> }) }
            </select>
        </div>
    }
}

/// Loads a session's door view and hands it to `view` with a way to replace it.
#[derive(Properties, PartialEq)]
struct WithDoorProps {
    id: String,
    view: Callback<(DoorView, Callback<DoorView>), Html>,
}

#[component(WithDoor)]
fn with_door(props: &WithDoorProps) -> Html {
    let loaded = use_load(props.id.clone(), |id| async move { api::door(&id).await });
    let replaced = use_state(|| None::<DoorView>);
    let set = {
        let replaced = replaced.clone();
        Callback::from(move |v: DoorView| replaced.set(Some(v)))
    };
    match (&*replaced, &*loaded.state) {
        (Some(view), _) | (None, Load::Ready(view)) => props.view.emit((view.clone(), set)),
        (None, Load::Loading) => html! { <LoadStatus /> },
        (None, Load::Failed(f)) => html! { <LoadStatus failure={f.clone()} /> },
    }
}

#[component(DoorHome)]
pub fn door_home() -> Html {
    html! { <DoorGuard><SessionChoice /></DoorGuard> }
}

#[component(SessionChoice)]
fn session_choice() -> Html {
    let i18n = use_t();
    let loaded = use_load(String::new(), |_| async move { api::door_sessions().await });
    let body = match &*loaded.state {
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! { <LoadStatus failure={f.clone()} /> },
        Load::Ready(list) => {
            let today = crate::format::today();
            let (now, earlier): (Vec<&SessionSummary>, Vec<&SessionSummary>) =
                list.iter().partition(|s| s.starts_at.date_naive() == today);
            let item = |s: &&SessionSummary| {
                let id = s.id.clone();
                html! {
                    <li class="door-session">
                        <Link to={Route::CheckIn { id: id.clone() }} classes="door-session-link">
                            <span class="door-session-title">{ &s.title }</span>
                            <span>{ when(&i18n, &s.starts_at, &s.ends_at) }</span>
                            <span>{ format!("{}, {}", s.venue, s.district) }</span>
                        </Link>
                        <p class="door-session-more">
                            <Link to={Route::SignInSheet { id: id.clone() }}>{ i18n.t("doors-sheet-link") }</Link>
                            { " · " }
                            <Link to={Route::PaperEntry { id }}>{ i18n.t("doors-paper-link") }</Link>
                        </p>
                    </li>
                }
            };
            html! {
                <>
                    <h2>{ i18n.t("doors-today") }</h2>
                    if now.is_empty() {
                        <p>{ i18n.t("doors-today-none") }</p>
                    } else {
                        <ul class="door-sessions">{ for now.iter().map(item) }</ul>
                    }
                    if !earlier.is_empty() {
                        <h2>{ i18n.t("doors-earlier") }</h2>
                        <ul class="door-sessions">{ for earlier.iter().map(item) }</ul>
                    }
                </>
            }
        }
    };
    html! {
        <>
            <Heading text={i18n.t("doors-title")} />
            <p class="lead">{ i18n.t("doors-intro") }</p>
            { body }
        </>
    }
}

#[component(CheckIn)]
pub fn check_in(props: &Props) -> Html {
    let view = Callback::from(|(door, set): (DoorView, Callback<DoorView>)| {
        html! { <CheckInView {door} {set} /> }
    });
    html! { <DoorGuard><WithDoor key={props.id.clone()} id={props.id.clone()} {view} /></DoorGuard> }
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    door: DoorView,
    set: Callback<DoorView>,
}

#[component(CheckInView)]
fn check_in_view(props: &ViewProps) -> Html {
    let i18n = use_t();
    let door = &props.door;
    let s = &door.session;
    let code = use_state(String::new);
    let first_name = use_state(String::new);
    let district = use_state(String::new);
    let outcome = use_state(|| Outcome::None);
    let busy = use_state(|| false);
    // One key per arrival: a double tap or a retry after a lost answer counts once; the next
    // person gets a new key.
    let key = use_state(nonce);
    let id = s.id.clone();

    // Checks in the code typed or scanned.
    let check_in_code = {
        let (code, outcome, busy, key, set, id) = (
            code.clone(),
            outcome.clone(),
            busy.clone(),
            key.clone(),
            props.set.clone(),
            id.clone(),
        );
        let i18n = i18n.clone();
        Callback::from(move |typed: String| {
            if *busy {
                return;
            }
            if typed.trim().is_empty() {
                outcome.set(Outcome::Failed(i18n.t("doors-code-empty")));
                focus_by_id("booking-code");
                return;
            }
            let body = CheckInRequest {
                booking_code: typed,
                source: Some(Source::Door),
            };
            let request_key = format!("check-in-{}", *key);
            let (code, outcome, busy, key, set, id, i18n) = (
                code.clone(),
                outcome.clone(),
                busy.clone(),
                key.clone(),
                set.clone(),
                id.clone(),
                i18n.clone(),
            );
            busy.set(true);
            yew::platform::spawn_local(async move {
                let result = api::check_in(&id, &body, &request_key).await;
                busy.set(false);
                match result {
                    Ok(view) => {
                        let typed = teilhabe_events::BookingCode::parse(&body.booking_code)
                            .map(|c| c.to_string())
                            .unwrap_or_default();
                        let name = view
                            .expected
                            .iter()
                            .find(|e| e.booking_code == typed)
                            .map(|e| e.name.clone())
                            .unwrap_or_default();
                        outcome.set(Outcome::Done(
                            i18n.t_args("doors-checked-in", &[("name", name.into())]),
                        ));
                        code.set(String::new());
                        key.set(nonce());
                        set.emit(view);
                    }
                    Err(failure) => outcome.set(Outcome::Failed(failure_text(&i18n, &failure))),
                }
                focus_by_id("booking-code");
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
        let (scanning, stop, video, code, outcome) = (
            scanning.clone(),
            stop.clone(),
            video.clone(),
            code.clone(),
            outcome.clone(),
        );
        let (check_in_code, i18n) = (check_in_code.clone(), i18n.clone());
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
            let (scanning, stop, code, outcome) = (
                scanning.clone(),
                (*stop).clone(),
                code.clone(),
                outcome.clone(),
            );
            let (check_in_code, i18n) = (check_in_code.clone(), i18n.clone());
            yew::platform::spawn_local(async move {
                let found = scanner::scan(&element, &stop).await;
                scanning.set(false);
                match found {
                    Ok(Some(text)) => {
                        code.set(text.clone());
                        check_in_code.emit(text);
                    }
                    Ok(None) => {}
                    Err(()) => outcome.set(Outcome::Failed(i18n.t("doors-scan-failed"))),
                }
            });
        })
    };

    let on_walk_in = {
        let (first_name, district, outcome, busy, key, set, id) = (
            first_name.clone(),
            district.clone(),
            outcome.clone(),
            busy.clone(),
            key.clone(),
            props.set.clone(),
            id.clone(),
        );
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let body = WalkInRequest {
                first_name: (*first_name).clone(),
                district: (*district).clone(),
                source: Some(Source::Door),
            };
            let request_key = format!("walk-in-{}", *key);
            let (first_name, district, outcome, busy, key, set, id, i18n) = (
                first_name.clone(),
                district.clone(),
                outcome.clone(),
                busy.clone(),
                key.clone(),
                set.clone(),
                id.clone(),
                i18n.clone(),
            );
            busy.set(true);
            yew::platform::spawn_local(async move {
                let result = api::walk_in(&id, &body, &request_key).await;
                busy.set(false);
                match result {
                    Ok(view) => {
                        outcome.set(Outcome::Done(i18n.t_args(
                            "doors-walked-in",
                            &[("name", body.first_name.trim().to_owned().into())],
                        )));
                        first_name.set(String::new());
                        district.set(String::new());
                        key.set(nonce());
                        set.emit(view);
                        focus_by_id("walk-in-name");
                    }
                    Err(failure) => outcome.set(Outcome::Failed(failure_text(&i18n, &failure))),
                }
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
                    oninput={let code = code.clone(); Callback::from(move |v: String| code.set(v))} />
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
                    oninput={let first_name = first_name.clone(); Callback::from(move |v: String| first_name.set(v))} />
                { district_select(&i18n, "walk-in-district", &district, false, {
                    let district = district.clone();
                    Callback::from(move |v: String| district.set(v))
                }) }
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

#[component(SignInSheet)]
pub fn sign_in_sheet(props: &Props) -> Html {
    let view = Callback::from(|(door, set): (DoorView, Callback<DoorView>)| {
        html! { <SheetView {door} {set} /> }
    });
    html! { <DoorGuard><WithDoor key={props.id.clone()} id={props.id.clone()} {view} /></DoorGuard> }
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

#[component(PaperEntry)]
pub fn paper_entry(props: &Props) -> Html {
    let view = Callback::from(|(door, set): (DoorView, Callback<DoorView>)| {
        html! { <PaperView {door} {set} /> }
    });
    html! { <DoorGuard><WithDoor key={props.id.clone()} id={props.id.clone()} {view} /></DoorGuard> }
}

/// A written line waiting for staff to decide whom it means.
#[derive(Clone, PartialEq)]
struct Pending {
    name: String,
    district: String,
    proposals: Vec<MatchProposal>,
}

#[component(PaperView)]
fn paper_view(props: &ViewProps) -> Html {
    let i18n = use_t();
    let s = &props.door.session;
    let id = s.id.clone();
    let name = use_state(String::new);
    let district = use_state(String::new);
    let pending = use_state(|| None::<Pending>);
    let outcome = use_state(|| Outcome::None);
    let busy = use_state(|| false);
    let key = use_state(nonce);
    let rating = use_state(|| 0u8);
    let helped = use_state(String::new);
    let cards = use_state(|| 0u32);

    {
        // The proposals take focus once they are shown, so the choice is the next Tab away.
        let shown = pending.as_ref().map(|p| p.name.clone());
        use_effect_with(shown, |shown| {
            if shown.is_some() {
                focus_by_id("proposals-heading");
            }
        });
    }

    let on_find = {
        let (name, district, pending, outcome, id) = (
            name.clone(),
            district.clone(),
            pending.clone(),
            outcome.clone(),
            id.clone(),
        );
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let written = name.trim().to_owned();
            if written.is_empty() {
                outcome.set(Outcome::Failed(i18n.t("doors-paper-name-empty")));
                focus_by_id("paper-name");
                return;
            }
            let (district, pending, outcome, id, i18n) = (
                (*district).clone(),
                pending.clone(),
                outcome.clone(),
                id.clone(),
                i18n.clone(),
            );
            yew::platform::spawn_local(async move {
                match api::proposals(&id, &written).await {
                    Ok(proposals) => {
                        outcome.set(Outcome::None);
                        pending.set(Some(Pending {
                            name: written,
                            district,
                            proposals,
                        }));
                    }
                    Err(failure) => outcome.set(Outcome::Failed(failure_text(&i18n, &failure))),
                }
            });
        })
    };

    // After a decision: the line is recorded, the form is empty again for the next one.
    let finish = {
        let (name, district, pending, outcome, key, set) = (
            name.clone(),
            district.clone(),
            pending.clone(),
            outcome.clone(),
            key.clone(),
            props.set.clone(),
        );
        Callback::from(move |(view, text): (DoorView, String)| {
            outcome.set(Outcome::Done(text));
            name.set(String::new());
            district.set(String::new());
            pending.set(None);
            key.set(nonce());
            set.emit(view);
            focus_by_id("paper-name");
        })
    };

    let confirm = |proposal: &MatchProposal| {
        let (busy, outcome, key, id, finish) = (
            busy.clone(),
            outcome.clone(),
            key.clone(),
            id.clone(),
            finish.clone(),
        );
        let i18n = i18n.clone();
        let proposal = proposal.clone();
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            let body = CheckInRequest {
                booking_code: proposal.booking_code.clone(),
                source: Some(Source::Paper),
            };
            let request_key = format!("paper-{}", *key);
            let (busy, outcome, id, finish, i18n, name) = (
                busy.clone(),
                outcome.clone(),
                id.clone(),
                finish.clone(),
                i18n.clone(),
                proposal.name.clone(),
            );
            busy.set(true);
            yew::platform::spawn_local(async move {
                let result = api::check_in(&id, &body, &request_key).await;
                busy.set(false);
                match result {
                    Ok(view) => finish.emit((
                        view,
                        i18n.t_args("doors-checked-in", &[("name", name.into())]),
                    )),
                    Err(failure) => outcome.set(Outcome::Failed(failure_text(&i18n, &failure))),
                }
            });
        })
    };

    let keep_apart = {
        let (busy, outcome, key, id, finish, pending) = (
            busy.clone(),
            outcome.clone(),
            key.clone(),
            id.clone(),
            finish.clone(),
            pending.clone(),
        );
        let i18n = i18n.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(line) = (*pending).clone() else {
                return;
            };
            if *busy {
                return;
            }
            let body = WalkInRequest {
                first_name: line.name.clone(),
                district: line.district.clone(),
                source: Some(Source::Paper),
            };
            let request_key = format!("paper-{}", *key);
            let (busy, outcome, id, finish, i18n) = (
                busy.clone(),
                outcome.clone(),
                id.clone(),
                finish.clone(),
                i18n.clone(),
            );
            busy.set(true);
            yew::platform::spawn_local(async move {
                let result = api::walk_in(&id, &body, &request_key).await;
                busy.set(false);
                match result {
                    Ok(view) => finish.emit((
                        view,
                        i18n.t_args("doors-walked-in", &[("name", line.name.into())]),
                    )),
                    Err(failure) => outcome.set(Outcome::Failed(failure_text(&i18n, &failure))),
                }
            });
        })
    };

    let on_card = {
        let (rating, helped, cards, outcome, busy, key, id) = (
            rating.clone(),
            helped.clone(),
            cards.clone(),
            outcome.clone(),
            busy.clone(),
            key.clone(),
            id.clone(),
        );
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let body = FeedbackCardRequest {
                rating: *rating,
                helped: (*helped).clone(),
            };
            let request_key = format!("card-{}", *key);
            let (rating, helped, cards, outcome, busy, key, id, i18n) = (
                rating.clone(),
                helped.clone(),
                cards.clone(),
                outcome.clone(),
                busy.clone(),
                key.clone(),
                id.clone(),
                i18n.clone(),
            );
            busy.set(true);
            yew::platform::spawn_local(async move {
                let result = api::feedback_card(&id, &body, &request_key).await;
                busy.set(false);
                match result {
                    Ok(()) => {
                        cards.set(*cards + 1);
                        rating.set(0);
                        helped.set(String::new());
                        key.set(nonce());
                        outcome.set(Outcome::Done(i18n.t("doors-card-saved")));
                        focus_by_id("rating-1");
                    }
                    Err(failure) => outcome.set(Outcome::Failed(failure_text(&i18n, &failure))),
                }
            });
        })
    };

    let proposals_view = pending.as_ref().map(|line| {
        html! {
            <section class="proposals" aria-labelledby="proposals-heading">
                <h3 id="proposals-heading" tabindex="-1">
                    { i18n.t_args("doors-proposals-title", &[("name", line.name.clone().into())]) }
                </h3>
                if line.proposals.is_empty() {
                    <p>{ i18n.t("doors-proposals-none") }</p>
                } else {
                    <p>{ i18n.t("doors-proposals-hint") }</p>
                }
                <ul class="proposal-list">
                    { for line.proposals.iter().map(|p| html! {
                        <li>
                            <button type="button" class="button button-large proposal-button"
                                onclick={confirm(p)} disabled={*busy || p.attended}>
                                { i18n.t_args("doors-proposal-confirm", &[("name", p.name.clone().into()), ("code", p.booking_code.clone().into())]) }
                            </button>
                            if p.attended {
                                <p class="hint">{ i18n.t("doors-proposal-attended") }</p>
                            }
                        </li>
                    }) }
                    <li>
                        <button type="button" class="button button-secondary button-large proposal-button"
                            onclick={keep_apart} disabled={*busy}>
                            { i18n.t("doors-proposal-keep-apart") }
                        </button>
                    </li>
                </ul>
            </section>
        }
    });

    let radio = |group: &'static str,
                 value: String,
                 label: String,
                 checked: bool,
                 on: Callback<Event>| {
        let input_id = format!("{group}-{value}");
        html! {
            <div class="radio">
                <input type="radio" name={group} id={input_id.clone()} value={value} {checked} onchange={on} />
                <label for={input_id}>{ label }</label>
            </div>
        }
    };
    let ratings = (1..=5u8).map(|n| {
        let rating = rating.clone();
        radio(
            "rating",
            n.to_string(),
            i18n.t(&format!("doors-rating-{n}")),
            *rating == n,
            Callback::from(move |_: Event| rating.set(n)),
        )
    });
    let helps = ["yes", "partly", "no"].into_iter().map(|h| {
        let helped = helped.clone();
        radio(
            "helped",
            h.to_owned(),
            i18n.t(&format!("doors-helped-{h}")),
            *helped == h,
            Callback::from(move |_: Event| helped.set(h.to_owned())),
        )
    });

    html! {
        <>
            <Link to={Route::CheckIn { id: s.id.clone() }} classes="back-link">{ i18n.t("doors-back-to-door") }</Link>
            <Heading text={i18n.t_args("doors-paper-title", &[("title", s.title.clone().into())])} />
            <p>{ when(&i18n, &s.starts_at, &s.ends_at) }</p>
            <p class="door-count" aria-live="polite">
                { i18n.t_args("doors-present", &[("count", props.door.present.into())]) }
            </p>
            { outcome_view(&outcome) }
            <h2>{ i18n.t("doors-paper-lines-title") }</h2>
            <p>{ i18n.t("doors-paper-lines-hint") }</p>
            <form class="door-form" onsubmit={on_find} novalidate=true>
                <TextField id="paper-name" label={i18n.t("doors-paper-name")}
                    value={(*name).clone()} autocomplete={Some(AttrValue::from("off"))}
                    oninput={let name = name.clone(); Callback::from(move |v: String| name.set(v))} />
                { district_select(&i18n, "paper-district", &district, true, {
                    let district = district.clone();
                    Callback::from(move |v: String| district.set(v))
                }) }
                <button type="submit" class="button" disabled={*busy}>{ i18n.t("doors-paper-find") }</button>
            </form>
            { proposals_view.unwrap_or_default() }
            <h2>{ i18n.t("doors-cards-title") }</h2>
            <p>{ i18n.t_args("doors-cards-count", &[("count", (*cards).into())]) }</p>
            <form class="door-form" onsubmit={on_card} novalidate=true>
                <fieldset class="field">
                    <legend class="label">{ i18n.t("doors-card-rating-question") }</legend>
                    { for ratings }
                </fieldset>
                <fieldset class="field">
                    <legend class="label">{ i18n.t("doors-card-helped-question") }</legend>
                    { for helps }
                </fieldset>
                <button type="submit" class="button" disabled={*busy}>{ i18n.t("doors-card-save") }</button>
            </form>
        </>
    }
}

/// Reading a QR code with the camera through the browser's `BarcodeDetector` (Chromium on
/// Android and ChromeOS, among others). Called through JavaScript reflection: the API is too
/// new for web-sys's stable bindings. Where a browser lacks it, the button is not shown.
mod scanner {
    use js_sys::{Array, Function, Object, Promise, Reflect};
    use std::cell::Cell;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    pub fn available() -> bool {
        web_sys::window()
            .is_some_and(|w| Reflect::has(&w, &"BarcodeDetector".into()).unwrap_or(false))
    }

    fn method(target: &JsValue, name: &str) -> Result<Function, ()> {
        Reflect::get(target, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or(())
    }

    async fn wait(ms: i32) {
        let promise = Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            }
        });
        let _ = JsFuture::from(promise).await;
    }

    /// Shows the back camera in `video` until a QR code is read (its text) or `stop` is set
    /// (`None`); `Err` when the camera could not be opened.
    pub async fn scan(video: &web_sys::Element, stop: &Cell<bool>) -> Result<Option<String>, ()> {
        let window = web_sys::window().ok_or(())?;
        let devices = Reflect::get(&window.navigator(), &"mediaDevices".into()).map_err(|_| ())?;
        let constraints = Object::new();
        let camera = Object::new();
        Reflect::set(&camera, &"facingMode".into(), &"environment".into()).map_err(|_| ())?;
        Reflect::set(&constraints, &"video".into(), &camera).map_err(|_| ())?;
        let request = method(&devices, "getUserMedia")?
            .call1(&devices, &constraints)
            .map_err(|_| ())?;
        let stream = JsFuture::from(Promise::resolve(&request))
            .await
            .map_err(|_| ())?;
        Reflect::set(video, &"srcObject".into(), &stream).map_err(|_| ())?;
        let _ = method(video, "play").and_then(|play| play.call0(video).map_err(|_| ()));
        let options = Object::new();
        let formats = Array::of1(&"qr_code".into());
        let _ = Reflect::set(&options, &"formats".into(), &formats);
        let found = match Reflect::get(&window, &"BarcodeDetector".into())
            .ok()
            .and_then(|c| c.dyn_into::<Function>().ok())
            .and_then(|c| Reflect::construct(&c, &Array::of1(&options)).ok())
        {
            Some(detector) => read(&detector, video, stop).await,
            None => None,
        };
        // The camera goes off as soon as the code is read or scanning stops.
        if let Ok(tracks) =
            method(&stream, "getTracks").and_then(|f| f.call0(&stream).map_err(|_| ()))
        {
            for track in Array::from(&tracks).iter() {
                let _ = method(&track, "stop").map(|stop| stop.call0(&track));
            }
        }
        let _ = Reflect::set(video, &"srcObject".into(), &JsValue::NULL);
        Ok(found)
    }

    async fn read(
        detector: &JsValue,
        video: &web_sys::Element,
        stop: &Cell<bool>,
    ) -> Option<String> {
        let detect = method(detector, "detect").ok()?;
        while !stop.get() {
            if let Ok(promise) = detect.call1(detector, video) {
                if let Ok(codes) = JsFuture::from(Promise::resolve(&promise)).await {
                    let first = Array::from(&codes).get(0);
                    if let Some(text) = Reflect::get(&first, &"rawValue".into())
                        .ok()
                        .and_then(|v| v.as_string())
                    {
                        return Some(text);
                    }
                }
            }
            wait(300).await;
        }
        None
    }
}
