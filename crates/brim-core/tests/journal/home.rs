use brim_core::{Area, HOME_MOMENTS, NewRecognition, NewSkill, skill_prompts};

use crate::{day, journal, note, skill, today};

#[test]
fn a_new_journal_opens_on_a_welcome_with_an_idea_and_nothing_due() {
    let (j, _dir) = journal();
    let home = j.home().unwrap();
    assert!(home.skills.is_empty() && home.recent_moments.is_empty());
    assert!(!home.check_in.is_due, "nothing is due before there are skills");
    assert_eq!(home.waiting_recognitions, 0);
    assert!(home.idea.is_some(), "there is always an idea to think about");
}

#[test]
fn home_shows_the_newest_moments_skills_and_waiting_recognitions() {
    let (j, _dir) = journal();
    let cooking = skill(&j, "Cooking", Area::Practical);
    let archived = skill(&j, "Old skill", Area::Practical);
    j.archive_skill(archived.id).unwrap();
    for d in 1..=5 {
        j.add_moment(note(day(2026, 1, d), &format!("Cooked on day {d}"), &[&cooking])).unwrap();
    }
    for from in ["Sam", "Ali"] {
        j.add_recognition(NewRecognition { from: from.into(), text: "Kind".into(), received_on: today() })
            .unwrap();
    }
    let first = j.recognitions().unwrap()[0].id;
    j.dismiss_recognition(first).unwrap();

    let home = j.home().unwrap();
    assert_eq!(home.skills.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Cooking"]);
    let dates: Vec<_> = home.recent_moments.iter().map(|m| m.date).collect();
    assert_eq!(dates.len(), HOME_MOMENTS as usize);
    assert_eq!(dates, [day(2026, 1, 5), day(2026, 1, 4), day(2026, 1, 3)]);
    assert_eq!(home.recent_moments[0].skill_ids, [cooking.id]);
    assert!(home.check_in.is_due, "skills and no check-in yet: time for the first");
    assert_eq!(home.waiting_recognitions, 1);
}

#[test]
fn the_idea_changes_each_day_and_skips_skills_already_added() {
    let (j, _dir) = journal();
    let monday = j.home_on(day(2026, 3, 2)).unwrap().idea.unwrap();
    assert_eq!(j.home_on(day(2026, 3, 2)).unwrap().idea.unwrap(), monday, "the same all day");
    assert_ne!(j.home_on(day(2026, 3, 3)).unwrap().idea.unwrap(), monday, "another tomorrow");

    // Once every idea but one is a skill, that one is offered every day.
    let prompts = skill_prompts();
    for p in &prompts[1..] {
        let new = NewSkill {
            name: p.name.clone(),
            area: p.area.clone(),
            story: String::new(),
            prompt_id: Some(p.id.clone()),
        };
        j.add_skill(new).unwrap();
    }
    for d in 1..=3 {
        assert_eq!(j.home_on(day(2026, 3, d)).unwrap().idea.unwrap().id, prompts[0].id);
    }
}
