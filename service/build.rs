// The database migrations are embedded at compile time (sqlx::migrate!), so a
// new or changed migration must rebuild the crate; Cargo does not know that
// by itself.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
