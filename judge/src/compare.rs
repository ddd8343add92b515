//! The built-in checkers: how a program's output is compared with the answer.
//! Pure functions of two byte strings, linear in their size, so they are tested
//! without running anything and cost nothing next to the run they judge.

use serde::Deserialize;

/// A built-in comparison. Custom checkers are programs, and live in `problem`.
#[derive(Clone, Debug, PartialEq)]
pub enum Compare {
    /// Byte for byte.
    Exact,
    /// Line by line, ignoring trailing whitespace on each line and blank lines at the end.
    Lines,
    /// Whitespace-separated tokens, optionally ignoring ASCII case and allowing
    /// numeric tokens a tolerance (either bound suffices).
    Tokens {
        case_sensitive: bool,
        float: Option<Tolerance>,
    },
    /// A query's result against the answer's, as typed rows (SQL problems).
    Sql(crate::sql::SqlCompare),
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
pub struct Tolerance {
    pub abs: f64,
    pub rel: f64,
}

impl Default for Compare {
    fn default() -> Compare {
        Compare::Tokens {
            case_sensitive: true,
            float: None,
        }
    }
}

/// The outcome of a comparison; the message says where the first difference is.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub accepted: bool,
    pub message: String,
}

impl Checked {
    fn accepted() -> Checked {
        Checked {
            accepted: true,
            message: String::new(),
        }
    }

    fn wrong(message: String) -> Checked {
        Checked {
            accepted: false,
            message,
        }
    }
}

/// Longest token or line quoted in a message.
const QUOTE: usize = 40;

fn quote(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(QUOTE)]);
    if bytes.len() > QUOTE {
        format!("`{text}…`")
    } else {
        format!("`{text}`")
    }
}

impl Compare {
    /// Parses the Kattis default output validator's flags (`case_sensitive`,
    /// `space_change_sensitive`, `float_tolerance E`, `float_absolute_tolerance E`,
    /// `float_relative_tolerance E`). Kattis compares case-insensitively unless told.
    pub fn from_kattis_flags(flags: &[String]) -> Result<Compare, String> {
        let mut case_sensitive = false;
        let mut space_sensitive = false;
        let (mut abs, mut rel) = (None, None);
        let mut words = flags.iter();
        while let Some(flag) = words.next() {
            let mut number = |name: &str| -> Result<f64, String> {
                let value = words.next().ok_or(format!("`{name}` needs a number after it"))?;
                value
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite() && *v >= 0.0)
                    .ok_or(format!("`{name} {value}`: not a non-negative number"))
            };
            match flag.as_str() {
                "case_sensitive" => case_sensitive = true,
                "space_change_sensitive" => space_sensitive = true,
                "float_tolerance" => {
                    let value = number(flag)?;
                    (abs, rel) = (Some(value), Some(value));
                }
                "float_absolute_tolerance" => abs = Some(number(flag)?),
                "float_relative_tolerance" => rel = Some(number(flag)?),
                other => return Err(format!("unknown output validator flag `{other}`")),
            }
        }
        if space_sensitive && abs.is_none() && rel.is_none() && case_sensitive {
            return Ok(Compare::Exact);
        }
        // Whitespace-sensitive comparison of tokens is rare; tokens with the line
        // structure kept is the closest built-in, and what Kattis problems mean by it.
        if space_sensitive && abs.is_none() && rel.is_none() {
            return Ok(Compare::Lines);
        }
        let float = match (abs, rel) {
            (None, None) => None,
            (abs, rel) => Some(Tolerance {
                abs: abs.unwrap_or(0.0),
                rel: rel.unwrap_or(0.0),
            }),
        };
        Ok(Compare::Tokens { case_sensitive, float })
    }

    /// Compares the program's `output` with the `answer`.
    pub fn check(&self, output: &[u8], answer: &[u8]) -> Checked {
        match self {
            Compare::Exact => exact(output, answer),
            Compare::Lines => lines(output, answer),
            Compare::Tokens { case_sensitive, float } => tokens(output, answer, *case_sensitive, *float),
            Compare::Sql(options) => options.check(output, answer),
        }
    }
}

