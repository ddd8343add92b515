//! Every language on the same five programs (tests/programs/<language>/), and
//! compiles that attack the host. Needs the toolchains (`./dev setup`).

#[path = "support/programs.rs"]
mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// One build cache for the whole test binary, so each program compiles once.
fn cache() -> &'static Path {
    static CACHE: OnceLock<tempfile::TempDir> = OnceLock::new();
    CACHE.get_or_init(|| tempfile::tempdir().expect("cache dir")).path()
}

fn oa_run(program: &[&Path], input: &str, extra: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let input_file = dir.path().join("input.txt");
    std::fs::write(&input_file, input).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_oa"))
        .arg("run")
        .args(program)
        .arg("--input")
        .arg(&input_file)
        .args(["--json", "--time-limit", "10"])
        .args(if extra.contains(&"--memory-limit") {
            &[][..]
        } else {
            &["--memory-limit", "512"][..]
        })
        .args(extra)
        .env("OA_CACHE_DIR", cache())
        .output()
        .expect("run oa");
    assert!(
        output.status.success(),
        "oa failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

fn programs(language: &str, extension: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(language);
    let mut failures = Vec::new();
    for (name, input, expected) in support::cases() {
        let file: PathBuf = dir.join(format!("{name}.{extension}"));
        let report = oa_run(&[&file], &input, &[]);
        if report["verdict"] != "OK" || report["stdout"] != expected.as_str() {
            failures.push(format!(
                "{name}: {} {} stdout={:.200} stderr={:.500}",
                report["verdict"], report["message"], report["stdout"], report["stderr"]
            ));
        }
    }
    assert!(failures.is_empty(), "{language}:\n{}", failures.join("\n"));
}

#[test]
fn c_programs() {
    programs("c", "c");
}

#[test]
fn cpp_programs() {
    programs("cpp", "cpp");
}

#[test]
fn compiled_programs_fit_a_small_memory_limit_and_recurse_deep() {
    // The linear-memory stack counts toward the limit: it must leave room under 32 MiB.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    for (language, file) in [("c", "c/hello.c"), ("cpp", "cpp/hello.cpp"), ("rust", "rust/hello.rs")] {
        let report = oa_run(&[&root.join(file)], "", &["--memory-limit", "32"]);
        assert_eq!(report["verdict"], "OK", "{language}: {report}");
    }
    // A DFS down a path of 10^6 vertices, the deepest recursion assessments ask for.
    let dir = tempfile::tempdir().unwrap();
    let dfs = source(
        dir.path(),
        "dfs.cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\n\
         vector<int> adj[1000000]; int depth_of[1000000];\n\
         void dfs(int u, int p, int d) { depth_of[u] = d; for (int v : adj[u]) if (v != p) dfs(v, u, d + 1); }\n\
         int main() { int n; scanf(\"%d\", &n);\n\
         for (int i = 1; i < n; i++) { adj[i - 1].push_back(i); adj[i].push_back(i - 1); }\n\
         dfs(0, -1, 0); printf(\"%d\\n\", depth_of[n - 1]); }\n",
    );
    let report = oa_run(&[&dfs], "1000000\n", &[]);
    assert_eq!(
        (report["verdict"].as_str(), report["stdout"].as_str()),
        (Some("OK"), Some("999999\n")),
        "{report}"
    );
}

#[test]
fn a_program_too_large_to_run_is_refused_and_not_kept() {
    // An 80 MiB initialised array: the module is above the 64 MiB limit. The
    // refusal is cached in a few bytes; the module itself is not kept.
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let huge = source(
        dir.path(),
        "huge.c",
        "#include <stdio.h>\nstatic int big[20 << 20] = {1, 2, 3};\n\
         int main(void) { int i; if (scanf(\"%d\", &i) != 1) i = 0; big[i]++;\n\
         long s = 0; for (int k = 0; k < (20 << 20); k += 4096) s += big[k]; printf(\"%ld\\n\", s); }\n",
    );
    for _ in 0..2 {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_oa"))
            .args(["run", "--json"])
            .arg(&huge)
            .env("OA_CACHE_DIR", cache.path())
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["verdict"], "CE", "{report}");
        assert!(
            report["message"].as_str().unwrap().contains("above the 64 MiB limit"),
            "{report}"
        );
    }
    let kept = sandbox::cache_budget::size_of_path(cache.path());
    assert!(kept < 1 << 20, "{kept} bytes kept");
}

#[test]
fn rust_programs() {
    programs("rust", "rs");
}

