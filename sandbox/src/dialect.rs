//! g++'s dialect of C++, where clang differs: rewrites that make code written for
//! g++ compile as g++ compiles it.
//!
//! Three g++ extensions are common in contest code and refused by clang:
//! - math in constant expressions: `constexpr long double PI = acos(-1);` (g++ folds
//!   its math builtins at compile time; clang will not call `acos` there);
//! - variable-length arrays with an initialiser: `long long deg[n] = {0};`;
//! - `main() { ... }` without its `int`, which g++ only warns about (old
//!   solutions in problem archives have it).
//!
//! The compiler finds them, not a parser of ours: when a compile fails, its
//! diagnostics are read for exactly these errors, the named declarations are
//! rewritten (`constexpr` becomes `const`, the zero initialiser becomes a zero
//! fill), and the compile runs again. The rewritten program computes what g++'s
//! does: the constant is computed at start-up by the same libm (correctly rounded
//! for the values such code asks for: `acos(-1)`, `sqrt(2)`), and a zero-initialised
//! array is zero. Where the constant is then needed at compile time (an array
//! bound), the compile fails: never a silent difference. When a compile still fails,
//! the submitter sees the first compile's messages, about the code as written.

/// Changes whenever the rules below change (it is part of every build's cache key).
pub const RULES_VERSION: u32 = 2;

/// A submission's file as the compiler sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub text: String,
}

/// Functions g++ folds in constant expressions (its math builtins), by name.
const FOLDED_MATH: &[&str] = &[
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "cos", "cosh", "erf", "erfc", "exp",
    "exp2", "expm1", "fabs", "floor", "fmod", "hypot", "log", "log10", "log1p", "log2", "pow", "round", "sin", "sinh",
    "sqrt", "tan", "tanh", "trunc", "abs", "fmin", "fmax", "ldexp", "logl", "sqrtl", "acosl", "atanl", "atan2l",
    "powl", "expl", "sinl", "cosl", "sqrtf", "acosf", "atanf", "powf",
];

/// What one diagnostic asks to change, and where the compiler pointed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Fix {
    kind: Kind,
    at: Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// `constexpr` before the variable becomes `const`.
    ConstexprMath,
    /// A static data member made `const` by [`Kind::ConstexprMath`] must also be `inline`.
    InlineMember,
    /// The zero initialiser of the variable-length array becomes a zero fill.
    VlaZero,
    /// `main` declared without a type gets its `int`.
    ImplicitIntMain,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Position {
    file: String,
    /// 1-based, as the compiler counts.
    line: usize,
    column: usize,
}

/// The files rewritten for the errors in `diagnostics` that are g++ extensions, or
/// `None` when there are none to rewrite.
pub fn rewrite(diagnostics: &str, files: &[File]) -> Option<Vec<File>> {
    let fixes = fixes(diagnostics);
    if fixes.is_empty() {
        return None;
    }
    let mut out = files.to_vec();
    let mut changed = false;
    for file in &mut out {
        // From the end of the file, so that earlier positions stay valid.
        let mut edits: Vec<(usize, usize, String)> = fixes.iter().filter_map(|fix| edit(fix, file)).collect();
        edits.sort_by_key(|edit| std::cmp::Reverse(edit.0));
        edits.dedup_by(|a, b| a.0 == b.0);
        for (start, end, with) in edits {
            file.text.replace_range(start..end, &with);
            changed = true;
        }
    }
    changed.then_some(out)
}

/// The errors of a compiler's output this module knows how to rewrite.
fn fixes(diagnostics: &str) -> Vec<Fix> {
    let lines: Vec<&str> = diagnostics.lines().collect();
    let mut fixes = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some((at, message)) = error(line) else { continue };
        if message.starts_with("constexpr variable '")
            && message.ends_with("must be initialized by a constant expression")
        {
            // Only when the note that follows blames a math function g++ folds.
            let notes = lines[i + 1..].iter().take_while(|l| error(l).is_none());
            let math = notes
                .filter_map(|l| l.split_once("note: non-constexpr function '"))
                .any(|(_, rest)| {
                    let name = rest.split(['\'', '<']).next().unwrap_or_default();
                    let name = name.rsplit("::").next().unwrap_or_default();
                    FOLDED_MATH.contains(&name)
                });
            if math {
                fixes.push(Fix {
                    kind: Kind::ConstexprMath,
                    at,
                });
            }
        } else if message.starts_with("in-class initializer for static data member of type 'const ")
            && message.contains("requires 'constexpr' specifier")
        {
            fixes.push(Fix {
                kind: Kind::InlineMember,
                at,
            });
        } else if message == "variable-sized object may not be initialized" {
            fixes.push(Fix {
                kind: Kind::VlaZero,
                at,
            });
        } else if message == "a type specifier is required for all declarations"
            || message.starts_with("no template named 'main'")
        {
            // Only where the compiler points at `main(`: see `edit`.
            fixes.push(Fix {
                kind: Kind::ImplicitIntMain,
                at,
            });
        }
    }
    fixes
}

