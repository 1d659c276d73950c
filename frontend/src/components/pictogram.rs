//! A simple picture for each topic; decorative, always next to the topic's name.

use teilhabe_events::Topic;
use yew::prelude::*;

pub fn pictogram(topic: Topic) -> Html {
    let shape = match topic {
        Topic::SmartphoneBasics => html! {<>
            <rect x="16" y="4" width="32" height="56" rx="5" />
            <line x1="28" y1="52" x2="36" y2="52" />
        </>},
        Topic::VideoCalls => html! {<>
            <rect x="6" y="18" width="36" height="28" rx="4" />
            <path d="M42 28 L58 20 L58 44 L42 36 Z" />
        </>},
        Topic::OnlineBanking => html! {<>
            <path d="M8 24 L32 8 L56 24 Z" />
            <line x1="16" y1="28" x2="16" y2="48" />
            <line x1="32" y1="28" x2="32" y2="48" />
            <line x1="48" y1="28" x2="48" y2="48" />
            <line x1="8" y1="54" x2="56" y2="54" />
        </>},
        Topic::TownHallOnline => html! {<>
            <rect x="10" y="22" width="44" height="34" />
            <path d="M6 22 L32 6 L58 22" />
            <rect x="27" y="40" width="10" height="16" />
        </>},
        Topic::Photos => html! {<>
            <rect x="6" y="18" width="52" height="36" rx="4" />
            <circle cx="32" cy="36" r="10" />
            <rect x="22" y="10" width="20" height="8" />
        </>},
        Topic::SpottingScams => html! {<>
            <path d="M32 6 L60 56 L4 56 Z" />
            <line x1="32" y1="24" x2="32" y2="40" />
            <circle cx="32" cy="48" r="1.5" />
        </>},
    };
    html! {
        <svg class="pictogram" viewBox="0 0 64 64" width="48" height="48" aria-hidden="true" focusable="false">
            { shape }
        </svg>
    }
}
