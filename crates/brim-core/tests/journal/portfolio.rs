use brim_core::{Area, ErrorCode, NewSkill};

use crate::{day, journal, note, skill};

#[test]
fn the_portfolio_shows_chosen_skills_stories_and_evidence_safely() {
    let (j, _dir) = journal();
    let s = skill(&j, "Cooking <for> crowds", Area::Practical);
    j.set_skill_story(s.id, "Fed the whole shelter on Sundays & holidays").unwrap();
    let other = skill(&j, "Private one", Area::People);
    for i in 1..=5 {
        j.add_moment(note(day(2026, 1, i), &format!("Cooked <script>alert({i})</script> meal {i}"), &[&s]))
            .unwrap();
    }
    let html = j.portfolio_html(&[s.id]).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("Cooking &lt;for&gt; crowds"));
    assert!(html.contains("Sundays &amp; holidays"));
    assert!(html.contains("Practical"));
    assert!(html.contains("meal 5") && html.contains("meal 3"), "the newest moments are shown");
    assert!(!html.contains("meal 1<"), "only a few moments per skill");
    assert!(!html.contains("<script"), "nothing written can run");
    assert!(!html.contains("Private one"), "only chosen skills appear");
    assert!(!html.contains("http"), "the page loads nothing");
    let _ = other;
    assert_eq!(j.portfolio_html(&[]).unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(j.portfolio_html(&[uuid::Uuid::now_v7()]).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_skill_from_an_idea_brings_its_words_for_a_job_form_to_the_portfolio() {
    let (j, _dir) = journal();
    let panel = j
        .add_skill(NewSkill {
            name: "Sitting on panels".into(),
            area: Area::SpeakingUp,
            story: String::new(),
            prompt_id: Some("sitting_on_a_panel".into()),
        })
        .unwrap();
    let own = skill(&j, "Fixing bikes", Area::Practical);
    let html = j.portfolio_html(&[panel.id, own.id]).unwrap();
    assert!(
        html.contains("For a job form: I have sat on interview panels and helped choose the right people.")
    );
    assert_eq!(html.matches("For a job form:").count(), 1, "a skill in the person's own words has none");
}
