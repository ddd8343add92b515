//! Source text to normalised tokens.
//!
//! A submission is parsed with its language's tree-sitter grammar and read as
//! the sequence of its leaves, with what a copier changes for free made equal:
//!
//! - identifiers of every kind become `ID` (types `TYPE`), so renaming hides nothing;
//! - number literals become `NUM`, string and character literals `STR`, and
//!   built-in types (`int`, `long long`, `double`) `PRIM`;
//! - `for`, `while`, `do` and `loop` become `LOOP`;
//! - comments, `;`, `{` and `}` are dropped (layout and optional braces), and
//!   so are imports, includes, `using` and package lines: everyone writes
//!   them, so they are never evidence of copying.
//!
//! Keywords, operators and the remaining punctuation are kept as they are: they
//! carry the program's structure. Which rule applies depends only on a node's
//! kind, so each grammar's kinds are classified once into a table.

use crate::language::Language;
use std::sync::OnceLock;

/// One token: its normalised kind (a hash of the name) and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: u32,
    /// 1-based line of the token's first character.
    pub line: u32,
}

#[derive(Clone, Copy)]
enum Action {
    /// Dropped with everything under it.
    Skip,
    /// One token for the node and everything under it.
    Emit(u32),
    /// The node's children are read; a leaf of this kind emits the token.
    Descend(u32),
}

/// The tokens of one source text. Syntax errors do not stop it: tree-sitter
/// recovers, and what it could not parse is still read leaf by leaf.
pub fn tokenize(language: Language, parser: &mut tree_sitter::Parser, text: &str) -> Vec<Token> {
    parser
        .set_language(&language.grammar())
        .expect("the grammar crates are built against this tree-sitter");
    let Some(tree) = parser.parse(text, None) else {
        return Vec::new();
    };
    let table = table(language);
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        let action = if node.is_missing() {
            Action::Skip
        } else {
            // ERROR nodes (where the parser recovered) have an id past the table.
            table
                .get(node.kind_id() as usize)
                .copied()
                .unwrap_or(Action::Descend(0))
        };
        let descend = match action {
            Action::Skip => false,
            Action::Emit(kind) => {
                tokens.push(Token {
                    kind,
                    line: node.start_position().row as u32 + 1,
                });
                false
            }
            Action::Descend(kind) => {
                if node.child_count() == 0 {
                    if node.end_byte() > node.start_byte() {
                        tokens.push(Token {
                            kind,
                            line: node.start_position().row as u32 + 1,
                        });
                    }
                    false
                } else {
                    true
                }
            }
        };
        if descend && cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    tokens
}

/// The hash of a normalised token name: stable across runs and languages.
pub fn kind_hash(name: &str) -> u32 {
    // FNV-1a, folded to 32 bits.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in name.bytes() {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (hash ^ (hash >> 32)) as u32
}

fn table(language: Language) -> &'static [Action] {
    static TABLES: [OnceLock<Vec<Action>>; 8] = [const { OnceLock::new() }; 8];
    let index = Language::ALL.iter().position(|l| *l == language).unwrap();
    TABLES[index].get_or_init(|| {
        let grammar = language.grammar();
        (0..grammar.node_kind_count() as u16)
            .map(|id| {
                let name = grammar.node_kind_for_id(id).unwrap_or("");
                classify(name, grammar.node_kind_is_named(id))
            })
            .collect()
    })
}

fn classify(kind: &str, named: bool) -> Action {
    let emit = |name: &str| Action::Emit(kind_hash(name));
    if !named {
        return match kind {
            ";" | "{" | "}" => Action::Skip,
            "for" | "while" | "do" | "loop" => emit("LOOP"),
            _ => Action::Descend(kind_hash(kind)),
        };
    }
    if kind.contains("comment") || is_import(kind) {
        return Action::Skip;
    }
    if is_string(kind) {
        return emit("STR");
    }
    if is_number(kind) {
        return emit("NUM");
    }
    if matches!(
        kind,
        "primitive_type" | "integral_type" | "floating_point_type" | "boolean_type" | "sized_type_specifier"
    ) {
        return emit("PRIM");
    }
    if kind.contains("type_identifier") {
        return emit("TYPE");
    }
    if kind.contains("identifier") && !kind.starts_with("qualified") && !kind.starts_with("scoped") {
        return Action::Descend(kind_hash("ID"));
    }
    Action::Descend(kind_hash(kind))
}

