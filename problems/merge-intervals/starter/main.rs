use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let windows: Vec<(i64, i64)> = (0..n).map(|_| (it.next().unwrap(), it.next().unwrap())).collect();

    let blocks: Vec<(i64, i64)> = Vec::new();
    let total: i64 = 0;
    // TODO: merge the windows into blocks and compute the covered time
    let _ = &windows;

    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(out, "{} {}", blocks.len(), total).unwrap();
    for (l, r) in blocks {
        writeln!(out, "{} {}", l, r).unwrap();
    }
}
