use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = it.next().unwrap();
    let m = it.next().unwrap();
    let mut dependents = vec![Vec::new(); n + 1]; // dependents[a] holds every b that depends on a
    for _ in 0..m {
        let a = it.next().unwrap();
        let b = it.next().unwrap();
        dependents[a].push(b);
    }

    // TODO: print a valid deployment order, or IMPOSSIBLE.
    let order: Vec<String> = (1..=n).map(|v| v.to_string()).collect();
    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(out, "{}", order.join(" ")).unwrap();
}
