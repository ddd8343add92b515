//! How much of the JDK a program reaches (classes, methods, natives, the
//! largest packages), then whether it compiles: the module's size, or the
//! first thing the compiler does not translate yet.
//!
//!     jimage extract --dir JDK --include 'regex:/java\.base/.*' $JAVA_HOME/lib/modules
//!     cargo run -p java --example reach -- JDK/java.base Main.class [More.class...]

use java::{analyze, compile_program, DirClassPath};

fn main() {
    let mut args = std::env::args().skip(1);
    let jdk = args.next().expect("usage: reach JDK_DIR CLASS...");
    let files: Vec<Vec<u8>> = args
        .map(|p| std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect();
    let classes: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    let main = cafebabe::parse_class(classes[0])
        .expect("a class file")
        .this_class
        .to_string();
    // The first class's main is the entry point. HotSpot runs System.initPhase1
    // first, which makes System.out; that is the part oa replaces, so a caller
    // measuring it names a class whose main sets System.out up first.
    let roots = vec![(main, "main".to_string(), "([Ljava/lang/String;)V".to_string())];
    let path = DirClassPath(jdk.into());
    let reached = analyze(&classes, &path, &roots).unwrap_or_else(|e| panic!("{e}"));
    let natives = reached
        .classes
        .iter()
        .flat_map(|(name, bytes)| {
            let file = cafebabe::parse_class(bytes).unwrap();
            file.methods
                .iter()
                .filter(|m| m.access_flags.contains(cafebabe::MethodAccessFlags::NATIVE))
                .map(|m| (name.clone(), m.name.to_string(), m.descriptor.to_string()))
                .collect::<Vec<_>>()
        })
        .filter(|key| reached.methods.contains(key))
        .count();
    println!("classes loaded   {}", reached.classes.len());
    println!("methods reached  {}", reached.methods.len());
    println!("natives reached  {natives}");
    let mut packages: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for (name, _) in &reached.classes {
        let package = name.rsplit_once('/').map(|(p, _)| p.to_string()).unwrap_or_default();
        *packages.entry(package).or_default() += 1;
    }
    let mut by_count: Vec<(usize, String)> = packages.into_iter().map(|(p, n)| (n, p)).collect();
    by_count.sort_by(|a, b| b.cmp(a));
    for (n, package) in by_count.iter().take(12) {
        println!("{n:6}  {}", package.replace('/', "."));
    }
    match compile_program(&classes, &path, &roots) {
        Ok(module) => println!("module: {} bytes", module.len()),
        Err(error) => println!("not compiled: {error}"),
    }
}
