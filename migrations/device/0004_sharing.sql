-- Sharing with a group: the membership, the person's shares (each a snapshot
-- they chose), the outbox of operations for the group server, the cache of
-- what others shared, and receipts of leaving. Nothing here is sent anywhere
-- by itself: only operations in the outbox are, and each was written in the
-- same transaction as the choice it carries.

-- At most one group at a time (id is always 1).
CREATE TABLE membership (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    server_url      TEXT NOT NULL,
    group_id        TEXT NOT NULL,
    group_name      TEXT NOT NULL,
    member_id       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('lead', 'peer_supporter', 'member')),
    display_name    TEXT NOT NULL,
    device_id       TEXT NOT NULL,
    device_token    TEXT NOT NULL,
    joined_at       TEXT NOT NULL,
    -- 'leaving' once a leave is queued; 'needs_rejoin' after the server said 401.
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'leaving', 'needs_rejoin')),
    feed_cursor     INTEGER NOT NULL DEFAULT 0,
    last_synced_at  TEXT,
    -- Failed syncs in a row, and when the back-off allows the next one.
    failures        INTEGER NOT NULL DEFAULT 0,
    next_sync_at    TEXT,
    last_error      TEXT,
    -- "Open to roles": the latest choice and its version counter.
    open_to_roles   INTEGER NOT NULL DEFAULT 0 CHECK (open_to_roles IN (0, 1)),
    open_skills     TEXT NOT NULL DEFAULT '[]',
    open_version    INTEGER NOT NULL DEFAULT 0
);

-- One row per share the person made. `content` is the snapshot last queued
-- (never recomputed from the source); `acked_*` is the share exactly as the
-- server last acknowledged it: what the group can see.
CREATE TABLE share (
    id              TEXT PRIMARY KEY NOT NULL,
    source_kind     TEXT NOT NULL CHECK (source_kind IN ('skill', 'check_in', 'moment', 'progress')),
    source_id       TEXT NOT NULL,
    -- The choices that built the snapshot (story or not, which ratings…), as JSON.
    choice          TEXT NOT NULL,
    audience        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    content         TEXT NOT NULL,
    revoked         INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    acked_version   INTEGER,
    acked_audience  TEXT,
    acked_content   TEXT,
    acked_at        TEXT
);
CREATE INDEX share_by_source ON share (source_kind, source_id);

-- Operations for the server, oldest first. An acknowledged operation is
-- deleted in the same transaction that records its effect, so it is never
-- sent again; a rejected one is quarantined with its reason and skipped.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    share_id        TEXT,
    -- The operation exactly as it will be sent.
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'quarantined')),
    reason_code     TEXT,
    reason          TEXT
);
CREATE INDEX outbox_by_state ON outbox (state, seq);

-- Recognitions this person sent to others in the group.
CREATE TABLE recognition_sent (
    id              TEXT PRIMARY KEY NOT NULL,
    to_member_id    TEXT NOT NULL,
    skill_name      TEXT NOT NULL,
    skill_area      TEXT NOT NULL,
    message         TEXT,
    sent_at         TEXT NOT NULL,
    delivered       INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1))
);

-- What others shared that this person may see, as the server last sent it.
CREATE TABLE feed_share (
    share_id            TEXT PRIMARY KEY NOT NULL,
    owner_member_id     TEXT NOT NULL,
    owner_display_name  TEXT NOT NULL,
    audience            TEXT NOT NULL,
    version             INTEGER NOT NULL,
    content             TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

-- The lead's cached views (the group summary, the open-to-roles list), as JSON.
CREATE TABLE group_view (
    name        TEXT PRIMARY KEY NOT NULL,
    body        TEXT NOT NULL,
    fetched_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Receipts of leaving a group: what the server erased, and when. Kept for good.
CREATE TABLE erasure_receipt (
    id              TEXT PRIMARY KEY NOT NULL,
    group_name      TEXT NOT NULL,
    server_url      TEXT NOT NULL,
    receipt         TEXT NOT NULL,
    -- 0 when the server's own answer was lost and the receipt was written from what this device knew.
    from_server     INTEGER NOT NULL CHECK (from_server IN (0, 1)),
    recorded_at     TEXT NOT NULL
);

-- Recognitions that came through the group keep the sender's ids.
ALTER TABLE recognition ADD COLUMN from_member_id TEXT;
