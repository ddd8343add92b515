use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let r: usize = it.next().unwrap().parse().unwrap();
    let _c: usize = it.next().unwrap().parse().unwrap();
    let grid: Vec<&[u8]> = (0..r).map(|_| it.next().unwrap().as_bytes()).collect();

    let answer: i64 = -1;
    // TODO: find the fewest moves from any 'S' to 'T'
    let _ = &grid;

    println!("{}", answer);
}
