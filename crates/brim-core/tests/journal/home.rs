use brim_core::{
    AcceptAs, Area, HOME_MOMENTS, MomentKind, NewRecognition, NewSkill, StepBackAnswer, skill_prompts,
    step_back_prompts,
};

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

#[test]
fn a_step_back_and_a_recognition_taken_in_leave_the_persons_own_moments_on_home() {
    let (j, _dir) = journal();
    let cooking = skill(&j, "Cooking", Area::Practical);
    for d in 1..=3 {
        j.add_moment(note(day(2026, 1, d), &format!("Cooked on day {d}"), &[&cooking])).unwrap();
    }
    // Six answers, newer than every moment written.
    let answers = step_back_prompts()
        .iter()
        .take(6)
        .map(|p| StepBackAnswer {
            prompt_id: p.id.clone(),
            text: format!("Answer to {}", p.id),
            skill_ids: vec![],
        })
        .collect();
    assert_eq!(j.save_step_back(day(2026, 2, 1), answers).unwrap().len(), 6);
    let r = j
        .add_recognition(NewRecognition {
            from: "Sam".into(),
            text: "Kind".into(),
            received_on: day(2026, 2, 2),
        })
        .unwrap();
    j.accept_recognition(r.id, AcceptAs::Skill { skill_id: cooking.id }).unwrap();

    let home = j.home().unwrap();
    assert_eq!(home.recent_moments.len(), HOME_MOMENTS as usize);
    assert!(home.recent_moments.iter().all(|m| m.kind == MomentKind::Note), "{:?}", home.recent_moments);
    let dates: Vec<_> = home.recent_moments.iter().map(|m| m.date).collect();
    assert_eq!(dates, [day(2026, 1, 3), day(2026, 1, 2), day(2026, 1, 1)]);
    // They are all still in the journal.
    assert_eq!(j.moments(50, None).unwrap().moments.len(), 3 + 6 + 1);
}
