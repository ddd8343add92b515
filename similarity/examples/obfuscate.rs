//! The evaluation's plagiarism dataset: disguised copies of real programs.
//!
//! `cargo run -p similarity --example obfuscate -- OUT FILE...` writes, for each
//! source FILE, `OUT/<n>/original.<ext>` and five copies made with the
//! obfuscations plagiarists use, each level adding one to the one before:
//!
//! 1. comments removed and others added, blank lines moved;
//! 2. identifiers renamed (library names kept);
//! 3. functions (or a class's methods) reordered;
//! 4. dead code inserted: unused variables, an `if (false)` block, an unused helper;
//! 5. counted loops rewritten as `while` loops.
//!
//! It rewrites source text along tree-sitter's syntax tree; copies need not
//! compile, only read as a disguised copy would. Deterministic: a file's
//! copies depend only on its text.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    C,
    Cpp,
    Java,
    Python,
    Go,
    JavaScript,
    Rust,
    Kotlin,
}

impl Lang {
    fn from_path(path: &Path) -> Option<Lang> {
        Some(match path.extension()?.to_str()? {
            "c" => Lang::C,
            "cpp" | "cc" => Lang::Cpp,
            "java" => Lang::Java,
            "py" => Lang::Python,
            "go" => Lang::Go,
            "js" => Lang::JavaScript,
            "rs" => Lang::Rust,
            "kt" => Lang::Kotlin,
            _ => return None,
        })
    }
    fn grammar(self) -> tree_sitter::Language {
        match self {
            Lang::C => tree_sitter_c::LANGUAGE.into(),
            Lang::Cpp => tree_sitter_cpp::LANGUAGE.into(),
            Lang::Java => tree_sitter_java::LANGUAGE.into(),
            Lang::Python => tree_sitter_python::LANGUAGE.into(),
            Lang::Go => tree_sitter_go::LANGUAGE.into(),
            Lang::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Lang::Rust => tree_sitter_rust::LANGUAGE.into(),
            Lang::Kotlin => tree_sitter_kotlin_ng::LANGUAGE.into(),
        }
    }
    fn comment(self) -> &'static str {
        if self == Lang::Python {
            "#"
        } else {
            "//"
        }
    }
    /// An unused variable declaration, as a statement.
    fn dead_variable(self, name: &str, value: usize) -> String {
        match self {
            Lang::C | Lang::Cpp | Lang::Java => format!("int {name} = {value};"),
            Lang::Python => format!("{name} = {value}"),
            Lang::Go => format!("{name} := {value}\n_ = {name}"),
            Lang::JavaScript => format!("let {name} = {value};"),
            Lang::Rust => format!("let _{name} = {value};"),
            Lang::Kotlin => format!("val {name} = {value}"),
        }
    }
    /// A block that never runs.
    fn dead_block(self, name: &str, value: usize) -> String {
        match self {
            Lang::C | Lang::Cpp | Lang::Java | Lang::JavaScript => {
                format!("if ({value} < 0) {{\n    {}\n}}", self.dead_variable(name, value))
            }
            Lang::Python => format!("if {value} < 0:\n    {name} = {value}"),
            Lang::Go => format!("if {value} < 0 {{\n    {}\n}}", self.dead_variable(name, value)),
            Lang::Rust => format!("if {value} < 0 {{\n    let _{name} = {value};\n}}"),
            Lang::Kotlin => format!("if ({value} < 0) {{\n    val {name} = {value}\n}}"),
        }
    }
    /// An unused helper function, at top level (or in a Java class).
    fn dead_function(self, name: &str) -> String {
        match self {
            Lang::C | Lang::Cpp => format!("int {name}(int x) {{\n    int y = x * 2;\n    return y + 1;\n}}\n"),
            Lang::Java => format!("static int {name}(int x) {{\n    int y = x * 2;\n    return y + 1;\n}}\n"),
            Lang::Python => format!("def {name}(x):\n    y = x * 2\n    return y + 1\n"),
            Lang::Go => format!("func {name}(x int) int {{\n    y := x * 2\n    return y + 1\n}}\n"),
            Lang::JavaScript => format!("function {name}(x) {{\n    const y = x * 2;\n    return y + 1;\n}}\n"),
            Lang::Rust => {
                format!("#[allow(dead_code)]\nfn {name}(x: i64) -> i64 {{\n    let y = x * 2;\n    y + 1\n}}\n")
            }
            Lang::Kotlin => format!("fun {name}(x: Int): Int {{\n    val y = x * 2\n    return y + 1\n}}\n"),
        }
    }
    fn function_kinds(self) -> &'static [&'static str] {
        match self {
            Lang::C | Lang::Cpp => &["function_definition"],
            Lang::Java => &["method_declaration"],
            Lang::Python => &["function_definition", "decorated_definition"],
            Lang::Go => &["function_declaration", "method_declaration"],
            Lang::JavaScript => &["function_declaration"],
            Lang::Rust => &["function_item"],
            Lang::Kotlin => &["function_declaration"],
        }
    }
    fn block_kinds(self) -> &'static [&'static str] {
        match self {
            Lang::C | Lang::Cpp => &["compound_statement"],
            Lang::Java | Lang::Rust | Lang::Go | Lang::Python => &["block"],
            Lang::JavaScript => &["statement_block"],
            Lang::Kotlin => &["block", "statements"],
        }
    }
}

