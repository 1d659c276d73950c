//! A question page (one question per page): back link, error summary, the question as the
//! `h1`, the answer fields, and one button that sends them.

use super::back_link::back_link;
use super::error_summary::{ErrorSummary, ShownError};
use super::page::Heading;
use crate::app::Route;
use crate::i18n::I18n;
use yew::prelude::*;

/// A question page; `fields` are the answer inputs.
pub struct Question {
    /// The page before, if the question is part of a sequence.
    pub back: Option<Route>,
    pub heading: String,
    /// The document title, if it should say less than the heading.
    pub title: Option<String>,
    pub errors: Vec<ShownError>,
    /// Called when the person sends the answers.
    pub onsubmit: Callback<()>,
    /// The button's label; "Continue" if none.
    pub submit: Option<String>,
    /// While the answers are on their way: the button is disabled.
    pub sending: bool,
}

impl Question {
    pub fn new(
        back: Route,
        heading: String,
        errors: Vec<ShownError>,
        onsubmit: Callback<()>,
    ) -> Self {
        Self {
            back: Some(back),
            heading,
            title: None,
            errors,
            onsubmit,
            submit: None,
            sending: false,
        }
    }

    pub fn view(self, i18n: &I18n, fields: Html) -> Html {
        let onsubmit = self.onsubmit.reform(|e: SubmitEvent| e.prevent_default());
        let error = !self.errors.is_empty();
        html! {
            <>
                if let Some(back) = self.back {
                    { back_link(i18n, back) }
                }
                <ErrorSummary errors={self.errors} />
                <form {onsubmit} novalidate=true>
                    <Heading text={self.heading} title={self.title} {error} />
                    { fields }
                    <button type="submit" class="button" disabled={self.sending}>
                        { self.submit.unwrap_or_else(|| i18n.t("app-continue")) }
                    </button>
                </form>
            </>
        }
    }
}

/// The errors of one field, for the summary: each message links to the input `target`.
pub fn field_errors(target: &str, message: &Option<String>) -> Vec<ShownError> {
    message
        .iter()
        .map(|m| ShownError {
            target: target.to_owned(),
            message: m.clone(),
        })
        .collect()
}
