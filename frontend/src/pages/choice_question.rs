//! The question pages answered by choosing: in the sign-up, may we contact you (only asked of
//! those who gave a phone number or e-mail address) and what help you would like; the whole
//! feedback: how the course was (five faces), whether it helped, and last a comment and the
//! topic to learn next (both optional), which sends the feedback and then says thank you.
//!
//! One component reads a table for each question: a component per page would carry the same
//! state, checks and markup again and again in the download.

use super::use_sending;
use crate::api;
use crate::app::Route;
use crate::components::choices::{choice_id, Choice, Choices};
use crate::components::error_summary::failure_errors;
use crate::components::page::Heading;
use crate::components::question::{field_errors, Question};
use crate::components::text_field::TextField;
use crate::draft::{use_draft, FEEDBACK, REGISTRATION};
use crate::i18n::use_t;
use crate::router::{use_navigator, Link, Redirect};
use teilhabe_events::{Comment, Helped, Need, Topic};
use yew::prelude::*;

/// Which question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Consent,
    Needs,
    Rating,
    Helped,
    /// A comment and the next topic; sends the feedback.
    More,
}

impl Step {
    /// The answer's name in the draft and the start of the inputs' ids.
    pub fn name(self) -> &'static str {
        match self {
            Step::Consent => "consent",
            Step::Needs => "needs",
            Step::Rating => "rating",
            Step::Helped => "helped",
            Step::More => "topic",
        }
    }

    /// The answers, in the order shown; each label is the message `prefix` + value.
    fn values(self) -> (&'static str, Vec<&'static str>) {
        match self {
            Step::Consent => ("register-consent-", vec!["yes", "no"]),
            Step::Needs => ("need-", Need::ALL.map(Need::slug).to_vec()),
            Step::Rating => ("feedback-rating-", vec!["5", "4", "3", "2", "1"]),
            Step::Helped => ("feedback-helped-", Helped::ALL.map(Helped::slug).to_vec()),
            Step::More => {
                let mut topics = Topic::ALL.map(Topic::slug).to_vec();
                topics.push("none");
                ("topic-", topics)
            }
        }
    }

    /// The question (the `h1`), its hint, and the error when nothing was chosen (`None`: the
    /// question may be left unanswered).
    fn texts(self) -> (&'static str, Option<&'static str>, Option<&'static str>) {
        match self {
            Step::Consent => (
                "register-consent-title",
                Some("register-consent-hint"),
                Some("register-consent-error-choose"),
            ),
            Step::Needs => ("register-needs-title", Some("register-needs-hint"), None),
            Step::Rating => (
                "feedback-rating-title",
                Some("feedback-rating-hint"),
                Some("feedback-error-rating"),
            ),
            Step::Helped => ("feedback-helped-title", None, Some("feedback-error-helped")),
            Step::More => ("feedback-more-title", None, None),
        }
    }

    /// The page of this question about `subject`.
    pub fn route(self, subject: &str) -> Route {
        let (id, code) = (subject.to_owned(), subject.to_owned());
        match self {
            Step::Consent => Route::RegisterConsent { id },
            Step::Needs => Route::RegisterNeeds { id },
            Step::Rating => Route::FeedbackRating { code },
            Step::Helped => Route::FeedbackHelped { code },
            Step::More => Route::FeedbackMore { code },
        }
    }
}

