use std::io::{self, Write};

fn read_line() -> String {
    let mut line = String::new();
    io::stdin().read_line(&mut line).unwrap();
    line.trim().to_string()
}

/// Asks whether deploy i is bad, flushing the question to the judge.
#[allow(dead_code)] // remove once you call it
fn is_bad(i: u64) -> bool {
    println!("? {}", i);
    io::stdout().flush().unwrap();
    let reply = read_line();
    if reply == "-1" {
        std::process::exit(0); // invalid question or too many questions
    }
    reply == "bad"
}

fn main() {
    let n: u64 = read_line().parse().unwrap();

    // TODO: find the first bad deploy with at most 60 calls to is_bad().
    let answer = n;

    println!("! {}", answer);
    io::stdout().flush().unwrap();
}
