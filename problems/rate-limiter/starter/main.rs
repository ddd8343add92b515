use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let _k: usize = it.next().unwrap().parse().unwrap();
    let _w: i64 = it.next().unwrap().parse().unwrap();
    let mut requests: Vec<(i64, &str, &str)> = Vec::with_capacity(n);
    for _ in 0..n {
        let t: i64 = it.next().unwrap().parse().unwrap();
        let user = it.next().unwrap();
        let endpoint = it.next().unwrap();
        requests.push((t, user, endpoint));
    }

    let rejected: Vec<usize> = Vec::new(); // 1-based numbers of rejected requests
    // TODO: simulate the rate limiter

    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(out, "{}", rejected.len()).unwrap();
    let line: Vec<String> = rejected.iter().map(|x| x.to_string()).collect();
    writeln!(out, "{}", line.join(" ")).unwrap();
}
