//! The programme report as of any instant, recomputed by the server from the events up to it:
//! every figure as a chart and as a table, and as a CSV download.

use super::{group_name, mean, moment_in_words, percent, Group};
use crate::api;
use crate::app::Route;
use crate::components::bar_chart::BarChart;
use crate::components::demand::DemandFigures;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::format::{date_input, local_date_time, today};
use crate::i18n::{use_t, I18n};
use crate::pages::auditor::{local_moment, LogQuery};
use crate::router::{use_navigator, Link};
use std::collections::BTreeMap;
use teilhabe_events::audit_api::{Report, ReportRow, SourceRow};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The instant (RFC 3339); now when absent.
    pub as_of: Option<String>,
}

/// The date and time fields' values for an instant, or for now.
fn field_values(as_of: Option<&str>) -> (String, String) {
    match as_of.and_then(local_moment) {
        Some((day, time)) => (date_input(day), time),
        None => {
            let now = js_sys::Date::new_0();
            let time = format!("{:02}:{:02}", now.get_hours(), now.get_minutes());
            (date_input(today()), time)
        }
    }
}

#[component(AuditReport)]
pub fn audit_report(props: &Props) -> Html {
    let i18n = use_t();
    let navigator = use_navigator();
    let loaded = use_load(
        props.as_of.clone().unwrap_or_default(),
        |at: String| async move { api::audit_report((!at.is_empty()).then_some(at.as_str())).await },
    );
    let fields = use_state(|| field_values(props.as_of.as_deref()));
    let error = use_state(|| false);
    {
        // Back and forward change the instant: the fields follow.
        let (fields, error) = (fields.clone(), error.clone());
        use_effect_with(props.as_of.clone(), move |as_of| {
            fields.set(field_values(as_of.as_deref()));
            error.set(false);
        });
    }
    let on_date = {
        let fields = fields.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            fields.set((input.value(), fields.1.clone()));
        })
    };
    let on_time = {
        let fields = fields.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            fields.set((fields.0.clone(), input.value()));
        })
    };
    let onsubmit = {
        let (fields, error) = (fields.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match local_date_time(&fields.0, &fields.1) {
                Some(at) => {
                    error.set(false);
                    let as_of = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
                    navigator.push(&Route::AuditReport { as_of: Some(as_of) });
                }
                None => error.set(true),
            }
        })
    };
    let invalid = error.then_some("true");
    let described = error.then_some("as-of-error");
    html! {
        <div class="audit-page">
            <Heading text={i18n.t("audit-report-title")} />
            if let Load::Ready(report) = &*loaded.state {
                <p class="caption as-of" aria-live="polite">
                    { i18n.t_args("audit-report-as-of", &[("when", moment_in_words(&i18n, &report.as_of).into())]) }
                </p>
            }
            <p>{ i18n.t("audit-report-intro") }</p>
            <form class="as-of-form no-print" {onsubmit} novalidate=true>
                <fieldset class={classes!("field", error.then_some("field-error"))}>
                    <legend class="label">{ i18n.t("audit-as-of-legend") }</legend>
                    if *error {
                        <p class="error-message" id="as-of-error" role="alert">{ i18n.t("audit-as-of-error") }</p>
                    }
                    <div class="inline-fields">
                        <div class="field">
                            <label class="label" for="as-of-date">{ i18n.t("audit-as-of-date") }</label>
                            <input class="input input-short" id="as-of-date" name="as-of-date" type="date"
                                value={fields.0.clone()} aria-invalid={invalid} aria-describedby={described} oninput={on_date} />
                        </div>
                        <div class="field">
                            <label class="label" for="as-of-time">{ i18n.t("audit-as-of-time") }</label>
                            <input class="input input-short" id="as-of-time" name="as-of-time" type="time"
                                value={fields.1.clone()} aria-invalid={invalid} aria-describedby={described} oninput={on_time} />
                        </div>
                    </div>
                </fieldset>
                <div class="button-group">
                    <button type="submit" class="button">{ i18n.t("audit-as-of-submit") }</button>
                    if props.as_of.is_some() {
                        <p class="link-line"><Link to={Route::AuditReport { as_of: None }}>{ i18n.t("audit-as-of-now") }</Link></p>
                    }
                </div>
            </form>
            {
                loaded.state.view(|report| figures(&i18n, report))
            }
        </div>
    }
}

/// The column headings of a group's figures, in the order of [`figure_cells`].
const FIGURES: [&str; 10] = [
    "audit-col-registrations",
    "audit-col-waitlisted",
    "audit-col-cancelled",
    "audit-col-attended",
    "audit-col-no-shows",
    "audit-col-attendance-rate",
    "audit-col-feedback",
    "audit-col-rating",
    "audit-col-helped",
    "audit-col-walk-ins",
];

