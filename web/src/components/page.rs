//! Every page's heading: it sets the document title and takes focus after a route change,
//! so a screen reader announces the new page.

use crate::i18n::use_t;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// The first page after loading keeps the browser's focus (at the top, before the skip link).
    static FIRST_PAGE: Cell<bool> = const { Cell::new(true) };
}

/// What differs between the apps' pages: the message id of the site's name, which ends every
/// document title (`Anmelden – Teilhabe`).
pub trait Site: 'static {
    const TITLE_SUFFIX: &'static str;
}

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: String,
    /// True when the page shows errors: the title then starts with "Fehler: ".
    #[prop_or_default]
    pub error: bool,
    /// The document title, when it should say less than the heading (no phone number in the
    /// browser's history).
    #[prop_or_default]
    pub title: Option<String>,
}

/// The page's `h1` (each app names it: `type Heading = page::Heading<Residents>`).
#[component(Heading)]
pub fn heading<S: Site>(props: &HeadingProps) -> Html {
    let i18n = use_t();
    let node = use_node_ref();
    let text = props.title.as_ref().unwrap_or(&props.text);
    let title = if props.error {
        format!(
            "{}: {} – {}",
            i18n.t("app-error-title-prefix"),
            text,
            i18n.t(S::TITLE_SUFFIX)
        )
    } else {
        format!("{} – {}", text, i18n.t(S::TITLE_SUFFIX))
    };
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
    {
        // Focus follows a new heading, not a new title: when errors appear, the error
        // summary takes focus instead.
        let node = node.clone();
        use_effect_with(props.text.clone(), move |_| {
            let first = FIRST_PAGE.with(|f| f.replace(false));
            if !first {
                if let Some(h1) = node.cast::<web_sys::HtmlElement>() {
                    let _ = h1.focus();
                }
            }
        });
    }
    html! { <h1 id="page-heading" tabindex="-1" ref={node}>{ &props.text }</h1> }
}

/// Moves focus to the element with this id (used by error-summary links).
pub fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
