//! "Read aloud": the main text spoken by the browser, where it has a voice for the language.

use crate::i18n::use_t;
use crate::router::use_route;
use crate::speech;
use yew::prelude::*;

#[component(ReadAloud)]
pub fn read_aloud() -> Html {
    let i18n = use_t();
    let lang = i18n.locale.lang;
    let available = use_state(|| false);
    let speaking = use_state(|| false);
    {
        let available = available.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            available.set(speech::voice_for(lang).is_some());
            let watch =
                speech::watch_voices(move || available.set(speech::voice_for(lang).is_some()));
            move || drop(watch)
        });
    }
    {
        // A new page or language ends the reading of the old one.
        let route = use_route();
        let speaking = speaking.clone();
        use_effect_with((route, lang), move |_| {
            move || {
                speech::stop();
                speaking.set(false);
            }
        });
    }
    if !*available {
        return html! {};
    }
    let onclick = {
        let speaking = speaking.clone();
        Callback::from(move |_: MouseEvent| {
            if *speaking {
                speech::stop();
                speaking.set(false);
            } else {
                let done = speaking.clone();
                speaking.set(true);
                speech::speak(&speech::main_text(), lang, move || done.set(false));
            }
        })
    };
    html! {
        <button type="button" class="header-button" aria-pressed={if *speaking { "true" } else { "false" }} {onclick}>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M3 9v6h4l5 4V5L7 9z" />
                <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" />
            </svg>
            { i18n.t("app-read-aloud") }
        </button>
    }
}
