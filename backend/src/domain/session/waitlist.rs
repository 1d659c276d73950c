//! A session's waiting list: first come, first served, with every change in constant or
//! logarithmic time however long the list grew (issue 19: a command on a stream of 50,000
//! events costs what it costs on one of 50).
//!
//! Who leaves from the front (promoted) is popped; who leaves from the middle (cancelled) is
//! only marked as gone and dropped once the front reaches them, so no change shifts or scans
//! the queue. Stored (in snapshots) as the plain list of those still waiting, in order, the
//! same shape the list had before it was a type of its own.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{HashSet, VecDeque};
use teilhabe_events::BookingCode;

#[derive(Clone, Debug, Default)]
pub struct Waitlist {
    /// Arrival order, with entries of people who left from the middle still in it.
    queue: VecDeque<BookingCode>,
    /// Entries of `queue` that left. Never holds the front: the front is always waiting.
    gone: HashSet<BookingCode>,
}

impl Waitlist {
    /// How many are waiting.
    pub fn len(&self) -> usize {
        self.queue.len().saturating_sub(self.gone.len())
    }

    /// The first in line.
    pub fn front(&self) -> Option<&BookingCode> {
        self.queue.front()
    }

    /// Those waiting, first in line first.
    pub fn iter(&self) -> impl Iterator<Item = &BookingCode> {
        self.queue.iter().filter(|code| !self.gone.contains(*code))
    }

    /// Puts `code` at the back of the line. A code stands in line once: codes are unique per
    /// booking, and a booking that left never waits again.
    pub fn push_back(&mut self, code: BookingCode) {
        self.queue.push_back(code);
    }

    /// Takes `code` out of the line, wherever it stands; `code` must be waiting.
    pub fn remove(&mut self, code: &BookingCode) {
        if self.queue.front() == Some(code) {
            self.queue.pop_front();
            // Who left earlier from behind the old front may now be at the front.
            while let Some(front) = self.queue.front() {
                if !self.gone.remove(front) {
                    break;
                }
                self.queue.pop_front();
            }
        } else if self.queue.back() == Some(code) {
            self.queue.pop_back();
        } else {
            self.gone.insert(code.clone());
        }
    }

    /// 1 for the first in line; `None` when `code` is not waiting. The one just added (at the
    /// back) is answered at once; anyone else by counting those ahead.
    pub fn position(&self, code: &BookingCode) -> Option<u32> {
        if self.gone.contains(code) {
            return None;
        }
        let position = if self.queue.back() == Some(code) {
            self.len()
        } else {
            self.iter().position(|c| c == code)? + 1
        };
        u32::try_from(position).ok()
    }
}

impl Serialize for Waitlist {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Waitlist {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self {
            queue: VecDeque::deserialize(deserializer)?,
            gone: HashSet::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(n: u8) -> BookingCode {
        BookingCode::from_indices([n, 0, 0, 0, 0, 0])
    }

    fn line(codes: &[u8]) -> Waitlist {
        let mut list = Waitlist::default();
        for n in codes {
            list.push_back(code(*n));
        }
        list
    }

    fn waiting(list: &Waitlist) -> Vec<BookingCode> {
        list.iter().cloned().collect()
    }

    #[test]
    fn people_leaving_from_the_middle_are_skipped_and_the_front_moves_past_them() {
        // Given five in line
        let mut list = line(&[1, 2, 3, 4, 5]);
        // When the second and third leave, then the first
        list.remove(&code(2));
        list.remove(&code(3));
        assert_eq!(list.len(), 3);
        assert_eq!(list.front(), Some(&code(1)));
        list.remove(&code(1));
        // Then the fourth is first in line, and the fifth is second
        assert_eq!(list.front(), Some(&code(4)));
        assert_eq!(waiting(&list), vec![code(4), code(5)]);
        assert_eq!(list.position(&code(5)), Some(2));
        assert_eq!(list.position(&code(2)), None);
        assert_eq!(list.len(), 2);
    }

    #[test]
    fn the_last_leaving_and_everyone_leaving_leave_an_empty_line() {
        let mut list = line(&[1, 2, 3]);
        list.remove(&code(3));
        list.remove(&code(2));
        list.remove(&code(1));
        assert_eq!((list.len(), list.front()), (0, None));
        assert_eq!(list.iter().count(), 0);
    }

    #[test]
    fn stored_as_the_list_of_those_waiting_and_read_back_from_the_old_plain_list() {
        // Given a line that someone left from the middle
        let mut list = line(&[1, 2, 3]);
        list.remove(&code(2));
        // When stored and read back
        let json = serde_json::to_string(&list).expect("json");
        let plain: VecDeque<BookingCode> = serde_json::from_str(&json).expect("a plain list");
        // Then the stored form is the plain list (what snapshots held before), and reads back
        assert_eq!(plain, VecDeque::from(vec![code(1), code(3)]));
        let back: Waitlist = serde_json::from_str(&json).expect("a waitlist");
        assert_eq!(waiting(&back), vec![code(1), code(3)]);
        assert_eq!(back.position(&code(3)), Some(2));
    }
}
