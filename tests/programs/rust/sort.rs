use std::io::Read;
fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i32>().unwrap());
    let n = it.next().unwrap() as usize;
    let mut v: Vec<i32> = it.take(n).collect();
    v.sort_unstable();
    println!("{} {} {}", v[0], v[n / 2], v[n - 1]);
}
