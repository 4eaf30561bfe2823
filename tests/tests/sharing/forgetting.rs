//! Signed out means forgetting: once the server no longer knows a device
//! (its member erased or removed, or the device signed out), the next sync
//! deletes everything others shared with it and the lead's views, down to
//! the bytes of every file in the journal's folder, and keeps the person's
//! own journal and receipts.

use std::path::Path;

use brim_core::{Audience, ErrorCode, JoinDetails, MembershipStatus};
use brim_server::membership::EraseMember;
use uuid::Uuid;

use crate::common::*;

/// Every file under `dir` (the journal, its -wal and -shm, anything else)
/// whose raw bytes hold `marker`.
fn files_holding(dir: &Path, marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            if bytes.windows(marker.len()).any(|w| w == marker.as_bytes()) {
                found.push(path.display().to_string());
            }
        }
    }
    found
}

fn marker(what: &str) -> String {
    format!("{what}{}", Uuid::now_v7().simple())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_lead_forgets_what_others_shared_and_keeps_their_own_journal() {
    let dir = tempfile::tempdir().unwrap();
    let b_dir = dir.path().join("b");
    std::fs::create_dir(&b_dir).unwrap();
    let server = Server::start(dir.path()).await;

    // B has left a group before: that receipt is B's and stays.
    let (_, old_code) = server.group("Old group").await;
    let b = Device::join(&b_dir, &server.url(), &old_code, "Lena").await;
    b.journal.leave_group().unwrap();
    assert!(b.sync().await.left_group);

    // B leads Riverside; A is a member there.
    let (group, lead_code) = server.group("Riverside").await;
    let details = JoinDetails {
        server_url: server.url(),
        invite_code: lead_code,
        display_name: "Lena".into(),
        device_name: "Lena's phone".into(),
    };
    let b_member = b.client.join(&b.journal, &details).await.unwrap().member_id;
    let a = Device::join(
        dir.path(),
        &server.url(),
        &server.invite(group, brim_protocol::Role::Member, 1).await,
        "Mo",
    )
    .await;

    let (a_story, a_skill, a_other) = (marker("ASTORY"), marker("AROLE"), marker("AOTHER"));
    let b_own = marker("BOWN");
    b.skill("Leading", brim_core::Area::People, &b_own);
    let shared = a.share_skill(&a_story, Audience::WholeGroup);
    a.share_skill(&a_other, Audience::Lead);
    let open_skill = a.skill(&a_skill, brim_core::Area::People, "");
    a.journal.set_open_to_roles(true, &[open_skill.id], true).unwrap();
    a.sync().await;
    b.sync().await;
    assert_eq!(b.feed_ids().len(), 2, "B holds what A shared");
    assert!(b.journal.open_to_roles_list(None).unwrap().is_some(), "and the lead's views");
    assert!(b.journal.group_summary().unwrap().is_some());
    assert!(!files_holding(&b_dir, &a_story).is_empty(), "the scan finds A's words while B holds them");

    // B is erased on the server; then A takes the share back. B never hears
    // the tombstone: only the 401 tells B it is signed out.
    server.store.transact(EraseMember { member_id: b_member }).await.unwrap();
    a.journal.revoke_share(shared.share_id).unwrap();
    a.sync().await;
    let err = b.client.sync(&b.journal).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::NeedsRejoin);
    let message = err.to_string();
    assert!(message.contains("removed what others had shared with you"), "{message}");
    assert!(message.contains("Your own journal is safe"), "{message}");

    assert!(b.feed_ids().is_empty(), "nothing others shared is kept");
    assert!(b.journal.group_summary().unwrap().is_none());
    assert!(b.journal.open_to_roles_list(None).unwrap().is_none());
    let m = b.journal.membership().unwrap().unwrap();
    assert_eq!(m.status, MembershipStatus::NeedsRejoin, "the Group screen says why");
    assert_eq!(b.journal.erasure_receipts().unwrap().len(), 1, "the receipt stays");
    assert!(
        b.journal.skills(&brim_core::SkillQuery::default()).unwrap().iter().any(|s| s.story == b_own),
        "B's own journal stays"
    );
    // Asking again changes nothing and still says what to do.
    assert_eq!(b.client.sync(&b.journal).await.unwrap_err().code(), ErrorCode::NeedsRejoin);

    // Close B's journal, then read every byte in its folder.
    let Device { journal, path, .. } = b;
    drop(journal);
    for m in [&a_story, &a_skill, &a_other] {
        assert_eq!(files_holding(&b_dir, m), Vec::<String>::new(), "{m} is gone from B's files");
    }
    assert!(
        files_holding(&b_dir, &b_own).iter().any(|f| f.ends_with("Lena.db")),
        "the scan would have seen it: B's own words are still in {}",
        path.display()
    );
    server.stop().await;
}
