//! The principles of cooperation as the office published them, in full: paragraphs, and lists
//! where lines start with a dash.

use crate::components::choices::{Choice, Choices};
use crate::i18n::use_t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrinciplesTextProps {
    pub text: String,
}

/// One block of the text: a paragraph or a list.
#[derive(Debug, PartialEq)]
enum Block<'a> {
    Paragraph(&'a str),
    List(Vec<&'a str>),
}

/// Every line is a paragraph, except that lines starting with "-", "*" or "•" make a list.
fn blocks(text: &str) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let item = ["- ", "* ", "• "]
            .iter()
            .find_map(|mark| line.strip_prefix(mark));
        match (item, out.last_mut()) {
            (Some(item), Some(Block::List(items))) => items.push(item.trim_start()),
            (Some(item), _) => out.push(Block::List(vec![item.trim_start()])),
            (None, _) => out.push(Block::Paragraph(line)),
        }
    }
    out
}

#[component(PrinciplesText)]
pub fn principles_text(props: &PrinciplesTextProps) -> Html {
    let i18n = use_t();
    // The office writes the principles in German.
    let german = i18n.locale.lang == "de";
    let items = blocks(&props.text).into_iter().map(|b| match b {
        Block::Paragraph(p) => html! { <p>{ p }</p> },
        Block::List(items) => html! {
            <ul>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        },
    });
    html! {
        <>
            if !german {
                <p class="hint">{ i18n.t("staff-principles-german-note") }</p>
            }
            <div class="principles prose" lang={(!german).then_some("de")}>{ for items }</div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrinciplesConsentProps {
    /// Whether the box is ticked; the component keeps it up to date.
    pub accepted: UseStateHandle<bool>,
    pub error: Option<String>,
}

/// The one box that accepts the principles (field `accept`, value `yes`), as the application
/// and an ambassador asked to accept a new version show it.
#[component(PrinciplesConsent)]
pub fn principles_consent(props: &PrinciplesConsentProps) -> Html {
    let i18n = use_t();
    let onchange = {
        let accepted = props.accepted.clone();
        Callback::from(move |(_, on): (AttrValue, bool)| accepted.set(on))
    };
    let chosen = if *props.accepted {
        vec![AttrValue::Static("yes")]
    } else {
        vec![]
    };
    html! {
        <Choices name="accept" legend={i18n.t("apply-principles-legend")} multiple=true
            choices={vec![Choice::new("yes", html! { { i18n.t("apply-principles-accept") } })]}
            {chosen} {onchange} error={props.error.clone()} />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashed_lines_become_a_list_and_the_rest_paragraphs() {
        let text = "Wir arbeiten zusammen.\nAuf Augenhöhe.\n\n- respektvoll\n- offen\n\nEnde.";
        assert_eq!(
            blocks(text),
            [
                Block::Paragraph("Wir arbeiten zusammen."),
                Block::Paragraph("Auf Augenhöhe."),
                Block::List(vec!["respektvoll", "offen"]),
                Block::Paragraph("Ende."),
            ]
        );
    }
}
