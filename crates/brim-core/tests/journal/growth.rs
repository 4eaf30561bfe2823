use brim_core::{Area, NewCheckIn, NewRating};

use crate::{day, journal, note, skill};

fn check_in(j: &brim_core::Journal, date: chrono::NaiveDate, ratings: &[(&brim_core::Skill, u8)]) {
    let ratings =
        ratings.iter().map(|(s, r)| NewRating { skill_id: s.id, rating: *r, note: String::new() }).collect();
    j.record_check_in(NewCheckIn { date, note: String::new(), ratings }).unwrap();
}

#[test]
fn growth_follows_each_skill_across_check_ins() {
    let (j, _dir) = journal();
    let listening = skill(&j, "Listening", Area::People);
    let calm = skill(&j, "Staying calm", Area::People);
    let money = skill(&j, "Budgeting", Area::Money);
    let never = skill(&j, "Drawing", Area::Creative);
    check_in(&j, day(2025, 3, 1), &[(&listening, 2), (&calm, 3), (&money, 4)]);
    check_in(&j, day(2025, 6, 1), &[(&listening, 3), (&money, 3)]);
    check_in(&j, day(2025, 9, 1), &[(&listening, 4), (&calm, 5)]);

    let g = j.growth().unwrap();
    assert_eq!(g.check_ins.len(), 3);
    let find = |name: &str| g.skills.iter().find(|s| s.name == name).unwrap();

    let l = find("Listening");
    assert_eq!(l.points.iter().map(|p| p.rating).collect::<Vec<_>>(), vec![2, 3, 4]);
    assert_eq!((l.first, l.previous, l.latest), (Some(2), Some(3), Some(4)));
    assert_eq!((l.change_since_first, l.change_since_previous), (Some(2), Some(1)));

    let c = find("Staying calm");
    assert_eq!(
        (c.first, c.previous, c.latest),
        (Some(3), Some(3), Some(5)),
        "previous is its own previous rating"
    );
    assert_eq!(c.change_since_previous, Some(2));

    let m = find("Budgeting");
    assert_eq!(m.change_since_first, Some(-1), "a change down is reported as it is");

    let d = find("Drawing");
    assert!(d.points.is_empty());
    assert_eq!((d.first, d.latest, d.change_since_first), (None, None, None));
    assert_eq!(d.skill_id, never.id);

    let people = g.areas.iter().find(|a| a.area == Area::People).unwrap();
    assert_eq!(people.label, "People");
    let averages: Vec<(f64, u32)> = people.points.iter().map(|p| (p.average, p.rated)).collect();
    assert_eq!(averages, vec![(2.5, 2), (3.0, 1), (4.5, 2)]);
    assert!(g.areas.iter().all(|a| a.area != Area::Creative), "no ratings, no area line");
}

#[test]
fn evidence_is_counted_per_quarter() {
    let (j, _dir) = journal();
    let s = skill(&j, "Cooking", Area::Practical);
    for date in [day(2025, 1, 5), day(2025, 3, 31), day(2025, 4, 1), day(2025, 12, 25)] {
        j.add_moment(note(date, "Cooked", &[&s])).unwrap();
    }
    let g = j.growth().unwrap();
    let e = g.evidence.iter().find(|e| e.skill_id == s.id).unwrap();
    let quarters: Vec<(&str, u32)> = e.quarters.iter().map(|q| (q.quarter.as_str(), q.count)).collect();
    assert_eq!(quarters, vec![("2025-Q1", 2), ("2025-Q2", 1), ("2025-Q4", 1)]);
}

#[test]
fn an_archived_skill_keeps_its_history_in_growth() {
    let (j, _dir) = journal();
    let s = skill(&j, "Cooking", Area::Practical);
    let gone = skill(&j, "Never rated", Area::Practical);
    check_in(&j, day(2025, 1, 5), &[(&s, 3)]);
    j.archive_skill(s.id).unwrap();
    j.archive_skill(gone.id).unwrap();
    let g = j.growth().unwrap();
    assert_eq!(g.skills.len(), 1);
    assert!(g.skills[0].archived);
    assert_eq!(g.skills[0].latest, Some(3));
}

#[test]
fn evidence_counts_follow_edits_moves_and_deletes() {
    let (j, _dir) = journal();
    let a = skill(&j, "Cooking", Area::Practical);
    let b = skill(&j, "Listening", Area::People);
    let m1 = j.add_moment(note(day(2025, 1, 5), "Cooked", &[&a, &b])).unwrap();
    let m2 = j.add_moment(note(day(2025, 2, 5), "Cooked again", &[&a])).unwrap();
    let quarters = |j: &brim_core::Journal, s: &brim_core::Skill| -> Vec<(String, u32)> {
        let g = j.growth().unwrap();
        g.evidence
            .iter()
            .find(|e| e.skill_id == s.id)
            .unwrap()
            .quarters
            .iter()
            .map(|q| (q.quarter.clone(), q.count))
            .collect()
    };
    assert_eq!(quarters(&j, &a), vec![("2025-Q1".to_owned(), 2)]);
    // Moving a moment to another quarter moves its evidence.
    j.edit_moment(m2.id, note(day(2025, 8, 1), "Cooked again", &[&a])).unwrap();
    assert_eq!(quarters(&j, &a), vec![("2025-Q1".to_owned(), 1), ("2025-Q3".to_owned(), 1)]);
    // Unlinking a skill and deleting a moment take their evidence with them.
    j.edit_moment(m1.id, note(day(2025, 1, 5), "Cooked", &[&a])).unwrap();
    assert!(quarters(&j, &b).is_empty());
    assert_eq!(j.skill(b.id).unwrap().evidence_count, 0);
    j.delete_moment(m1.id).unwrap();
    assert_eq!(quarters(&j, &a), vec![("2025-Q3".to_owned(), 1)]);
    assert_eq!(j.skill(a.id).unwrap().evidence_count, 1);
}
