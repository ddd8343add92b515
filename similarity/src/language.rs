//! The languages compared, their ids (those of `oa languages`, plus Java), their
//! file extensions and their tree-sitter grammars.

use std::fmt;
use std::path::Path;

/// A language whose submissions can be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    C,
    Cpp,
    Java,
    Python,
    Go,
    JavaScript,
    Rust,
    Kotlin,
}

impl Language {
    pub const ALL: [Language; 8] = [
        Language::C,
        Language::Cpp,
        Language::Java,
        Language::Python,
        Language::Go,
        Language::JavaScript,
        Language::Rust,
        Language::Kotlin,
    ];

    /// The id used on the command line, as in `oa languages`.
    pub fn id(self) -> &'static str {
        match self {
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Java => "java",
            Language::Python => "python",
            Language::Go => "go",
            Language::JavaScript => "javascript",
            Language::Rust => "rust",
            Language::Kotlin => "kotlin",
        }
    }

    /// The language with this id; an error lists the ids there are.
    pub fn from_id(id: &str) -> anyhow::Result<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.id() == id)
            .ok_or_else(|| anyhow::anyhow!("unknown language `{id}`: expected one of {}", Language::ids()))
    }

    /// Every id, comma-separated, for messages.
    pub fn ids() -> String {
        Language::ALL.map(Language::id).join(", ")
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            Language::C => &["c"],
            Language::Cpp => &["cpp", "cc", "cxx", "c++", "hpp", "hh", "hxx"],
            Language::Java => &["java"],
            Language::Python => &["py"],
            Language::Go => &["go"],
            Language::JavaScript => &["js", "mjs", "cjs"],
            Language::Rust => &["rs"],
            Language::Kotlin => &["kt", "kts"],
        }
    }

    /// The language a file's extension names. `.h` is C's here; a folder that
    /// also holds C++ files reads it as C++ (see [`Language::accepts`]).
    pub fn from_path(path: &Path) -> Option<Language> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        if extension == "h" {
            return Some(Language::C);
        }
        Language::ALL
            .into_iter()
            .find(|language| language.extensions().contains(&extension.as_str()))
    }

    /// Whether a file in a submission's folder is a source of this language.
    pub fn accepts(self, path: &Path) -> bool {
        let header = path.extension().and_then(|e| e.to_str()) == Some("h");
        Language::from_path(path) == Some(self) || (header && self == Language::Cpp)
    }

    pub(crate) fn grammar(self) -> tree_sitter::Language {
        match self {
            Language::C => tree_sitter_c::LANGUAGE.into(),
            Language::Cpp => tree_sitter_cpp::LANGUAGE.into(),
            Language::Java => tree_sitter_java::LANGUAGE.into(),
            Language::Python => tree_sitter_python::LANGUAGE.into(),
            Language::Go => tree_sitter_go::LANGUAGE.into(),
            Language::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Language::Rust => tree_sitter_rust::LANGUAGE.into(),
            Language::Kotlin => tree_sitter_kotlin_ng::LANGUAGE.into(),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}