fn exact(output: &[u8], answer: &[u8]) -> Checked {
    match output.iter().zip(answer).position(|(a, b)| a != b) {
        None if output.len() == answer.len() => Checked::accepted(),
        None if output.len() < answer.len() => Checked::wrong(format!(
            "the output ends after {} bytes; the answer has {}",
            output.len(),
            answer.len()
        )),
        None => Checked::wrong(format!("the output goes on after the answer's {} bytes", answer.len())),
        Some(at) => Checked::wrong(format!("the output differs from the answer at byte {at}")),
    }
}

fn trim_end(line: &[u8]) -> &[u8] {
    let end = line.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(0, |i| i + 1);
    &line[..end]
}

/// The lines of `text` without trailing whitespace, blank lines at the end dropped.
fn significant_lines(text: &[u8]) -> Vec<&[u8]> {
    let text = trim_end(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split(|&b| b == b'\n').map(trim_end).collect()
}

fn lines(output: &[u8], answer: &[u8]) -> Checked {
    let (ours, theirs) = (significant_lines(output), significant_lines(answer));
    for (number, (got, want)) in ours.iter().zip(&theirs).enumerate() {
        if got != want {
            return Checked::wrong(format!(
                "line {}: expected {}, got {}",
                number + 1,
                quote(want),
                quote(got)
            ));
        }
    }
    match ours.len().cmp(&theirs.len()) {
        std::cmp::Ordering::Equal => Checked::accepted(),
        std::cmp::Ordering::Less => Checked::wrong(format!(
            "the output has {} lines; the answer has {}",
            ours.len(),
            theirs.len()
        )),
        std::cmp::Ordering::Greater => Checked::wrong(format!(
            "the output has {} lines; the answer has only {}",
            ours.len(),
            theirs.len()
        )),
    }
}

fn split_tokens(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split(|b| b.is_ascii_whitespace()).filter(|t| !t.is_empty())
}

/// A token read as a number, if it is one (a plain decimal or exponent form;
/// `nan`, `inf` and hex are words, not numbers).
fn number(token: &[u8]) -> Option<f64> {
    let digits_only = token
        .iter()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'));
    if !digits_only || !token.iter().any(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(token)
        .ok()?
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

fn tokens(output: &[u8], answer: &[u8], case_sensitive: bool, float: Option<Tolerance>) -> Checked {
    let mut ours = split_tokens(output);
    let mut theirs = split_tokens(answer);
    let mut index = 0usize;
    loop {
        index += 1;
        match (ours.next(), theirs.next()) {
            (None, None) => return Checked::accepted(),
            (Some(got), None) => {
                return Checked::wrong(format!(
                    "token {index}: the answer has ended, got {} and more",
                    quote(got)
                ))
            }
            (None, Some(want)) => {
                return Checked::wrong(format!(
                    "token {index}: expected {}, but the output has ended",
                    quote(want)
                ))
            }
            (Some(got), Some(want)) => {
                let equal = match (float, number(want)) {
                    (Some(tolerance), Some(expected)) => match number(got) {
                        Some(value) => within(value, expected, tolerance),
                        None => false,
                    },
                    _ if case_sensitive => got == want,
                    _ => got.eq_ignore_ascii_case(want),
                };
                if !equal {
                    return Checked::wrong(format!("token {index}: expected {}, got {}", quote(want), quote(got)));
                }
            }
        }
    }
}

fn within(value: f64, expected: f64, tolerance: Tolerance) -> bool {
    let difference = (value - expected).abs();
    difference <= tolerance.abs || difference <= tolerance.rel * expected.abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens_default() -> Compare {
        Compare::default()
    }

    fn float(abs: f64, rel: f64) -> Compare {
        Compare::Tokens {
            case_sensitive: true,
            float: Some(Tolerance { abs, rel }),
        }
    }

    #[test]
    fn tokens_ignore_whitespace_but_not_content() {
        let check = tokens_default();
        assert!(check.check(b"1 2\n3\n", b"1\n2 3").accepted);
        assert!(check.check(b"  1\t2  3 \n\n\n", b"1 2 3\n").accepted);
        assert!(check.check(b"", b"\n").accepted);
        let wrong = check.check(b"1 2 4", b"1 2 3");
        assert!(!wrong.accepted);
        assert_eq!(wrong.message, "token 3: expected `3`, got `4`");
        assert!(!check.check(b"1 2", b"1 2 3").message.is_empty());
        assert!(check.check(b"1 2 3 4", b"1 2 3").message.contains("answer has ended"));
        assert!(!check.check(b"Yes", b"yes").accepted, "case matters by default");
        assert!(!check.check(b"12", b"1 2").accepted);
    }

    #[test]
    fn case_insensitive_tokens() {
        let check = Compare::Tokens {
            case_sensitive: false,
            float: None,
        };
        assert!(check.check(b"YES\nno", b"yes NO").accepted);
        assert!(!check.check(b"yes", b"yeah").accepted);
    }

    #[test]
    fn exact_is_byte_for_byte() {
        assert!(Compare::Exact.check(b"a b\n", b"a b\n").accepted);
        assert_eq!(
            Compare::Exact.check(b"a  b\n", b"a b\n").message,
            "the output differs from the answer at byte 2"
        );
        assert!(!Compare::Exact.check(b"a b", b"a b\n").accepted);
        assert!(!Compare::Exact.check(b"a b\n\n", b"a b\n").accepted);
    }

    #[test]
    fn lines_ignore_trailing_space_and_final_blank_lines_only() {
        assert!(Compare::Lines.check(b"a b  \nc\n\n\n", b"a b\nc").accepted);
        assert!(Compare::Lines.check(b"a b\r\nc\r\n", b"a b\nc\n").accepted);
        assert!(!Compare::Lines.check(b"a b c\n", b"a b\nc\n").accepted);
        assert!(!Compare::Lines.check(b"a  b\n", b"a b\n").accepted);
        assert_eq!(
            Compare::Lines.check(b"x\ny\n", b"x\nz\n").message,
            "line 2: expected `z`, got `y`"
        );
        assert!(
            !Compare::Lines.check(b"\nx\n", b"x\n").accepted,
            "leading blank lines count"
        );
        assert!(Compare::Lines.check(b"", b"\n\n").accepted);
    }

    #[test]
    fn floats_within_either_tolerance() {
        let check = float(1e-6, 1e-6);
        assert!(check.check(b"0.3333333", b"0.333333333").accepted);
        assert!(check.check(b"1000000.5", b"1000000").accepted, "relative: 5e-7");
        assert!(!check.check(b"1000002", b"1000000").accepted);
        assert!(check.check(b"1e-7", b"0").accepted);
        assert!(check.check(b"-2.0000001 x", b"-2 x").accepted);
        assert!(!check.check(b"0.34", b"0.333333").accepted);
        assert!(!check.check(b"nan", b"0.5").accepted);
        assert!(!check.check(b"inf", b"1e308").accepted);
        assert!(!check.check(b"abc", b"1.5").accepted);
        // Words still compare as words.
        assert!(check.check(b"IMPOSSIBLE", b"IMPOSSIBLE").accepted);
        assert!(!check.check(b"POSSIBLE", b"IMPOSSIBLE").accepted);
    }

    #[test]
    fn kattis_flags_map_to_comparisons() {
        let flags = |text: &str| text.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert_eq!(
            Compare::from_kattis_flags(&[]).unwrap(),
            Compare::Tokens {
                case_sensitive: false,
                float: None
            }
        );
        assert_eq!(
            Compare::from_kattis_flags(&flags("case_sensitive")).unwrap(),
            Compare::default()
        );
        assert_eq!(
            Compare::from_kattis_flags(&flags("float_tolerance 1e-4")).unwrap(),
            Compare::Tokens {
                case_sensitive: false,
                float: Some(Tolerance { abs: 1e-4, rel: 1e-4 })
            }
        );
        assert_eq!(
            Compare::from_kattis_flags(&flags("float_relative_tolerance 1e-3 case_sensitive")).unwrap(),
            Compare::Tokens {
                case_sensitive: true,
                float: Some(Tolerance { abs: 0.0, rel: 1e-3 })
            }
        );
        assert_eq!(
            Compare::from_kattis_flags(&flags("case_sensitive space_change_sensitive")).unwrap(),
            Compare::Exact
        );
        assert!(Compare::from_kattis_flags(&flags("float_tolerance")).is_err());
        assert!(Compare::from_kattis_flags(&flags("float_tolerance x")).is_err());
        assert!(Compare::from_kattis_flags(&flags("bogus"))
            .unwrap_err()
            .contains("bogus"));
    }

    #[test]
    fn long_tokens_are_quoted_short() {
        let long = vec![b'a'; 1000];
        let message = tokens_default().check(&long, b"b").message;
        assert!(message.len() < 120, "{message}");
    }
}
