"""Schemathesis hooks for Brim's group server (loaded by scripts/hostile-api.sh).

Generated requests can sign their own device out (DELETE /v1/devices/{id})
or erase their member (a `leave_group` operation), after which every request
is a 401 and says nothing about the rest of the API. So the token comes from
a real join with a many-use lead invite, and schemathesis asks for a fresh
one whenever a request answers 401.

Run as a script (`python schemathesis_hooks.py seed CONFIG.toml`), it fills
the group with shares of every kind and a recognition, so that feeds, shares
and the lead's summary answer with real content for the schema checks to
read, and writes a schemathesis config that uses the real ids half the time.
"""

import json
import os
import sys
import urllib.request
import uuid

BASE = os.environ.get("BRIM_BASE", "")
INVITE = os.environ.get("BRIM_INVITE", "")


def call(method, path, body=None, token=None):
    req = urllib.request.Request(BASE + path, method=method)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, data, timeout=10) as resp:
        return json.loads(resp.read() or b"null")


def join(name):
    return call("POST", "/v1/join", {"invite_code": INVITE, "display_name": name, "device_name": "fuzzing"})


def seed():
    # The invite makes leads: one shares, the other sends a recognition.
    lead = join("Lena")
    peer = join("Pat")
    skill = {"name": "Listening", "area": "People"}
    contents = [
        {"type": "skill", "skill": skill, "story": "At the drop-in"},
        {"type": "check_in", "taken_on": "2026-03-31", "ratings": [{"skill": skill, "rating": 4}]},
        {"type": "moment", "happened_on": "2026-04-01", "text": "Calmed a row", "skills": [skill]},
        {"type": "progress", "skill": skill, "from_rating": 2, "to_rating": 4, "since": "2026-01-01"},
    ]
    audiences = ["summary_only", "lead", "peer_supporters_and_lead", "whole_group"]
    ops = [
        {"id": str(uuid.uuid4()), "kind": "upsert_share", "share_id": str(uuid.uuid4()), "version": 1,
         "audience": audiences[i % 4], "content": c}
        for i, c in enumerate(contents * 2)
    ]
    ops.append({"id": str(uuid.uuid4()), "kind": "set_open_to_roles", "version": 1, "open": True,
                "skills": ["Listening"]})
    answer = call("POST", "/v1/sync", {"cursor": 0, "operations": ops}, peer["device_token"])
    assert not answer["rejected"], answer
    revoke = {"id": str(uuid.uuid4()), "kind": "revoke_share", "share_id": ops[0]["share_id"]}
    answer = call("POST", "/v1/sync", {"operations": [revoke]}, peer["device_token"])
    assert not answer["rejected"], answer
    recognise = {"id": str(uuid.uuid4()), "kind": "send_recognition", "recognition_id": str(uuid.uuid4()),
                 "to_member_id": peer["member_id"], "skill": skill, "message": "You listen well."}
    answer = call("POST", "/v1/sync", {"operations": [recognise]}, lead["device_token"])
    assert not answer["rejected"], answer
    return {
        "share_id": [op["share_id"] for op in ops if "share_id" in op],
        "member_id": [lead["member_id"], peer["member_id"]],
    }


def write_config(path, ids):
    """Half of the generated path ids and invite codes are ones that exist, so
    those requests reach past the 404 into the handler."""
    with open(path, "w") as f:
        for name, values in ids.items():
            f.write(f"[dictionaries.{name}]\nvalues = {json.dumps(values)}\n\n")
        f.write(f"[dictionaries.invite_code]\nvalues = {json.dumps([INVITE])}\n\n")
        f.write("[parameters]\n")
        for name in ids:
            f.write(f'"path.{name}" = {{ dictionary = "{name}", probability = 0.5 }}\n')
        f.write('"body.invite_code" = { dictionary = "invite_code", probability = 0.5 }\n')


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "seed":
        sys.exit("usage: schemathesis_hooks.py seed CONFIG.toml   (with BRIM_BASE and BRIM_INVITE set)")
    write_config(sys.argv[2], seed())
else:
    import schemathesis

    @schemathesis.auth(refresh_interval=600)
    class DeviceToken:
        """A lead's device token from a real join; renewed after any 401."""

        def get(self, case, context):
            return join("Schemathesis")["device_token"]

        def set(self, case, data, context):
            case.headers = case.headers or {}
            case.headers["Authorization"] = f"Bearer {data}"
