//! Compiles a program against the JDK's extracted `java.base` and reports the
//! module's size or the first thing the compiler does not translate yet.
//!
//!     cargo run -p java --example compile -- JDK/java.base Main.class [More.class...]

fn main() {
    let mut args = std::env::args().skip(1);
    let jdk = args.next().expect("usage: compile JDK_DIR CLASS...");
    let files: Vec<Vec<u8>> = args
        .map(|p| std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect();
    let classes: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    let main = cafebabe::parse_class(classes[0])
        .expect("a class file")
        .this_class
        .to_string();
    let roots = vec![(main, "main".to_string(), "([Ljava/lang/String;)V".to_string())];
    match java::compile_program(&classes, &java::DirClassPath(jdk.into()), &roots) {
        Ok(module) => println!("module: {} bytes", module.len()),
        Err(error) => println!("error: {error}"),
    }
}
