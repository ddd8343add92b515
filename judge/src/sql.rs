//! SQL results: the text form oa's SQL runner prints (`sandbox/toolchains/sql/oa_sql.c`)
//! read back into typed rows, and the comparison of a query's result with the
//! answer's. Pure, like the other comparisons.
//!
//! The form: a line of column names, then a line per row; values separated by
//! tabs, each `NULL`, an integer, a real (always with a `.`, an exponent or
//! `Inf`), text in single quotes (the quote doubled) or a blob `x'..'`; names
//! (unquoted) and text escape `\`, tab, line breaks and control characters.

use crate::compare::Checked;
use std::cmp::Ordering;

/// How a query's result is compared with the answer (`[sql]` in problem.toml).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SqlCompare {
    /// Rows in the answer's order; otherwise as a multiset.
    pub ordered: bool,
    /// Column names must match too (ignoring ASCII case, as SQL does).
    pub columns: bool,
    /// Numbers, where either is a real, are equal within this absolute or
    /// relative tolerance. Two integers must be equal.
    pub float_tolerance: f64,
}

impl Default for SqlCompare {
    fn default() -> SqlCompare {
        SqlCompare {
            ordered: false,
            columns: false,
            float_tolerance: 1e-6,
        }
    }
}

/// One value of a result.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A query's result: its column names and rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Longest row quoted in a message.
const QUOTE: usize = 80;

impl Table {
    /// Reads the runner's output.
    pub fn parse(text: &[u8]) -> Result<Table, String> {
        let text = std::str::from_utf8(text).map_err(|_| "the result is not UTF-8".to_string())?;
        let mut lines = text.strip_suffix('\n').unwrap_or(text).split('\n');
        let header = lines.next().filter(|line| !line.is_empty() || !text.is_empty());
        let Some(header) = header else {
            return Err("the result is empty: no line of column names".into());
        };
        let columns = header
            .split('\t')
            .map(|name| unescape(name, false))
            .collect::<Result<Vec<_>, _>>()?;
        let mut rows = Vec::new();
        for (index, line) in lines.enumerate() {
            let row = line
                .split('\t')
                .map(value)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|err| format!("row {}: {err}", index + 1))?;
            if row.len() != columns.len() {
                return Err(format!(
                    "row {} has {} values for {} columns",
                    index + 1,
                    row.len(),
                    columns.len()
                ));
            }
            rows.push(row);
        }
        Ok(Table { columns, rows })
    }
}

fn value(token: &str) -> Result<Value, String> {
    if token == "NULL" {
        return Ok(Value::Null);
    }
    if let Some(hex) = token.strip_prefix("x'").and_then(|t| t.strip_suffix('\'')) {
        let bytes = (0..hex.len())
            .step_by(2)
            .map(|i| hex.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| format!("`{token}` is not a blob"))?;
        return Ok(Value::Blob(bytes));
    }
    if let Some(text) = token.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        return Ok(Value::Text(unescape(text, true)?));
    }
    match token {
        "Inf" => return Ok(Value::Real(f64::INFINITY)),
        "-Inf" => return Ok(Value::Real(f64::NEG_INFINITY)),
        _ => {}
    }
    let integer = token.strip_prefix('-').unwrap_or(token);
    if !integer.is_empty() && integer.bytes().all(|b| b.is_ascii_digit()) {
        return token
            .parse::<i64>()
            .map(Value::Integer)
            .map_err(|_| format!("`{token}` is out of range"));
    }
    token
        .parse::<f64>()
        .map(Value::Real)
        .map_err(|_| format!("`{token}` is not a value"))
}

/// Undoes the runner's escapes; in `quoted` text, a quote comes doubled.
fn unescape(text: &str, quoted: bool) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.push('\\'),
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('x') => {
                    let hex: String = chars.by_ref().take(2).collect();
                    let byte = u8::from_str_radix(&hex, 16).map_err(|_| format!("bad escape `\\x{hex}`"))?;
                    out.push(char::from(byte));
                }
                other => return Err(format!("bad escape `\\{}`", other.unwrap_or(' '))),
            },
            '\'' if quoted => {
                if chars.next() != Some('\'') {
                    return Err(format!("a lone quote in `{text}`"));
                }
                out.push('\'');
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => f.write_str("NULL"),
            Value::Integer(value) => write!(f, "{value}"),
            Value::Real(value) if value.fract() == 0.0 && value.abs() < 1e15 => write!(f, "{value:.1}"),
            Value::Real(value) => write!(f, "{value}"),
            Value::Text(text) => write!(f, "'{}'", text.replace('\'', "''")),
            Value::Blob(bytes) => {
                f.write_str("x'")?;
                bytes.iter().try_for_each(|b| write!(f, "{b:02x}"))?;
                f.write_str("'")
            }
        }
    }
}

