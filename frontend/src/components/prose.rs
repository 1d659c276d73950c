//! Running text from Fluent messages: sections with a heading, paragraphs and lists. A list
//! is one message with one item per line, so translators see it whole.

use crate::i18n::I18n;
use yew::prelude::*;

/// One paragraph per message id.
pub fn paragraphs(i18n: &I18n, ids: &[&str]) -> Html {
    ids.iter()
        .map(|id| html! { <p>{ i18n.t(id) }</p> })
        .collect()
}

/// Paragraphs with one sentence per line, as Leichte Sprache sets text: each message is a
/// paragraph, each line of it a line of its own.
pub fn lines(i18n: &I18n, ids: &[&str]) -> Html {
    ids.iter()
        .map(|id| {
            let text = i18n.t(id);
            html! {
                <p class="lines">
                    { for text.lines().map(|l| html! { <span>{ l.trim().to_owned() }</span> }) }
                </p>
            }
        })
        .collect()
}

/// A bulleted (or, with `numbered`, numbered) list: one item per line of the message.
pub fn list(i18n: &I18n, id: &str, numbered: bool) -> Html {
    let items: Html = i18n
        .t(id)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| html! { <li>{ l.to_owned() }</li> })
        .collect();
    if numbered {
        html! { <ol>{ items }</ol> }
    } else {
        html! { <ul>{ items }</ul> }
    }
}

/// A section: a second-level heading and what follows it.
pub fn section(i18n: &I18n, heading: &str, body: Html) -> Html {
    html! {
        <section>
            <h2>{ i18n.t(heading) }</h2>
            { body }
        </section>
    }
}

/// One fact of a list of facts (`<dl class="facts">`): its label and its value.
pub fn fact(i18n: &I18n, label: &str, value: Html) -> Html {
    html! {
        <div>
            <dt>{ i18n.t(label) }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

/// The office's phone number as a link that dials it.
pub fn phone_link(i18n: &I18n) -> Html {
    let number = i18n.t("help-phone-number");
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    html! { <a class="phone" href={format!("tel:{digits}")}>{ number }</a> }
}
