//! oa's patches to the JDK (`java/runtime/`) applied to the JDK's own
//! `java.base` (from the installed JDK's module image): what is replaced, what
//! is kept, and how far a hello world reaches with them.
//! Needs `javac` and `jimage` (OpenJDK 17, `./dev setup`).

mod common;

use java::{analyze, parse_class, ClassPath, DirClassPath, Patched};
use std::path::{Path, PathBuf};
use std::process::Command;

fn java_home() -> PathBuf {
    let javac = std::fs::canonicalize(which("javac")).expect("javac is installed (./dev setup)");
    javac.parent().and_then(Path::parent).unwrap().to_path_buf()
}

fn which(program: &str) -> PathBuf {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{program} is not on PATH"))
}

/// The JDK's java.base as class files, and the patch tree compiled.
fn setup(dir: &Path) -> Patched<DirClassPath> {
    let jdk = dir.join("jdk");
    let status = Command::new(java_home().join("bin/jimage"))
        .args(["extract", "--include", "regex:/java\\.base/.*", "--dir"])
        .arg(&jdk)
        .arg(java_home().join("lib/modules"))
        .status()
        .expect("jimage runs");
    assert!(status.success());
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
    let sources: Vec<PathBuf> = walk(&runtime)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "java"))
        .collect();
    let patches = dir.join("patches");
    let status = Command::new("javac")
        .args(["-XDstringConcat=inline", "-nowarn", "--patch-module"])
        .arg(format!("java.base={}", runtime.display()))
        .arg("-d")
        .arg(&patches)
        .args(&sources)
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac of java/runtime failed");
    Patched {
        patches: DirClassPath(patches),
        jdk: DirClassPath(jdk.join("java.base")),
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn has_code(class: &cafebabe::ClassFile, name: &str, descriptor: &str) -> bool {
    class.methods.iter().any(|m| {
        m.name == name
            && m.descriptor.to_string() == descriptor
            && m.attributes
                .iter()
                .any(|a| matches!(a.data, cafebabe::attributes::AttributeData::Code(_)))
    })
}

fn code_len(class: &cafebabe::ClassFile, name: &str, descriptor: &str) -> usize {
    class
        .methods
        .iter()
        .find(|m| m.name == name && m.descriptor.to_string() == descriptor)
        .and_then(|m| {
            m.attributes.iter().find_map(|a| match &a.data {
                cafebabe::attributes::AttributeData::Code(code) => Some(code.code.len()),
                _ => None,
            })
        })
        .unwrap_or(0)
}

#[test]
fn patches_replace_add_and_keep_as_declared() {
    let dir = tempfile::tempdir().unwrap();
    let path = setup(dir.path());
    let parsed = |name: &str| {
        let bytes = path.load(name).unwrap_or_else(|| panic!("{name} loads"));
        let patch = path.patch(name);
        (bytes, patch)
    };

    // A patched native gets code; the JDK's other methods stay.
    let (bytes, patch) = parsed("java/lang/Throwable");
    assert!(patch.is_some(), "Throwable is patched");
    let throwable = parse_class(&bytes, patch.as_deref()).unwrap();
    assert!(has_code(&throwable, "fillInStackTrace", "(I)Ljava/lang/Throwable;"));
    assert!(
        has_code(&throwable, "getMessage", "()Ljava/lang/String;"),
        "the JDK's own methods are kept"
    );
    // A native declaration in a patch names the JDK's method, whose code stays.
    let jdk_only = parse_class(&bytes, None).unwrap();
    assert_eq!(
        code_len(&throwable, "printStackTrace", "(Ljava/io/PrintStream;)V"),
        code_len(&jdk_only, "printStackTrace", "(Ljava/io/PrintStream;)V")
    );

    // javac's default constructor in a patch does not replace the JDK's.
    let (bytes, patch) = parsed("java/text/DecimalFormatSymbols");
    let symbols = parse_class(&bytes, patch.as_deref()).unwrap();
    let jdk_only = parse_class(&bytes, None).unwrap();
    assert_eq!(
        code_len(&symbols, "<init>", "()V"),
        code_len(&jdk_only, "<init>", "()V")
    );
    assert!(
        code_len(&symbols, "initialize", "(Ljava/util/Locale;)V")
            < code_len(&jdk_only, "initialize", "(Ljava/util/Locale;)V")
    );

    // A class of the tree without @Patch only declares, for javac: not applied.
    assert!(path.patch("java/text/Normalizer$Form").is_none());
    assert!(path.patch("java/text/Normalizer").is_some());
    // A class the JDK lacks is oa's own, loaded whole.
    assert!(path.patch("jdk/internal/oa/Wasi").is_none());
    assert!(path.load("jdk/internal/oa/Wasi").is_some());
}

#[test]
fn a_hello_world_reaches_a_small_part_of_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let path = setup(dir.path());
    let main = common::javac_one(
        dir.path(),
        "Main",
        "public class Main { public static void main(String[] a) { System.out.println(\"Hello\"); } }",
    );
    let roots = vec![(
        "Main".to_string(),
        "main".to_string(),
        "([Ljava/lang/String;)V".to_string(),
    )];
    let reached = analyze(&[&main], &path, &roots).unwrap();
    // Without the patches the same program reaches about 2,700 classes, through
    // class loading, security, locale providers and method handles.
    assert!(reached.classes.len() < 800, "{} classes reached", reached.classes.len());
    for cut in [
        "java/lang/invoke/MethodHandles",
        "sun/security/provider/SeedGenerator",
        "java/security/Security",
        "jdk/internal/loader/BuiltinClassLoader",
        "sun/util/locale/provider/JRELocaleProviderAdapter",
        "java/net/URL",
    ] {
        assert!(
            !reached.classes.iter().any(|(name, _)| name == cut),
            "{cut} is reached: {:?}",
            reached.why(cut)
        );
    }
    assert!(reached.classes.iter().any(|(name, _)| name == "java/io/PrintStream"));
}