/// `file:line:column: error: message` → the position and the message.
fn error(line: &str) -> Option<(Position, &str)> {
    let (place, message) = line.trim_start().split_once(": error: ")?;
    let mut parts = place.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    let file = parts.next()?.to_string();
    Some((Position { file, line, column }, message.trim_end()))
}

/// Byte offset of a 1-based line and column in `text`.
fn offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line == 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let offset = start + column.checked_sub(1)?;
    (offset <= text.len() && text.is_char_boundary(offset)).then_some(offset)
}

/// The replacement (byte range and new text) a fix makes in `file`, if it is about
/// that file and the text there is what the fix expects.
fn edit(fix: &Fix, file: &File) -> Option<(usize, usize, String)> {
    let at = &fix.at;
    if at.file != file.name {
        return None;
    }
    let text = &file.text;
    let name_at = offset(text, at.line, at.column)?;
    match fix.kind {
        Kind::ConstexprMath => {
            let keyword = keyword_before(text, name_at, "constexpr")?;
            Some((keyword, keyword + "constexpr".len(), "const".into()))
        }
        Kind::InlineMember => {
            let keyword = keyword_before(text, name_at, "const")?;
            Some((keyword, keyword, "inline ".into()))
        }
        Kind::VlaZero => {
            // The compiler points into the first bound, `deg[n]`: the name is before its `[`.
            let bracket = text[..=name_at.min(text.len().saturating_sub(1))].rfind('[')?;
            let before = text[..bracket].trim_end();
            let start = before
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or(0, |i| i + 1);
            vla_zero(text, start)
        }
        Kind::ImplicitIntMain => {
            let rest = text[name_at..].strip_prefix("main")?;
            let line_start = text[..name_at].rfind('\n').map_or(0, |i| i + 1);
            // `main` first on its line (or after `signed`/`static`-free spaces), then `(`.
            (rest.trim_start().starts_with('(') && text[line_start..name_at].trim().is_empty())
                .then(|| (name_at, name_at, "int ".to_string()))
        }
    }
}

/// The offset of the last `word` (a whole word) in the declaration that ends at
/// `before`: the search stops at the previous `;`, `{` or `}`.
fn keyword_before(text: &str, before: usize, word: &str) -> Option<usize> {
    let start = text[..before].rfind([';', '{', '}']).map_or(0, |i| i + 1);
    let declaration = &text[start..before];
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    declaration
        .match_indices(word)
        .filter(|(i, _)| {
            let before_ok = declaration[..*i].chars().next_back().is_none_or(|c| !is_word(c));
            let after_ok = declaration[i + word.len()..].chars().next().is_none_or(|c| !is_word(c));
            before_ok && after_ok
        })
        .last()
        .map(|(i, _)| start + i)
}

/// `name[d1][d2] = {0};` → `name[d1][d2]; <zero fill of name>;` when every value of
/// the initialiser is a zero (what `= {}` and `= {0}` mean: all elements zero).
fn vla_zero(text: &str, name_at: usize) -> Option<(usize, usize, String)> {
    let rest = &text[name_at..];
    let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    let name = &rest[..name_len];
    if name.is_empty() {
        return None;
    }
    // The bounds: balanced [...] groups.
    let mut i = name_len;
    let mut dimensions = 0;
    let mut declarator_end = i;
    loop {
        let skipped = rest[i..].len() - rest[i..].trim_start().len();
        i += skipped;
        if !rest[i..].starts_with('[') {
            break;
        }
        let mut depth = 0;
        let close = rest[i..].char_indices().find_map(|(j, c)| {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(j)
        })?;
        i += close + 1;
        declarator_end = i;
        dimensions += 1;
    }
    if dimensions == 0 {
        return None;
    }
    let after = rest[i..].trim_start();
    let after = after.strip_prefix('=')?.trim_start().strip_prefix('{')?;
    let close = after.find('}')?;
    let values = &after[..close];
    if !values.split(',').map(str::trim).all(is_zero) {
        return None;
    }
    let tail = after[close + 1..].trim_start();
    if !tail.starts_with(';') {
        return None; // another declarator follows: left as it is
    }
    let end = rest.len() - tail.len() + 1;
    let element = format!("{name}{}", "[0]".repeat(dimensions));
    // Arithmetic and other trivially copyable elements are zeroed; other classes were
    // value-initialised by their default constructor already.
    let fill = format!(
        "; if constexpr (__is_trivially_copyable(__typeof__({element}))) __builtin_memset({name}, 0, sizeof({name}));"
    );
    Some((name_at + declarator_end, name_at + end, fill))
}

