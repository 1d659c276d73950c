//! Reading the page aloud with the browser's own voices (Web Speech API).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synthesis() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A voice for `lang` ("de", "ar", …), if the browser has one.
pub fn voice_for(lang: &str) -> Option<SpeechSynthesisVoice> {
    let voices = synthesis()?.get_voices();
    // Not checked with instanceof: anything with a `lang` will do, such as the stand-in
    // synthesis the browser tests install (headless Chromium has no voices).
    voices
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .find(|v| {
            let tag = v.lang().to_ascii_lowercase();
            tag.split(['-', '_']).next() == Some(lang)
        })
}

/// Calls `changed` whenever the browser's list of voices changes (it often arrives late),
/// until the returned watch is dropped.
pub fn watch_voices(changed: impl FnMut() + 'static) -> Option<VoicesWatch> {
    let synthesis = synthesis()?;
    let closure = Closure::<dyn FnMut()>::new(changed);
    synthesis.set_onvoiceschanged(Some(closure.as_ref().unchecked_ref()));
    Some(VoicesWatch(synthesis, closure))
}

/// Keeps the handler alive (the closure is the handler) until dropped.
pub struct VoicesWatch(SpeechSynthesis, #[allow(dead_code)] Closure<dyn FnMut()>);

impl Drop for VoicesWatch {
    fn drop(&mut self) {
        self.0.set_onvoiceschanged(None);
    }
}

/// The main content's text, line by line, without what screen readers skip too (the
/// `aria-hidden` parts, such as the booking code printed for the eye).
pub fn main_text() -> Vec<String> {
    let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return Vec::new();
    };
    // Hidden for a moment, so `innerText` leaves them out; nothing is painted in between.
    let skipped: Vec<web_sys::Element> = main
        .query_selector_all("[aria-hidden=true]:not([hidden])")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default();
    for el in &skipped {
        let _ = el.set_attribute("hidden", "");
    }
    let text = main.inner_text();
    for el in &skipped {
        let _ = el.remove_attribute("hidden");
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Reads `lines` aloud in `lang`, one utterance per line (long utterances are cut off by
/// some browsers), and calls `done` when the last one ends or is stopped.
pub fn speak(lines: &[String], lang: &str, done: impl FnOnce() + 'static) {
    let Some(synthesis) = synthesis() else {
        return;
    };
    synthesis.cancel();
    let voice = voice_for(lang);
    let mut last = None;
    for line in lines {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(line) else {
            continue;
        };
        utterance.set_lang(lang);
        utterance.set_voice(voice.as_ref());
        synthesis.speak(&utterance);
        last = Some(utterance);
    }
    if let Some(last) = last {
        let done = Closure::once_into_js(done);
        last.set_onend(Some(done.unchecked_ref()));
        last.set_onerror(Some(done.unchecked_ref()));
    } else {
        done();
    }
}

/// Stops reading.
pub fn stop() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}
