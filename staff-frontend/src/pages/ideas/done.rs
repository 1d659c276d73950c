//! An idea submitted: what happens next, and the way back to the list (or, for staff typing
//! in idea cards, to the next card).

use super::{use_draft, IdeaDraft};
use crate::app::Route;
use crate::components::page::Heading;
use crate::i18n::use_t;
use crate::router::{Link, Redirect};
use gloo_storage::{SessionStorage, Storage};
use yew::prelude::*;

#[component(IdeaDone)]
pub fn idea_done() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    // Shown once; the answers are not kept longer than needed.
    {
        let paper = draft.paper;
        use_effect_with((), move |_| {
            let _ = SessionStorage::set(super::KEY, IdeaDraft::fresh_for(paper));
        });
    }
    if !draft.sent {
        return html! { <Redirect to={Route::Ideas} /> };
    }
    html! {
        <>
            <div class="panel">
                <Heading text={i18n.t("ideas-ui-done-title")} />
            </div>
            <p class="lead">{ i18n.t("ideas-ui-done-text") }</p>
            <div class="button-group">
                <Link to={Route::Ideas} classes="button">{ i18n.t("ideas-ui-done-list") }</Link>
                <Link to={Route::NewIdea { paper: draft.paper }} classes="button button-secondary">{ i18n.t("ideas-ui-done-another") }</Link>
            </div>
        </>
    }
}
