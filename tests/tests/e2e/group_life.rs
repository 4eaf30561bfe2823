//! A group run from the app, through two real apps and a real group server
//! on 127.0.0.1 (issue 16). The lead makes an invite on screen; the member
//! joins with the code typed from the lead's screen; the lead makes them a
//! peer supporter and the member's app then shows what peer supporters see;
//! the member recognises the lead, who keeps it in their journal; the lead
//! posts a way to take part, the member answers with two skills, the lead
//! sees the answer, the member takes it back and it leaves the lead's app;
//! the lead removes the member, whose app then shows the erasure receipt.
//!
//! The apps take turns on screen (the ONE_AT_A_TIME rule of app.rs).

use brim_core::{Area, Journal, NewSkill};

use crate::App;
use crate::sharing::common;

const PANEL: &str = "Interview panel for a support worker";
/// Mo's answer, on the lead's screen.
const MOS_ANSWER: &str = "//li[.//h3[normalize-space(.)='Interview panel for a support worker']]//li[.//strong[normalize-space(.)='Mo'] and .//strong[normalize-space(.)='Listening']]";
const IN_TOUCH: &str =
    "//p[starts-with(normalize-space(.), 'In touch with your group') and not(contains(., 'still to send'))]";

fn skill(dir: &std::path::Path, name: &str, area: Area, story: &str) {
    Journal::open(dir.join("journal.db"))
        .unwrap()
        .add_skill(NewSkill { name: name.into(), area, story: story.into(), prompt_id: None })
        .unwrap();
}

async fn join(app: &App, server: &str, code: &str, name: &str) {
    app.go_to("More").await;
    app.open_link("Group").await;
    app.type_into("Your group's web address", server).await;
    app.type_into("Invite code", code).await;
    app.type_into("Your name in the group", name).await;
    app.press("Join the group").await;
    app.wait_for("//h1[normalize-space(.)='Riverside']").await;
}

/// Sends and fetches now, and waits until nothing is left to send.
async fn in_touch(app: &App) {
    app.go_to("Group").await;
    app.press("Send and fetch now").await;
    app.wait_for(IN_TOUCH).await;
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn a_lead_runs_the_group_from_the_app_and_a_member_takes_part() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path()).await;
    let (_, lead_code) = server.group("Riverside").await;
    let (lead_dir, member_dir) = (dir.path().join("lead"), dir.path().join("member"));
    std::fs::create_dir_all(&lead_dir).unwrap();
    std::fs::create_dir_all(&member_dir).unwrap();
    skill(&lead_dir, "Running groups", Area::People, "");
    skill(&member_dir, "Listening", Area::People, "People at the drop-in talk to me.");
    skill(&member_dir, "Cooking on a budget", Area::Practical, "");

    // The lead joins and makes an invite for a member; the code is read off the screen.
    let lead = App::start(&lead_dir).await;
    join(&lead, &server.url(), &lead_code, "Lena").await;
    lead.open_link("Invites and people in the group").await;
    lead.press("Make an invite").await;
    let code = lead.wait_for("//p[@aria-label='Invite code']").await.text().await.unwrap();
    assert_eq!(code.len(), 19, "{code}");
    lead.save_screen_as("group-life-invite").await;
    lead.close().await;

    // The member types that code into their own app.
    let member = App::start(&member_dir).await;
    join(&member, &server.url(), &code, "Mo").await;
    member.sees("You are a member, as Mo.").await;
    member.close().await;

    // The lead makes Mo a peer supporter, and posts a way to take part.
    let lead = App::start(&lead_dir).await;
    lead.go_to("Group").await;
    lead.open_link("Invites and people in the group").await;
    lead.press("Make Mo a peer supporter").await;
    lead.sees("Mo is a peer supporter now.").await;
    lead.go_to("Group").await;
    lead.type_into("What is it?", PANEL).await;
    lead.type_into("Skills it needs", "Listening, Fairness").await;
    lead.press("Post it").await;
    lead.sees("Posted. Everyone in the group will see it.").await;
    lead.close().await;

    // Mo's app shows what a peer supporter sees; Mo recognises the lead and answers.
    let member = App::start(&member_dir).await;
    in_touch(&member).await;
    member.sees("You are a peer supporter, as Mo.").await;
    member.sees("Shared with peer supporters and the lead").await;
    member.press("Tell Lena what you noticed").await;
    member.type_into("What is Lena good at?", "Making everyone welcome").await;
    member.pick("Which area is it in?", "People").await;
    member.press("Send").await;
    member.sees("Your recognition for Lena is on its way.").await;
    member.press("Answer with your skills").await;
    member.tick("Listening").await;
    member.tick("Cooking on a budget").await;
    member.press("See what your lead will get").await;
    member.sees("An answer to “Interview panel for a support worker”").await;
    member.save_screen_as("group-life-answer-preview").await;
    member.press("Send to your lead").await;
    member.sees("Your answer is on its way to your lead.").await;
    in_touch(&member).await;
    member.close().await;

    // The lead sees the answer, and keeps Mo's recognition in their journal.
    let lead = App::start(&lead_dir).await;
    in_touch(&lead).await;
    lead.wait_for(MOS_ANSWER).await;
    lead.sees("One answer").await;
    lead.save_screen_as("group-life-lead-answer").await;
    // In a group, More is reached from the Group tab.
    lead.open_link("More: step back").await;
    lead.open_link("Someone noticed").await;
    lead.sees("Making everyone welcome").await;
    lead.press("Add to my skills: what Mo said").await;
    lead.press("Add to my skills").await;
    lead.sees("Added to Running groups, as a moment.").await;
    lead.close().await;

    // Mo takes the answer back.
    let member = App::start(&member_dir).await;
    member.go_to("Group").await;
    member.press("Take it back").await;
    member.sees("Your answer is taken back.").await;
    in_touch(&member).await;
    member.close().await;

    // It leaves the lead's app; then the lead removes Mo.
    let lead = App::start(&lead_dir).await;
    in_touch(&lead).await;
    lead.no_longer_sees(MOS_ANSWER).await;
    lead.sees("No answers yet").await;
    lead.open_link("Invites and people in the group").await;
    lead.press("Remove Mo…").await;
    lead.press("Yes, remove Mo").await;
    lead.sees("Mo is no longer in the group.").await;
    lead.close().await;

    // Mo's app hears of it and keeps the receipt; Mo's journal is whole.
    let member = App::start(&member_dir).await;
    member.go_to("Group").await;
    member.wait_for("//h2[normalize-space(.)='Groups you left']").await;
    member.sees("your group's lead removed you on").await;
    member.save_screen_as("group-life-removed").await;
    member.close().await;
    let journal = Journal::open(member_dir.join("journal.db")).unwrap();
    assert!(journal.membership().unwrap().is_none());
    assert_eq!(journal.erasure_receipts().unwrap().len(), 1);
    assert_eq!(journal.skills(&brim_core::SkillQuery::default()).unwrap().len(), 2, "Mo's journal is whole");
    server.stop().await;
}
