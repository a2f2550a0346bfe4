//! Counting words as `str::split_whitespace` does, only as far as a caller compares, and
//! the ASCII whitespace test it and other byte-by-byte paths share.

/// An ASCII byte that `char::is_whitespace` calls whitespace: tab to carriage return (which
/// adds U+000B to `u8::is_ascii_whitespace`) and space.
pub fn is_space(b: u8) -> bool {
    b == b' ' || b.wrapping_sub(b'\t') < 5
}

/// Words in `s` as `s.split_whitespace().count()` counts them, but no more than `cap`
/// (callers only compare the count with small numbers, and it runs over every block and
/// sentence of every document: the loop stops at the cap). Byte by byte while the text is
/// ASCII.
pub fn word_count_up_to(s: &str, cap: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &c in s.as_bytes() {
        if !c.is_ascii() {
            return s.split_whitespace().take(cap).count();
        }
        let space = is_space(c);
        if !space && !in_word {
            n += 1;
            if n >= cap {
                return cap;
            }
        }
        in_word = !space;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every ASCII byte, as `char::is_whitespace` has it.
    #[test]
    fn spaces_are_char_whitespace() {
        for b in 0..128u8 {
            assert_eq!(is_space(b), char::from(b).is_whitespace(), "{b}");
        }
    }

    #[test]
    fn word_count_counts_as_split_whitespace() {
        let word_count = |s: &str| word_count_up_to(s, usize::MAX);
        for s in [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\nnewline\r\nand\x0bvertical\x0cfeed",
            "non\u{a0}breaking space and caf\u{e9}",
            "\u{3000}ideographic\u{2003}em space",
        ] {
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
        }
        assert_eq!(word_count("The IANA functions are performed."), 5);
        assert_eq!(word_count("a\x0bb"), 2);
        // Capped, also when the text turns non-ASCII past the cap.
        assert_eq!(word_count_up_to("one two three four", 2), 2);
        assert_eq!(word_count_up_to("one two three caf\u{e9}", 2), 2);
        assert_eq!(word_count_up_to("one two", 2), 2);
        assert_eq!(word_count_up_to(" one ", 2), 1);
    }
}

/// The months' names, as dates write them ("March 14, 2014", "on Monday 3 March").
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The days' names, as dates and datelines write them ("Monday, October 13, 2014").
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
