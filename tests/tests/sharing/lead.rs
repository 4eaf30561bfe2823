//! The lead runs the group from the app, through brim-core's own client and
//! a real server: an invite made by the lead and joined with its link; a
//! member made a peer supporter (their phone then holds what peer supporters
//! see) and back (it no longer does); a member removed, whose phone keeps
//! the same receipt as leaving at its next sync.

use brim_core::{Audience, ErrorCode, NewInvite, Role};

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_invites_promotes_and_removes_and_each_phone_follows() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;

    // An invite made in the lead's app, joined with the pasted link alone.
    let invite = c
        .lead
        .client
        .create_invite(&c.lead.journal, &NewInvite { role: Role::Member, max_uses: None, valid_days: None })
        .await
        .unwrap();
    assert_eq!(invite.max_uses, 1);
    assert!(
        invite.join_link.starts_with("brim://join?server=http%3A%2F%2F127.0.0.1"),
        "{}",
        invite.join_link
    );
    assert!(invite.qr_svg.starts_with("<svg"));
    let nia = Device::join(dir.path(), "", &invite.join_link, "Nia").await;
    assert_eq!(nia.journal.membership().unwrap().unwrap().role, Role::Member);
    let listed = c.lead.client.list_invites(&c.lead.journal).await.unwrap();
    assert_eq!(listed[0].invite_id, invite.invite_id);
    assert_eq!(listed[0].uses, 1);

    // Only the lead: a member's app says so before asking anyone.
    let refused = c.mo.client.list_members(&c.mo.journal).await.unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NotAllowed);

    // Pat shares with peer supporters and the lead; Nia cannot see it, until
    // the lead makes her a peer supporter.
    let for_peers = c.peer.share_skill("Calming things down", Audience::PeerSupportersAndLead);
    c.peer.sync().await;
    nia.sync().await;
    assert!(!nia.feed_ids().contains(&for_peers.share_id));
    let members = c.lead.client.list_members(&c.lead.journal).await.unwrap();
    let names: Vec<&str> = members.iter().map(|m| m.display_name.as_str()).collect();
    assert_eq!(names, ["Lena", "Pat", "Mo", "Mia", "Nia"]);
    let made =
        c.lead.client.set_member_role(&c.lead.journal, nia.member_id, Role::PeerSupporter).await.unwrap();
    assert_eq!(made.role, Role::PeerSupporter);
    let report = nia.sync().await;
    assert!(report.role_changed, "{report:?}");
    assert_eq!(nia.journal.membership().unwrap().unwrap().role, Role::PeerSupporter);
    assert!(nia.feed_ids().contains(&for_peers.share_id), "the feed started again as a peer supporter");
    // And back: what only peer supporters see leaves her phone.
    c.lead.client.set_member_role(&c.lead.journal, nia.member_id, Role::Member).await.unwrap();
    assert!(nia.sync().await.role_changed);
    assert_eq!(nia.journal.membership().unwrap().unwrap().role, Role::Member);
    assert!(!nia.feed_ids().contains(&for_peers.share_id));
    assert!(!nia.sync().await.role_changed, "said once");

    // Mia shares, then the lead removes her.
    let mine = c.mia.share_skill("Knitting", Audience::WholeGroup);
    c.mia.sync().await;
    c.lead.sync().await;
    assert!(c.lead.feed_ids().contains(&mine.share_id));
    c.lead.client.remove_member(&c.lead.journal, c.mia.member_id).await.unwrap();
    assert!(server.export(c.mia.member_id).await.is_none(), "erased on the server");
    // Removing her again: gone already.
    let again = c.lead.client.remove_member(&c.lead.journal, c.mia.member_id).await.unwrap_err();
    assert_eq!(again.code(), ErrorCode::NotFound);
    c.lead.sync().await;
    assert!(!c.lead.feed_ids().contains(&mine.share_id), "the lead's phone dropped her share");

    // Her phone hears it on its next sync, with something still queued: the receipt, as for leaving.
    let queued = c.mia.share_skill("Sewing", Audience::WholeGroup);
    let report = c.mia.sync().await;
    assert!(report.left_group);
    assert!(c.mia.journal.membership().unwrap().is_none());
    let receipts = c.mia.journal.erasure_receipts().unwrap();
    assert_eq!(receipts.len(), 1);
    assert!(receipts[0].from_server);
    assert!(receipts[0].receipt.removed_by_lead);
    assert_eq!(receipts[0].group_name, "Riverside");
    assert_eq!(receipts[0].receipt.shares_erased, vec![mine.share_id]);
    assert!(!receipts[0].receipt.shares_erased.contains(&queued.share_id));
    assert_eq!(c.mia.journal.sync_status().unwrap().pending, 0, "nothing is left to send");
    // Her own journal stays.
    assert!(c.mia.journal.skills(&Default::default()).unwrap().iter().any(|s| s.name == "Knitting"));
    server.stop().await;
}

