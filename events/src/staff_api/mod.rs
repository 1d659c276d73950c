//! The JSON shapes of the staff part of the API: login, the ambassadors' application and area,
//! and the programme office.

mod accounts;
mod ambassadors;
mod office;
mod planning;

pub use accounts::*;
pub use ambassadors::*;
pub use office::*;
pub use planning::*;

use crate::FieldError;

/// Collects field errors; `finish` yields the value when there were none.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn take<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        result.map_err(|e| self.0.push(e)).ok()
    }
}

#[cfg(test)]
mod tests;
