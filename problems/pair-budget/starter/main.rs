use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|s| s.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let _k = tokens.next().unwrap();
    let _a: Vec<i64> = tokens.take(n).collect();

    // TODO: count the pairs i < j with a[i] + a[j] <= k.
    let pairs: i64 = 0;
    println!("{}", pairs);
}
