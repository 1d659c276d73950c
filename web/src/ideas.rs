//! The ideas store's vocabulary as both apps show it: the fields of action and states in
//! programme order, their slugs (as the API writes them) and names, a state as a tag with a sign
//! that does not rely on colour, how an idea came in, and an idea's short title.

use crate::i18n::I18n;
use teilhabe_events::ideas::{FieldOfAction, IdeaSource, IdeaState, IdeaView};
use yew::prelude::*;

/// The four fields of action, in the programme's order.
pub const FIELDS: [FieldOfAction; 4] = [
    FieldOfAction::Living,
    FieldOfAction::Experiencing,
    FieldOfAction::Working,
    FieldOfAction::WorkingWith,
];

/// Every state, in the order an idea passes them.
pub const STATES: [IdeaState; 6] = [
    IdeaState::Submitted,
    IdeaState::Assessing,
    IdeaState::Pilot,
    IdeaState::Kept,
    IdeaState::Merged,
    IdeaState::NotPursued,
];

/// A field of action's slug (as the API writes it).
pub fn field_slug(field: FieldOfAction) -> &'static str {
    match field {
        FieldOfAction::Living => "living",
        FieldOfAction::Experiencing => "experiencing",
        FieldOfAction::Working => "working",
        FieldOfAction::WorkingWith => "working-with",
    }
}

/// A field of action's name.
pub fn field_name(i18n: &I18n, field: FieldOfAction) -> String {
    i18n.t(&format!("audit-action-{}", field_slug(field)))
}

/// A state's slug (as the API writes it).
pub fn state_slug(state: IdeaState) -> &'static str {
    match state {
        IdeaState::Submitted => "submitted",
        IdeaState::Assessing => "assessing",
        IdeaState::Pilot => "pilot",
        IdeaState::Kept => "kept",
        IdeaState::Merged => "merged",
        IdeaState::NotPursued => "not-pursued",
    }
}

/// A state's name.
pub fn state_name(i18n: &I18n, state: IdeaState) -> String {
    i18n.t(&format!("audit-state-{}", state_slug(state)))
}

/// Where an idea stands, in words, with a sign that does not rely on colour.
pub fn state_tag(i18n: &I18n, state: IdeaState) -> Html {
    let sign = match state {
        IdeaState::Submitted => "✎",
        IdeaState::Assessing => "◔",
        IdeaState::Pilot => "★",
        IdeaState::Kept => "▣",
        IdeaState::Merged => "⇄",
        IdeaState::NotPursued => "✕",
    };
    html! {
        <span class={classes!("tag", "idea-state", format!("idea-state-{}", state_slug(state)))}>
            <span aria-hidden="true">{ sign }{ "\u{a0}" }</span>
            { state_name(i18n, state) }
        </span>
    }
}

/// How an idea reached the store, in words.
pub fn source_name(i18n: &I18n, source: IdeaSource) -> String {
    let slug = match source {
        IdeaSource::Online => "online",
        IdeaSource::Paper => "paper",
        IdeaSource::Ambassador => "ambassador",
    };
    i18n.t(&format!("ideas-ui-source-{slug}"))
}

/// The short title of an idea: its first line, cut after 80 characters.
pub fn idea_title(view: &IdeaView) -> String {
    let first = view.idea.what.lines().next().unwrap_or_default();
    if first.chars().count() > 80 {
        format!("{}…", first.chars().take(80).collect::<String>().trim_end())
    } else {
        first.to_owned()
    }
}

/// Whether an idea can still be supported.
pub fn open(view: &IdeaView) -> bool {
    !matches!(view.state, IdeaState::Merged | IdeaState::NotPursued)
}

/// What a field of action covers, in plain words.
pub fn field_hint(i18n: &I18n, field: FieldOfAction) -> String {
    i18n.t(&format!("ideas-ui-field-{}-hint", field_slug(field)))
}

/// An idea's facts as a description list: state, field of action, for whom, where, how it came
/// in, the working group's reason, and (`merged_into`) the idea it was merged with.
pub fn idea_facts(i18n: &I18n, view: &IdeaView, merged_into: Option<Html>) -> Html {
    html! {
        <dl class="facts">
            <div><dt>{ i18n.t("ideas-ui-state") }</dt><dd>{ state_tag(i18n, view.state) }</dd></div>
            <div><dt>{ i18n.t("ideas-ui-field") }</dt><dd>{ field_name(i18n, view.idea.field) }</dd></div>
            <div><dt>{ i18n.t("ideas-ui-for-whom-label") }</dt><dd>{ &view.idea.for_whom }</dd></div>
            <div><dt>{ i18n.t("ideas-ui-where-label") }</dt><dd>{ &view.idea.where_in_city }</dd></div>
            <div><dt>{ i18n.t("ideas-ui-source") }</dt><dd>{ source_name(i18n, view.source) }</dd></div>
            if let Some(reason) = &view.reason {
                <div><dt>{ i18n.t("ideas-ui-reason") }</dt><dd>{ reason }</dd></div>
            }
            if let Some(idea) = merged_into {
                <div><dt>{ i18n.t("ideas-ui-merged-into") }</dt><dd>{ idea }</dd></div>
            }
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slugs_match_the_api() {
        for field in FIELDS {
            let json = serde_json::to_string(&field).unwrap();
            assert_eq!(json, format!("\"{}\"", field_slug(field)));
        }
        for state in STATES {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state_slug(state)));
        }
    }

    #[test]
    fn a_long_first_line_is_cut_after_eighty_characters() {
        let mut view = IdeaView {
            id: "a".into(),
            idea: teilhabe_events::ideas::Idea {
                what: "Bänke im Stadtpark\nmit Steckdosen".into(),
                for_whom: String::new(),
                where_in_city: String::new(),
                field: FieldOfAction::Living,
            },
            state: IdeaState::Submitted,
            reason: None,
            merged_into: None,
            supporters: 0,
            source: IdeaSource::Online,
            submitted_at: String::new(),
            history: Vec::new(),
        };
        assert_eq!(idea_title(&view), "Bänke im Stadtpark");
        view.idea.what = "x".repeat(100);
        assert_eq!(idea_title(&view).chars().count(), 81);
    }
}