/// A face for a rating from 1 (very bad: the mouth turned down) to 5 (very good: a wide
/// smile). Decorative: the words beside it say the same.
fn face(rating: &str) -> Html {
    let mouth = match rating {
        "1" => "M15 35q9-9 18 0",
        "2" => "M16 34q8-4 16 0",
        "3" => "M16 32h16",
        "4" => "M16 30q8 5 16 0",
        _ => "M14 28q10 11 20 0",
    };
    html! {
        <svg class="face-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <circle cx="24" cy="24" r="21" />
            <path d={mouth} />
            <path d="M17 18v3M31 18v3" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub step: Step,
    /// The session id (sign-up) or the booking code (feedback).
    pub subject: String,
}

#[component(ChoiceQuestion)]
pub fn choice_question(props: &Props) -> Html {
    let i18n = use_t();
    let step = props.step;
    let subject = props.subject.clone();
    let form = if matches!(step, Step::Consent | Step::Needs) {
        REGISTRATION
    } else {
        FEEDBACK
    };
    let draft = use_draft(form, &subject);
    let name = step.name();
    // The values chosen, separated by commas.
    let chosen = use_state(|| draft.get(name).to_owned());
    let error = use_state(|| false);
    let comment = use_state(|| draft.get("comment").to_owned());
    let sending = use_sending();
    let done = use_state(|| false);
    let navigator = use_navigator();
    if step == Step::Consent && !draft.gave_contact() {
        return html! { <Redirect to={Route::RegisterContact { id: subject }} /> };
    }
    if *done {
        return html! {
            <>
                <div class="panel">
                    <Heading text={i18n.t("feedback-thanks-title")} />
                </div>
                <p class="lead">{ i18n.t("feedback-thanks-text") }</p>
                <div class="button-group">
                    <Link to={Route::Finder} classes="button">{ i18n.t("start-find") }</Link>
                    <Link to={Route::Booking { code: subject }} classes="button button-secondary">
                        { i18n.t("confirm-to-booking") }
                    </Link>
                </div>
            </>
        };
    }
    let (prefix, values) = step.values();
    let (heading, hint, error_key) = step.texts();
    let (back, next) = match step {
        Step::Consent => (
            Route::RegisterContact {
                id: subject.clone(),
            },
            Some(Step::Needs.route(&subject)),
        ),
        Step::Needs => (
            if draft.gave_contact() {
                Step::Consent.route(&subject)
            } else {
                Route::RegisterContact {
                    id: subject.clone(),
                }
            },
            Some(Route::RegisterCheck {
                id: subject.clone(),
            }),
        ),
        Step::Rating => (
            Route::Booking {
                code: subject.clone(),
            },
            Some(Step::Helped.route(&subject)),
        ),
        Step::Helped => (
            Step::Rating.route(&subject),
            Some(Step::More.route(&subject)),
        ),
        Step::More => (Step::Helped.route(&subject), None),
    };
    let comment_error = match Comment::parse(&comment) {
        Err(e) if *error => Some(i18n.t(&e.message_key)),
        _ => None,
    };
    let onsubmit = {
        let (chosen, error, draft, comment) = (
            chosen.clone(),
            error.clone(),
            draft.clone(),
            comment.clone(),
        );
        let (sending, done) = (sending.clone(), done.clone());
        Callback::from(move |()| {
            let unanswered = chosen.is_empty() && error_key.is_some();
            if unanswered || (step == Step::More && Comment::parse(&comment).is_err()) {
                error.set(true);
                return;
            }
            let answer = (*chosen).clone();
            // The comment belongs to the last feedback page only.
            let answers = [(name, answer.as_str()), ("comment", comment.as_str())];
            draft.answer(&answers[..if step == Step::More { 2 } else { 1 }]);
            match &next {
                Some(next) => {
                    navigator.push(next);
                }
                None => {
                    let (draft, done) = (draft.clone(), done.clone());
                    // The answers as just recorded (the handle still shows the page's start).
                    let mut answers = (*draft).clone();
                    answers.set(name, &answer);
                    answers.set("comment", &comment);
                    sending.start(Box::pin(async move {
                        let json = api::to_json(&answers.feedback_request());
                        let key = answers.idempotency_key(&json);
                        api::give_feedback(&answers.subject, &json, &key).await?;
                        done.set(true);
                        Ok(())
                    }));
                }
            }
        })
    };
    let onchange = {
        let (chosen, values) = (chosen.clone(), values.clone());
        let multiple = step == Step::Needs;
        Callback::from(move |(value, on): (&'static str, bool)| {
            // Ticked answers keep the order of the list, whatever the order of ticking.
            let next: Vec<&str> = values
                .iter()
                .copied()
                .filter(|v| match *v == value {
                    true => on,
                    false => multiple && chosen.split(',').any(|c| c == *v),
                })
                .collect();
            chosen.set(next.join(","));
        })
    };
    // The consent question names the number or address it is about, kept on one line.
    let args = [
        ("kind", draft.get("contact").into()),
        (
            "contact",
            draft.get("contact-value").replace(' ', "\u{a0}").into(),
        ),
    ];
    let choices = values
        .iter()
        .copied()
        .map(|v| {
            let words = i18n.t(&format!("{prefix}{v}"));
            let mut choice = if step == Step::Rating {
                Choice::new(v, html! {<>{ face(v) }<span>{ words }</span></>})
            } else {
                Choice::new(v, words)
            };
            if step == Step::Consent && v == "no" {
                choice.hint = Some(i18n.t_args("register-consent-no-hint", &args));
            }
            choice
        })
        .collect();
    let message = (*error).then(|| error_key.map(|k| i18n.t(k))).flatten();
    let heading = i18n.t_args(heading, &args);
    let more = step == Step::More;
    let choices = Choices {
        name,
        legend: if more {
            i18n.t("feedback-topic-legend")
        } else {
            heading.clone()
        },
        legend_hidden: !more,
        hint: hint.map(|h| i18n.t(h)),
        choices,
        chosen: (*chosen).clone(),
        multiple: step == Step::Needs,
        onchange,
        error: message.clone(),
        class: (step == Step::Rating).then_some("faces"),
    };
    let mut errors = field_errors(&choice_id(name, values[0]), &message);
    errors.extend(field_errors("comment", &comment_error));
    errors.extend(failure_errors(&i18n, sending.failure.as_ref(), |_| ""));
    let mut question = Question::new(back, heading, errors, onsubmit);
    question.sending = *sending.busy;
    if step == Step::Consent {
        // The document title (kept in the browser's history) without the phone number.
        question.title = Some(i18n.t_args("register-consent-title-short", &args));
    }
    let fields = if more {
        question.submit = Some(i18n.t(if *sending.busy {
            "register-check-submitting"
        } else {
            "feedback-send"
        }));
        let value = (*comment).clone();
        let oninput = Callback::from(move |v: String| comment.set(v));
        let mut field = TextField::new("comment", i18n.t("feedback-comment-label"), value, oninput);
        field.hint = Some(i18n.t("feedback-comment-hint"));
        field.error = comment_error;
        field.input_type = None;
        html! {<>{ field.view() }{ choices.view() }</>}
    } else {
        choices.view()
    };
    question.view(&i18n, fields)
}
