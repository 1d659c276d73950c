//! The report as CSV, formulas defused.

use teilhabe_events::audit_api::{Report, ReportRow};

/// The report as CSV: one line per group, the group's kind first.
pub fn report_csv(report: &Report) -> String {
    let mut out = String::from(
        "group,key,registrations,waitlisted,cancelled,attended,no_shows,feedback,rating_sum,helped_yes,walk_ins\n",
    );
    let groups: [(&str, &[ReportRow]); 5] = [
        ("all", std::slice::from_ref(&report.totals)),
        ("month", &report.by_month),
        ("topic", &report.by_topic),
        ("district", &report.by_district),
        ("channel", &report.by_channel),
    ];
    for (group, rows) in groups {
        for r in rows {
            out.push_str(&format!(
                "{group},{},{},{},{},{},{},{},{},{},{}\n",
                csv_field(&r.key),
                r.registrations,
                r.waitlisted,
                r.cancelled,
                r.attended,
                r.no_shows,
                r.feedback,
                r.rating_sum,
                r.helped_yes,
                r.walk_ins
            ));
        }
    }
    out.push_str("\ngroup,month,district,entries,people,minutes\n");
    for o in &report.outreach {
        out.push_str(&format!(
            "outreach,{},{},{},{},{}\n",
            o.month,
            csv_field(&o.district),
            o.entries,
            o.people,
            o.minutes
        ));
    }
    out.push_str("\ngroup,source,attended,no_shows,walk_ins,feedback,rating_sum,helped_yes\n");
    for r in &report.by_source {
        out.push_str(&format!(
            "source,{},{},{},{},{},{},{}\n",
            csv_field(&r.source),
            r.attended,
            r.no_shows,
            r.walk_ins,
            r.feedback,
            r.rating_sum,
            r.helped_yes
        ));
    }
    out.push_str("\ngroup,field,state,ideas\n");
    for i in &report.ideas {
        out.push_str(&format!(
            "ideas,{},{},{}\n",
            csv_field(&i.field),
            csv_field(&i.state),
            i.count
        ));
    }
    // Demand as it stood: interests by topic and district, by weekday, and waiting lists.
    let demand = &report.demand;
    out.push_str("\ngroup,topic,district,weekday,interests\n");
    out.push_str(&format!("interests,,,,{}\n", demand.interests));
    for c in &demand.by_topic_district {
        out.push_str(&format!(
            "interest,{},{},,{}\n",
            c.topic.slug(),
            csv_field(&c.district),
            c.interests
        ));
    }
    for d in &demand.by_weekday {
        out.push_str(&format!(
            "interest_weekday,,,{},{}\n",
            teilhabe_events::serde_name(&d.weekday),
            d.interests
        ));
    }
    out.push_str("\ngroup,session,topic,district,starts_at,waiting\n");
    for w in &demand.waiting {
        out.push_str(&format!(
            "waiting_list,{},{},{},{},{}\n",
            csv_field(&w.session_id),
            w.topic.slug(),
            csv_field(&w.district),
            w.starts_at.to_rfc3339(),
            w.waiting
        ));
    }
    // The anchor: `teilhabe verify --anchor POSITION:HASH` checks the log still holds it.
    out.push_str(&format!(
        "\ngroup,as_of,position,hash\nanchor,{},{},{}\n",
        csv_field(&report.as_of),
        report.position,
        report.hash
    ));
    out
}

/// A CSV field, quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-`
/// or `@` is defused so spreadsheets do not run it as a formula.
pub(super) fn csv_field(text: &str) -> String {
    // Spreadsheets also read a formula after leading tabs and line breaks.
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}
