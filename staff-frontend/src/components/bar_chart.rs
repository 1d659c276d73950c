//! A horizontal bar chart as inline SVG, for figures that a table beside it also gives: each
//! bar carries its label above and its value at its end, so neither colour nor length alone
//! says anything. Screen readers get the title and a description with every value.

use crate::i18n::use_t;
use yew::prelude::*;

/// The drawing's width in its own units (it scales to the width of its box).
const WIDTH: u32 = 520;
/// Room kept after the longest bar for its value.
const VALUE_ROOM: u32 = 70;
/// One row: the label line, then the bar.
const ROW: u32 = 60;
const BAR: u32 = 24;

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// Unique on the page: the ids of the title and description derive from it.
    pub id: AttrValue,
    pub title: String,
    /// (label, value) in the order shown.
    pub rows: Vec<(String, u32)>,
}

/// The length of a bar for `value` when `max` fills the room.
fn bar_length(value: u32, max: u32) -> u32 {
    if max == 0 {
        return 0;
    }
    let room = u64::from(WIDTH - VALUE_ROOM);
    (u64::from(value) * room / u64::from(max)) as u32
}

#[component(BarChart)]
pub fn bar_chart(props: &BarChartProps) -> Html {
    let i18n = use_t();
    let rtl = i18n.locale.right_to_left;
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let max = props.rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let values = props
        .rows
        .iter()
        .map(|(label, value)| format!("{label}: {value}"))
        .collect::<Vec<_>>()
        .join("; ");
    let description = i18n.t_args("audit-chart-desc", &[("values", values.into())]);
    // Right to left, the bars grow from the right edge; text, anchored at its start, then
    // runs leftwards by itself (the page's direction is inherited).
    let x = |at: u32| if rtl { WIDTH - at } else { at };
    let height = ROW * props.rows.len().max(1) as u32 + 8;
    let rows = props.rows.iter().enumerate().map(|(i, (label, value))| {
        let top = ROW * i as u32;
        let length = bar_length(*value, max);
        let rect_x = if rtl { WIDTH - length } else { 0 };
        html! {
            <g>
                <text class="chart-label" x={x(0).to_string()} y={(top + 20).to_string()}>{ label }</text>
                <rect class="chart-bar" x={rect_x.to_string()} y={(top + 28).to_string()}
                    width={length.to_string()} height={BAR.to_string()} />
                <text class="chart-value" x={x(length + 8).to_string()} y={(top + 47).to_string()}>{ value }</text>
            </g>
        }
    });
    html! {
        <svg class="chart" role="img" aria-labelledby={format!("{title_id} {desc_id}")}
            viewBox={format!("0 0 {WIDTH} {height}")} width="100%" preserveAspectRatio="xMinYMin meet">
            <title id={title_id.clone()}>{ &props.title }</title>
            <desc id={desc_id.clone()}>{ description }</desc>
            { for rows }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_value_fills_the_room_and_zero_draws_nothing() {
        assert_eq!(bar_length(10, 10), WIDTH - VALUE_ROOM);
        assert_eq!(bar_length(5, 10), (WIDTH - VALUE_ROOM) / 2);
        assert_eq!(bar_length(0, 10), 0);
        assert_eq!(bar_length(0, 0), 0);
    }
}
