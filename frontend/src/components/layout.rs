//! The frame around every page: skip link, header with language switch, main, footer.

use crate::app::Route;
use crate::i18n::{use_t, LocaleContext};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[function_component(LanguageSwitch)]
fn language_switch() -> Html {
    let context = use_context::<LocaleContext>();
    let i18n = use_t();
    let Some(context) = context else {
        return html! {};
    };
    html! {
        <nav class="languages" aria-label={i18n.t("app-language-label")}>
            <ul>
                { for teilhabe_i18n::LOCALES.iter().map(|locale| {
                    let current = locale.tag == i18n.locale.tag;
                    let set = context.set_locale.clone();
                    let tag = locale.tag;
                    let onclick = Callback::from(move |_| set.emit(tag));
                    html! {
                        <li>
                            <button type="button" class="language" lang={locale.tag}
                                aria-pressed={if current { "true" } else { "false" }} {onclick}>
                                { locale.native_name }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let i18n = use_t();
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t("app-skip-link") }</a>
            <header class="site-header">
                <div class="container header-row">
                    <Link<Route> to={Route::Start} classes="site-name">{ i18n.t("app-name") }</Link<Route>>
                    <LanguageSwitch />
                </div>
            </header>
            <main id="main" class="container" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <div class="container">
                    <p>{ i18n.t("app-footer-text") }</p>
                    <p><Link<Route> to={Route::Help}>{ i18n.t("start-help") }</Link<Route>></p>
                </div>
            </footer>
        </>
    }
}