/// Names a renamer leaves alone: the library's.
const KEEP: &[&str] = &[
    "main",
    "std",
    "cin",
    "cout",
    "cerr",
    "endl",
    "printf",
    "scanf",
    "puts",
    "putchar",
    "getchar",
    "fputs",
    "fgets",
    "stdin",
    "stdout",
    "stderr",
    "malloc",
    "free",
    "calloc",
    "memset",
    "memcpy",
    "strlen",
    "strcmp",
    "qsort",
    "abs",
    "min",
    "max",
    "sort",
    "swap",
    "print",
    "input",
    "len",
    "range",
    "int",
    "str",
    "float",
    "list",
    "dict",
    "set",
    "map",
    "sorted",
    "sum",
    "enumerate",
    "zip",
    "open",
    "sys",
    "self",
    "super",
    "this",
    "System",
    "String",
    "Math",
    "Integer",
    "Long",
    "Double",
    "Scanner",
    "fmt",
    "os",
    "bufio",
    "strconv",
    "strings",
    "sort",
    "append",
    "make",
    "len",
    "cap",
    "new",
    "console",
    "process",
    "require",
    "Number",
    "Array",
    "Object",
    "JSON",
    "Map",
    "Set",
    "parseInt",
    "println",
    "readLine",
    "readln",
    "Some",
    "None",
    "Ok",
    "Err",
    "Vec",
    "vec",
    "io",
    "print",
    "eprintln",
    "format",
    "true",
    "false",
    "null",
    "nil",
    "args",
    "java",
    "util",
    "out",
    "in",
    "err",
    "math",
    "collections",
    "heapq",
    "bisect",
    "deque",
    "defaultdict",
    "Counter",
    "readline",
    "write",
    "split",
    "strip",
    "append",
    "pop",
    "push",
    "ArrayList",
    "HashMap",
    "List",
    "Arrays",
    "Collections",
    "Kotlin",
    "kotlin",
    "Exception",
];

fn parse(lang: Lang, text: &str) -> tree_sitter::Tree {
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&lang.grammar()).unwrap();
    parser.parse(text, None).unwrap()
}

/// Every node, depth first.
fn nodes(tree: &tree_sitter::Tree) -> Vec<tree_sitter::Node<'_>> {
    let mut out = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        out.push(cursor.node());
        if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    out
}

/// Replaces byte ranges (not overlapping) with new text.
fn apply(text: &str, mut edits: Vec<(usize, usize, String)>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    let mut limit = usize::MAX;
    for (start, end, replacement) in edits {
        if end > limit {
            continue; // overlaps an edit already made
        }
        out.replace_range(start..end, &replacement);
        limit = start;
    }
    out
}

