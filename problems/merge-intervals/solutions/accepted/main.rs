// Merge windows: sort by start, sweep. O(n log n).
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let mut w: Vec<(i64, i64)> = (0..n).map(|_| (it.next().unwrap(), it.next().unwrap())).collect();
    w.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (l, r) in w {
        match merged.last_mut() {
            Some(last) if l <= last.1 => last.1 = last.1.max(r),
            _ => merged.push((l, r)),
        }
    }
    let total: i64 = merged.iter().map(|(l, r)| r - l).sum();
    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(out, "{} {}", merged.len(), total).unwrap();
    for (l, r) in merged {
        writeln!(out, "{} {}", l, r).unwrap();
    }
}
