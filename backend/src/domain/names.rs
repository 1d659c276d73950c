//! Comparing names written by hand with the names people registered under: a paper sign-in
//! line is proposed as a booking when the two are close, and staff decide.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A name reduced to what handwriting and typing keep: lower case, no accents, letters and
/// single spaces (`Jürgen  Müller-Lüdenscheidt` → `jurgen muller ludenscheidt`).
pub fn normalise(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ß' => 's',
            'ł' => 'l',
            'ı' => 'i',
            'ø' => 'o',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The number of single-letter insertions, deletions and substitutions between `a` and `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Letters allowed to differ: one in a short name, two from eight letters on.
fn tolerance(len: usize) -> usize {
    if len >= 8 {
        2
    } else {
        1
    }
}

/// How far apart a written name and a registered name are (0 = the same once normalised), or
/// `None` when they are not similar enough to propose. A line with just a first name, or a
/// first name and an initial ("Erika M."), is compared with the registered name's start.
pub fn distance(written: &str, registered: &str) -> Option<usize> {
    let (w, r) = (normalise(written), normalise(registered));
    if w.is_empty() || r.is_empty() {
        return None;
    }
    let whole = edit_distance(&w, &r);
    if whole <= tolerance(w.chars().count().max(r.chars().count())) {
        return Some(whole);
    }
    let written_words: Vec<&str> = w.split(' ').collect();
    let registered_words: Vec<&str> = r.split(' ').collect();
    let first = edit_distance(written_words[0], registered_words[0]);
    if first > tolerance(written_words[0].chars().count()) {
        return None;
    }
    match written_words.get(1) {
        // Just the first name: a weaker match than a whole one.
        None => Some(first + 1),
        // An initial: it must be the registered surname's.
        Some(initial) if initial.chars().count() == 1 => registered_words
            .get(1)
            .filter(|s| s.starts_with(initial))
            .map(|_| first + 1),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_spacing_do_not_matter() {
        assert_eq!(normalise("  Jürgen   MÜLLER "), "jurgen muller");
        assert_eq!(distance("jurgen muller", "Jürgen Müller"), Some(0));
        assert_eq!(distance("Łucja Wiśniewska", "lucja wisniewska"), Some(0));
    }

    #[test]
    fn a_slip_of_the_pen_is_still_proposed() {
        assert_eq!(distance("Erika Musterman", "Erika Mustermann"), Some(1));
        assert_eq!(distance("Erika", "Erika Mustermann"), Some(1));
        assert_eq!(distance("Erika M.", "Erika Mustermann"), Some(1));
    }

    #[test]
    fn different_people_are_not_proposed() {
        assert_eq!(distance("Hans Meier", "Erika Mustermann"), None);
        assert_eq!(distance("Erika S.", "Erika Mustermann"), None);
        assert_eq!(distance("Erika Schulz", "Erika Mustermann"), None);
        assert_eq!(distance("", "Erika"), None);
    }
}
