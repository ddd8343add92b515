fn depth(n: u64) -> u64 {
    if n == 0 { 0 } else { n + depth(n - 1) }
}
fn main() {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).unwrap();
    let n: u64 = line.trim().parse().unwrap();
    println!("{}", depth(std::hint::black_box(n)));
}
