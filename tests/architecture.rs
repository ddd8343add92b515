//! The crate map holds: the judge knows nothing of HTTP or SQL, and the
//! sandbox nothing of problems or services. A dependency that breaks the
//! layering fails here, naming the crate and the path it came in by.

use std::process::Command;

/// Crates that speak HTTP or SQL, or serve anything.
const SERVICE_CRATES: &[&str] = &[
    "axum",
    "hyper",
    "reqwest",
    "tower",
    "sqlx",
    "sqlx-core",
    "rusqlite",
    "tokio-postgres",
    "postgres",
    "utoipa",
];

/// Every crate `package` depends on to build and run (not its tests), by name.
fn dependencies(package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal",
            "--prefix",
            "none",
            "-p",
            package,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo tree");
    assert!(
        output.status.success(),
        "cargo tree -p {package}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(String::from)
        .collect()
}

fn assert_free_of(package: &str, forbidden: &[&str]) {
    let found = dependencies(package);
    assert!(
        found.iter().any(|name| name == package),
        "cargo tree listed no {package}"
    );
    let bad: Vec<&String> = found.iter().filter(|name| forbidden.contains(&name.as_str())).collect();
    assert!(
        bad.is_empty(),
        "{package} must not depend on {bad:?}: see `cargo tree -p {package} -i <crate>` for the path, and docs/architecture.md for where such code belongs"
    );
}

#[test]
fn the_judge_speaks_neither_http_nor_sql() {
    assert_free_of("judge", SERVICE_CRATES);
}

#[test]
fn the_sandbox_knows_no_problems_and_no_service() {
    let mut forbidden = SERVICE_CRATES.to_vec();
    forbidden.extend(["judge", "service"]);
    assert_free_of("sandbox", &forbidden);
}

#[test]
fn only_the_binary_depends_on_the_service() {
    assert_free_of("judge", &["service"]);
    // The service sits on the judge, as the map says.
    assert!(dependencies("service").iter().any(|name| name == "judge"));
}

#[test]
fn the_java_compiler_is_only_a_compiler() {
    let mut forbidden = SERVICE_CRATES.to_vec();
    forbidden.extend(["sandbox", "judge", "service", "wasmtime"]);
    assert_free_of("java", &forbidden);
}

#[test]
fn similarity_is_a_pure_library() {
    let mut forbidden = SERVICE_CRATES.to_vec();
    forbidden.extend(["sandbox", "judge", "service", "wasmtime"]);
    assert_free_of("similarity", &forbidden);
}
