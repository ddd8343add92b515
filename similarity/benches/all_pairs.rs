//! 1,000 generated C++ submissions of about 150 lines, compared all against
//! all. Prints figures; asserts nothing about speed. `./dev bench` runs it.
//!
//! Each submission is a random program from a small statement grammar (so
//! independent ones share only short fragments, as independent solutions do);
//! one in five is a copy of another with identifiers renamed, functions
//! shuffled and a little dead code added, so that tiling has real work.

use similarity::{compare, Language, Options, Submission};
use std::time::Instant;

const SUBMISSIONS: usize = 1000;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "a", "b", "n", "m", "i", "j", "k", "x", "y", "sum", "best", "cnt", "lo", "hi", "mid", "res", "cur", "acc",
];
const OPS: &[&str] = &["+", "-", "*", "/", "%", "^", "&", "|"];
const CMPS: &[&str] = &["<", "<=", ">", ">=", "==", "!="];

fn expr(rng: &mut Rng, depth: usize) -> String {
    if depth == 0 || rng.below(3) == 0 {
        return if rng.below(3) == 0 {
            rng.below(100).to_string()
        } else {
            rng.pick(NAMES).to_string()
        };
    }
    match rng.below(4) {
        0 => format!("v[{}]", expr(rng, depth - 1)),
        1 => format!("f{}({})", rng.below(8), expr(rng, depth - 1)),
        _ => format!("{} {} {}", expr(rng, depth - 1), rng.pick(OPS), expr(rng, depth - 1)),
    }
}

fn statements(rng: &mut Rng, lines: usize, indent: usize, out: &mut Vec<String>) {
    let pad = "    ".repeat(indent);
    let mut written = 0;
    while written < lines {
        match rng.below(6) {
            0 if indent < 3 && lines - written > 3 => {
                let v = rng.pick(NAMES);
                out.push(format!("{pad}for (int {v} = 0; {v} < {}; {v}++) {{", expr(rng, 1)));
                let inner = 1 + rng.below(3);
                statements(rng, inner, indent + 1, out);
                out.push(format!("{pad}}}"));
                written += inner + 2;
            }
            1 if indent < 3 && lines - written > 3 => {
                out.push(format!(
                    "{pad}if ({} {} {}) {{",
                    expr(rng, 2),
                    rng.pick(CMPS),
                    expr(rng, 1)
                ));
                let inner = 1 + rng.below(2);
                statements(rng, inner, indent + 1, out);
                out.push(format!("{pad}}}"));
                written += inner + 2;
            }
            2 => {
                out.push(format!("{pad}long long {} = {};", rng.pick(NAMES), expr(rng, 3)));
                written += 1;
            }
            _ => {
                out.push(format!("{pad}{} += {};", rng.pick(NAMES), expr(rng, 3)));
                written += 1;
            }
        }
    }
}

/// A program as functions (each a list of lines), main last.
fn program(rng: &mut Rng) -> Vec<Vec<String>> {
    let mut functions = Vec::new();
    for f in 0..8 {
        let mut lines = vec![format!("long long f{f}(long long a, vector<long long>& v) {{")];
        lines.push("    long long sum = 0, best = 0, cnt = 0, res = 0;".to_string());
        statements(rng, 13, 1, &mut lines);
        lines.push("    return res + sum;".to_string());
        lines.push("}".to_string());
        functions.push(lines);
    }
    functions
}

fn render(functions: &[Vec<String>]) -> String {
    let mut text = String::from("#include <bits/stdc++.h>\nusing namespace std;\n\n");
    for function in functions {
        text.push_str(&function.join("\n"));
        text.push_str("\n\n");
    }
    text.push_str("int main() {\n    int n;\n    cin >> n;\n    vector<long long> v(n);\n    for (auto& x : v) cin >> x;\n    cout << f0(n, v) << endl;\n}\n");
    text
}

/// A copy: identifiers renamed, functions shuffled, a dead statement here and there.
fn disguise(rng: &mut Rng, functions: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut copy: Vec<Vec<String>> = functions
        .iter()
        .map(|f| {
            let mut lines = Vec::new();
            for line in f {
                let renamed = line
                    .replace("sum", "total")
                    .replace("best", "top")
                    .replace("res", "answer");
                lines.push(renamed);
                if rng.below(8) == 0 && lines.len() > 2 {
                    lines.push("    int unused_counter = 0;".to_string());
                }
            }
            lines
        })
        .collect();
    for i in (1..copy.len()).rev() {
        let j = rng.below(i + 1);
        copy.swap(i, j);
    }
    copy
}

fn main() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut programs: Vec<Vec<Vec<String>>> = Vec::with_capacity(SUBMISSIONS);
    for i in 0..SUBMISSIONS {
        let program = if i % 5 == 4 {
            let original = programs[rng.below(programs.len())].clone();
            disguise(&mut rng, &original)
        } else {
            program(&mut rng)
        };
        programs.push(program);
    }
    let submissions: Vec<Submission> = programs
        .iter()
        .enumerate()
        .map(|(i, p)| Submission::from_text(format!("s{i:04}.cpp"), Language::Cpp, render(p)))
        .collect();
    let lines: usize = submissions.iter().map(|s| s.files[0].text.lines().count()).sum();
    println!(
        "{SUBMISSIONS} C++ submissions, {:.0} lines each on average, {} pairs, {} threads",
        lines as f64 / SUBMISSIONS as f64,
        SUBMISSIONS * (SUBMISSIONS - 1) / 2,
        rayon::current_num_threads()
    );
    for (label, min) in [
        ("every pair reported (--min 0)", 0.0),
        ("pairs at or above 0.5 (--min 0.5)", 0.5),
    ] {
        let mut best = f64::MAX;
        let mut report = None;
        for _ in 0..3 {
            let start = Instant::now();
            let r = compare(
                &submissions,
                &[],
                &Options {
                    min,
                    ..Options::default()
                },
            );
            best = best.min(start.elapsed().as_secs_f64());
            report = Some(r);
        }
        let report = report.unwrap();
        println!(
            "{label}: {best:.2} s (best of 3), {} pairs reported, {} clusters",
            report.pairs.len(),
            report.clusters.len()
        );
    }
}