fn indentation(text: &str, byte: usize) -> String {
    let line_start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

const WORDS: &[&str] = &[
    "compute the answer",
    "read input",
    "helper",
    "main loop",
    "edge case",
    "TODO check bounds",
    "update result",
    "store value",
    "iterate",
    "done",
];

fn comments_and_layout(lang: Lang, text: &str, rng: &mut Rng) -> String {
    let tree = parse(lang, text);
    let edits: Vec<(usize, usize, String)> = nodes(&tree)
        .into_iter()
        .filter(|n| n.kind().contains("comment"))
        .map(|n| (n.start_byte(), n.end_byte(), String::new()))
        .collect();
    let stripped = apply(text, edits);
    let mut out = String::new();
    for line in stripped.lines() {
        if line.trim().is_empty() && rng.chance(50) {
            continue;
        }
        // Comments are only added on their own line, before a line that opens nothing odd.
        if rng.chance(12)
            && !line.trim().is_empty()
            && !line
                .trim_start()
                .starts_with(['.', ')', ']', '}', '?', ':', '&', '|', '+'])
        {
            let pad: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            out.push_str(&format!("{pad}{} {}\n", lang.comment(), WORDS[rng.below(WORDS.len())]));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if rng.chance(8) {
            out.push('\n');
        }
    }
    out
}

fn rename(lang: Lang, text: &str, rng: &mut Rng) -> String {
    let tree = parse(lang, text);
    let mut names: HashMap<String, String> = HashMap::new();
    let mut edits = Vec::new();
    for node in nodes(&tree) {
        if node.child_count() != 0 || !matches!(node.kind(), "identifier" | "type_identifier" | "simple_identifier") {
            continue;
        }
        let name = &text[node.byte_range()];
        if KEEP.contains(&name) || name.len() <= 1 && rng.chance(30) {
            continue;
        }
        let fresh = names.len();
        let new = names
            .entry(name.to_string())
            .or_insert_with(|| {
                let stems = ["val", "tmp", "data", "item", "node", "acc", "idx", "buf", "ptr", "cur"];
                format!("{}{}", stems[(fresh + name.len()) % stems.len()], fresh)
            })
            .clone();
        edits.push((node.start_byte(), node.end_byte(), new));
    }
    apply(text, edits)
}

/// Shuffles each run of sibling functions, keeping the slots they sat in.
fn reorder(lang: Lang, text: &str, rng: &mut Rng) -> String {
    let tree = parse(lang, text);
    let kinds = lang.function_kinds();
    let mut edits = Vec::new();
    for parent in nodes(&tree) {
        let mut cursor = parent.walk();
        let functions: Vec<tree_sitter::Node> = parent
            .named_children(&mut cursor)
            .filter(|n| kinds.contains(&n.kind()))
            .collect();
        if functions.len() < 2 {
            continue;
        }
        let texts: Vec<&str> = functions.iter().map(|f| &text[f.byte_range()]).collect();
        let mut order: Vec<usize> = (0..texts.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        if order.iter().enumerate().all(|(i, o)| i == *o) {
            order.rotate_left(1);
        }
        for (slot, &from) in order.iter().enumerate() {
            edits.push((
                functions[slot].start_byte(),
                functions[slot].end_byte(),
                texts[from].to_string(),
            ));
        }
    }
    apply(text, edits)
}

fn dead_code(lang: Lang, text: &str, rng: &mut Rng) -> String {
    let tree = parse(lang, text);
    let blocks = lang.block_kinds();
    let mut edits = Vec::new();
    let mut counter = 0;
    for node in nodes(&tree) {
        if !blocks.contains(&node.kind()) {
            continue;
        }
        let mut cursor = node.walk();
        for statement in node.named_children(&mut cursor) {
            if statement.kind().contains("comment") || !rng.chance(25) {
                continue;
            }
            counter += 1;
            let pad = indentation(text, statement.start_byte());
            let name = format!("unused{counter}");
            let code = if rng.chance(30) {
                lang.dead_block(&name, counter * 7)
            } else {
                lang.dead_variable(&name, counter * 7)
            };
            let code = code.replace('\n', &format!("\n{pad}"));
            // After the statement, on its own line at its indentation.
            edits.push((statement.end_byte(), statement.end_byte(), format!("\n{pad}{code}")));
        }
    }
    let mut out = apply(text, edits);
    // An unused helper, where functions are: at the end, or in Java's main class.
    let helper = lang.dead_function("unusedHelper");
    match lang {
        Lang::Java => {
            if let Some(close) = out.rfind('}') {
                out.insert_str(close, &format!("\n{helper}"));
            }
        }
        _ => {
            out.push('\n');
            out.push_str(&helper);
        }
    }
    out
}

/// `for (init; cond; update) body` as `init; while (cond) { body update; }`.
fn loops(lang: Lang, text: &str) -> String {
    let tree = parse(lang, text);
    let mut edits = Vec::new();
    for node in nodes(&tree) {
        let field = |name: &str| node.child_by_field_name(name).map(|n| text[n.byte_range()].to_string());
        let pad = indentation(text, node.start_byte());
        match (lang, node.kind()) {
            (Lang::C | Lang::Cpp | Lang::Java | Lang::JavaScript, "for_statement") => {
                let init = field("initializer").or_else(|| field("init")).unwrap_or_default();
                let condition = field("condition").unwrap_or_else(|| "true".to_string());
                let update = field("update").or_else(|| field("increment")).unwrap_or_default();
                let Some(body) = node.child_by_field_name("body") else {
                    continue;
                };
                let body_text = &text[body.byte_range()];
                let inner = body_text
                    .strip_prefix('{')
                    .and_then(|b| b.strip_suffix('}'))
                    .unwrap_or(body_text);
                let init = init.trim_end_matches(';');
                let condition = condition.trim_end_matches(';');
                let update = if update.is_empty() {
                    String::new()
                } else {
                    format!("{pad}    {update};\n")
                };
                let init = if init.is_empty() {
                    String::new()
                } else {
                    format!("{init};\n{pad}")
                };
                edits.push((
                    node.start_byte(),
                    node.end_byte(),
                    format!(
                        "{init}while ({condition}) {{\n{pad}    {}\n{update}{pad}}}",
                        inner.trim()
                    ),
                ));
            }
            (Lang::Python, "for_statement") => {
                let (Some(left), Some(right), Some(body)) = (
                    field("left"),
                    node.child_by_field_name("right"),
                    node.child_by_field_name("body"),
                ) else {
                    continue;
                };
                let call = &text[right.byte_range()];
                let Some(args) = call.strip_prefix("range(").and_then(|a| a.strip_suffix(')')) else {
                    continue;
                };
                let parts: Vec<&str> = args.split(',').map(str::trim).collect();
                let (from, to) = match parts.as_slice() {
                    [to] => ("0", *to),
                    [from, to] => (*from, *to),
                    _ => continue,
                };
                let body_pad = indentation(text, body.start_byte());
                edits.push((
                    node.start_byte(),
                    node.end_byte(),
                    format!(
                        "{left} = {from}\n{pad}while {left} < {to}:\n{body_pad}{}\n{body_pad}{left} += 1",
                        &text[body.byte_range()]
                    ),
                ));
            }
            (Lang::Go, "for_statement") => {
                let mut cursor = node.walk();
                let Some(clause) = node.named_children(&mut cursor).find(|n| n.kind() == "for_clause") else {
                    continue;
                };
                let part = |name: &str| {
                    clause
                        .child_by_field_name(name)
                        .map(|n| text[n.byte_range()].to_string())
                };
                let (Some(init), Some(condition), Some(update)) =
                    (part("initializer"), part("condition"), part("update"))
                else {
                    continue;
                };
                let Some(body) = node.child_by_field_name("body") else {
                    continue;
                };
                let body_text = &text[body.byte_range()];
                let inner = body_text
                    .strip_prefix('{')
                    .and_then(|b| b.strip_suffix('}'))
                    .unwrap_or(body_text);
                edits.push((
                    node.start_byte(),
                    node.end_byte(),
                    format!(
                        "{init}\n{pad}for {condition} {{\n{pad}    {}\n{pad}    {update}\n{pad}}}",
                        inner.trim()
                    ),
                ));
            }
            _ => {}
        }
    }
    apply(text, edits)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, files @ ..] = args.as_slice() else {
        eprintln!("usage: obfuscate OUT FILE...");
        std::process::exit(2);
    };
    let out = PathBuf::from(out);
    for (index, file) in files.iter().enumerate() {
        let path = Path::new(file);
        let Some(lang) = Lang::from_path(path) else {
            eprintln!("skipped {file}: unknown extension");
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let seed = text.bytes().fold(0x9e37_79b9_7f4a_7c15u64, |h, b| {
            (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
        }) | 1;
        let mut rng = Rng(seed);
        let ext = path.extension().unwrap().to_str().unwrap();
        let dir = out.join(format!("{index:04}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("original.{ext}")), &text).unwrap();
        std::fs::write(dir.join("source.txt"), format!("{file}\n")).unwrap();
        let mut copy = comments_and_layout(lang, &text, &mut rng);
        std::fs::write(dir.join(format!("copy1.{ext}")), &copy).unwrap();
        copy = rename(lang, &copy, &mut rng);
        std::fs::write(dir.join(format!("copy2.{ext}")), &copy).unwrap();
        copy = reorder(lang, &copy, &mut rng);
        std::fs::write(dir.join(format!("copy3.{ext}")), &copy).unwrap();
        copy = dead_code(lang, &copy, &mut rng);
        std::fs::write(dir.join(format!("copy4.{ext}")), &copy).unwrap();
        copy = loops(lang, &copy);
        std::fs::write(dir.join(format!("copy5.{ext}")), &copy).unwrap();
    }
}
