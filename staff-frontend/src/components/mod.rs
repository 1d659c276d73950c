//! Pieces shared by the pages.

pub mod back_link;
pub mod bar_chart;
pub mod choices;
pub mod code_panel;
pub mod demand;
pub mod error_summary;
pub mod form_page;
pub mod layout;
pub mod load;
pub mod page;
pub mod principles;
pub mod resident_form;
pub mod summary_row;
pub mod text_field;
pub mod text_question;
