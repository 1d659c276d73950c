//! Application sent: what happens next.

use super::{forget, use_draft};
use crate::app::Route;
use crate::components::page::Heading;
use crate::i18n::use_t;
use crate::router::Redirect;
use yew::prelude::*;

#[component(ApplyDone)]
pub fn apply_done() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    // Shown once; the answers are not kept longer than needed.
    use_effect_with((), |_| forget());
    if !draft.sent {
        return html! { <Redirect to={Route::Apply} /> };
    }
    html! {
        <>
            <div class="panel">
                <Heading text={i18n.t("apply-done-title")} />
            </div>
            <p class="lead">{ i18n.t_args("apply-done-text", &[("email", draft.email.clone().into())]) }</p>
            <h2>{ i18n.t("apply-done-next-title") }</h2>
            <p>{ i18n.t("apply-done-next-text") }</p>
            <a class="button button-secondary" href="/">{ i18n.t("staff-footer-residents") }</a>
        </>
    }
}
