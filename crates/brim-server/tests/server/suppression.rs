//! Suppression: over random (noisy) counts, every shown figure is at least
//! k, and no hidden figure, nor any small group of members, can be worked
//! out by subtraction from the totals of the same release.

use brim_protocol::{LeadSummary, Partition};
use brim_server::summary::{RawCounts, publish};
use proptest::prelude::*;

/// Whether some hidden figure, or a group of fewer than k members, can be
/// pinned down by subtracting shown figures of one partition of the
/// members counted `m` (the partition's cells, plus the members in none).
fn leak_in_partition(p: &Partition, m: Option<u32>, k: u32) -> Option<String> {
    let shown: u32 = p.cells.iter().filter_map(|c| c.members).sum();
    let hidden = p.cells.iter().filter(|c| c.members.is_none()).count();
    if let Some(total) = p.total {
        let rest = total.saturating_sub(shown);
        // One hidden cell is the total minus the others; several together under k tell of < k members.
        if hidden == 1 || (hidden >= 2 && rest < k) {
            return Some(format!("hidden cells add up to {rest} with {hidden} hidden: {p:?}"));
        }
        if let Some(m) = m {
            let none = m.saturating_sub(total);
            if none > 0 && none < k {
                return Some(format!("members counted {m} minus total {total} = {none} < k"));
            }
        }
    } else if let Some(m) = m
        && shown > 0
    {
        // The total is hidden: the members counted minus the shown cells is
        // the hidden cells plus the members in none; it must not be small.
        let unknown = m.saturating_sub(shown);
        if unknown > 0 && unknown < k {
            return Some(format!("members counted {m} minus shown cells {shown} = {unknown} < k: {p:?}"));
        }
    }
    None
}

pub fn check_release(s: &LeadSummary) {
    let k = s.k;
    let m = s.members_counted;
    let mut shown: Vec<u32> = m.into_iter().collect();
    for a in &s.skill_areas {
        if let (Some(n), Some(m)) = (a.members, m) {
            let outside = m.saturating_sub(n);
            assert!(outside == 0 || outside >= k, "members counted {m} minus area {n} is {outside} < k");
        }
        shown.extend(a.members);
        if m.is_none() {
            assert!(a.members.is_none(), "an area shown when the members counted are hidden");
        }
    }
    for p in [&s.check_in_ratings, &s.check_in_change] {
        shown.extend(p.total);
        shown.extend(p.cells.iter().filter_map(|c| c.members));
        if let Some(leak) = leak_in_partition(p, m, k) {
            panic!("a hidden figure can be worked out: {leak}");
        }
        if m.is_none() {
            assert!(p.total.is_none() && p.cells.iter().all(|c| c.members.is_none()));
        }
    }
    for v in shown {
        assert!(v >= k, "a figure of {v} (< k = {k}) was released");
    }
}

fn counts() -> impl Strategy<Value = RawCounts> {
    (
        0..60u32,
        prop::array::uniform10(0..40u32),
        prop::array::uniform5(0..20u32),
        prop::array::uniform3(0..20u32),
    )
        .prop_map(|(members, areas, ratings, change)| RawCounts { members, areas, ratings, change })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
    #[test]
    fn no_hidden_figure_can_be_worked_out(noisy in counts(), k in 3..8u32) {
        let (members_counted, skill_areas, check_in_ratings, check_in_change) = publish(&noisy, k);
        let release = brim_protocol::ReleaseInfo {
            number: 1,
            released_at: None,
            epsilon: 1.0,
            period_days: 7,
            next_not_before: None,
            waiting_for_budget: false,
            budget: brim_protocol::PrivacyBudget { year: 2026, yearly_epsilon: 12.0, spent_epsilon: 1.0, releases_left: 11 },
        };
        let s = LeadSummary { k, members_counted, skill_areas, check_in_ratings, check_in_change, release };
        check_release(&s);
        // Whatever is shown is the (noisy) count itself, never altered.
        if let Some(m) = s.members_counted { prop_assert_eq!(m, noisy.members); }
        for (a, n) in s.skill_areas.iter().zip(noisy.areas) {
            if let Some(v) = a.members { prop_assert_eq!(v, n); }
        }
        for (c, n) in s.check_in_ratings.cells.iter().zip(noisy.ratings) {
            if let Some(v) = c.members { prop_assert_eq!(v, n); }
        }
    }
}

#[test]
fn the_issue_example_hides_the_lone_low_rating() {
    // 13 members rated [1, 0, 0, 6, 6]: the 1 is hidden, and so is a second
    // cell, so the lone member cannot be worked out from the total.
    let noisy = RawCounts { members: 13, areas: [13; 10], ratings: [1, 0, 0, 6, 6], change: [0; 3] };
    let (_, _, ratings, _) = publish(&noisy, 5);
    assert_eq!(ratings.total, Some(13));
    assert!(ratings.cells[0].members.is_none());
    let hidden = ratings.cells.iter().filter(|c| c.members.is_none()).count();
    assert!(hidden >= 2, "complementary suppression: {ratings:?}");
    // And 13 counted, 10 rated: 3 members without a rating would be a small
    // figure, so the total is hidden and the cells guard it.
    let noisy = RawCounts { members: 13, areas: [0; 10], ratings: [0, 0, 0, 5, 5], change: [0; 3] };
    let (_, _, ratings, _) = publish(&noisy, 5);
    assert_eq!(ratings.total, None, "{ratings:?}");
    assert!(ratings.cells.iter().filter(|c| c.members.is_some()).count() <= 1, "{ratings:?}");
}
