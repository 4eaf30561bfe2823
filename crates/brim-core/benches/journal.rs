//! Benchmarks of the private journal (filled in below).
fn main() {}
