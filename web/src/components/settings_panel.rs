//! The settings panel under each app's header: language, text size, contrast and (in the
//! residents' app) motion.

use super::toggle::{toggle, toggle_group};
use crate::i18n::{use_t, LocaleContext};
use crate::settings::{Settings, SettingsContext, TEXT_SIZES};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsPanelProps {
    pub open: bool,
    pub close: Callback<MouseEvent>,
    /// Offer reduced motion too.
    #[prop_or_default]
    pub motion: bool,
}

#[component(SettingsPanel)]
pub fn settings_panel(props: &SettingsPanelProps) -> Html {
    let i18n = use_t();
    let (Some(locale), Some(settings)) = (
        use_context::<LocaleContext>(),
        use_context::<SettingsContext>(),
    ) else {
        return html! {};
    };
    let current = settings.settings;
    let change = |edit: fn(&mut Settings, u8), value: u8| {
        let set = settings.set.clone();
        Callback::from(move |_| {
            let mut next = current;
            edit(&mut next, value);
            set.emit(next);
        })
    };
    let languages = teilhabe_i18n::LOCALES.iter().map(|l| {
        let set = locale.set_locale.clone();
        let tag = l.tag;
        toggle(
            html! { { l.native_name } },
            l.tag == i18n.locale.tag,
            Some(l.lang),
            Callback::from(move |_| set.emit(tag)),
        )
    });
    let sizes = TEXT_SIZES.iter().map(|(size, label)| {
        toggle(
            html! { { i18n.t(label) } },
            current.text_size == *size,
            None,
            change(|s, v| s.text_size = v, *size),
        )
    });
    let contrast = toggle(
        html! { { i18n.t("settings-contrast") } },
        current.high_contrast,
        None,
        change(|s, _| s.high_contrast = !s.high_contrast, 0),
    );
    let motion = props.motion.then(|| {
        toggle(
            html! { { i18n.t("settings-motion") } },
            current.reduced_motion,
            None,
            change(|s, _| s.reduced_motion = !s.reduced_motion, 0),
        )
    });
    html! {
        <section id="settings" class="settings" aria-label={i18n.t("settings-title")} hidden={!props.open}>
            <div class="container">
                { toggle_group("settings-language", i18n.t("settings-language"), languages.collect()) }
                { toggle_group("settings-text-size", i18n.t("settings-text-size"), sizes.collect()) }
                { toggle_group("settings-display", i18n.t("settings-display"), html! {<>{ contrast }{ motion }</>}) }
                <button type="button" class="button button-secondary" onclick={props.close.clone()}>
                    { i18n.t("settings-close") }
                </button>
            </div>
        </section>
    }
}
