use brim_core::{Area, ErrorCode, NewSkill, SkillEdit, SkillOrder, SkillQuery, skill_prompts};

use crate::{count, journal, note, skill, today};

#[test]
fn a_skill_is_kept_with_its_area_and_story() {
    let (j, _dir) = journal();
    let added = j
        .add_skill(NewSkill {
            name: "  Listening ".into(),
            area: Area::People,
            story: "Everyone at the hostel came to me to talk.".into(),
            prompt_id: None,
        })
        .unwrap();
    assert_eq!(added.name, "Listening", "names are trimmed");
    let got = j.skill(added.id).unwrap();
    assert_eq!(got, added);
    assert_eq!(got.area, Area::People);
    assert_eq!(got.evidence_count, 0);
    assert!(!got.archived);
}

#[test]
fn a_skill_from_the_library_remembers_its_prompt() {
    let (j, _dir) = journal();
    let prompt = &skill_prompts()[0];
    let added = j.add_skill_from_prompt(&prompt.id, "I did this for years").unwrap();
    assert_eq!(added.prompt_id.as_deref(), Some(prompt.id.as_str()));
    assert_eq!(added.name, prompt.name);
    assert_eq!(added.area, prompt.area);
    assert_eq!(added.story, "I did this for years");
    let unknown = j.add_skill_from_prompt("no_such_prompt", "").unwrap_err();
    assert_eq!(unknown.code(), ErrorCode::NotFound);
}

#[test]
fn rename_move_and_retell_a_skill() {
    let (j, _dir) = journal();
    let s = skill(&j, "Cooking", Area::Practical);
    let s2 = j.rename_skill(s.id, "Cooking on one ring").unwrap();
    assert_eq!(s2.name, "Cooking on one ring");
    let s3 = j.set_skill_area(s.id, Area::Own("Street life".into())).unwrap();
    assert_eq!(s3.area, Area::Own("Street life".into()));
    let s4 = j.set_skill_story(s.id, "Fed six people on a tenner").unwrap();
    assert_eq!(s4.story, "Fed six people on a tenner");
    assert_eq!(s4.name, "Cooking on one ring", "other fields stay");
    let all = j
        .edit_skill(
            s.id,
            SkillEdit {
                name: Some("Cooking".into()),
                area: Some(Area::Practical),
                story: Some(String::new()),
            },
        )
        .unwrap();
    assert_eq!((all.name.as_str(), &all.area, all.story.as_str()), ("Cooking", &Area::Practical, ""));
    assert!(all.updated_at >= s.updated_at);
}

#[test]
fn bad_names_are_refused_and_nothing_is_written() {
    let (j, _dir) = journal();
    for name in ["", "   ", "\t\n"] {
        let err = j.add_skill(NewSkill::new(name, Area::People)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert!(err.to_string().contains("name"), "the message says what to fix: {err}");
    }
    let long = "x".repeat(81);
    let err = j.add_skill(NewSkill::new(long, Area::People)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(!err.to_string().contains("xxxx"), "errors never echo what was typed");
    let ok = j.add_skill(NewSkill::new("y".repeat(80), Area::People));
    assert!(ok.is_ok(), "80 characters is allowed");
    assert_eq!(count(&j, "skill"), 1);

    let s = skill(&j, "Listening", Area::People);
    assert_eq!(j.rename_skill(s.id, " ").unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(j.skill(s.id).unwrap().name, "Listening");
    let story = "s".repeat(brim_core::MAX_STORY_CHARS + 1);
    assert_eq!(j.set_skill_story(s.id, &story).unwrap_err().code(), ErrorCode::InvalidInput);
}

#[test]
fn two_active_skills_cannot_share_a_name() {
    let (j, _dir) = journal();
    let s = skill(&j, "Listening", Area::People);
    let err = j.add_skill(NewSkill::new("listening", Area::Caring)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    j.archive_skill(s.id).unwrap();
    let again = skill(&j, "Listening", Area::People);
    assert_eq!(
        j.unarchive_skill(s.id).unwrap_err().code(),
        ErrorCode::InvalidInput,
        "unarchiving would make two"
    );
    j.archive_skill(again.id).unwrap();
    assert!(!j.unarchive_skill(s.id).unwrap().archived);
}

#[test]
fn archived_skills_leave_the_list_and_come_back() {
    let (j, _dir) = journal();
    let a = skill(&j, "Budgeting", Area::Money);
    let b = skill(&j, "Listening", Area::People);
    j.archive_skill(a.id).unwrap();
    let active = j.skills(&SkillQuery::default()).unwrap();
    assert_eq!(active.iter().map(|s| s.id).collect::<Vec<_>>(), vec![b.id]);
    let all = j.skills(&SkillQuery { include_archived: true, ..SkillQuery::default() }).unwrap();
    assert_eq!(all.len(), 2);
    j.unarchive_skill(a.id).unwrap();
    assert_eq!(j.skills(&SkillQuery::default()).unwrap().len(), 2);
}

#[test]
fn lists_by_area_by_evidence_and_for_one_area() {
    let (j, _dir) = journal();
    let own = skill(&j, "Street smarts", Area::Own("Survival".into()));
    let money = skill(&j, "Budgeting", Area::Money);
    let people2 = skill(&j, "Reading a room", Area::People);
    let people1 = skill(&j, "Listening", Area::People);
    for _ in 0..3 {
        j.add_moment(note(today(), "Sorted the week's money", &[&money])).unwrap();
    }
    j.add_moment(note(today(), "Talked a friend down", &[&people2, &money])).unwrap();

    let by_area: Vec<_> = j.skills(&SkillQuery::default()).unwrap().into_iter().map(|s| s.id).collect();
    assert_eq!(
        by_area,
        vec![people1.id, people2.id, money.id, own.id],
        "built-in areas in order, own areas last"
    );

    let by_evidence =
        j.skills(&SkillQuery { order: SkillOrder::ByEvidence, ..SkillQuery::default() }).unwrap();
    assert_eq!(by_evidence[0].id, money.id);
    assert_eq!(by_evidence[0].evidence_count, 4);
    assert_eq!(by_evidence[1].id, people2.id);
    assert_eq!(by_evidence[1].evidence_count, 1);

    let people = j.skills(&SkillQuery { area: Some(Area::People), ..SkillQuery::default() }).unwrap();
    assert_eq!(people.len(), 2);
    assert!(people.iter().all(|s| s.area == Area::People));
}

#[test]
fn an_unknown_skill_is_not_found() {
    let (j, _dir) = journal();
    let err = j.skill(uuid::Uuid::now_v7()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(j.archive_skill(uuid::Uuid::now_v7()).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_new_skill_needs_an_area_the_person_picked_said_after_its_name() {
    let (j, _dir) = journal();
    // As the app sends it when nothing is picked: a blank area still reads as a request.
    let read = |json: &str| serde_json::from_str::<NewSkill>(json).unwrap();
    let nothing = j.add_skill(read(r#"{"name": "", "area": ""}"#)).unwrap_err();
    assert_eq!(nothing.to_string(), "Give the skill a name.", "the name is asked for first");
    let no_area = j.add_skill(read(r#"{"name": "Fixing bikes", "area": "  "}"#)).unwrap_err();
    assert_eq!(no_area.code(), ErrorCode::InvalidInput);
    assert_eq!(no_area.to_string(), "Pick an area, or type your own.");
    assert!(j.skills(&SkillQuery::default()).unwrap().is_empty(), "nothing was saved");
    let added = j.add_skill(read(r#"{"name": "Fixing bikes", "area": "practical"}"#)).unwrap();
    assert_eq!(added.area, Area::Practical);
}
