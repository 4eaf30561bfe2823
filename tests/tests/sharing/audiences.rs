//! Who sees what: one member shares to each audience and every role reads
//! its own feed cache; a peer supporter's recognition lands in the member's
//! recognitions inbox; the lead gets the summary. Also: what was sent is
//! exactly what was previewed.

use brim_core::{Area, Audience, NewCheckIn, NewRating, ShareContent, ShareItem, SkillRef};
use brim_protocol::{Operation, OperationKind};

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_audience_reaches_exactly_the_roles_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;

    let summary_only = c.mo.share_skill("Listening", Audience::SummaryOnly);
    let to_lead = c.mo.share_skill("Budgeting", Audience::Lead);
    let to_peers = c.mo.share_skill("Cooking", Audience::PeerSupportersAndLead);
    let to_all = c.mo.share_skill("Singing", Audience::WholeGroup);
    assert_eq!(c.mo.journal.sync_status().unwrap().pending, 4, "four shares wait in the outbox");
    assert!(
        c.mo.journal.visible_to_group().unwrap().is_empty(),
        "nothing is visible before the server has it"
    );

    let report = c.mo.sync().await;
    assert_eq!((report.sent, report.acknowledged, report.quarantined), (4, 4, 0));
    for d in [&c.lead, &c.peer, &c.mia] {
        d.sync().await;
    }

    assert_eq!(c.lead.feed_ids(), sorted(vec![to_lead.share_id, to_peers.share_id, to_all.share_id]));
    assert_eq!(c.peer.feed_ids(), sorted(vec![to_peers.share_id, to_all.share_id]));
    assert_eq!(c.mia.feed_ids(), vec![to_all.share_id]);
    assert!(c.mo.feed_ids().is_empty(), "my own shares are not in my feed of others' shares");
    let feed = c.lead.journal.group_feed().unwrap();
    let budgeting = feed.iter().find(|s| s.share_id == to_lead.share_id).unwrap();
    assert_eq!(budgeting.owner_display_name, "Mo");
    assert_eq!(budgeting.content, to_lead.content, "the lead reads exactly the previewed snapshot");

    // What my group can see: all four, exactly as the server acknowledged them.
    let visible = c.mo.journal.visible_to_group().unwrap();
    assert_eq!(visible.len(), 4);
    assert!(visible.iter().all(|v| !v.update_pending && !v.revoke_pending && !v.changed_since_shared));
    let on_server = server.shares_of(c.mo.member_id).await;
    assert_eq!(on_server.len(), 4);
    for preview in [&summary_only, &to_lead, &to_peers, &to_all] {
        let (_, version, content) = on_server.iter().find(|s| s.0 == preview.share_id).unwrap();
        assert_eq!(*version, 1);
        assert_eq!(content, &serde_json::to_value(&preview.content).unwrap());
        // The preview's JSON is the very operation the server applied.
        let op: Operation = serde_json::from_str(&preview.json).unwrap();
        assert_eq!(op.id, preview.operation_id);
        match op.kind {
            OperationKind::UpsertShare { share_id, audience, content, contribution, .. } => {
                assert_eq!((share_id, audience), (preview.share_id, preview.audience));
                assert_eq!(content, preview.content);
                // The summary contribution travels beside the content, as the preview showed it.
                assert_eq!(contribution, preview.contribution);
                assert_eq!(contribution, brim_core::contribution_of(&content));
            }
            other => panic!("a share previews as an upsert, not {other:?}"),
        }
    }

    // The lead's summary and open-to-roles list are cached for offline reading.
    // Picked from Mo's journal, where both already are.
    let journal_skills = c.mo.journal.skills(&brim_core::SkillQuery::default()).unwrap();
    let id_of = |name: &str| journal_skills.iter().find(|s| s.name == name).map(|s| s.id).expect(name);
    let picked = [id_of("Cooking"), id_of("Budgeting")];
    c.mo.journal.set_open_to_roles(true, &picked, true).unwrap();
    c.mo.sync().await;
    c.lead.sync().await;
    let summary = c.lead.journal.group_summary().unwrap().expect("the lead has a summary");
    assert_eq!(summary.summary.k, 5);
    assert_eq!(summary.summary.members_counted, None, "one member is fewer than 5: hidden");
    let open = c.lead.journal.open_to_roles_list(Some("cook")).unwrap().expect("open-to-roles list");
    assert_eq!(open.list.members.len(), 1);
    assert_eq!(open.list.members[0].display_name, "Mo");
    assert_eq!(open.list.members[0].skills, ["Cooking", "Budgeting"], "named as in Mo's journal");
    assert!(open.list.members[0].recruit, "and Mo would like to help recruit");
    assert!(c.lead.journal.open_to_roles_list(Some("welding")).unwrap().unwrap().list.members.is_empty());
    // Every member sees what the group brings: the same release. The lead
    // looks again at every sync; anyone else at most every SUMMARY_EVERY.
    c.peer.sync().await;
    let for_peer = c.peer.journal.group_summary().unwrap().expect("every member sees what the group brings");
    assert_eq!(for_peer.summary, summary.summary);
    assert!(
        c.peer.journal.open_to_roles_list(None).unwrap().is_none(),
        "the open-to-roles list is the lead's"
    );
    c.peer.sync().await;
    c.lead.sync().await;
    assert_eq!(
        c.peer.journal.group_summary().unwrap().unwrap().fetched_at,
        for_peer.fetched_at,
        "not fetched again"
    );
    assert!(
        c.lead.journal.group_summary().unwrap().unwrap().fetched_at > summary.fetched_at,
        "the lead's is"
    );

    // A recognition from the peer supporter lands in Mo's inbox, and only his.
    let sent = c
        .peer
        .journal
        .send_recognition(
            c.mo.member_id,
            SkillRef { name: "Listening".into(), area: "People".into() },
            Some("You really heard Sam today.".into()),
        )
        .unwrap();
    c.peer.sync().await;
    assert!(c.peer.journal.sent_recognitions().unwrap()[0].delivered);
    c.mo.sync().await;
    c.mia.sync().await;
    let inbox = c.mo.journal.recognitions().unwrap();
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0].id, sent.id);
    assert_eq!(inbox[0].from, "Pat");
    assert!(inbox[0].text.contains("Listening") && inbox[0].text.contains("heard Sam"));
    assert!(c.mia.journal.recognitions().unwrap().is_empty());
    let skill =
        c.mo.journal
            .skills(&Default::default())
            .unwrap()
            .into_iter()
            .find(|s| s.name == "Listening")
            .unwrap();
    let accepted =
        c.mo.journal.accept_recognition(sent.id, brim_core::AcceptAs::Skill { skill_id: skill.id }).unwrap();
    assert!(accepted.moment_id.is_some(), "accepted into the journal as evidence");
    c.mo.sync().await;
    assert_eq!(c.mo.journal.recognitions().unwrap().len(), 1, "seeing the feed again keeps one");

    // A member recognises the lead: anyone may recognise anyone in the group.
    let to_lead = c
        .mia
        .journal
        .send_recognition(c.lead.member_id, SkillRef { name: "Kindness".into(), area: "Caring".into() }, None)
        .unwrap();
    c.mia.sync().await;
    assert!(c.mia.journal.sent_recognitions().unwrap()[0].delivered);
    c.lead.sync().await;
    let inbox = c.lead.journal.recognitions().unwrap();
    assert_eq!(inbox.iter().map(|r| (r.id, r.from.as_str())).collect::<Vec<_>>(), vec![(to_lead.id, "Mia")]);
    assert!(inbox[0].text.contains("Kindness"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_ins_moments_and_progress_share_only_what_was_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    let j = &c.mo.journal;
    let listening = c.mo.skill("Listening", Area::People, "");
    let cooking = c.mo.skill("Cooking", Area::Practical, "private story");
    let march = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let june = chrono::NaiveDate::from_ymd_opt(2026, 6, 2).unwrap();
    let rate = |date, l, k| {
        j.record_check_in(NewCheckIn {
            date,
            note: "a private note".into(),
            ratings: vec![
                NewRating { skill_id: listening.id, rating: l, note: "private".into() },
                NewRating { skill_id: cooking.id, rating: k, note: String::new() },
            ],
        })
        .unwrap()
    };
    rate(march, 2, 3);
    let latest = rate(june, 4, 3);

    let check_in = c.mo.share(
        ShareItem::CheckIn { check_in_id: latest.id, skill_ids: vec![listening.id] },
        Audience::WholeGroup,
    );
    match &check_in.content {
        ShareContent::CheckIn { taken_on, ratings } => {
            assert_eq!(taken_on, "2026-06-02");
            assert_eq!(ratings.len(), 1, "only the chosen rating");
            assert_eq!((ratings[0].skill.name.as_str(), ratings[0].rating), ("Listening", 4));
        }
        other => panic!("{other:?}"),
    }
    assert!(!check_in.json.contains("private"), "notes never travel: {}", check_in.json);

    let progress =
        c.mo.share(ShareItem::Progress { skill_id: listening.id, since_check_in_id: None }, Audience::Lead);
    assert_eq!(
        progress.content,
        ShareContent::Progress {
            skill: SkillRef { name: "Listening".into(), area: "People".into() },
            from_rating: 2,
            to_rating: 4,
            since: "2026-03-02".into(),
        }
    );
    let without_story =
        c.mo.share(ShareItem::Skill { skill_id: cooking.id, include_story: false }, Audience::Lead);
    assert!(!without_story.json.contains("private story"));

    let moment = j
        .add_moment(brim_core::NewMoment {
            date: june,
            text: "Cooked for the whole hostel".into(),
            skill_ids: vec![cooking.id],
        })
        .unwrap();
    let shared_moment =
        c.mo.share(ShareItem::Moment { moment_id: moment.id }, Audience::PeerSupportersAndLead);

    c.mo.sync().await;
    c.lead.sync().await;
    c.mia.sync().await;
    assert_eq!(
        c.lead.feed_ids(),
        sorted(vec![check_in.share_id, progress.share_id, without_story.share_id, shared_moment.share_id])
    );
    assert_eq!(c.mia.feed_ids(), vec![check_in.share_id]);
    server.stop().await;
}