fn is_import(kind: &str) -> bool {
    matches!(
        kind,
        "preproc_include"
            | "using_declaration"
            | "import_declaration"
            | "package_declaration"
            | "package_clause"
            | "import_statement"
            | "import_from_statement"
            | "future_import_statement"
            | "use_declaration"
            | "extern_crate_declaration"
            | "import"
            | "package_header"
    )
}

fn is_string(kind: &str) -> bool {
    matches!(
        kind,
        "string" | "template_string" | "concatenated_string" | "system_lib_string" | "regex" | "text_block"
    ) || (kind.ends_with("_literal") && (kind.contains("string") || kind.contains("char") || kind.contains("rune")))
}

fn is_number(kind: &str) -> bool {
    matches!(kind, "number" | "integer" | "float")
        || (kind.ends_with("_literal")
            && ["number", "integer", "float", "int_literal", "imaginary"]
                .iter()
                .any(|part| kind.contains(part)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(language: Language, text: &str) -> Vec<u32> {
        let mut parser = tree_sitter::Parser::new();
        tokenize(language, &mut parser, text).iter().map(|t| t.kind).collect()
    }

    #[test]
    fn renaming_and_literals_change_nothing() {
        let a = names(
            Language::Cpp,
            "int main() { int total = 0; total += 42; return total; }",
        );
        let b = names(
            Language::Cpp,
            "// sums\nint main() {\n  long long s = 7; /* x */\n  s += 1;\n  return s;\n}",
        );
        assert_eq!(a, b);
    }

    #[test]
    fn every_language_yields_tokens_with_lines() {
        let programs = [
            (
                Language::C,
                "#include <stdio.h>\nint main(void) {\n  printf(\"%d\\n\", 1);\n}\n",
            ),
            (
                Language::Cpp,
                "#include <iostream>\nint main() {\n  std::cout << 1;\n}\n",
            ),
            (
                Language::Java,
                "import java.util.*;\nclass A {\n  void f() { int x = 1; }\n}\n",
            ),
            (Language::Python, "import sys\ndef f(x):\n    return x + 1\n"),
            (
                Language::Go,
                "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(1)\n}\n",
            ),
            (
                Language::JavaScript,
                "import fs from \"fs\";\nconst x = 1;\nfunction f(y) {\n  return y * x;\n}\n",
            ),
            (Language::Rust, "use std::io;\nfn main() {\n    let x = 1;\n}\n"),
            (
                Language::Kotlin,
                "import kotlin.math.*\nfun main() {\n    val x = 1\n}\n",
            ),
        ];
        for (language, text) in programs {
            let mut parser = tree_sitter::Parser::new();
            let tokens = tokenize(language, &mut parser, text);
            assert!(tokens.len() >= 5, "{language}: {tokens:?}");
            // Imports and package lines are dropped: the first token is on line 2 or later.
            assert!(tokens[0].line >= 2, "{language}: {tokens:?}");
            assert!(tokens.iter().any(|t| t.kind == kind_hash("ID")), "{language}");
            assert!(tokens.iter().any(|t| t.kind == kind_hash("NUM")), "{language}");
        }
    }

    #[test]
    fn syntax_errors_do_not_stop_tokenising() {
        let tokens = names(Language::C, "int main( { x = = 1; ) }\n@@@ int y = 2;\n");
        assert!(tokens.len() >= 6, "{tokens:?}");
    }
}
