//! The frame around every page: skip link, header with read-aloud and the settings (language,
//! text size, contrast, motion), main, footer.

use crate::app::Route;
use crate::components::read_aloud::ReadAloud;
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_web::components::settings_panel::SettingsPanel;
use yew::html::ChildrenProps;
use yew::prelude::*;

#[component(Layout)]
pub fn layout(props: &ChildrenProps) -> Html {
    let i18n = use_t();
    let open = use_state(|| false);
    let toggle_button = use_node_ref();
    let flip = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let close = {
        let (open, toggle_button) = (open.clone(), toggle_button.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            if let Some(button) = toggle_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let footer_link = |route: Route, label: &str| {
        html! { <li><Link to={route}>{ i18n.t(label) }</Link></li> }
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t("app-skip-link") }</a>
            <header class="site-header">
                <div class="container header-row">
                    <Link to={Route::Start} classes="site-name">{ i18n.t("app-name") }</Link>
                    <div class="header-tools">
                        <ReadAloud />
                        <button type="button" class="header-button" ref={toggle_button}
                            aria-expanded={if *open { "true" } else { "false" }} aria-controls="settings" onclick={flip}>
                            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                <circle cx="12" cy="12" r="9" />
                                <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" />
                            </svg>
                            <span lang={i18n.locale.lang}>{ i18n.locale.native_name }</span>
                            <span aria-hidden="true">{ " · " }</span>
                            { i18n.t("settings-open") }
                        </button>
                    </div>
                </div>
                <SettingsPanel open={*open} {close} motion=true />
            </header>
            <main id="main" class="container" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <div class="container">
                    <p>{ i18n.t("app-footer-text") }</p>
                    <nav aria-label={i18n.t("app-footer-nav-label")}>
                        <ul class="footer-links">
                            { footer_link(Route::EasyRead, "easy-link") }
                            { footer_link(Route::Help, "start-help") }
                            { footer_link(Route::Accessibility, "a11y-title") }
                            { footer_link(Route::ReportBarrier, "report-title") }
                            // The ideas store, a bundle of its own: a plain link loads it.
                            <li><a href="/ideas">{ i18n.t("start-ideas") }</a></li>
                        </ul>
                    </nav>
                </div>
            </footer>
        </>
    }
}