/// Compiles `source` (class `class`) with the JDK's own classes and oa's
/// patches, runs it as a WASI command, and checks its output and exit status
/// against HotSpot's.
fn runs_as_on_hotspot(class: &str, source: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = setup(dir.path());
    let main = common::javac_one(dir.path(), class, source);
    let expected = common::hotspot(dir.path(), class);
    let mut classes = vec![main];
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let file = entry.unwrap().path();
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with(&format!("{class}$")) && name.ends_with(".class") {
            classes.push(std::fs::read(&file).unwrap());
        }
    }
    let classes: Vec<&[u8]> = classes.iter().map(Vec::as_slice).collect();
    let wasm = java::compile_main(&classes, &path, class).unwrap_or_else(|e| panic!("{e}"));
    let (stdout, code) = common::run_command(&wasm);
    assert_eq!(
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&expected.stdout)
    );
    assert_eq!(Some(code), expected.status.code());
}

/// The JDK's own `PrintStream`, `String` and charset encoder print it.
#[test]
fn a_hello_world_runs_on_the_jdks_own_classes() {
    runs_as_on_hotspot(
        "Hello",
        "public class Hello { public static void main(String[] a) { System.out.println(\"Hello, world!\"); } }",
    );
}

/// The JDK's atomics: `Unsafe`'s compare-and-set by field offset
/// (`AtomicInteger`, `AtomicLong`) and `VarHandle`s (`AtomicReference`),
/// with a lambda and string concatenation.
#[test]
fn the_jdks_atomics_run_on_unsafe_and_var_handles() {
    runs_as_on_hotspot(
        "Atomics",
        r#"
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

public class Atomics {
    public static void main(String[] args) {
        AtomicInteger counter = new AtomicInteger(40);
        System.out.println(counter.incrementAndGet() + counter.getAndAdd(5));
        System.out.println(counter.compareAndSet(46, 7) + " " + counter.get());
        System.out.println(counter.compareAndSet(46, 8) + " " + counter.get());
        AtomicLong big = new AtomicLong(1L << 40);
        System.out.println(big.addAndGet(-1));
        AtomicReference<String> ref = new AtomicReference<>("a");
        System.out.println(ref.getAndSet("b") + ref.get());
        System.out.println(ref.compareAndSet("b", "c") + " " + ref.get());
        System.out.println(ref.compareAndSet("x", "d") + " " + ref.get());
        System.out.println(ref.updateAndGet(s -> s + "!"));
    }
}
"#,
    );
}

/// What a typical solution uses of the library: the sorts (the parallel ones
/// reached but not run), collections and comparators built from lambdas and
/// method references, `printf` and `String.format`, boxing caches (which read
/// saved properties), floating-point printing (through a thread local) and
/// `intern()` against constants.
#[test]
fn a_program_using_sorts_collections_and_printf_runs_as_on_hotspot() {
    runs_as_on_hotspot(
        "Library",
        r#"
import java.util.*;

public class Library {
    public static void main(String[] args) {
        int[] a = {5, 3, 9, 1, 7, -4, 12};
        Arrays.sort(a);
        System.out.println(Arrays.toString(a));
        long[] big = {5_000_000_000L, -3L, 42L};
        Arrays.sort(big);
        System.out.println(Arrays.toString(big));
        double[] d = {2.5, -0.0, 0.0, Double.NaN, -1e9};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        Integer[] boxed = {3, 1, 2, 5, 4};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi"));
        Collections.sort(words);
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "a b a c b a".split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(new TreeMap<>(counts));
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) stack.push(i * i);
        PriorityQueue<Integer> pq = new PriorityQueue<>(stack);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(',');
        System.out.println(sb.reverse());
        System.out.printf("%d %5.2f %s %x %,d %08.3f %e%n", 42, Math.PI, "x", 255, 1234567, -2.5, 12345.678);
        System.out.println(String.format("%-6s|%6s|", "ab", "cd") + Integer.parseInt("-17") + Long.MAX_VALUE);
        String s = new String("he");
        System.out.println((s.intern() == "he") + " " + (s == "he"));
        System.out.println(Math.max(3, 8) + " " + Math.abs(-2.5) + " " + Math.floorMod(-7, 3) + " " + (1.0 / 3));
    }
}
"#,
    );
}
