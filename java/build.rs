//! Names this version of the compiler by a hash of its sources, so that a
//! build cache keyed on it never serves a module an older compiler made.

use std::hash::{Hash, Hasher};
use std::path::Path;

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("java/src") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            walk(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut files = Vec::new();
    walk(Path::new("src"), &mut files);
    files.sort();
    // SipHash with fixed keys: the same sources give the same name.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in &files {
        file.to_string_lossy().hash(&mut hasher);
        std::fs::read(file).expect("a source file").hash(&mut hasher);
    }
    println!("cargo:rustc-env=OA_JAVA_COMPILER_HASH={:016x}", hasher.finish());
}