/// A literal zero of any type: `0`, `0LL`, `0.0`, `false`, `'\0'`, nothing.
fn is_zero(value: &str) -> bool {
    let value = value.trim_end_matches(['l', 'L', 'u', 'U', 'f', 'F']);
    matches!(value, "" | "false" | "'\\0'" | "nullptr" | "NULL")
        || (!value.is_empty() && value.chars().all(|c| c == '0' || c == '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> Vec<File> {
        vec![File {
            name: "main.cpp".into(),
            text: text.into(),
        }]
    }

    fn rewritten(diagnostics: &str, text: &str) -> Option<String> {
        rewrite(diagnostics, &file(text)).map(|files| files[0].text.clone())
    }

    const PI: &str = "main.cpp:1:23: error: constexpr variable 'PI' must be initialized by a constant expression\n\
                      main.cpp:1:28: note: non-constexpr function 'acos<int, 0>' cannot be used in a constant expression\n";

    #[test]
    fn constexpr_math_becomes_const() {
        assert_eq!(
            rewritten(PI, "constexpr long double PI = acos(-1);\n").as_deref(),
            Some("const long double PI = acos(-1);\n")
        );
    }

    #[test]
    fn constexpr_that_is_not_about_math_is_left_alone() {
        let diagnostics = "main.cpp:2:15: error: constexpr variable 'x' must be initialized by a constant expression\n\
                           main.cpp:2:19: note: non-constexpr function 'f' cannot be used in a constant expression\n";
        assert_eq!(rewritten(diagnostics, "int f();\nconstexpr int x = f();\n"), None);
    }

    #[test]
    fn a_static_member_made_const_becomes_inline() {
        let diagnostics = "main.cpp:1:37: error: in-class initializer for static data member of type 'const double' \
                           requires 'constexpr' specifier [-Wstatic-float-init]\n";
        assert_eq!(
            rewritten(diagnostics, "struct S { static const double TAU = 2 * acos(-1.0); };\n").as_deref(),
            Some("struct S { static inline const double TAU = 2 * acos(-1.0); };\n")
        );
    }

    #[test]
    fn zero_initialised_vlas_become_zero_fills() {
        let diagnostics = "main.cpp:2:8: error: variable-sized object may not be initialized\n\
                           main.cpp:3:8: error: variable-sized object may not be initialized\n";
        let text = "int n;\nll deg[n] = {0};\nbool v[n][n+1] = {};\n";
        assert_eq!(
            rewritten(diagnostics, text).as_deref(),
            Some(
                "int n;\nll deg[n]; if constexpr (__is_trivially_copyable(__typeof__(deg[0]))) \
                 __builtin_memset(deg, 0, sizeof(deg));\n\
                 bool v[n][n+1]; if constexpr (__is_trivially_copyable(__typeof__(v[0][0]))) \
                 __builtin_memset(v, 0, sizeof(v));\n"
            )
        );
    }

    #[test]
    fn vlas_with_values_or_further_declarators_are_left_alone() {
        let diagnostics = "main.cpp:1:7: error: variable-sized object may not be initialized\n";
        assert_eq!(rewritten(diagnostics, "int a[n] = {1, 2};\n"), None);
        assert_eq!(rewritten(diagnostics, "int a[n] = {0}, b = 2;\n"), None);
    }

    #[test]
    fn main_without_its_type_gets_int() {
        // clang's two complaints about one `main() {` (with `using namespace std`).
        let diagnostics = "main.cpp:3:1: error: no template named 'main'; did you mean 'min'?\n\
                           main.cpp:3:1: error: a type specifier is required for all declarations\n";
        let text = "#include <cstdio>\nusing namespace std;\nmain() {\n  puts(\"hi\");\n}\n";
        assert_eq!(
            rewritten(diagnostics, text).as_deref(),
            Some("#include <cstdio>\nusing namespace std;\nint main() {\n  puts(\"hi\");\n}\n")
        );
        // Another function without a type is an error in g++ too: left alone.
        let other = "main.cpp:1:1: error: a type specifier is required for all declarations\n";
        assert_eq!(rewritten(other, "f() { return 1; }\n"), None);
    }

    #[test]
    fn other_errors_and_other_files_are_left_alone() {
        assert_eq!(
            rewritten("main.cpp:1:1: error: unknown type name 'foo'\n", "foo x;\n"),
            None
        );
        assert_eq!(
            rewritten(
                &PI.replace("main.cpp", "other.cpp"),
                "constexpr long double PI = acos(-1);\n"
            ),
            None
        );
        // A position past the end of the file is ignored, not a panic.
        let far = "main.cpp:99:1: error: variable-sized object may not be initialized\n";
        assert_eq!(rewritten(far, "int main() {}\n"), None);
    }
}
