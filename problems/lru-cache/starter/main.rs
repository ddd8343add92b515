use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let _capacity: usize = it.next().unwrap().parse().unwrap();
    let q: usize = it.next().unwrap().parse().unwrap();
    let (hits, misses, evictions) = (0u64, 0u64, 0u64);
    let mut out = io::BufWriter::new(io::stdout().lock());
    for _ in 0..q {
        let op = it.next().unwrap();
        let _key: u64 = it.next().unwrap().parse().unwrap();
        if op == "GET" {
            // TODO: look the key up in the cache
            writeln!(out, "-1").unwrap();
        } else {
            let _value: u64 = it.next().unwrap().parse().unwrap();
            // TODO: store the value
        }
    }
    writeln!(out, "{} {} {}", hits, misses, evictions).unwrap();
}
