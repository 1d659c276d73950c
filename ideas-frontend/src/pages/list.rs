//! `/ideas`: every idea with its state in words and its supporters, narrowed by field of action
//! and by state with large toggle buttons; each idea's title leads to its page.

use super::{field_name, idea_title, state_name, state_tag, use_ideas, FIELDS, STATES};
use teilhabe_events::ideas::{FieldOfAction, IdeaState, IdeaView};
use teilhabe_frontend::app::Route;
use teilhabe_frontend::components::page::Heading;
use teilhabe_frontend::components::toggle::{toggle, toggle_group};
use teilhabe_frontend::i18n::{use_t, I18n};
use teilhabe_frontend::router::Link;
use teilhabe_web::load::{load_status, Load};
use yew::prelude::*;

/// One idea in the list: its title as a link to its page, state, field and supporters.
fn item(i18n: &I18n, view: &IdeaView) -> Html {
    html! {
        <li class="card idea">
            <h2><Link to={Route::Idea { id: view.id.clone() }}>{ idea_title(view) }</Link></h2>
            <dl class="facts">
                <div><dt>{ i18n.t("ideas-ui-state") }</dt><dd>{ state_tag(i18n, view.state) }</dd></div>
                <div><dt>{ i18n.t("ideas-ui-field") }</dt><dd>{ field_name(i18n, view.idea.field) }</dd></div>
            </dl>
            <p>{ i18n.t_args("ideas-ui-supporters", &[("count", view.supporters.into())]) }</p>
        </li>
    }
}

#[component(IdeasList)]
pub fn ideas_list() -> Html {
    let i18n = use_t();
    let ideas = use_ideas();
    let field = use_state(|| None::<FieldOfAction>);
    let state = use_state(|| None::<IdeaState>);
    let body = match &*ideas {
        Load::Loading => load_status(&i18n, None),
        Load::Failed(failure) => load_status(&i18n, Some(failure)),
        Load::Ready(list) => {
            let pick_field = |f: Option<FieldOfAction>| {
                let field = field.clone();
                Callback::from(move |_: MouseEvent| field.set(f))
            };
            let pick_state = |s: Option<IdeaState>| {
                let state = state.clone();
                Callback::from(move |_: MouseEvent| state.set(s))
            };
            let field_buttons = std::iter::once(toggle(
                html! { i18n.t("ideas-ui-filter-all") },
                field.is_none(),
                None,
                pick_field(None),
            ))
            .chain(FIELDS.iter().map(|f| {
                toggle(
                    html! { field_name(&i18n, *f) },
                    *field == Some(*f),
                    None,
                    pick_field(Some(*f)),
                )
            }));
            let state_buttons = std::iter::once(toggle(
                html! { i18n.t("ideas-ui-filter-all-states") },
                state.is_none(),
                None,
                pick_state(None),
            ))
            .chain(STATES.iter().map(|s| {
                toggle(
                    html! { state_name(&i18n, *s) },
                    *state == Some(*s),
                    None,
                    pick_state(Some(*s)),
                )
            }));
            let shown: Vec<&IdeaView> = list
                .iter()
                .filter(|v| field.is_none_or(|f| v.idea.field == f))
                .filter(|v| state.is_none_or(|s| v.state == s))
                .collect();
            html! {
                <>
                    <div class="filters">
                        { toggle_group("ideas-filter-field", i18n.t("ideas-ui-filter-label"), field_buttons.collect()) }
                        { toggle_group("ideas-filter-state", i18n.t("ideas-ui-state-filter-label"), state_buttons.collect()) }
                    </div>
                    <p class="result-count" role="status">
                        { i18n.t_args("ideas-ui-count", &[("count", (shown.len() as u32).into())]) }
                    </p>
                    if shown.is_empty() {
                        <p>{ i18n.t("ideas-ui-none") }</p>
                    } else {
                        <ul class="idea-list">
                            { for shown.iter().map(|v| item(&i18n, v)) }
                        </ul>
                    }
                </>
            }
        }
    };
    html! {
        <>
            <Heading text={i18n.t("ideas-ui-title")} />
            <p class="lead">{ i18n.t("ideas-ui-intro") }</p>
            <p><Link to={super::step_route("what")} classes="button">{ i18n.t("ideas-ui-submit-link") }</Link></p>
            <p class="link-line"><Link to={Route::IdeasWall}>{ i18n.t("ideas-ui-wall-link") }</Link></p>
            { body }
        </>
    }
}
