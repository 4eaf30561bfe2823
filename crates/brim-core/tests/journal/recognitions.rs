use brim_core::{AcceptAs, Area, ErrorCode, MomentKind, NewRecognition, NewSkill, RecognitionStatus};
use chrono::Days;

use crate::{count, journal, skill, today};

fn noticed(text: &str) -> NewRecognition {
    NewRecognition { from: "My support worker".into(), text: text.into(), received_on: today() }
}

#[test]
fn accept_into_an_existing_skill_adds_evidence() {
    let (j, _dir) = journal();
    let s = skill(&j, "Calming people down", Area::People);
    let r = j.add_recognition(noticed("You're good at calming people down")).unwrap();
    assert_eq!(r.status, RecognitionStatus::Pending);
    let accepted = j.accept_recognition(r.id, AcceptAs::Skill { skill_id: s.id }).unwrap();
    assert_eq!(accepted.status, RecognitionStatus::Accepted);
    assert_eq!(accepted.skill_id, Some(s.id));
    assert!(accepted.decided_at.is_some());
    let moment = j.moment(accepted.moment_id.unwrap()).unwrap();
    assert_eq!(moment.kind, MomentKind::Recognition);
    assert_eq!(moment.skill_ids, vec![s.id]);
    assert!(moment.text.contains("My support worker"));
    assert_eq!(j.skill(s.id).unwrap().evidence_count, 1);
}

#[test]
fn accept_as_a_new_skill() {
    let (j, _dir) = journal();
    let r = j.add_recognition(noticed("You always make the money last")).unwrap();
    let new = NewSkill::new("Budgeting", Area::Money);
    let accepted = j.accept_recognition(r.id, AcceptAs::NewSkill(new)).unwrap();
    let s = j.skill(accepted.skill_id.unwrap()).unwrap();
    assert_eq!(s.name, "Budgeting");
    assert_eq!(s.evidence_count, 1);
}

#[test]
fn dismiss_and_decide_only_once() {
    let (j, _dir) = journal();
    let s = skill(&j, "Listening", Area::People);
    let r = j.add_recognition(noticed("Good listener")).unwrap();
    let dismissed = j.dismiss_recognition(r.id).unwrap();
    assert_eq!(dismissed.status, RecognitionStatus::Dismissed);
    assert_eq!(
        j.accept_recognition(r.id, AcceptAs::Skill { skill_id: s.id }).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    assert_eq!(j.dismiss_recognition(r.id).unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(j.recognitions().unwrap().len(), 1);
    assert_eq!(count(&j, "moment"), 0);
}

#[test]
fn a_failed_accept_changes_nothing() {
    let (j, _dir) = journal();
    let r = j.add_recognition(noticed("Good listener")).unwrap();
    let bad = NewSkill::new(" ", Area::People);
    assert_eq!(
        j.accept_recognition(r.id, AcceptAs::NewSkill(bad)).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    let missing = AcceptAs::Skill { skill_id: uuid::Uuid::now_v7() };
    assert_eq!(j.accept_recognition(r.id, missing).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(j.recognitions().unwrap()[0].status, RecognitionStatus::Pending);
    assert_eq!((count(&j, "skill"), count(&j, "moment")), (0, 0));
}

#[test]
fn bad_recognitions_are_refused() {
    let (j, _dir) = journal();
    let blank_from = NewRecognition { from: " ".into(), text: "x".into(), received_on: today() };
    assert_eq!(j.add_recognition(blank_from).unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(j.add_recognition(noticed("  ")).unwrap_err().code(), ErrorCode::InvalidInput);
    let future = NewRecognition { received_on: today() + Days::new(3), ..noticed("x") };
    assert_eq!(j.add_recognition(future).unwrap_err().code(), ErrorCode::DateInFuture);
    assert_eq!(count(&j, "recognition"), 0);
}
