-- The group server's store (PostgreSQL). Ids are UUID strings, times RFC 3339.
-- Content lives only in shares.content and recognitions; revoking or leaving
-- deletes it, and removals keep ids only so readers can drop their caches.

CREATE TABLE groups (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    last_seq    BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE invites (
    id          TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    code_hash   TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL,
    max_uses    BIGINT NOT NULL,
    uses        BIGINT NOT NULL DEFAULT 0,
    expires_at  TEXT NOT NULL,
    revoked     BIGINT NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

CREATE TABLE members (
    id            TEXT PRIMARY KEY,
    group_id      TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    role          TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    joined_at     TEXT NOT NULL
);
CREATE INDEX members_by_group ON members(group_id);

CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    member_id   TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
CREATE INDEX devices_by_member ON devices(member_id);

CREATE TABLE applied_ops (
    member_id  TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    op_id      TEXT NOT NULL,
    PRIMARY KEY (member_id, op_id)
);

CREATE TABLE shares (
    id          TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    owner_id    TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    audience    TEXT NOT NULL,
    version     BIGINT NOT NULL,
    device_id   TEXT NOT NULL,
    content     TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX shares_by_group_seq ON shares(group_id, seq);
CREATE INDEX shares_by_owner ON shares(owner_id);

-- final = 1: the share was revoked for good (an upsert can never bring it back);
-- final = 0: its audience was narrowed and some readers must drop it.
CREATE TABLE removals (
    group_id  TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    seq       BIGINT NOT NULL,
    share_id  TEXT NOT NULL,
    owner_id  TEXT NOT NULL,
    audience  TEXT NOT NULL,
    final     BIGINT NOT NULL,
    PRIMARY KEY (group_id, seq)
);
CREATE INDEX removals_by_share ON removals(share_id);

CREATE TABLE recognitions (
    id          TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    from_id     TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    skill_name  TEXT NOT NULL,
    skill_area  TEXT NOT NULL,
    message     TEXT,
    seq         BIGINT NOT NULL,
    sent_at     TEXT NOT NULL
);
CREATE INDEX recognitions_by_recipient ON recognitions(to_id, seq);
CREATE INDEX recognitions_by_sender ON recognitions(from_id);

CREATE TABLE open_to_roles (
    member_id  TEXT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
    group_id   TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    open       BIGINT NOT NULL,
    skills     TEXT NOT NULL,
    version    BIGINT NOT NULL,
    device_id  TEXT NOT NULL
);
CREATE INDEX open_to_roles_by_group ON open_to_roles(group_id);
