//! The pieces every page of both apps is made of.

pub mod error_summary;
pub mod field;
pub mod page;
pub mod settings_panel;
pub mod text_field;
pub mod toggle;
