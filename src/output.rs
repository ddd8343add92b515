//! How an [`Outcome`] is shown: the JSON object scripts rely on, and a short
//! summary for people.

use sandbox::{Limits, Outcome};
use serde::Serialize;

/// The public JSON contract of `oa run --json`. Fields are only ever added.
#[derive(Serialize)]
pub struct RunReport<'a> {
    pub verdict: &'static str,
    pub exit_code: Option<i32>,
    pub instructions: u64,
    /// `instructions` as seconds of time limit.
    pub time_seconds: f64,
    pub memory_bytes: u64,
    pub wall_ms: f64,
    pub stdout: String,
    pub stderr: String,
    pub message: &'a str,
    pub engine: &'static str,
}

impl<'a> RunReport<'a> {
    pub fn new(outcome: &'a Outcome) -> RunReport<'a> {
        RunReport {
            verdict: outcome.verdict.as_str(),
            exit_code: outcome.exit_code,
            instructions: outcome.instructions,
            time_seconds: outcome.time_seconds(),
            memory_bytes: outcome.memory_bytes,
            wall_ms: (outcome.wall.as_secs_f64() * 1e6).round() / 1e3,
            stdout: String::from_utf8_lossy(&outcome.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&outcome.stderr).into_owned(),
            message: &outcome.message,
            engine: sandbox::ENGINE_VERSION,
        }
    }
}

/// Output shown per stream in the human summary; `--json` always has all of it.
const SHOWN_OUTPUT: usize = 16 << 10;

pub fn human(outcome: &Outcome, limits: &Limits) -> String {
    let mut text = String::new();
    let exit = outcome
        .exit_code
        .map(|code| format!(" (exit code {code})"))
        .unwrap_or_default();
    text.push_str(&format!("verdict  {}{exit}\n", outcome.verdict));
    if !outcome.message.is_empty() {
        text.push_str(&format!("message  {}\n", outcome.message.replace('\n', "\n         ")));
    }
    text.push_str(&format!(
        "time     {:.3} s of {:.3} s ({} instructions)\n",
        outcome.time_seconds(),
        limits.time_limit_seconds(),
        outcome.instructions
    ));
    text.push_str(&format!(
        "memory   {} of {}\n",
        mib(outcome.memory_bytes),
        mib(limits.memory_bytes)
    ));
    text.push_str(&format!("wall     {:.1} ms\n", outcome.wall.as_secs_f64() * 1e3));
    for (name, bytes) in [("stdout", &outcome.stdout), ("stderr", &outcome.stderr)] {
        if bytes.is_empty() {
            continue;
        }
        text.push_str(&format!("--- {name} ({} bytes) ---\n", bytes.len()));
        let shown = &bytes[..bytes.len().min(SHOWN_OUTPUT)];
        text.push_str(&String::from_utf8_lossy(shown));
        if shown.len() < bytes.len() {
            text.push_str(&format!(
                "\n[... {} more bytes, use --json for all]",
                bytes.len() - shown.len()
            ));
        }
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    text
}

fn mib(bytes: u64) -> String {
    format!("{:.2} MiB", bytes as f64 / (1 << 20) as f64)
}

/// Rows as aligned columns, two spaces apart, the first row being the header.
/// Columns listed in `right` are right-aligned; the last column is not padded.
pub fn columns(rows: &[Vec<String>], right: &[usize]) -> String {
    let count = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|c| {
            rows.iter()
                .filter_map(|row| row.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| match c {
                _ if c + 1 == count => cell.clone(),
                _ if right.contains(&c) => format!("{cell:>w$}", w = widths[c]),
                _ => format!("{cell:<w$}", w = widths[c]),
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}
