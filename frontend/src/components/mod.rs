//! Pieces shared by the pages.

pub mod back_link;
pub mod choices;
pub mod contact_choices;
pub mod error_summary;
pub mod layout;
pub mod page;
pub mod pictogram;
pub mod prose;
pub mod question;
pub mod read_aloud;
pub mod session_facts;
pub mod text_field;
pub mod toggle;
