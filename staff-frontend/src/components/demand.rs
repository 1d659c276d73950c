//! The demand figures, for the office's page "Nachfrage" and the auditors' report alike:
//! active interests by topic × district (a chart of the pairs and a table, topics by
//! districts), by weekday (a chart and a table), and the waiting lists of full courses. The
//! tables give every figure of the charts. Counts only.

use crate::components::bar_chart::BarChart;
use crate::format::{date_in_words, topic_name};
use crate::i18n::{use_t, I18n};
use teilhabe_events::interest::Demand;
use teilhabe_events::staff::DISTRICTS;
use teilhabe_events::Topic;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DemandProps {
    pub demand: Demand,
}

/// The districts to show as columns: the city's, then any other an interest names.
fn districts(demand: &Demand) -> Vec<String> {
    let mut list: Vec<String> = DISTRICTS.iter().map(|d| (*d).to_owned()).collect();
    for cell in &demand.by_topic_district {
        if !list.contains(&cell.district) {
            list.push(cell.district.clone());
        }
    }
    list
}

fn count(demand: &Demand, topic: Topic, district: &str) -> u32 {
    demand
        .by_topic_district
        .iter()
        .find(|c| c.topic == topic && c.district == district)
        .map_or(0, |c| c.interests)
}

/// A weekday's name (Monday is 1).
fn weekday_name(i18n: &I18n, index: usize) -> String {
    i18n.t(&format!("date-weekday-{}", index + 1))
}

/// A table in a box that scrolls sideways on a narrow screen, named by its caption.
fn scroll_table(id: &str, caption: String, head: Html, body: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-labelledby={id.to_owned()} tabindex="0">
            <table class="table">
                <caption id={id.to_owned()}>{ caption }</caption>
                <thead>{ head }</thead>
                <tbody>{ body }</tbody>
            </table>
        </div>
    }
}

#[component(DemandFigures)]
pub fn demand_figures(props: &DemandProps) -> Html {
    let i18n = use_t();
    let demand = &props.demand;
    let columns = districts(demand);
    let pairs: Vec<(String, u32)> = demand
        .by_topic_district
        .iter()
        .map(|c| {
            (
                format!("{} – {}", topic_name(&i18n, c.topic), c.district),
                c.interests,
            )
        })
        .collect();
    let head = html! {
        <tr>
            <th scope="col">{ i18n.t("demand-col-topic") }</th>
            { for columns.iter().map(|d| html! { <th scope="col">{ d }</th> }) }
        </tr>
    };
    let rows = Topic::ALL.iter().map(|topic| {
        html! {
            <tr>
                <th scope="row">{ topic_name(&i18n, *topic) }</th>
                { for columns.iter().map(|d| html! { <td>{ count(demand, *topic, d) }</td> }) }
            </tr>
        }
    });
    let topic_table = scroll_table(
        "demand-topic-caption",
        i18n.t("demand-topic-caption"),
        head,
        html! { { for rows } },
    );
    let days: Vec<(String, u32)> = demand
        .by_weekday
        .iter()
        .enumerate()
        .map(|(i, d)| (weekday_name(&i18n, i), d.interests))
        .collect();
    let day_rows = days.iter().map(|(day, n)| {
        html! { <tr><th scope="row">{ day }</th><td>{ n }</td></tr> }
    });
    let day_table = scroll_table(
        "demand-weekday-caption",
        i18n.t("demand-weekday-caption"),
        html! {
            <tr>
                <th scope="col">{ i18n.t("demand-col-weekday") }</th>
                <th scope="col">{ i18n.t("demand-col-interests") }</th>
            </tr>
        },
        html! { { for day_rows } },
    );
    let waiting_rows = demand.waiting.iter().map(|w| {
        html! {
            <tr>
                <th scope="row">
                    { &w.title }
                    <span class="cell-note">{ date_in_words(&i18n, w.starts_at.date_naive()) }</span>
                </th>
                <td>{ topic_name(&i18n, w.topic) }</td>
                <td>{ &w.district }</td>
                <td>{ w.waiting }</td>
            </tr>
        }
    });
    html! {
        <>
            <p class="lead">{ i18n.t_args("demand-total", &[("count", demand.interests.into())]) }</p>
            <section class="report-section" aria-labelledby="demand-topic-heading">
                <h2 id="demand-topic-heading">{ i18n.t("demand-topic-title") }</h2>
                <div class="chart-pair">
                    if !pairs.is_empty() {
                        <div class="chart-box">
                            <BarChart id="demand-topic-chart" title={i18n.t("demand-topic-chart")} rows={pairs} />
                        </div>
                    }
                    { topic_table }
                </div>
            </section>
            <section class="report-section" aria-labelledby="demand-weekday-heading">
                <h2 id="demand-weekday-heading">{ i18n.t("demand-weekday-title") }</h2>
                <div class="chart-pair">
                    <div class="chart-box">
                        <BarChart id="demand-weekday-chart" title={i18n.t("demand-weekday-chart")} rows={days.clone()} />
                    </div>
                    { day_table }
                </div>
            </section>
            <section class="report-section" aria-labelledby="demand-waiting-heading">
                <h2 id="demand-waiting-heading">{ i18n.t("demand-waiting-title") }</h2>
                if demand.waiting.is_empty() {
                    <p>{ i18n.t("demand-waiting-none") }</p>
                } else {
                    {
                        scroll_table(
                            "demand-waiting-caption",
                            i18n.t("demand-waiting-caption"),
                            html! {
                                <tr>
                                    <th scope="col">{ i18n.t("office-col-session") }</th>
                                    <th scope="col">{ i18n.t("demand-col-topic") }</th>
                                    <th scope="col">{ i18n.t("office-col-district") }</th>
                                    <th scope="col">{ i18n.t("demand-col-waiting") }</th>
                                </tr>
                            },
                            html! { { for waiting_rows } },
                        )
                    }
                }
            </section>
        </>
    }
}
