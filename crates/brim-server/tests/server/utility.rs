//! Utility of the summary releases: the mean absolute error of each figure
//! at group sizes 10, 30 and 100, at the default epsilon (and at 2 for
//! comparison), over simulated groups. Prints a table; run it with
//! `cargo test -p brim-server --test server utility -- --ignored --nocapture`.

use std::collections::BTreeMap;

use brim_protocol::{RatingChange, SummaryArea};
use brim_server::summary::{MemberInput, RawCounts, ReleaseSettings, add_noise, publish, raw_counts};
use uuid::Uuid;

fn pick(weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut x = fastrand::u32(0..total);
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    weights.len() - 1
}

/// A plausible group: most members name 1 to 3 areas (People most often),
/// 80% share a rating, 40% share progress.
fn group(n: usize) -> BTreeMap<Uuid, MemberInput> {
    let area_w = [25, 8, 15, 7, 10, 8, 12, 5, 6, 4];
    let rating_w = [5, 15, 35, 30, 15];
    let change_w = [50, 35, 15];
    (0..n)
        .map(|_| {
            let mut areas = Vec::new();
            for _ in 0..fastrand::usize(1..=3) {
                let a = SummaryArea::ALL[pick(&area_w)];
                if !areas.contains(&a) {
                    areas.push(a);
                }
            }
            let rating = (fastrand::u32(0..100) < 80).then(|| pick(&rating_w) as u8 + 1);
            let change = (fastrand::u32(0..100) < 40)
                .then(|| [RatingChange::Up, RatingChange::Same, RatingChange::Down][pick(&change_w)]);
            (Uuid::now_v7(), MemberInput { areas, rating, change })
        })
        .collect()
}

#[derive(Default)]
struct Errors {
    sum: f64,
    n: f64,
    shown: f64,
}

impl Errors {
    fn add(&mut self, truth: u32, noisy: u32, shown: bool) {
        self.sum += (f64::from(truth) - f64::from(noisy)).abs();
        self.n += 1.0;
        if shown {
            self.shown += 1.0;
        }
    }
    fn cell(&self) -> String {
        format!("{:>5.2} ({:>3.0}% shown)", self.sum / self.n, 100.0 * self.shown / self.n)
    }
}

#[test]
#[ignore = "prints the utility table for BENCHMARKS.md"]
fn mean_absolute_error_table() {
    const TRIALS: usize = 2000;
    const K: u32 = 5;
    println!("| epsilon | group | members counted | an area | a rating cell | a change cell |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for epsilon_milli in [1000, 2000] {
        let settings = ReleaseSettings { epsilon_milli, ..ReleaseSettings::default() };
        for size in [10, 30, 100] {
            let (mut m, mut a, mut r, mut c) =
                (Errors::default(), Errors::default(), Errors::default(), Errors::default());
            for _ in 0..TRIALS {
                let truth = raw_counts(&group(size));
                let (noisy, eps) = add_noise(&truth.to_vec(), settings.scale()).expect("noise");
                assert!((eps - f64::from(epsilon_milli) / 1000.0).abs() < 1e-9, "OpenDP's epsilon {eps}");
                let noisy = RawCounts::from_vec(&noisy);
                let (mc, areas, ratings, change) = publish(&noisy, K);
                m.add(truth.members, noisy.members, mc.is_some());
                for ((t, n), f) in truth.areas.iter().zip(noisy.areas).zip(&areas) {
                    a.add(*t, n, f.members.is_some());
                }
                for ((t, n), f) in truth.ratings.iter().zip(noisy.ratings).zip(&ratings.cells) {
                    r.add(*t, n, f.members.is_some());
                }
                for ((t, n), f) in truth.change.iter().zip(noisy.change).zip(&change.cells) {
                    c.add(*t, n, f.members.is_some());
                }
            }
            println!(
                "| {} | {size} | {} | {} | {} | {} |",
                f64::from(epsilon_milli) / 1000.0,
                m.cell(),
                a.cell(),
                r.cell(),
                c.cell()
            );
        }
    }
}
