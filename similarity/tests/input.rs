//! Reading submissions from disk, and the errors a user can act on.

use similarity::{Language, Submission};
use std::fs;

#[test]
fn a_file_takes_its_language_from_the_extension_or_from_the_caller() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("main.py");
    fs::write(&path, "print(1)\n").unwrap();
    let submission = Submission::read(&path, None).unwrap();
    assert_eq!(submission.language, Language::Python);
    assert_eq!(submission.name, path.display().to_string());
    let odd = dir.path().join("solution.txt");
    fs::write(&odd, "print(1)\n").unwrap();
    let err = Submission::read(&odd, None).unwrap_err().to_string();
    assert!(err.contains("solution.txt") && err.contains("--lang"), "{err}");
    assert_eq!(
        Submission::read(&odd, Some(Language::Python)).unwrap().language,
        Language::Python
    );
}

#[test]
fn a_folder_is_one_submission_of_its_source_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("src/util")).unwrap();
    fs::write(dir.path().join("src/Main.java"), "class Main {}\n").unwrap();
    fs::write(dir.path().join("src/util/Reader.java"), "class Reader {}\n").unwrap();
    fs::write(dir.path().join("README.md"), "notes\n").unwrap();
    fs::write(dir.path().join(".hidden.java"), "class Hidden {}\n").unwrap();
    let submission = Submission::read(dir.path(), None).unwrap();
    assert_eq!(submission.language, Language::Java);
    let names: Vec<&str> = submission.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["src/Main.java", "src/util/Reader.java"]);
}

#[test]
fn headers_go_with_the_folders_language() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("main.cpp"), "int main() {}\n").unwrap();
    fs::write(dir.path().join("util.h"), "int f();\n").unwrap();
    let submission = Submission::read(dir.path(), None).unwrap();
    assert_eq!(submission.language, Language::Cpp);
    assert_eq!(submission.files.len(), 2);
}

#[test]
fn bad_input_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.cpp");
    let err = format!("{:#}", Submission::read(&missing, None).unwrap_err());
    assert!(err.contains("nothing.cpp"), "{err}");

    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("notes.txt"), "x").unwrap();
    let err = format!("{:#}", Submission::read(&empty, None).unwrap_err());
    assert!(err.contains("empty") && err.contains("no source file"), "{err}");

    let mixed = dir.path().join("mixed");
    fs::create_dir(&mixed).unwrap();
    fs::write(mixed.join("a.py"), "x = 1\n").unwrap();
    fs::write(mixed.join("b.go"), "package main\n").unwrap();
    let err = format!("{:#}", Submission::read(&mixed, None).unwrap_err());
    assert!(err.contains("mixed") && err.contains("python, go"), "{err}");
    assert_eq!(Submission::read(&mixed, Some(Language::Go)).unwrap().files.len(), 1);
    let err = format!("{:#}", Submission::read(&mixed, Some(Language::Rust)).unwrap_err());
    assert!(err.contains("no rust source file"), "{err}");

    let err = Language::from_id("cobol").unwrap_err().to_string();
    assert!(err.contains("cobol") && err.contains("kotlin"), "{err}");
}
