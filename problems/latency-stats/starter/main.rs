use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|s| s.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let _p = tokens.next().unwrap();
    let _t: Vec<i64> = tokens.take(n).collect();

    // TODO: compute the mean, the sample standard deviation and the p-th percentile.
    let (mean, stddev, percentile) = (0.0f64, 0.0f64, 0.0f64);
    println!("{:.9} {:.9} {:.9}", mean, stddev, percentile);
}