/// A group's figures as written in its table.
fn figure_cells(i18n: &I18n, r: &ReportRow) -> [String; 10] {
    [
        r.registrations.to_string(),
        r.waitlisted.to_string(),
        r.cancelled.to_string(),
        r.attended.to_string(),
        r.no_shows.to_string(),
        percent(r.attended, r.attended + r.no_shows),
        r.feedback.to_string(),
        mean(i18n, r.rating_sum, r.feedback),
        percent(r.helped_yes, r.feedback),
        r.walk_ins.to_string(),
    ]
}

/// A table in a box that scrolls sideways on a narrow screen (by keyboard too, once focused),
/// named by its caption.
fn scroll_table(caption_id: &str, caption: String, head: Html, body: Html) -> Html {
    // Two columns (the totals) need no more room than their words.
    let narrow = (caption_id == "totals-caption").then_some("table-narrow");
    html! {
        <div class="table-scroll" role="region" aria-labelledby={caption_id.to_owned()} tabindex="0">
            <table class={classes!("table", narrow)}>
                <caption id={caption_id.to_owned()}>{ caption }</caption>
                <thead>{ head }</thead>
                <tbody>{ body }</tbody>
            </table>
        </div>
    }
}

/// A section with a chart and, below it, the table of the same figures (and more).
fn chart_and_table(
    id: &str,
    title: String,
    chart_title: String,
    chart: Vec<(String, u32)>,
    table: Html,
) -> Html {
    html! {
        <section class="report-section" aria-labelledby={format!("{id}-heading")}>
            <h2 id={format!("{id}-heading")}>{ title }</h2>
            <div class="chart-pair">
                <div class="chart-box">
                    <BarChart id={format!("{id}-chart")} title={chart_title} rows={chart} />
                </div>
                { table }
            </div>
        </section>
    }
}

fn figures(i18n: &I18n, report: &Report) -> Html {
    let totals = figure_cells(i18n, &report.totals);
    let total_rows = FIGURES.iter().zip(&totals).map(|(label, value)| {
        html! { <tr><th scope="row">{ i18n.t(label) }</th><td>{ value }</td></tr> }
    });
    let groups = [
        (
            "month",
            Group::Month,
            "audit-by-month",
            "audit-col-month",
            &report.by_month,
        ),
        (
            "topic",
            Group::Topic,
            "audit-by-topic",
            "audit-col-topic",
            &report.by_topic,
        ),
        (
            "district",
            Group::District,
            "audit-by-district",
            "audit-col-district",
            &report.by_district,
        ),
        (
            "channel",
            Group::Channel,
            "audit-by-channel",
            "audit-col-channel",
            &report.by_channel,
        ),
    ];
    let sections = groups.into_iter().map(|(id, group, title, column, rows)| {
        group_section(i18n, id, group, title, column, rows)
    });
    let csv = api::report_csv_url(&report.as_of);
    let when = moment_in_words(i18n, &report.as_of);
    html! {
        <>
            <section class="report-section" aria-labelledby="totals-heading">
                <h2 id="totals-heading">{ i18n.t("audit-totals-title") }</h2>
                <p>{ i18n.t_args("audit-events-included", &[("position", (report.position as i64).into())]) }</p>
                <p>{ i18n.t("audit-report-anchor") }{ " " }<code class="code-text hash-full">{ format!("{}:{}", report.position, report.hash) }</code></p>
                {
                    scroll_table(
                        "totals-caption",
                        i18n.t_args("audit-totals-caption", &[("when", when.clone().into())]),
                        html! { <tr><th scope="col">{ i18n.t("audit-col-figure") }</th><th scope="col">{ i18n.t("audit-col-value") }</th></tr> },
                        total_rows.collect::<Html>(),
                    )
                }
                <p class="hint">{ i18n.t("audit-figures-note") }</p>
            </section>
            { for sections }
            { source_section(i18n, &report.by_source) }
            { outreach_section(i18n, report) }
            { ideas_section(i18n, report) }
            <DemandFigures demand={report.demand.clone()} />
            <section class="report-section no-print" aria-labelledby="downloads-heading">
                <h2 id="downloads-heading">{ i18n.t("audit-downloads-title") }</h2>
                <ul class="link-list">
                    <li><a href={csv} download="">{ i18n.t_args("audit-download-csv", &[("when", when.into())]) }</a></li>
                    <li><a href={api::log_export_url()} download="">{ i18n.t("audit-download-jsonl") }</a></li>
                    <li><Link to={Route::AuditLog(LogQuery::START)}>{ i18n.t("audit-to-log") }</Link></li>
                </ul>
            </section>
        </>
    }
}

