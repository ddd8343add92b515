//! The table of languages (`languages.toml`): how each turns a submission into a
//! WebAssembly module, or which interpreter module runs it.

use crate::jail::JailLimits;
use serde::Deserialize;

/// The table shipped with oa.
pub const BUILTIN: &str = include_str!("../languages.toml");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Short name used in APIs and on the command line: `cpp`, `python`.
    pub id: String,
    /// Human name: `C++`.
    pub name: String,
    /// Dialect shown to candidates: `C++20`.
    #[serde(default)]
    pub standard: Option<String>,
    /// What compiles or runs it, for candidates: `clang 22 with libc++, to WebAssembly`.
    #[serde(default)]
    pub compiler: Option<String>,
    /// Extensions of the files that make up a program (compiled, or the script).
    pub extensions: Vec<String>,
    /// Further extensions accepted in multi-file submissions (headers).
    #[serde(default)]
    pub extra_extensions: Vec<String>,
    /// A command whose first output line names the toolchain version.
    pub version: Vec<String>,
    /// This language's time limit relative to C++.
    pub time_multiplier: f64,
    /// Directories of the toolchains directory the compile needs, at /toolchains/<name>.
    #[serde(default)]
    pub binds: Vec<String>,
    /// Host directories the compile needs at their own path, read-only: only a
    /// toolchain's own configuration (a JVM reads /etc/java-17-openjdk).
    #[serde(default)]
    pub system_binds: Vec<String>,
    /// A file of oa's own (in sandbox/preludes/, built into oa) compiled with every
    /// submission in this language.
    #[serde(default)]
    pub prelude: Option<String>,
    /// Variables set for the compile steps.
    #[serde(default)]
    pub compile_env: Vec<(String, String)>,
    /// Devices the compile needs beyond /dev/null (`urandom` for a JVM).
    #[serde(default)]
    pub devices: Vec<String>,
    /// The dialect the submissions are written in, where it differs from what the
    /// compiler takes: `g++` (see [`crate::dialect`]).
    #[serde(default)]
    pub dialect: Option<String>,
    /// Compile steps, run in order in the jail; empty for interpreted languages.
    #[serde(default)]
    pub compile: Vec<Vec<String>>,
    #[serde(default)]
    pub jail: JailLimits,
    /// The module a compile produces, relative to the build directory.
    #[serde(default)]
    pub module: Option<String>,
    /// A translation on the host after the compile steps: `jvm` turns the
    /// class files javac wrote under `classes/` into `module` (see [`crate::jvm`]).
    #[serde(default)]
    pub translate: Option<String>,
    /// For interpreted languages: the interpreter module (under `{toolchains}`).
    #[serde(default)]
    pub interpreter: Option<String>,
    /// Arguments of the run, program name first; the submission is at /src.
    #[serde(default)]
    pub args: Vec<String>,
    /// For interpreted languages: arguments of a run of the interpreter that checks
    /// the main file's syntax (non-zero exit: CE with its stderr).
    #[serde(default)]
    pub check: Vec<String>,
    /// Read-only directories of the run: host (under `{toolchains}`) and guest path.
    #[serde(default)]
    pub dirs: Vec<(String, String)>,
    /// Environment of the run (the interpreter's own configuration).
    #[serde(default)]
    pub env: Vec<(String, String)>,
    /// For interpreted languages: runs of this main file start from a snapshot
    /// of the interpreter initialised for it (see [`crate::snapshot`]).
    #[serde(default)]
    pub snapshot: Option<SnapshotSpec>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotSpec {
    /// The interpreter's function that runs the program once it is initialised
    /// (CPython: `Py_RunMain`); the snapshot is taken as it would be called.
    pub resume: String,
    /// The main file whose runs start from the snapshot; others start cold. One
    /// name, so one snapshot (one more compiled module) per toolchain version.
    pub main: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    language: Vec<Language>,
}