fn show(row: &[Value]) -> String {
    let text = row.iter().map(Value::to_string).collect::<Vec<_>>().join(", ");
    match text.char_indices().nth(QUOTE) {
        Some((end, _)) => format!("({}…)", &text[..end]),
        None => format!("({text})"),
    }
}

/// A total order on values for sorting rows: NULL, numbers by value, text, blobs.
fn order(a: &Value, b: &Value) -> Ordering {
    fn class(value: &Value) -> u8 {
        match value {
            Value::Null => 0,
            Value::Integer(_) | Value::Real(_) => 1,
            Value::Text(_) => 2,
            Value::Blob(_) => 3,
        }
    }
    match (a, b) {
        (Value::Integer(x), Value::Integer(y)) => x.cmp(y),
        (Value::Integer(_) | Value::Real(_), Value::Integer(_) | Value::Real(_)) => number(a).total_cmp(&number(b)),
        (Value::Text(x), Value::Text(y)) => x.cmp(y),
        (Value::Blob(x), Value::Blob(y)) => x.cmp(y),
        _ => class(a).cmp(&class(b)),
    }
}

fn number(value: &Value) -> f64 {
    match value {
        Value::Integer(value) => *value as f64,
        Value::Real(value) => *value,
        _ => f64::NAN,
    }
}

fn rows_order(a: &[Value], b: &[Value]) -> Ordering {
    a.iter()
        .zip(b)
        .map(|(x, y)| order(x, y))
        .find(|o| o.is_ne())
        .unwrap_or(Ordering::Equal)
}

impl SqlCompare {
    /// Whether the result's value `got` stands for the answer's `want`.
    pub fn equal(&self, got: &Value, want: &Value) -> bool {
        match (got, want) {
            (Value::Integer(x), Value::Integer(y)) => x == y,
            (Value::Integer(_) | Value::Real(_), Value::Integer(_) | Value::Real(_)) => {
                let (x, y) = (number(got), number(want));
                if x == y {
                    return true;
                }
                if x.is_infinite() || y.is_infinite() {
                    return false;
                }
                let difference = (x - y).abs();
                difference <= self.float_tolerance || difference <= self.float_tolerance * y.abs()
            }
            // NULL equals only NULL; text, blobs exactly.
            _ => got == want,
        }
    }

    fn rows_equal(&self, got: &[Value], want: &[Value]) -> bool {
        got.iter().zip(want).all(|(g, w)| self.equal(g, w))
    }

    /// Compares a query's `output` with the `answer`, both in the runner's form.
    pub fn check(&self, output: &[u8], answer: &[u8]) -> Checked {
        let want = match Table::parse(answer) {
            Ok(table) => table,
            Err(err) => return wrong(format!("the answer is not a result: {err}")),
        };
        let got = match Table::parse(output) {
            Ok(table) => table,
            Err(err) => return wrong(format!("the output is not a query's result: {err}")),
        };
        self.compare(&got, &want)
    }