/// One row of a figures table: the group's name, its figures as written, and the value its
/// bar shows in the chart.
struct FigureRow {
    name: String,
    cells: Vec<String>,
    bar: u32,
}

/// A section with a table of figures per group (`column` names the groups, `figures` the
/// columns) and a chart of one of them (`bar`), or a line saying there is nothing yet.
fn figures_section(
    i18n: &I18n,
    id: &str,
    title: String,
    column: &str,
    figures: &[&str],
    bar: &str,
    rows: Vec<FigureRow>,
) -> Html {
    if rows.is_empty() {
        return html! {
            <section class="report-section">
                <h2>{ title }</h2>
                <p>{ i18n.t("audit-none") }</p>
            </section>
        };
    }
    let chart = rows.iter().map(|r| (r.name.clone(), r.bar)).collect();
    let chart_title = i18n.t_args(
        "audit-chart-title",
        &[
            ("group", title.clone().into()),
            ("figure", i18n.t(bar).into()),
        ],
    );
    let head = html! {
        <tr>
            <th scope="col">{ i18n.t(column) }</th>
            { for figures.iter().map(|f| html! { <th scope="col">{ i18n.t(f) }</th> }) }
        </tr>
    };
    let body = rows.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">{ &r.name }</th>
                { for r.cells.iter().map(|v| html! { <td>{ v }</td> }) }
            </tr>
        }
    });
    let caption = i18n.t_args("audit-table-caption", &[("group", title.clone().into())]);
    let table = scroll_table(
        &format!("table-{id}"),
        caption,
        head,
        body.collect::<Html>(),
    );
    chart_and_table(id, title, chart_title, chart, table)
}

fn group_section(
    i18n: &I18n,
    id: &str,
    group: Group,
    title: &str,
    column: &str,
    rows: &[ReportRow],
) -> Html {
    let rows = rows
        .iter()
        .map(|r| FigureRow {
            name: group_name(i18n, group, &r.key),
            cells: figure_cells(i18n, r).to_vec(),
            bar: r.registrations,
        })
        .collect();
    figures_section(
        i18n,
        id,
        i18n.t(title),
        column,
        &FIGURES,
        "audit-col-registrations",
        rows,
    )
}

/// The column headings of the sources' figures, in the order of [`source_cells`].
const SOURCE_FIGURES: [&str; 7] = [
    "audit-col-attended",
    "audit-col-no-shows",
    "audit-col-walk-ins",
    "audit-col-people-came",
    "audit-col-feedback",
    "audit-col-rating",
    "audit-col-helped",
];

fn source_cells(i18n: &I18n, r: &SourceRow) -> [String; 7] {
    [
        r.attended.to_string(),
        r.no_shows.to_string(),
        r.walk_ins.to_string(),
        (r.attended + r.walk_ins).to_string(),
        r.feedback.to_string(),
        mean(i18n, r.rating_sum, r.feedback),
        percent(r.helped_yes, r.feedback),
    ]
}

/// Attendance and feedback by where they were recorded: online, on the office's list, at the
/// door, from paper.
fn source_section(i18n: &I18n, rows: &[SourceRow]) -> Html {
    let rows = rows
        .iter()
        .map(|r| FigureRow {
            name: group_name(i18n, Group::Source, &r.source),
            cells: source_cells(i18n, r).to_vec(),
            bar: r.attended + r.walk_ins,
        })
        .collect();
    html! {
        <>
            {
                figures_section(
                    i18n,
                    "source",
                    i18n.t("audit-by-source"),
                    "audit-col-source",
                    &SOURCE_FIGURES,
                    "audit-col-people-came",
                    rows,
                )
            }
            <p class="hint">{ i18n.t("audit-source-note") }</p>
        </>
    }
}

fn outreach_section(i18n: &I18n, report: &Report) -> Html {
    let title = i18n.t("audit-outreach-title");
    if report.outreach.is_empty() {
        return html! {
            <section class="report-section">
                <h2>{ title }</h2>
                <p>{ i18n.t("audit-none") }</p>
            </section>
        };
    }
    let mut by_district: BTreeMap<&str, u32> = BTreeMap::new();
    for o in &report.outreach {
        *by_district.entry(o.district.as_str()).or_default() += o.people;
    }
    let chart = by_district
        .into_iter()
        .map(|(d, people)| (d.to_owned(), people))
        .collect();
    let chart_title = i18n.t_args(
        "audit-chart-title",
        &[
            ("group", i18n.t("audit-by-district").into()),
            ("figure", i18n.t("audit-col-people").into()),
        ],
    );
    let head = html! {
        <tr>
            <th scope="col">{ i18n.t("audit-col-month") }</th>
            <th scope="col">{ i18n.t("audit-col-district") }</th>
            <th scope="col">{ i18n.t("audit-col-entries") }</th>
            <th scope="col">{ i18n.t("audit-col-people") }</th>
            <th scope="col">{ i18n.t("audit-col-minutes") }</th>
        </tr>
    };
    let body = report.outreach.iter().map(|o| {
        html! {
            <tr>
                <th scope="row">{ group_name(i18n, Group::Month, &o.month) }</th>
                <td>{ &o.district }</td>
                <td>{ o.entries }</td>
                <td>{ o.people }</td>
                <td>{ o.minutes }</td>
            </tr>
        }
    });
    let caption = i18n.t_args("audit-table-caption", &[("group", title.clone().into())]);
    let table = scroll_table("table-outreach", caption, head, body.collect::<Html>());
    chart_and_table("outreach", title, chart_title, chart, table)
}

