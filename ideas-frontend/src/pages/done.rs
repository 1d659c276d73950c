//! A new idea, sent: thanks, what happens next, and the way on.

use super::ask::use_idea_draft;
use super::step_route;
use teilhabe_frontend::app::Route;
use teilhabe_frontend::components::page::Heading;
use teilhabe_frontend::i18n::use_t;
use teilhabe_frontend::router::{Link, Redirect};
use yew::prelude::*;

#[component(IdeaDone)]
pub fn idea_done() -> Html {
    let i18n = use_t();
    let draft = use_idea_draft();
    let id = draft.get("sent");
    if id.is_empty() {
        return html! { <Redirect to={step_route("what")} /> };
    }
    html! {
        <>
            <Heading text={i18n.t("ideas-ui-done-title")} />
            <p>{ i18n.t("ideas-ui-done-text") }</p>
            <p class="link-line"><Link to={Route::Ideas}>{ i18n.t("ideas-ui-done-list") }</Link></p>
            <p class="link-line"><Link to={step_route("what")}>{ i18n.t("ideas-ui-done-another") }</Link></p>
        </>
    }
}