fn source(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn compile_errors_come_back_as_ce_with_readable_paths() {
    let dir = tempfile::tempdir().unwrap();
    let bad = source(dir.path(), "main.cpp", "int main() { return missing; }\n");
    let report = oa_run(&[&bad], "", &[]);
    assert_eq!(report["verdict"], "CE");
    let message = report["message"].as_str().unwrap();
    assert!(
        message.starts_with("main.cpp:1:21: error: use of undeclared identifier 'missing'"),
        "{message}"
    );
    // The second build of the same source comes from the cache, failure included.
    let again = oa_run(&[&bad], "", &[]);
    assert_eq!(
        (&again["verdict"], &again["message"]),
        (&report["verdict"], &report["message"])
    );
}

#[test]
fn cpp_threads_explain_themselves() {
    // Exceptions work (tests/gnu_cpp.rs); threads do not, and say so.
    let dir = tempfile::tempdir().unwrap();
    let threads = source(
        dir.path(),
        "main.cpp",
        "#include <thread>\nint main() { std::thread t([]{}); t.join(); }\n",
    );
    let report = oa_run(&[&threads], "", &[]);
    assert_eq!(report["verdict"], "CE");
    assert!(
        report["message"]
            .as_str()
            .unwrap()
            .contains("std::thread is not available"),
        "{report}"
    );
}

#[test]
fn multi_file_programs_build_from_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    source(dir.path(), "add.h", "long long add(long long a, long long b);\n");
    source(
        dir.path(),
        "add.cpp",
        "#include \"add.h\"\nlong long add(long long a, long long b) { return a + b; }\n",
    );
    source(dir.path(), "main.cpp", "#include <cstdio>\n#include \"add.h\"\nint main() { long long a, b; if (scanf(\"%lld %lld\", &a, &b) != 2) return 1; printf(\"%lld\\n\", add(a, b)); }\n");
    // Files of no C++ kind beside the sources are left out of the build.
    source(dir.path(), "README", "how to build\n");
    source(dir.path(), "build.sh", "g++ *.cpp\n");
    let report = oa_run(&[dir.path()], "40 2\n", &[]);
    assert_eq!(
        (report["verdict"].as_str(), report["stdout"].as_str()),
        (Some("OK"), Some("42\n")),
        "{report}"
    );
}

#[test]
fn hostile_compiles_are_compile_errors_that_reveal_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("passwd.c", "#include \"/etc/passwd\"\nint main(void) { return 0; }\n"),
        ("shadow.c", "#include \"/root/.bashrc\"\nint main(void) { return 0; }\n"),
        ("zero.c", "#include \"/dev/zero\"\nint main(void) { return 0; }\n"),
        ("random.c", "#include \"/dev/urandom\"\nint main(void) { return 0; }\n"),
        // /proc/self/mountinfo names the host directory behind every bind.
        ("mountinfo.c", "#include \"/proc/self/mountinfo\"\nint main(void) { return 0; }\n"),
        (
            "mountinfo.rs",
            "fn main() { print!(\"{}{}\", include_str!(\"/proc/self/mountinfo\"), include_str!(\"/proc/1/cmdline\")); }\n",
        ),
        (
            "templates.cpp",
            "template <int N> struct R { static const int v = R<N + 1>::v; };\nint main() { return R<0>::v; }\n",
        ),
        (
            // 16 million statements, each a warning: gigabytes of diagnostics if let run.
            "flood.c",
            "#define X4(x) x x x x\n#define X16(x) X4(X4(x))\n#define X256(x) X16(X16(x))\n#define X64K(x) X256(X256(x))\n\
             int main(void) { int a = 0; X256(X64K(a == 1;)) return a; }\n",
        ),
    ];
    for (name, text) in cases {
        let path = source(dir.path(), name, text);
        let started = std::time::Instant::now();
        let report = oa_run(&[&path], "", &[]);
        let message = report["message"].as_str().unwrap();
        assert_eq!(report["verdict"], "CE", "{name}: {report}");
        assert!(
            !message.contains("root:x:0:0") && !message.contains("alias "),
            "{name} leaked: {message:.300}"
        );
        let toolchains = std::env::var("OA_TOOLCHAINS").unwrap_or_else(|_| "/.cache/oa/".into());
        for host in [
            toolchains.as_str(),
            &cache().to_string_lossy(),
            " - overlay ",
            " - ext4 ",
        ] {
            assert!(
                !message.contains(host),
                "{name} shows the host's {host}: {message:.600}"
            );
        }
        assert!(started.elapsed().as_secs() < 90, "{name} took {:?}", started.elapsed());
    }
}

