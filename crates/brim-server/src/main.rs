//! The Brim group server (issue C builds it out).

fn main() {
    println!("brim-server {}", env!("CARGO_PKG_VERSION"));
}
