//! The programs every language implements in tests/programs/<language>/: their
//! inputs and expected outputs. Shared by the language tests and benchmark.

/// A deterministic pseudo-random sequence (xorshift).
pub fn numbers(count: usize, mut seed: u64) -> Vec<i64> {
    (0..count)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 2_000_000_001) as i64 - 1_000_000_000
        })
        .collect()
}

pub fn lcs(a: &[u8], b: &[u8]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for &x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        prev = cur;
    }
    prev[b.len()]
}

/// (program, input, expected stdout)
pub fn cases() -> Vec<(&'static str, String, String)> {
    let values = numbers(1_000_000, 88172645463325252);
    let mut sorted = values.clone();
    sorted.sort_unstable();
    let sort_input = format!(
        "{}\n{}\n",
        values.len(),
        values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" ")
    );
    let sort_output = format!(
        "{} {} {}\n",
        sorted[0],
        sorted[sorted.len() / 2],
        sorted[sorted.len() - 1]
    );
    let read_output = format!("{}\n", values.iter().sum::<i64>());
    let letters = |seed| {
        numbers(2000, seed)
            .iter()
            .map(|v| b"ACGT"[v.unsigned_abs() as usize % 4])
            .collect::<Vec<u8>>()
    };
    let (a, b) = (letters(7), letters(11));
    let dp_input = format!("{}\n{}\n", String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
    vec![
        ("hello", String::new(), "Hello, World!\n".into()),
        ("ab", "3 4\n".into(), "7\n".into()),
        ("read", sort_input.clone(), read_output),
        ("sort", sort_input, sort_output),
        (
            "recursion",
            "100000\n".into(),
            format!("{}\n", 100_000u64 * 100_001 / 2),
        ),
        ("dp", dp_input, format!("{}\n", lcs(&a, &b))),
    ]
}
