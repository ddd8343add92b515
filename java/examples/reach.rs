//! How much of the JDK a program reaches (classes, methods, natives, the
//! largest packages), then whether it compiles: the module's size, or the
//! first thing the compiler does not translate yet.
//!
//!     jimage extract --dir JDK --include 'regex:/java\.base/.*' $JAVA_HOME/lib/modules
//!     cargo run -p java --example reach -- [-v] [--why CLASS]... PATCHES JDK/java.base Main.class [More.class...]
//!
//! PATCHES is the directory of oa's patches to the JDK, compiled (see
//! `java/runtime/`). With `-v`, every native method reached, unresolved
//! method and missing class is listed; `--why` shows the chain of calls that
//! brought a class in.

use java::{analyze, compile_main, DirClassPath, Patched};

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let verbose = args.next_if(|a| a == "-v").is_some();
    let mut why = Vec::new();
    while args.next_if(|a| a == "--why").is_some() {
        why.push(args.next().expect("--why CLASS"));
    }
    let patches = args
        .next()
        .expect("usage: reach [-v] [--why CLASS]... PATCHES JDK CLASS...");
    let jdk = args
        .next()
        .expect("usage: reach [-v] [--why CLASS]... PATCHES JDK CLASS...");
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
    let roots = vec![(main.clone(), "main".to_string(), "([Ljava/lang/String;)V".to_string())];
    let path = Patched {
        patches: DirClassPath(patches.into()),
        jdk: DirClassPath(jdk.into()),
    };
    let reached = analyze(&classes, &path, &roots).unwrap_or_else(|e| panic!("{e}"));
    let natives = reached
        .classes
        .iter()
        .flat_map(|(name, bytes)| {
            let file = java::parse_class(bytes, reached.patches.get(name).map(Vec::as_slice)).unwrap();
            file.methods
                .iter()
                .filter(|m| m.access_flags.contains(cafebabe::MethodAccessFlags::NATIVE))
                .map(|m| (name.clone(), m.name.to_string(), m.descriptor.to_string()))
                .collect::<Vec<_>>()
        })
        .filter(|key| reached.methods.contains(key))
        .collect::<Vec<_>>();
    if verbose {
        for (class, name, descriptor) in &natives {
            println!("native      {class}.{name}{descriptor}");
        }
        for (class, name, descriptor) in &reached.unresolved {
            println!("unresolved  {class}.{name}{descriptor}");
        }
        for class in &reached.missing {
            println!("missing     {class}");
        }
    }
    let natives = natives.len();
    if why.iter().any(|w| w == "*") {
        why = reached.classes.iter().map(|(name, _)| name.clone()).collect();
    }
    for class in &why {
        println!("why {class}:");
        for (c, n, d) in reached.why(class) {
            println!("    {c}.{n}{d}");
        }
    }
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
    match compile_main(&classes, &path, &main) {
        Ok(module) => {
            println!("module: {} bytes", module.len());
            if let Some(out) = std::env::var_os("REACH_WASM") {
                std::fs::write(out, &module).expect("writes the module");
            }
        }
        Err(error) => println!("not compiled: {error}"),
    }
}
