//! A feed item taken back by its owner leaves the reader's phone in the
//! bytes, not only on the screen: after the reader's next sync no file in its
//! journal's folder (the journal, `-wal`, `-shm`, a backup made afterwards)
//! holds a word of it, while the journal is open and after it closes.

use std::fs;
use std::path::Path;

use brim_core::{Area, Audience, ShareItem};
use brim_protocol::Role;

use crate::common::*;

/// How many times `marker` appears across the bytes of every file in `dir`.
fn hits(dir: &Path, marker: &str) -> usize {
    let needle = marker.as_bytes();
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| fs::read(p).unwrap().windows(needle.len()).filter(|w| *w == needle).count())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_item_its_owner_took_back_leaves_no_byte_on_the_readers_phone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let (group, lead_code) = server.group("Riverside").await;
    // Each phone in a folder of its own, so the scan sees one journal's files.
    let (owner_dir, reader_dir) = (dir.path().join("owner"), dir.path().join("reader"));
    fs::create_dir(&owner_dir).unwrap();
    fs::create_dir(&reader_dir).unwrap();
    // The reader is a member: a lead's phone also keeps the lead's views,
    // which are not what this test is about.
    let owner = Device::join(&owner_dir, &server.url(), &lead_code, "Lena").await;
    let reader =
        Device::join(&reader_dir, &server.url(), &server.invite(group, Role::Member, 1).await, "Mo").await;

    let (name, story) =
        (format!("Fixing bikes fb{:032x}", fastrand::u128(..)), format!("st{:032x}", fastrand::u128(..)));
    let kept = owner.share_skill("Singing", Audience::WholeGroup);
    let skill = owner.skill(&name, Area::Practical, &format!("Learnt it {story} at the hostel"));
    let gone =
        owner.share(ShareItem::Skill { skill_id: skill.id, include_story: true }, Audience::WholeGroup);
    owner.sync().await;
    reader.sync().await;
    assert_eq!(reader.feed_ids(), sorted(vec![kept.share_id, gone.share_id]));
    for marker in [&name, &story] {
        assert!(hits(&reader_dir, marker) > 0, "the scan sees {marker} on the reader's phone");
    }

    owner.journal.revoke_share(gone.share_id).unwrap();
    owner.sync().await;
    reader.sync().await;
    assert_eq!(reader.feed_ids(), vec![kept.share_id], "the reader's sync took it out of the feed");
    for marker in [&name, &story] {
        assert_eq!(hits(&reader_dir, marker), 0, "{marker} is in no file while the reader's journal is open");
    }
    let Device { journal, path, .. } = reader;
    drop(journal);
    for marker in [&name, &story] {
        assert_eq!(hits(&reader_dir, marker), 0, "{marker} is in no file once the journal is closed");
    }
    let journal = brim_core::Journal::open(&path).unwrap();
    assert_eq!(journal.group_feed().unwrap().len(), 1);
    journal.write_backup_file(&reader_dir, None).unwrap();
    drop(journal);
    for marker in [&name, &story] {
        assert_eq!(hits(&reader_dir, marker), 0, "{marker} is in no file, nor a backup made afterwards");
    }
    server.stop().await;
}

/// A person deletes a moment they had shared, then takes the share back: once
/// the server has the revoke, no file on their own phone holds a word of it
/// (the share kept a copy of the words, so the moment's deletion alone was not
/// enough).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_share_taken_back_leaves_no_byte_on_the_owners_phone_once_its_moment_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let (_group, lead_code) = server.group("Riverside").await;
    let owner_dir = dir.path().join("owner");
    fs::create_dir(&owner_dir).unwrap();
    let owner = Device::join(&owner_dir, &server.url(), &lead_code, "Lena").await;

    let marker = format!("mo{:032x}", fastrand::u128(..));
    let skill = owner.skill("Listening", Area::People, "");
    let moment = owner
        .journal
        .add_moment(brim_core::NewMoment {
            date: chrono::Local::now().date_naive(),
            text: format!("Talked Sam down {marker} at the bus stop"),
            skill_ids: vec![skill.id],
        })
        .unwrap();
    let shared = owner.share(ShareItem::Moment { moment_id: moment.id }, Audience::WholeGroup);
    owner.sync().await;

    owner.journal.delete_moment(moment.id).unwrap();
    assert!(hits(&owner_dir, &marker) > 0, "the share still holds a copy of the words");

    owner.journal.revoke_share(shared.share_id).unwrap();
    owner.sync().await;
    assert!(owner.journal.shares().unwrap().iter().all(|s| s.id != shared.share_id), "the share is gone");
    assert_eq!(hits(&owner_dir, &marker), 0, "no file on the owner's phone holds the words");
    let Device { journal, .. } = owner;
    drop(journal);
    assert_eq!(hits(&owner_dir, &marker), 0, "nor once the journal is closed");
    server.stop().await;
}