    /// Compares two results.
    pub fn compare(&self, got: &Table, want: &Table) -> Checked {
        if got.columns.len() != want.columns.len() {
            return wrong(format!(
                "expected {} columns, got {}",
                want.columns.len(),
                got.columns.len()
            ));
        }
        if self.columns {
            for (index, (g, w)) in got.columns.iter().zip(&want.columns).enumerate() {
                if !g.eq_ignore_ascii_case(w) {
                    return wrong(format!("column {} is named `{g}`, expected `{w}`", index + 1));
                }
            }
        }
        if got.rows.len() != want.rows.len() {
            return wrong(format!("expected {} rows, got {}", want.rows.len(), got.rows.len()));
        }
        if self.ordered {
            for (index, (g, w)) in got.rows.iter().zip(&want.rows).enumerate() {
                if !self.rows_equal(g, w) {
                    let elsewhere = want.rows.iter().any(|row| self.rows_equal(g, row));
                    let hint = if elsewhere {
                        " (that row is expected elsewhere: the order differs)"
                    } else {
                        ""
                    };
                    return wrong(format!(
                        "row {}: expected {}, got {}{hint}",
                        index + 1,
                        show(w),
                        show(g)
                    ));
                }
            }
            return accepted();
        }
        // As multisets: both sorted the same way, then row by row. Numbers within
        // the tolerance sort next to each other, so they meet.
        let (mine, theirs) = (sorted(&got.rows), sorted(&want.rows));
        if mine.iter().zip(&theirs).all(|(g, w)| self.rows_equal(g, w)) {
            return accepted();
        }
        // The first row of each side the other lacks, by a merge of the sorted rows.
        let (mut missing, mut extra) = (None, None);
        let (mut i, mut j) = (0, 0);
        while i < mine.len() && j < theirs.len() && (missing.is_none() || extra.is_none()) {
            if self.rows_equal(mine[i], theirs[j]) {
                (i, j) = (i + 1, j + 1);
            } else if rows_order(mine[i], theirs[j]).is_lt() {
                extra.get_or_insert(mine[i]);
                i += 1;
            } else {
                missing.get_or_insert(theirs[j]);
                j += 1;
            }
        }
        let missing = missing.or(theirs.get(j).copied());
        let extra = extra.or(mine.get(i).copied());
        wrong(match (missing, extra) {
            (Some(w), Some(g)) => format!("expected a row {}, got a row {} instead", show(w), show(g)),
            (Some(w), None) => format!("the row {} is missing", show(w)),
            (None, Some(g)) => format!("the row {} is not expected", show(g)),
            (None, None) => "the rows differ".into(),
        })
    }
}