#[test]
fn unknown_languages_and_bad_files_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let cobol = source(dir.path(), "main.cob", "DISPLAY 'HI'.\n");
    let output = Command::new(env!("CARGO_BIN_EXE_oa"))
        .args(["run", cobol.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot tell the language"));

    let c = source(dir.path(), "main.c", "int main(void) { return 0; }\n");
    let output = Command::new(env!("CARGO_BIN_EXE_oa"))
        .args(["run", c.to_str().unwrap(), "--lang", "cobol"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown language `cobol`"));
}

#[test]
fn javascript_programs() {
    programs("javascript", "js");
}

#[test]
fn go_programs() {
    programs("go", "go");
}

#[test]
fn python_programs() {
    programs("python", "py");
}

/// The same programs as `main.py`, the name whose runs start from the snapshot
/// of the initialised interpreter: the same output, in fewer instructions.
#[test]
fn python_programs_from_the_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/python");
    let mut failures = Vec::new();
    for (name, input, expected) in support::cases() {
        let staged = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(dir.join(format!("{name}.py"))).unwrap();
        let main = source(staged.path(), "main.py", &text);
        let renamed = source(staged.path(), &format!("{name}.py"), &text);
        let (warm, cold) = (oa_run(&[&main], &input, &[]), oa_run(&[&renamed], &input, &[]));
        let (warm_count, cold_count) = (warm["instructions"].as_u64(), cold["instructions"].as_u64());
        let fewer = warm_count.zip(cold_count).is_some_and(|(warm, cold)| warm < cold);
        if warm["verdict"] != "OK" || warm["stdout"] != expected.as_str() || !fewer {
            failures.push(format!(
                "{name}: {} {} {warm_count:?} (cold {cold_count:?}) stdout={:.200} stderr={:.500}",
                warm["verdict"], warm["message"], warm["stdout"], warm["stderr"]
            ));
        }
    }
    assert!(failures.is_empty(), "python:\n{}", failures.join("\n"));
}

/// javac, then oa's compiler with the JDK's own library: `Scanner`,
/// `BufferedReader` with `StringTokenizer`, the fast-input idiom over
/// `DataInputStream`, `Arrays.sort`, deep recursion on a thread with a large
/// stack. Each file declares `public class Main`, so each is renamed for javac.
#[test]
fn java_programs() {
    programs("java", "java");
}

/// What javac refuses is javac's message, about the file as the candidate
/// named its class; what oa's compiler cannot translate yet, or an ambiguous
/// entry point, is a compile error that says so.
#[test]
fn java_compile_errors_say_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "syntax.java",
            "public class Main {\n  public static void main(String[] a) {\n    int x = ;\n  }\n}\n",
            "Main.java:3: error: illegal start of expression",
        ),
        (
            "record.java",
            "public class Main {\n  record P(int x) {}\n  public static void main(String[] a) {\n    \
             System.out.println(new P(1));\n  }\n}\n",
            "does not support yet",
        ),
        (
            "two.java",
            "class A { public static void main(String[] a) {} }\nclass B { public static void main(String[] a) {} }\n",
            "several classes have a main method (A, B)",
        ),
    ];
    for (name, text, expected) in cases {
        let file = source(dir.path(), name, text);
        let report = oa_run(&[&file], "", &[]);
        assert_eq!(report["verdict"], "CE", "{name}: {report}");
        let message = report["message"].as_str().unwrap();
        assert!(message.contains(expected), "{name}: {message}");
    }
}

#[test]
fn kotlin_programs() {
    programs("kotlin", "kt");
}

/// oa's buffered readln() must read lines exactly as the standard library does:
/// lines longer than its buffer, `\r\n` endings, a last line without an end, and
/// null (or an exception) once input is exhausted.
#[test]
fn kotlin_reads_lines_like_the_standard_library() {
    let dir = tempfile::tempdir().unwrap();
    let program = source(
        dir.path(),
        "main.kt",
        r#"fun main() {
    var count = 0
    while (true) {
        val line = readlnOrNull() ?: break
        count++
        println("${line.length} ${line.take(3)}")
    }
    println("lines $count")
    println(readLine() == null)
    try { readln() } catch (e: RuntimeException) { println("eof") }
}
"#,
    );
    let long = "x".repeat(200_000);
    let input = format!("abc\r\n\n{long}\ntail");
    let report = oa_run(&[&program], &input, &[]);
    assert_eq!(report["verdict"], "OK", "{report}");
    assert_eq!(
        report["stdout"], "3 abc\n0 \n200000 xxx\n4 tai\nlines 4\ntrue\neof\n",
        "{report}"
    );

    // The prelude's name is taken.
    let clash = source(dir.path(), "oa_stdin.kt", "fun helper() = 1\n");
    let report = oa_run(&[&program, &clash], "", &[]);
    assert_eq!(report["verdict"], "CE", "{report}");
    assert!(report["message"].as_str().unwrap().contains("rename yours"), "{report}");
}

