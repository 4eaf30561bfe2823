//! A share's life after it is made: revoked, edited and updated, quarantined,
//! kept across a restart; and the membership's: offline join, leave with a
//! receipt, and a rejoin after the server forgets the device.

use brim_core::{Area, Audience, ErrorCode, JoinDetails, Journal, MembershipStatus, ShareItem, SkillRef};
use brim_protocol::Role;
use uuid::Uuid;

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoke_removes_the_share_from_the_server_and_every_cache_in_one_sync() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    let keep = c.mo.share_skill("Singing", Audience::WholeGroup);
    let gone = c.mo.share_skill("Cooking", Audience::WholeGroup);
    c.mo.sync().await;
    for d in [&c.lead, &c.peer, &c.mia] {
        d.sync().await;
        assert_eq!(d.feed_ids(), sorted(vec![keep.share_id, gone.share_id]));
    }

    c.mo.journal.revoke_share(gone.share_id).unwrap();
    let visible = c.mo.journal.visible_to_group().unwrap();
    assert!(
        visible.iter().any(|v| v.share_id == gone.share_id && v.revoke_pending),
        "still there until synced"
    );
    c.mo.sync().await;
    assert_eq!(
        server.shares_of(c.mo.member_id).await.iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![keep.share_id]
    );
    let export = server.export(c.mo.member_id).await.unwrap().to_string();
    assert!(!export.contains("Cooking"), "revoked content is deleted on the server");
    assert_eq!(
        c.mo.journal.visible_to_group().unwrap().iter().map(|v| v.share_id).collect::<Vec<_>>(),
        vec![keep.share_id]
    );
    for d in [&c.lead, &c.peer, &c.mia] {
        d.sync().await;
        assert_eq!(d.feed_ids(), vec![keep.share_id], "one sync removes it from every cache");
    }

    // A share revoked before it was ever sent never leaves the device.
    let never = c.mo.share_skill("Dancing", Audience::WholeGroup);
    c.mo.journal.revoke_share(never.share_id).unwrap();
    c.mo.sync().await;
    assert!(server.export(c.mo.member_id).await.unwrap().to_string().find("Dancing").is_none());
    assert!(c.mo.journal.shares().unwrap().iter().all(|s| s.id != never.share_id));
    assert_eq!(c.mo.journal.sync_status().unwrap().pending, 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_after_sharing_shows_changed_since_shared_until_the_share_is_updated() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    let skill = c.mo.skill("Budgeting", Area::Money, "Making money last");
    let shared = c.mo.share(ShareItem::Skill { skill_id: skill.id, include_story: true }, Audience::Lead);
    c.mo.sync().await;
    assert!(!c.mo.journal.shares_of_item(skill.id).unwrap()[0].changed_since_shared);

    c.mo.journal.set_skill_story(skill.id, "Making money last, and teaching it").unwrap();
    let share = c.mo.journal.shares_of_item(skill.id).unwrap().remove(0);
    assert!(share.changed_since_shared, "the item shows it changed since it was shared");
    assert_eq!(share.content, shared.content, "the share itself did not follow the edit");
    c.mo.sync().await;
    c.lead.sync().await;
    let seen = c.lead.journal.group_feed().unwrap().remove(0);
    assert_eq!(seen.content, shared.content, "the lead still sees the shared snapshot");

    // A preview made stale by another edit is refused.
    let stale = c.mo.journal.preview_share_update(shared.share_id, None).unwrap();
    c.mo.journal.set_skill_story(skill.id, "Making money last, teaching it, and writing it down").unwrap();
    assert_eq!(c.mo.journal.confirm_share(&stale).unwrap_err().code(), ErrorCode::PreviewStale);

    let update = c.mo.journal.preview_share_update(shared.share_id, None).unwrap();
    assert_eq!(update.version, 2);
    c.mo.journal.confirm_share(&update).unwrap();
    c.mo.journal.confirm_share(&update).unwrap();
    assert_eq!(c.mo.journal.sync_status().unwrap().pending, 1, "confirming twice queues once");
    let visible = c.mo.journal.visible_to_group().unwrap().remove(0);
    assert!(
        visible.update_pending && visible.content == shared.content,
        "as the server holds it, until synced"
    );
    c.mo.sync().await;
    c.lead.sync().await;
    let seen = c.lead.journal.group_feed().unwrap().remove(0);
    assert_eq!((seen.version, &seen.content), (2, &update.content));
    let share = c.mo.journal.shares_of_item(skill.id).unwrap().remove(0);
    assert!(!share.changed_since_shared && share.up_to_date);
    let visible = c.mo.journal.visible_to_group().unwrap().remove(0);
    assert!(!visible.update_pending && visible.content == update.content);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leaving_erases_everything_on_the_server_and_keeps_a_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    let a = c.mo.share_skill("Singing", Audience::WholeGroup);
    let b = c.mo.share_skill("Cooking", Audience::Lead);
    c.mo.sync().await;
    c.lead.sync().await;
    assert_eq!(c.lead.feed_ids().len(), 2);

    // Leaving works offline: it is queued, and pending shares are dropped.
    let unsent = c.mo.share_skill("Dancing", Audience::WholeGroup);
    c.mo.journal.leave_group().unwrap();
    assert_eq!(c.mo.journal.membership().unwrap().unwrap().status, MembershipStatus::Leaving);
    assert_eq!(c.mo.journal.sync_status().unwrap().pending, 1, "only the leave goes");
    let report = c.mo.sync().await;
    assert!(report.left_group);
    assert!(server.export(c.mo.member_id).await.is_none(), "the member is erased on the server");
    assert!(c.mo.journal.membership().unwrap().is_none());
    let receipts = c.mo.journal.erasure_receipts().unwrap();
    assert_eq!(receipts.len(), 1);
    assert!(receipts[0].from_server);
    assert_eq!(receipts[0].group_name, "Riverside");
    assert_eq!(sorted(receipts[0].receipt.shares_erased.clone()), sorted(vec![a.share_id, b.share_id]));
    assert!(!receipts[0].receipt.shares_erased.contains(&unsent.share_id));
    c.lead.sync().await;
    assert!(c.lead.feed_ids().is_empty(), "tombstones cleared the lead's cache");
    let status = c.mo.journal.sync_status().unwrap();
    assert_eq!((status.pending, status.quarantined.len()), (0, 0));
    assert_eq!(c.mo.client.sync(&c.mo.journal).await.unwrap_err().code(), ErrorCode::NotInGroup);

    // The receipt survives a restart of the app.
    let mo = c.mo.reopen();
    assert_eq!(mo.journal.erasure_receipts().unwrap().len(), 1);

    // If the server erased the member but its answer was lost, the 401 that
    // follows still ends with a receipt (written from what this device knew).
    let mia_share = c.mia.share_skill("Knitting", Audience::WholeGroup);
    c.mia.sync().await;
    c.mia.journal.leave_group().unwrap();
    server.store.transact(brim_server::membership::EraseMember { member_id: c.mia.member_id }).await.unwrap();
    assert!(c.mia.sync().await.left_group);
    let receipt = c.mia.journal.erasure_receipts().unwrap().remove(0);
    assert!(!receipt.from_server);
    assert_eq!(receipt.receipt.shares_erased, vec![mia_share.share_id]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_operation_is_quarantined_with_its_reason_and_blocks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    let before = c.peer.share_skill("Listening", Audience::WholeGroup);
    let stranger = Uuid::now_v7();
    c.peer
        .journal
        .send_recognition(stranger, SkillRef { name: "Patience".into(), area: "Caring".into() }, None)
        .unwrap();
    let good = c
        .peer
        .journal
        .send_recognition(c.mo.member_id, SkillRef { name: "Cooking".into(), area: "Practical".into() }, None)
        .unwrap();
    let after = c.peer.share_skill("Organising", Audience::Lead);

    let report = c.peer.sync().await;
    assert_eq!((report.sent, report.acknowledged, report.quarantined), (4, 3, 1));
    let status = c.peer.journal.sync_status().unwrap();
    assert_eq!(status.pending, 0);
    assert_eq!(status.quarantined.len(), 1);
    assert_eq!(status.quarantined[0].kind, "send_recognition");
    assert_eq!(status.quarantined[0].code, "not_found");
    assert!(!status.quarantined[0].reason.is_empty(), "the person is told why");
    assert_eq!(
        sorted(server.shares_of(c.peer.member_id).await.iter().map(|s| s.0).collect()),
        sorted(vec![before.share_id, after.share_id])
    );
    c.mo.sync().await;
    assert_eq!(c.mo.journal.recognitions().unwrap()[0].id, good.id);

    // It is never sent again, and the person can set it aside.
    assert_eq!(c.peer.sync().await.sent, 0);
    c.peer.journal.discard_quarantined(status.quarantined[0].operation_id).unwrap();
    assert!(c.peer.journal.sync_status().unwrap().quarantined.is_empty());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outbox_survives_a_restart_and_acknowledged_operations_are_never_sent_again() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    let first = c.mo.share_skill("Singing", Audience::WholeGroup);
    assert_eq!(c.mo.sync().await.sent, 1);
    let second = c.mo.share_skill("Cooking", Audience::Lead);
    let third = c.mo.share_skill("Dancing", Audience::PeerSupportersAndLead);

    let mo = c.mo.reopen();
    assert_eq!(mo.journal.sync_status().unwrap().pending, 2, "queued shares survive the restart");
    let report = mo.sync().await;
    assert_eq!((report.sent, report.acknowledged), (2, 2), "the acknowledged share is not sent again");
    let mo = mo.reopen();
    assert_eq!(mo.sync().await.sent, 0);
    assert_eq!(
        server.shares_of(mo.member_id).await.iter().map(|s| s.0).collect::<Vec<_>>(),
        sorted(vec![first.share_id, second.share_id, third.share_id])
    );
    assert_eq!(mo.journal.visible_to_group().unwrap().len(), 3);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn joining_offline_or_with_a_bad_code_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path().join("j.db")).unwrap();
    // A port nothing listens on: bind one, then free it.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let details = JoinDetails {
        server_url: format!("http://{closed}"),
        invite_code: "ABCD-EFGH".into(),
        display_name: "Mo".into(),
        device_name: "Mo's phone".into(),
    };
    let err = client().join(&journal, &details).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Offline);
    assert!(err.to_string().contains("online"), "{err}");
    assert!(journal.membership().unwrap().is_none());

    let server = Server::start(dir.path()).await;
    let details = JoinDetails { server_url: server.url(), ..details };
    let err = client().join(&journal, &details).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::InviteRefused);
    assert!(err.to_string().contains("lead"), "the server's advice comes through: {err}");
    assert_eq!(
        journal.share(Uuid::now_v7()).unwrap_err().code(),
        ErrorCode::NotFound,
        "nothing was made by a failed join"
    );
    let preview = journal.preview_share(
        ShareItem::Skill {
            skill_id: journal.add_skill(brim_core::NewSkill::new("Listening", Area::People)).unwrap().id,
            include_story: false,
        },
        Audience::Lead,
    );
    assert_eq!(journal.confirm_share(&preview.unwrap()).unwrap_err().code(), ErrorCode::NotInGroup);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_backs_off_and_keeps_everything_queued() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    let shared = c.mo.share_skill("Singing", Audience::WholeGroup);
    let server = {
        let url_before = server.url();
        server.stop().await;
        url_before
    };
    let err = c.mo.client.sync(&c.mo.journal).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Offline);
    let status = c.mo.journal.sync_status().unwrap();
    assert_eq!((status.pending, status.failures), (1, 1));
    assert!(status.next_sync_at.is_some() && status.last_error.is_some());
    assert!(!c.mo.journal.sync_due().unwrap(), "backing off");
    let _ = (server, shared);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_the_server_forgot_is_asked_to_rejoin() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    c.mia.share_skill("Knitting", Audience::WholeGroup);
    server.store.transact(brim_server::membership::EraseMember { member_id: c.mia.member_id }).await.unwrap();
    let err = c.mia.client.sync(&c.mia.journal).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::NeedsRejoin);
    assert_eq!(c.mia.journal.membership().unwrap().unwrap().status, MembershipStatus::NeedsRejoin);
    assert_eq!(c.mia.journal.revoke_share(Uuid::now_v7()).unwrap_err().code(), ErrorCode::NeedsRejoin);

    let code = server.invite(c.group, Role::Member, 1).await;
    let details = JoinDetails {
        server_url: server.url(),
        invite_code: code,
        display_name: "Mia".into(),
        device_name: "Mia's phone".into(),
    };
    let m = c.mia.client.join(&c.mia.journal, &details).await.unwrap();
    assert_eq!(m.status, MembershipStatus::Active);
    assert_ne!(m.member_id, c.mia.member_id);
    assert!(c.mia.journal.shares().unwrap().is_empty(), "shares of the old membership are not re-sent");
    c.mia.sync().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_device_waits_as_long_as_the_server_asks() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config();
    // Four requests, then one every 80 s: two syncs (the first also takes
    // the member's first look at what the group brings and at the group's
    // board), and the third sync waits about 80 s.
    config.limits.per_device =
        brim_server::ratelimit::Limit { requests: 4, window: std::time::Duration::from_secs(320) };
    let server = Server::start_with(dir.path(), config).await;
    let c = cast(&server, &server.url(), dir.path()).await;
    c.mo.share_skill("Singing", Audience::WholeGroup);
    c.mo.sync().await;
    c.mo.sync().await;
    let err = c.mo.client.sync(&c.mo.journal).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ServerUnavailable);
    let status = c.mo.journal.sync_status().unwrap();
    let wait = status.next_sync_at.unwrap() - chrono::Utc::now();
    assert!(wait > chrono::Duration::seconds(60), "the server's Retry-After beats the 1 s back-off: {wait}");
    assert_eq!(status.failures, 1);
    server.stop().await;
}