fn sorted(rows: &[Vec<Value>]) -> Vec<&Vec<Value>> {
    let mut rows: Vec<&Vec<Value>> = rows.iter().collect();
    rows.sort_by(|a, b| rows_order(a, b));
    rows
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(options: SqlCompare, output: &str, answer: &str) -> Checked {
        options.check(output.as_bytes(), answer.as_bytes())
    }

    fn unordered() -> SqlCompare {
        SqlCompare::default()
    }

    fn ordered() -> SqlCompare {
        SqlCompare {
            ordered: true,
            ..SqlCompare::default()
        }
    }

    #[test]
    fn the_runners_form_reads_back_typed() {
        let table = Table::parse(
            b"it's\tname\\tx\tscore\tnote\tdata\n1\t'O''Brien\\n'\t2.5\tNULL\tx'00ff'\n-7\t''\t3.0\t'NULL'\tx''\n",
        )
        .unwrap();
        assert_eq!(table.columns, ["it's", "name\tx", "score", "note", "data"]);
        assert_eq!(
            table.rows[0],
            [
                Value::Integer(1),
                Value::Text("O'Brien\n".into()),
                Value::Real(2.5),
                Value::Null,
                Value::Blob(vec![0, 255])
            ]
        );
        assert_eq!(table.rows[1][1], Value::Text(String::new()));
        assert_eq!(table.rows[1][3], Value::Text("NULL".into()), "text NULL is not NULL");
        assert_eq!(Table::parse(b"n\n").unwrap().rows.len(), 0, "no rows");
        assert_eq!(
            Table::parse(b"x\nInf\n-Inf\n1e+100\n").unwrap().rows[2][0],
            Value::Real(1e100)
        );
        assert!(Table::parse(b"").is_err());
        assert!(Table::parse(b"a\tb\n1\n")
            .unwrap_err()
            .contains("1 values for 2 columns"));
        assert!(Table::parse(b"a\n'unterminated\n").is_err());
        assert!(Table::parse(b"a\n99999999999999999999\n").is_err());
    }

    #[test]
    fn rows_are_a_multiset_unless_ordered() {
        let answer = "name\tn\n'a'\t1\n'b'\t2\n'b'\t2\n";
        assert!(check(unordered(), "x\ty\n'b'\t2\n'a'\t1\n'b'\t2\n", answer).accepted);
        assert!(!check(ordered(), "x\ty\n'b'\t2\n'a'\t1\n'b'\t2\n", answer).accepted);
        assert!(check(ordered(), "x\ty\n'a'\t1\n'b'\t2\n'b'\t2\n", answer).accepted);
        // Multiplicity counts.
        let twice_a = check(unordered(), "x\ty\n'a'\t1\n'a'\t1\n'b'\t2\n", answer);
        assert!(!twice_a.accepted);
        assert_eq!(twice_a.message, "expected a row ('b', 2), got a row ('a', 1) instead");
        let wrong_order = check(ordered(), "x\ty\n'b'\t2\n'a'\t1\n'b'\t2\n", answer);
        assert_eq!(
            wrong_order.message,
            "row 1: expected ('a', 1), got ('b', 2) (that row is expected elsewhere: the order differs)"
        );
        let missing = check(unordered(), "x\ty\n'a'\t1\n'b'\t2\n'c'\t3\n", answer);
        assert_eq!(missing.message, "expected a row ('b', 2), got a row ('c', 3) instead");
        assert_eq!(
            check(unordered(), "x\ty\n'a'\t1\n", answer).message,
            "expected 3 rows, got 1"
        );
    }

    #[test]
    fn null_equals_only_null() {
        let answer = "v\nNULL\n";
        assert!(check(unordered(), "v\nNULL\n", answer).accepted);
        assert!(!check(unordered(), "v\n0\n", answer).accepted);
        assert!(!check(unordered(), "v\n''\n", answer).accepted);
        assert!(!check(unordered(), "v\n'NULL'\n", answer).accepted);
        assert!(!check(unordered(), "v\nNULL\n", "v\n0.0\n").accepted);
    }

    #[test]
    fn numbers_by_value_within_the_tolerance() {
        assert!(check(unordered(), "v\n3\n", "v\n3.0\n").accepted, "integer and real");
        assert!(check(unordered(), "v\n0.33333333\n", "v\n0.3333333333333333\n").accepted);
        assert!(
            check(unordered(), "v\n1000000.5\n", "v\n1000000.0\n").accepted,
            "relative"
        );
        assert!(!check(unordered(), "v\n0.3\n", "v\n0.3333333333333333\n").accepted);
        // Integer division is wrong, not close.
        assert!(!check(unordered(), "v\n2\n", "v\n2.5\n").accepted);
        // Two integers: exactly, however large.
        assert!(!check(unordered(), "v\n1000001\n", "v\n1000000\n").accepted);
        assert!(check(unordered(), "v\nInf\n", "v\nInf\n").accepted);
        assert!(!check(unordered(), "v\nInf\n", "v\n-Inf\n").accepted);
        // Text that looks like a number is text.
        assert!(!check(unordered(), "v\n'3'\n", "v\n3\n").accepted);
        let exact = SqlCompare {
            float_tolerance: 0.0,
            ..SqlCompare::default()
        };
        assert!(!check(exact, "v\n0.30000000000000004\n", "v\n0.3\n").accepted);
        // Unordered rows with near-equal numbers still meet.
        assert!(
            check(
                unordered(),
                "a\tb\n2.0000000001\t'x'\n1.0\t'y'\n",
                "a\tb\n1\t'y'\n2\t'x'\n"
            )
            .accepted
        );
    }

    #[test]
    fn column_names_only_when_asked() {
        let answer = "total\n5\n";
        assert!(check(unordered(), "sum(x)\n5\n", answer).accepted);
        let named = SqlCompare {
            columns: true,
            ..SqlCompare::default()
        };
        assert_eq!(
            check(named, "sum(x)\n5\n", answer).message,
            "column 1 is named `sum(x)`, expected `total`"
        );
        assert!(
            check(named, "TOTAL\n5\n", answer).accepted,
            "names ignore case, as SQL does"
        );
        assert_eq!(
            check(unordered(), "a\tb\n5\t6\n", answer).message,
            "expected 1 columns, got 2"
        );
    }

    #[test]
    fn text_and_blobs_exactly() {
        assert!(!check(unordered(), "v\n'Alice'\n", "v\n'alice'\n").accepted);
        assert!(!check(unordered(), "v\n'a '\n", "v\n'a'\n").accepted);
        assert!(!check(unordered(), "v\nx'00'\n", "v\n''\n").accepted);
        assert!(check(unordered(), "v\nx'00'\n", "v\nx'00'\n").accepted);
    }

    #[test]
    fn unreadable_output_is_wrong() {
        assert!(!check(unordered(), "", "v\n1\n").accepted);
        assert!(check(unordered(), "v\n1\n", "v\n1\n").accepted);
    }
}
