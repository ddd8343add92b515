//! Every language: a renamed copy scores high, an unrelated program low.

use similarity::{compare, Language, Options, Submission};

/// (language, a program, the program renamed and re-laid-out, an unrelated program)
fn programs() -> Vec<(Language, &'static str, &'static str, &'static str)> {
    vec![
        (
            Language::C,
            "int gcd(int a, int b) {\n  while (b != 0) {\n    int t = a % b;\n    a = b;\n    b = t;\n  }\n  return a;\n}\nint main(void) {\n  int x, y;\n  scanf(\"%d %d\", &x, &y);\n  printf(\"%d\\n\", gcd(x, y));\n  return 0;\n}\n",
            "int f(int p, int q) { while (q != 0) { int r = p % q; p = q; q = r; } return p; }\nint main(void) { int m, n; scanf(\"%d%d\", &m, &n); printf(\"%d\\n\", f(m, n)); return 0; }\n",
            "struct node { struct node *next; char *key; };\nstatic struct node *push(struct node *head, char *key) {\n  struct node *n = malloc(sizeof *n);\n  n->key = key;\n  n->next = head;\n  return n;\n}\n",
        ),
        (
            Language::Java,
            "class Main {\n  static long power(long b, int e, long m) {\n    long r = 1;\n    while (e > 0) {\n      if ((e & 1) == 1) r = r * b % m;\n      b = b * b % m;\n      e >>= 1;\n    }\n    return r;\n  }\n}\n",
            "class Solution {\n  static long pw(long base, int exp, long mod) { long res = 1; while (exp > 0) { if ((exp & 1) == 1) res = res * base % mod; base = base * base % mod; exp >>= 1; } return res; }\n}\n",
            "class Graph {\n  List<List<Integer>> adj = new ArrayList<>();\n  void add(int u, int v) { adj.get(u).add(v); adj.get(v).add(u); }\n  String name() { return \"graph\"; }\n}\n",
        ),
        (
            Language::Python,
            "def power(b, e, m):\n    r = 1\n    while e > 0:\n        if e & 1:\n            r = r * b % m\n        b = b * b % m\n        e >>= 1\n    return r\n",
            "def pw(base, exp, mod):\n    # fast power\n    res = 1\n    while exp > 0:\n        if exp & 1:\n            res = res * base % mod\n        base = base * base % mod\n        exp >>= 1\n    return res\n",
            "class Graph:\n    def __init__(self):\n        self.adj = {}\n    def add(self, u, v):\n        self.adj.setdefault(u, []).append(v)\n        self.adj.setdefault(v, []).append(u)\n",
        ),
        (
            Language::Go,
            "package main\n\nfunc power(b, e, m int64) int64 {\n\tr := int64(1)\n\tfor e > 0 {\n\t\tif e&1 == 1 {\n\t\t\tr = r * b % m\n\t\t}\n\t\tb = b * b % m\n\t\te >>= 1\n\t}\n\treturn r\n}\n",
            "package main\n\nfunc pw(base, exp, mod int64) int64 {\n\tres := int64(1)\n\tfor exp > 0 {\n\t\tif exp&1 == 1 {\n\t\t\tres = res * base % mod\n\t\t}\n\t\tbase = base * base % mod\n\t\texp >>= 1\n\t}\n\treturn res\n}\n",
            "package main\n\ntype Graph struct {\n\tadj map[int][]int\n}\n\nfunc (g *Graph) Add(u, v int) {\n\tg.adj[u] = append(g.adj[u], v)\n\tg.adj[v] = append(g.adj[v], u)\n}\n",
        ),
        (
            Language::JavaScript,
            "function power(b, e, m) {\n  let r = 1n;\n  while (e > 0n) {\n    if (e & 1n) r = r * b % m;\n    b = b * b % m;\n    e >>= 1n;\n  }\n  return r;\n}\n",
            "const pw = function (base, exp, mod) { let res = 1n; while (exp > 0n) { if (exp & 1n) { res = res * base % mod; } base = base * base % mod; exp >>= 1n; } return res; };\n",
            "class Graph {\n  constructor() { this.adj = new Map(); }\n  add(u, v) {\n    if (!this.adj.has(u)) this.adj.set(u, []);\n    this.adj.get(u).push(v);\n  }\n}\n",
        ),
        (
            Language::Rust,
            "fn power(mut b: u64, mut e: u64, m: u64) -> u64 {\n    let mut r = 1;\n    while e > 0 {\n        if e & 1 == 1 {\n            r = r * b % m;\n        }\n        b = b * b % m;\n        e >>= 1;\n    }\n    r\n}\n",
            "fn pw(mut base: u64, mut exp: u64, modulus: u64) -> u64 { let mut res = 1; while exp > 0 { if exp & 1 == 1 { res = res * base % modulus; } base = base * base % modulus; exp >>= 1; } res }\n",
            "struct Graph {\n    adj: Vec<Vec<usize>>,\n}\nimpl Graph {\n    fn add(&mut self, u: usize, v: usize) {\n        self.adj[u].push(v);\n        self.adj[v].push(u);\n    }\n}\n",
        ),
        (
            Language::Kotlin,
            "fun power(base: Long, exponent: Int, m: Long): Long {\n    var b = base\n    var e = exponent\n    var r = 1L\n    while (e > 0) {\n        if (e and 1 == 1) r = r * b % m\n        b = b * b % m\n        e = e shr 1\n    }\n    return r\n}\n",
            "fun pw(x: Long, n: Int, md: Long): Long {\n    var bb = x\n    var ee = n\n    var res = 1L\n    while (ee > 0) { if (ee and 1 == 1) res = res * bb % md\n        bb = bb * bb % md\n        ee = ee shr 1 }\n    return res\n}\n",
            "class Graph {\n    val adj = HashMap<Int, MutableList<Int>>()\n    fun add(u: Int, v: Int) {\n        adj.getOrPut(u) { mutableListOf() }.add(v)\n    }\n}\n",
        ),
    ]
}

#[test]
fn renamed_copies_score_high_and_unrelated_programs_low_in_every_language() {
    // Short programs: shorter runs must count.
    let options = Options {
        kgram: 6,
        window: 4,
        min_match: 6,
        ..Options::default()
    };
    for (language, original, renamed, unrelated) in programs() {
        let report = compare(
            &[
                Submission::from_text("original", language, original),
                Submission::from_text("renamed", language, renamed),
                Submission::from_text("unrelated", language, unrelated),
            ],
            &[],
            &options,
        );
        let find = |b: &str| {
            report
                .pairs
                .iter()
                .find(|p| p.a == "original" && p.b == b)
                .unwrap()
                .similarity
        };
        assert!(find("renamed") >= 0.8, "{language}: renamed copy {}", find("renamed"));
        assert!(find("unrelated") <= 0.25, "{language}: unrelated {}", find("unrelated"));
    }
}