#[test]
fn interpreted_scripts_that_do_not_parse_are_compile_errors() {
    let dir = tempfile::tempdir().unwrap();
    let python = source(dir.path(), "main.py", "def f(:\n    pass\n");
    let report = oa_run(&[&python], "", &[]);
    assert_eq!(report["verdict"], "CE", "{report}");
    let message = report["message"].as_str().unwrap();
    assert!(
        message.contains("main.py") && message.contains("SyntaxError"),
        "{message}"
    );

    let javascript = source(dir.path(), "main.js", "let x = ;\n");
    let report = oa_run(&[&javascript], "", &[]);
    assert_eq!(report["verdict"], "CE", "{report}");
    assert!(report["message"].as_str().unwrap().contains("SyntaxError"), "{report}");

    // A runtime error is not a compile error.
    let raises = source(dir.path(), "main.py", "raise ValueError('boom')\n");
    let report = oa_run(&[&raises], "", &[]);
    assert_eq!(
        (report["verdict"].as_str(), report["exit_code"].as_i64()),
        (Some("RTE"), Some(1)),
        "{report}"
    );
    assert!(
        report["stderr"].as_str().unwrap().contains("ValueError: boom"),
        "{report}"
    );
}

#[test]
fn kattis_py3_files_are_python() {
    // `.py3` is what Kattis packages name Python 3 submissions.
    let dir = tempfile::tempdir().unwrap();
    let script = source(dir.path(), "solve.py3", "print(sum(map(int, input().split())))\n");
    let report = oa_run(&[&script], "2 3\n", &[]);
    assert_eq!(
        (report["verdict"].as_str(), report["stdout"].as_str()),
        (Some("OK"), Some("5\n")),
        "{report}"
    );
    let report = oa_run(&[&script], "2 3\n", &["--lang", "python"]);
    assert_eq!(report["stdout"], "5\n", "{report}");
}

/// Copies a directory tree with fresh files: new inodes, new times.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::write(&target, std::fs::read(entry.path()).unwrap()).unwrap();
        }
    }
}

#[test]
fn what_a_run_sees_of_files_does_not_depend_on_the_install() {
    // A program that stats and lists its standard library, and prints what it
    // saw: the same output and the same instruction count from a fresh copy of
    // the toolchain (other inodes, devices and times on the host).
    let dir = tempfile::tempdir().unwrap();
    let program = source(
        dir.path(),
        "stats.py",
        "import os, json\n\
         root = os.path.dirname(json.__file__)\n\
         seen = []\n\
         for name in sorted(os.listdir(root)):\n\
         \x20   s = os.stat(os.path.join(root, name))\n\
         \x20   seen.append((name, s.st_ino % 1000003, s.st_dev, s.st_nlink, s.st_mtime_ns, s.st_atime_ns, s.st_size))\n\
         print(seen)\n\
         print(os.path.samefile(json.__file__, json.__file__), os.path.samefile(json.__file__, os.__file__))\n",
    );
    let installed = sandbox::Toolchains::default_dir();
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&installed.join("python"), &copy.path().join("python"));
    let run = |program: &Path, toolchains: &Path| -> Value {
        let output = Command::new(env!("CARGO_BIN_EXE_oa"))
            .args(["run", "--json"])
            .arg(program)
            .env("OA_TOOLCHAINS", toolchains)
            .env("OA_CACHE_DIR", cache())
            .output()
            .unwrap();
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    let (here, there) = (run(&program, &installed), run(&program, copy.path()));
    assert_eq!(here["verdict"], "OK", "{here}");
    assert!(here["stdout"].as_str().unwrap().ends_with("True False\n"), "{here}");
    assert_eq!(here["stdout"], there["stdout"]);
    assert_eq!(here["instructions"], there["instructions"]);

    // As main.py the run starts from the snapshot of the initialised
    // interpreter, which the copy finds too: the same again, in fewer instructions.
    let main = dir.path().join("main.py");
    std::fs::copy(&program, &main).unwrap();
    let (warm, warm_there) = (run(&main, &installed), run(&main, copy.path()));
    assert_eq!(warm["stdout"], here["stdout"], "{warm}");
    assert_eq!(warm["instructions"], warm_there["instructions"]);
    assert!(
        warm["instructions"].as_u64() < here["instructions"].as_u64(),
        "{warm} {here}"
    );
}
