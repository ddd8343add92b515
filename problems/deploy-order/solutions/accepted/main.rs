// Reference solution in Rust: Kahn's algorithm, O(n + m).
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = it.next().unwrap();
    let m = it.next().unwrap();
    let mut adj = vec![Vec::new(); n + 1];
    let mut indeg = vec![0u32; n + 1];
    for _ in 0..m {
        let a = it.next().unwrap();
        let b = it.next().unwrap();
        adj[a].push(b as u32);
        indeg[b] += 1;
    }

    let mut order: Vec<u32> = (1..=n as u32).filter(|&v| indeg[v as usize] == 0).collect();
    let mut head = 0;
    while head < order.len() {
        let u = order[head] as usize;
        head += 1;
        for &v in &adj[u] {
            indeg[v as usize] -= 1;
            if indeg[v as usize] == 0 {
                order.push(v);
            }
        }
    }

    let mut out = io::BufWriter::new(io::stdout().lock());
    if order.len() < n {
        writeln!(out, "IMPOSSIBLE").unwrap();
        return;
    }
    let line: Vec<String> = order.iter().map(|v| v.to_string()).collect();
    writeln!(out, "{}", line.join(" ")).unwrap();
}
