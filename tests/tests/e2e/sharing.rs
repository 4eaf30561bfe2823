//! Sharing through the real app: two app instances (a member and the group's
//! lead), each with its own journal, joined through the UI to a real group
//! server on 127.0.0.1. The member shares a skill with the lead; the lead's
//! app shows it in the Group tab; the member takes it back; after the lead's
//! next sync it is gone from the lead's app too. On the way, the lead sends a
//! recognition that lands in the member's recognitions inbox.
//!
//! The apps take turns on screen (the ONE_AT_A_TIME rule of app.rs); the
//! server runs in this test's runtime for the whole story.

use brim_core::{Area, Journal, NewSkill};
use brim_protocol::Role;

use crate::App;

#[path = "../sharing/common.rs"]
#[allow(dead_code)]
pub(crate) mod common;

/// The lead's feed entry for the member's skill.
const MOS_LISTENING: &str =
    "//li[.//strong[normalize-space(.)='Mo'] and .//strong[normalize-space(.)='Listening']]";

async fn join(app: &App, server: &str, code: &str, name: &str) {
    app.type_into("Your group's web address", server).await;
    app.type_into("Invite code", code).await;
    app.type_into("Your name in the group", name).await;
    app.press("Join the group").await;
    app.wait_for("//h1[normalize-space(.)='Riverside']").await;
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn a_member_shares_a_skill_with_the_lead_then_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path()).await;
    let (group, lead_code) = server.group("Riverside").await;
    let member_code = server.invite(group, Role::Member, 1).await;
    let (member_dir, lead_dir) = (dir.path().join("member"), dir.path().join("lead"));
    std::fs::create_dir_all(&member_dir).unwrap();
    std::fs::create_dir_all(&lead_dir).unwrap();
    // The member already keeps a skill in their journal, private until shared.
    let listening = Journal::open(member_dir.join("journal.db"))
        .unwrap()
        .add_skill(NewSkill {
            name: "Listening".into(),
            area: Area::People,
            story: "People at the drop-in talk to me.".into(),
            prompt_id: None,
        })
        .unwrap();

    // The member joins through the Group screen, then shares the skill with the lead.
    let member = App::start(&member_dir).await;
    member.go_to("More").await;
    member.open_link("Group").await;
    join(&member, &server.url(), &member_code, "Mo").await;
    member.go_to("Skills").await;
    member.open_link("Listening").await;
    member.press("Share with my group").await;
    member.choose("The group lead").await;
    member.press("See what will be sent").await;
    member.sees("Only the group lead will see it, with your name.").await;
    member.press("Share it").await;
    member.sees("Shared with the group lead.").await;
    // No "Sync now": the background sync, woken by the share, sends it. "What my
    // group can see" lists only what the server acknowledged.
    member.go_to("Group").await;
    member.press("What my group can see").await;
    member.wait_for("//li[.//strong[normalize-space(.)='Listening']]").await;
    member.save_screen_as("sharing-member-shared").await;
    member.close().await;
    let member_id =
        Journal::open(member_dir.join("journal.db")).unwrap().membership().unwrap().unwrap().member_id;
    let held = server.shares_of(member_id).await;
    assert_eq!(held.len(), 1, "the server holds the one share");
    assert_eq!(held[0].2["skill"]["name"], "Listening");
    assert!(held[0].2.get("story").is_none_or(serde_json::Value::is_null), "the story was not chosen");

    // The lead joins in their own app; its first sync brings the share into the Group tab.
    let lead = App::start(&lead_dir).await;
    lead.go_to("More").await;
    lead.open_link("Group").await;
    join(&lead, &server.url(), &lead_code, "Lena").await;
    lead.sees("Shared with you, the lead").await;
    lead.wait_for(MOS_LISTENING).await;
    lead.save_screen_as("sharing-lead-sees").await;
    // The lead tells Mo what they noticed; it goes with the next sync.
    lead.press("Tell Mo what you noticed").await;
    lead.type_into("A few words for Mo", "You really listened on Tuesday.").await;
    lead.press("Send: you're good at Listening").await;
    lead.sees("Your recognition for Mo is on its way.").await;
    lead.press("Send and fetch now").await;
    lead.wait_for("//p[starts-with(normalize-space(.), 'In touch with your group') and not(contains(., 'still to send'))]").await;
    lead.close().await;

    // The member finds the lead's recognition in their inbox, to accept or dismiss...
    let member = App::start(&member_dir).await;
    member.go_to("Group").await;
    member.press("Send and fetch now").await;
    member.open_link("More: step back").await;
    member.open_link("Someone noticed").await;
    member.sees("You're good at Listening. You really listened on Tuesday.").await;
    member.sees("Lena").await;

    // ...and takes the share back from "What my group can see".
    member.go_to("Group").await;
    member.press("What my group can see").await;
    member.press("Take it back: Listening").await;
    member.press("Yes, take it back").await;
    member.sees("Taken back.").await;
    member.go_to("Group").await;
    member.press("Send and fetch now").await;
    member.press("What my group can see").await;
    member.sees("Nothing shared yet.").await;
    member.close().await;
    assert!(server.shares_of(member_id).await.is_empty(), "the server deleted it");
    assert!(
        Journal::open(member_dir.join("journal.db")).unwrap().skill(listening.id).is_ok(),
        "the journal keeps it"
    );

    // The lead's app still shows its cached copy until it syncs; then it is gone.
    let lead = App::start(&lead_dir).await;
    lead.go_to("Group").await;
    lead.sees("Shared with you, the lead").await;
    lead.press("Send and fetch now").await;
    lead.no_longer_sees(MOS_LISTENING).await;
    lead.save_screen_as("sharing-lead-after-revoke").await;
    lead.close().await;
    let lead_journal = Journal::open(lead_dir.join("journal.db")).unwrap();
    assert!(lead_journal.group_feed().unwrap().is_empty(), "nothing of it is left in the lead's cache");
    server.stop().await;
}
