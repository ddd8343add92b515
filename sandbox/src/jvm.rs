//! Java: javac's class files become one WebAssembly module.
//!
//! javac runs in the compile jail like any compiler; what it writes is then
//! translated here, on the host, by oa's compiler of JVM bytecode (the `java`
//! crate) together with the JDK's own class library and oa's patches to it,
//! which `install/java.sh` puts in the toolchains directory. The class files
//! are javac's output, not the candidate's bytes, and the translator reads
//! them as data: it never runs them.

use crate::toolchain::Source;
use std::path::Path;

/// Where javac writes the class files, in the build directory.
pub const CLASSES: &str = "classes";

/// javac requires a public class to be in the file of its name; candidates
/// paste `public class Main` (or `Solution`) into whatever file the page
/// gives them. Each source declaring a public top-level type is renamed after
/// it, unless two would then share a name (javac then says what is wrong).
pub fn named_after_public_class(sources: &[Source]) -> Vec<Source> {
    let renamed: Vec<Source> = sources
        .iter()
        .map(|source| {
            let text = String::from_utf8_lossy(&source.bytes);
            match (source.name.ends_with(".java"), public_type(&text)) {
                (true, Some(name)) => Source {
                    name: format!("{name}.java"),
                    bytes: source.bytes.clone(),
                },
                _ => source.clone(),
            }
        })
        .collect();
    let mut names: Vec<&str> = renamed.iter().map(|s| s.name.as_str()).collect();
    names.sort();
    names.dedup();
    if names.len() == renamed.len() {
        renamed
    } else {
        sources.to_vec()
    }
}

/// The first public top-level class, interface, enum or record the text
/// declares, outside comments and literals.
fn public_type(text: &str) -> Option<String> {
    let words = words(text);
    let mut depth = 0usize;
    for (i, word) in words.iter().enumerate() {
        match word.as_str() {
            "{" => depth += 1,
            "}" => depth = depth.saturating_sub(1),
            "public" if depth == 0 => {
                let mut j = i + 1;
                while words
                    .get(j)
                    .is_some_and(|w| matches!(w.as_str(), "final" | "abstract" | "sealed" | "non-sealed" | "strictfp"))
                {
                    j += 1;
                }
                if words
                    .get(j)
                    .is_some_and(|w| matches!(w.as_str(), "class" | "interface" | "enum" | "record"))
                {
                    let name = words.get(j + 1)?;
                    if name
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
                    {
                        return Some(name.clone());
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// Identifiers and braces, with comments, strings and characters left out.
fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if c == '"' || c == '\'' {
            i += 1;
            while i < chars.len() && chars[i] != c {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '$' || c == '-' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$' || chars[i] == '-')
            {
                i += 1;
            }
            words.push(chars[start..i].iter().collect());
        } else {
            if c == '{' || c == '}' {
                words.push(c.to_string());
            }
            i += 1;
        }
    }
    words
}

/// Translates the class files under `build/classes` into `build/<module>`,
/// with the JDK and the patches under `toolchain` (the installed `java`
/// toolchain). The entry is the class with `public static void main(String[])`:
/// the only one, or `Main` among several. Errors are compile errors, in the
/// candidate's terms.
pub fn translate(build: &Path, toolchain: &Path, module: &str) -> Result<(), String> {
    let mut files = Vec::new();
    collect(&build.join(CLASSES), &mut files).map_err(|err| format!("reading javac's output: {err}"))?;
    files.sort();
    let classes: Vec<Vec<u8>> = files
        .iter()
        .map(std::fs::read)
        .collect::<Result<_, _>>()
        .map_err(|err| format!("reading javac's output: {err}"))?;
    let mut mains = Vec::new();
    for bytes in &classes {
        let Ok(class) = java::parse_class(bytes, None) else {
            continue;
        };
        let has_main = class.methods.iter().any(|m| {
            m.name == "main"
                && m.descriptor.to_string() == "([Ljava/lang/String;)V"
                && m.access_flags.contains(cafebabe::MethodAccessFlags::STATIC)
                && m.access_flags.contains(cafebabe::MethodAccessFlags::PUBLIC)
        });
        if has_main {
            mains.push(class.this_class.to_string());
        }
    }
    let main = match mains.as_slice() {
        [] => return Err("no class has `public static void main(String[] args)`".into()),
        [one] => one.clone(),
        several => match several.iter().find(|c| c.as_str() == "Main") {
            Some(main) => main.clone(),
            None => {
                return Err(format!(
                    "several classes have a main method ({}); oa runs the one named Main",
                    several.join(", ").replace('/', ".")
                ))
            }
        },
    };
    let path = java::Patched {
        patches: java::DirClassPath(toolchain.join("patches")),
        jdk: java::DirClassPath(toolchain.join("jdk/java.base")),
    };
    let slices: Vec<&[u8]> = classes.iter().map(Vec::as_slice).collect();
    let wasm = std::panic::catch_unwind(|| java::compile_main(&slices, &path, &main))
        .map_err(|_| "oa's Java compiler failed on this program (an internal error)".to_string())?
        .map_err(|err| format!("this program uses what oa's Java compiler does not support yet: {err}"))?;
    std::fs::write(build.join(module), wasm).map_err(|err| format!("writing the module: {err}"))
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "class") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, text: &str) -> Source {
        Source::text(name, text)
    }

    #[test]
    fn a_file_is_named_after_its_public_class() {
        let renamed = named_after_public_class(&[source(
            "main.java",
            "// public class Comment {}\nimport java.util.*;\nclass Helper { public class Inner {} }\n\
             /* public class Block */ public final class Solution { String s = \"public class Str\"; }",
        )]);
        assert_eq!(renamed[0].name, "Solution.java");
    }

    #[test]
    fn files_keep_their_names_without_a_public_class_or_when_names_would_clash() {
        let plain = named_after_public_class(&[source("main.java", "class Main {}")]);
        assert_eq!(plain[0].name, "main.java");
        let clash = named_after_public_class(&[
            source("a.java", "public class Same {}"),
            source("b.java", "public class Same {}"),
        ]);
        assert_eq!((clash[0].name.as_str(), clash[1].name.as_str()), ("a.java", "b.java"));
    }
}