/// The group's board through each phone's own core: everyone is listed (so
/// anyone can be recognised), an opportunity the lead posts reaches every
/// phone at its next sync, an answer goes to the lead alone with exactly the
/// skills chosen, and an answer outlives the opportunity it answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_opportunity_reaches_every_phone_and_an_answer_reaches_the_lead_alone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    for d in [&c.lead, &c.peer, &c.mo, &c.mia] {
        d.sync().await;
    }
    let board = c.mia.journal.group_board().unwrap().expect("every phone keeps the board");
    let names: Vec<&str> = board.board.members.iter().map(|m| m.display_name.as_str()).collect();
    assert_eq!(names, ["Lena", "Pat", "Mo", "Mia"]);
    assert!(board.board.members.iter().any(|m| m.you && m.display_name == "Mia"));
    // Nothing changed, so the next sync leaves the kept board alone.
    c.mia.sync().await;
    assert_eq!(c.mia.journal.group_board().unwrap().unwrap().fetched_at, board.fetched_at);

    // Only the lead posts; the lead sees it at once, everyone else at their next sync.
    let closes = chrono::Local::now().date_naive() + chrono::Days::new(7);
    let new = brim_core::NewOpportunity {
        title: "Peer research on the drop-in".into(),
        about: None,
        skills: vec!["Listening".into()],
        closes_on: closes,
    };
    let refused = c.mo.client.post_opportunity(&c.mo.journal, &new).await.unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NotAllowed);
    let posted = c.lead.client.post_opportunity(&c.lead.journal, &new).await.unwrap();
    assert_eq!(c.lead.journal.group_board().unwrap().unwrap().board.opportunities.len(), 1);
    c.mo.sync().await;
    let seen = c.mo.journal.group_board().unwrap().unwrap();
    assert_eq!(seen.board.opportunities[0].opportunity_id, posted.opportunity_id);
    assert!(seen.fetched_at > board.fetched_at);
    // By this phone's calendar it has closed once its day has passed.
    let later = c.mo.journal.group_board_on(closes + chrono::Days::new(1)).unwrap().unwrap();
    assert!(later.board.opportunities.is_empty());

    // Mo answers with two skills (one story), only to the lead.
    let listening = c.mo.skill("Listening", brim_core::Area::People, "I listen at the night shelter.");
    let cooking = c.mo.skill("Cooking on a budget", brim_core::Area::Practical, "");
    let item = brim_core::ShareItem::Answer {
        opportunity_id: posted.opportunity_id,
        skill_ids: vec![listening.id, cooking.id],
        include_stories: true,
        note: Some("  Happy to help.  ".into()),
    };
    let wide = c.mo.journal.preview_share(item.clone(), Audience::WholeGroup).unwrap_err();
    assert_eq!(wide.code(), ErrorCode::InvalidInput, "an answer is for the lead alone");
    let answer = c.mo.share(item, Audience::Lead);
    match &answer.content {
        brim_core::ShareContent::Answer { title, skills, note, .. } => {
            assert_eq!(title, "Peer research on the drop-in");
            let got: Vec<(&str, Option<&str>)> =
                skills.iter().map(|s| (s.skill.name.as_str(), s.story.as_deref())).collect();
            assert_eq!(
                got,
                [("Listening", Some("I listen at the night shelter.")), ("Cooking on a budget", None)]
            );
            assert_eq!(note.as_deref(), Some("Happy to help."));
        }
        other => panic!("{other:?}"),
    }
    assert!(answer.contribution.is_none(), "an answer never counts in the summary");
    c.mo.sync().await;
    for d in [&c.lead, &c.peer, &c.mia] {
        d.sync().await;
    }
    assert!(c.lead.feed_ids().contains(&answer.share_id));
    assert!(!c.peer.feed_ids().contains(&answer.share_id) && !c.mia.feed_ids().contains(&answer.share_id));

    // Taken down: a new answer is refused, the given one stays, unchanged, until Mo takes it back.
    c.lead.client.take_down_opportunity(&c.lead.journal, posted.opportunity_id).await.unwrap();
    c.mo.sync().await;
    assert!(c.mo.journal.group_board().unwrap().unwrap().board.opportunities.is_empty());
    let late = brim_core::ShareItem::Answer {
        opportunity_id: posted.opportunity_id,
        skill_ids: vec![cooking.id],
        include_stories: false,
        note: None,
    };
    assert_eq!(c.mo.journal.preview_share(late, Audience::Lead).unwrap_err().code(), ErrorCode::NotFound);
    let mine = c.mo.journal.share(answer.share_id).unwrap();
    assert!(!mine.changed_since_shared, "the opportunity went; the answer did not change");
    c.mo.journal.revoke_share(answer.share_id).unwrap();
    c.mo.sync().await;
    c.lead.sync().await;
    assert!(!c.lead.feed_ids().contains(&answer.share_id), "taken back");
    server.stop().await;
}
