use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let _k: usize = tokens.next().unwrap().parse().unwrap();
    let paths: Vec<&str> = tokens.take(n).collect();

    // TODO: print the k most requested endpoints as "path count", one per line.
    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(out, "{} {}", paths[0], 1).unwrap();
}