/// oa's own source files that languages can name as their `prelude`.
const PRELUDES: &[(&str, &str)] = &[
    ("oa_stdin.kt", include_str!("../preludes/oa_stdin.kt")),
    ("oa_libc.c", include_str!("../preludes/oa_libc.c")),
];

/// The text of a prelude file, by name.
pub fn prelude(name: &str) -> Option<&'static str> {
    PRELUDES.iter().find(|(file, _)| *file == name).map(|(_, text)| *text)
}

/// Parses a languages table, checking what the code relies on.
pub fn parse(text: &str) -> Result<Vec<Language>, String> {
    let table: Table = toml::from_str(text).map_err(|err| err.to_string())?;
    for language in &table.language {
        let id = &language.id;
        match (&language.module, &language.interpreter) {
            (Some(_), None) if !language.compile.is_empty() => {}
            (None, Some(_)) => {}
            _ => {
                return Err(format!(
                    "language `{id}`: give either compile steps and a `module`, or an `interpreter`"
                ))
            }
        }
        if language.extensions.is_empty() || language.version.is_empty() {
            return Err(format!("language `{id}`: `extensions` and `version` must not be empty"));
        }
        if let Some(path) = language.system_binds.iter().find(|path| !path.starts_with('/')) {
            return Err(format!(
                "language `{id}`: `system_binds` entry `{path}` must be an absolute path"
            ));
        }
        if let Some(name) = &language.prelude {
            if prelude(name).is_none() {
                return Err(format!(
                    "language `{id}`: there is no prelude `{name}` in sandbox/preludes"
                ));
            }
        }
        if let Some(translate) = language.translate.as_deref().filter(|t| *t != "jvm") {
            return Err(format!(
                "language `{id}`: unknown `translate` `{translate}` (oa has `jvm`)"
            ));
        }
        if let Some(dialect) = language.dialect.as_deref().filter(|d| *d != "g++") {
            return Err(format!("language `{id}`: unknown dialect `{dialect}` (known: g++)"));
        }
        if !language.time_multiplier.is_finite() || language.time_multiplier <= 0.0 {
            return Err(format!("language `{id}`: `time_multiplier` must be positive"));
        }
    }
    Ok(table.language)
}

impl Language {
    /// Whether a file of this name belongs to a submission in this language.
    pub fn accepts(&self, file: &str) -> bool {
        let ext = file.rsplit_once('.').map(|(_, ext)| ext).unwrap_or_default();
        self.extensions.iter().chain(&self.extra_extensions).any(|e| e == ext)
    }

    /// Whether a file of this name is compiled (or is the script), not a header.
    /// Whether javac's class files become the module on the host (`translate = "jvm"`).
    pub fn translates_class_files(&self) -> bool {
        self.translate.as_deref() == Some("jvm")
    }

    pub fn is_main_kind(&self, file: &str) -> bool {
        let ext = file.rsplit_once('.').map(|(_, ext)| ext).unwrap_or_default();
        self.extensions.iter().any(|e| e == ext)
    }

    /// The name shown to people: `C++ (C++20)`.
    pub fn display_name(&self) -> String {
        match &self.standard {
            Some(standard) if standard != &self.name => format!("{} ({standard})", self.name),
            _ => self.name.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_table_parses() {
        let languages = parse(BUILTIN).expect("languages.toml");
        let cpp = languages.iter().find(|l| l.id == "cpp").expect("C++");
        assert!(cpp.accepts("main.cpp") && cpp.accepts("util.hpp") && !cpp.accepts("main.py"));
        assert!(cpp.is_main_kind("a.cc") && !cpp.is_main_kind("a.h"));
    }

    #[test]
    fn a_language_without_a_way_to_run_is_refused() {
        let text = r#"[[language]]
            id = "x"
            name = "X"
            extensions = ["x"]
            version = ["x", "--version"]
            time_multiplier = 1.0"#;
        assert!(parse(text).unwrap_err().contains("language `x`"));
    }
}
