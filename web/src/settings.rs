//! How a person likes the pages shown: text size, contrast and motion. Remembered in the
//! browser and applied as attributes on `<html>`, which the style sheet reads.

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

const STORAGE_KEY: &str = "teilhabe.settings";

/// Text sizes, as a share of the normal size: 100 %, 150 % and 200 %.
pub const TEXT_SIZES: [(u8, &str); 3] = [
    (0, "settings-text-normal"),
    (1, "settings-text-large"),
    (2, "settings-text-largest"),
];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// An index into [`TEXT_SIZES`].
    pub text_size: u8,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

impl Settings {
    /// The settings remembered in this browser (stored as three digits, e.g. `"210"`: text
    /// size, contrast, motion), or the defaults.
    pub fn load() -> Self {
        let stored: String = LocalStorage::get(STORAGE_KEY).unwrap_or_default();
        let digit = |i: usize| stored.as_bytes().get(i).map_or(0, |b| b.wrapping_sub(b'0'));
        Self {
            text_size: digit(0).min(TEXT_SIZES.len() as u8 - 1),
            high_contrast: digit(1) == 1,
            reduced_motion: digit(2) == 1,
        }
    }

    fn stored(&self) -> String {
        format!(
            "{}{}{}",
            self.text_size,
            u8::from(self.high_contrast),
            u8::from(self.reduced_motion)
        )
    }

    /// Remembers the settings and shows the page with them.
    pub fn apply(&self) {
        let _ = LocalStorage::set(STORAGE_KEY, self.stored());
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let set = |name: &str, value: Option<&str>| {
            let _ = match value {
                Some(value) => root.set_attribute(name, value),
                None => root.remove_attribute(name),
            };
        };
        let size = ["", "large", "largest"][usize::from(self.text_size)];
        set("data-text-size", (!size.is_empty()).then_some(size));
        set("data-contrast", self.high_contrast.then_some("high"));
        set("data-motion", self.reduced_motion.then_some("reduced"));
    }
}

/// The settings in use and a way to change them.
#[derive(Clone, PartialEq)]
pub struct SettingsContext {
    pub settings: Settings,
    pub set: Callback<Settings>,
}

/// The settings, remembered and applied whenever they change.
#[hook]
pub fn use_settings_state() -> SettingsContext {
    let settings = use_state(Settings::load);
    use_effect_with(*settings, |s| s.apply());
    let set = {
        let settings = settings.clone();
        Callback::from(move |s: Settings| settings.set(s))
    };
    SettingsContext {
        settings: *settings,
        set,
    }
}