/// The fields of action and the states of an idea, in the order the programme names them.
const FIELDS: [&str; 4] = ["living", "experiencing", "working", "working-with"];
const STATES: [&str; 6] = [
    "submitted",
    "assessing",
    "pilot",
    "kept",
    "merged",
    "not-pursued",
];

fn ideas_section(i18n: &I18n, report: &Report) -> Html {
    let title = i18n.t("audit-ideas-title");
    if report.ideas.is_empty() {
        return html! {
            <section class="report-section">
                <h2>{ title }</h2>
                <p>{ i18n.t("audit-none") }</p>
            </section>
        };
    }
    let count = |field: &str, state: &str| {
        report
            .ideas
            .iter()
            .filter(|i| i.field == field && (state.is_empty() || i.state == state))
            .map(|i| i.count)
            .sum::<u32>()
    };
    let chart = FIELDS
        .iter()
        .map(|f| (group_name(i18n, Group::Field, f), count(f, "")))
        .collect();
    let chart_title = i18n.t_args(
        "audit-chart-title",
        &[
            ("group", i18n.t("audit-col-field").into()),
            ("figure", i18n.t("audit-col-ideas").into()),
        ],
    );
    let head = html! {
        <tr>
            <th scope="col">{ i18n.t("audit-col-field") }</th>
            { for STATES.iter().map(|s| html! { <th scope="col">{ group_name(i18n, Group::State, s) }</th> }) }
            <th scope="col">{ i18n.t("audit-col-total") }</th>
        </tr>
    };
    let body = FIELDS.iter().map(|f| {
        html! {
            <tr>
                <th scope="row">{ group_name(i18n, Group::Field, f) }</th>
                { for STATES.iter().map(|s| html! { <td>{ count(f, s) }</td> }) }
                <td>{ count(f, "") }</td>
            </tr>
        }
    });
    let caption = i18n.t_args("audit-table-caption", &[("group", title.clone().into())]);
    let table = scroll_table("table-ideas", caption, head, body.collect::<Html>());
    chart_and_table("ideas", title, chart_title, chart, table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use teilhabe_events::ideas::{FieldOfAction, IdeaState};
    use teilhabe_events::session::Channel;

    /// Whether `slug` is the name the API gives a value of `T`.
    fn names<T: serde::de::DeserializeOwned>(slug: &str) -> bool {
        serde_json::from_value::<T>(serde_json::Value::from(slug)).is_ok()
    }

    #[test]
    fn every_field_state_and_channel_of_the_report_has_a_name_in_every_locale() {
        const CHANNELS: [&str; 4] = ["web", "phone", "in-person", "ambassador"];
        const SOURCES: [&str; 4] = ["online", "roster", "door", "paper"];
        assert!(FIELDS.iter().all(|f| names::<FieldOfAction>(f)));
        assert!(STATES.iter().all(|s| names::<IdeaState>(s)));
        assert!(CHANNELS.iter().all(|c| names::<Channel>(c)));
        let ids = FIELDS
            .iter()
            .map(|f| format!("audit-action-{f}"))
            .chain(STATES.iter().map(|s| format!("audit-state-{s}")))
            .chain(CHANNELS.iter().map(|c| format!("audit-channel-{c}")))
            .chain(SOURCES.iter().map(|s| format!("audit-source-{s}")))
            .chain(["audit-channel-walk-in".to_owned()]);
        let ids: Vec<String> = ids
            .chain(
                FIGURES
                    .iter()
                    .chain(&SOURCE_FIGURES)
                    .map(|f| (*f).to_owned()),
            )
            .collect();
        for locale in teilhabe_i18n::LOCALES {
            let loader = teilhabe_i18n::loader(locale.tag);
            for id in &ids {
                assert!(loader.has(id), "{}: {id}", locale.tag);
            }
        }
    }
}
