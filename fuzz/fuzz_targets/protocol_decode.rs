//! Every JSON body that crosses the wire, read the way its reader reads it:
//! the server reads join, sync and device requests from anyone on the
//! network; the app reads the server's answers. Neither may panic, and
//! whatever one side accepts must survive being written and read again
//! unchanged (the server stores a share's content as JSON and reads it back
//! for every feed, so a share that does not round-trip would break a feed).

#![no_main]

use std::fmt::Debug;

use brim_protocol as p;
use brim_server::sync::{ParsedOp, parse_operations};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

fuzz_target!(|data: &[u8]| {
    // The server's side, exactly as its handlers read a body.
    if let Ok(raw) = serde_json::from_slice::<p::SyncRequest>(data)
        && let Ok(ops) = parse_operations(raw.operations)
    {
        for op in ops {
            if let ParsedOp::Ok(op) = op {
                assert!(op.kind.validate().is_ok(), "parse_operations let an invalid operation through");
                round_trip(&op);
                if let p::OperationKind::UpsertShare { content, .. } = &op.kind {
                    round_trip(content);
                }
            }
        }
    }
    if let Ok(join) = decode::<p::JoinRequest>(data) {
        // Looking a code up must cope with anything typed.
        let code = brim_server::token::normalise_invite_code(&join.invite_code);
        assert!(code.chars().all(|c| c.is_ascii_alphanumeric()));
    }
    let _ = decode::<p::AddDeviceRequest>(data);

    // The app's side: what a server (or anything pretending to be one) answers.
    let _ = decode::<p::SyncResponse>(data);
    let _ = decode::<p::JoinResponse>(data);
    let _ = decode::<p::AddDeviceResponse>(data);
    let _ = decode::<p::MemberInfo>(data);
    let _ = decode::<p::DeviceList>(data);
    let _ = decode::<p::SharedItem>(data);
    let _ = decode::<Vec<p::SharedItem>>(data);
    let _ = decode::<p::LeadSummary>(data);
    let _ = decode::<p::OpenToRolesList>(data);
    let _ = decode::<p::ErrorBody>(data);
});

/// Read `data` as a `T`; what reads must round-trip.
fn decode<T: Serialize + DeserializeOwned + PartialEq + Debug>(data: &[u8]) -> Result<T, serde_json::Error> {
    let value: T = serde_json::from_slice(data)?;
    round_trip(&value);
    Ok(value)
}

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let json = serde_json::to_vec(value).expect("what was read can be written");
    // The server keeps operations as `serde_json::Value` first: both routes must agree.
    let again: T = serde_json::from_slice(&json).expect("what was written reads again");
    assert_eq!(&again, value, "changed on the way round: {}", String::from_utf8_lossy(&json));
    let via_value: T = serde_json::from_value(serde_json::to_value(value).expect("to a value"))
        .expect("reads again through a JSON value");
    assert_eq!(&via_value, value);
}
