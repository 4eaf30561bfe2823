-- Ways to take part, and open to roles with skills picked from the journal.
--
-- An answer to an opportunity on the group's board is a share like any
-- other (preview, confirm, take back), of a new kind: `share.source_kind`
-- gains 'answer' (its source_id is the opportunity's id). SQLite cannot
-- change a CHECK in place, so the table is made again with the same columns
-- and every row copied across.
--
-- "I would like to help recruit" (sit on interview panels) is kept beside the
-- skills a person is open to roles with. The group's board itself (who is in
-- the group, and the lead's opportunities) is a cached view in group_view,
-- like the summary, so it needs no table of its own.

CREATE TABLE share_new (
    id              TEXT PRIMARY KEY NOT NULL,
    source_kind     TEXT NOT NULL CHECK (source_kind IN ('skill', 'check_in', 'moment', 'progress', 'answer')),
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
INSERT INTO share_new (id, source_kind, source_id, choice, audience, version, content, revoked,
                       created_at, updated_at, acked_version, acked_audience, acked_content, acked_at)
    SELECT id, source_kind, source_id, choice, audience, version, content, revoked,
           created_at, updated_at, acked_version, acked_audience, acked_content, acked_at
    FROM share;
DROP TABLE share;
ALTER TABLE share_new RENAME TO share;
CREATE INDEX share_by_source ON share (source_kind, source_id);

ALTER TABLE membership ADD COLUMN open_recruit INTEGER NOT NULL DEFAULT 0;
