-- The private journal: skills, moments (the evidence), check-ins, recognitions
-- and settings. Ids are UUIDv7 text; dates are 'YYYY-MM-DD'; times RFC 3339 UTC.

CREATE TABLE skill (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    area        TEXT NOT NULL,
    story       TEXT NOT NULL DEFAULT '',
    prompt_id   TEXT,
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- A rowid table (not WITHOUT ROWID) so the full-text index can point at it.
CREATE TABLE moment (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('note', 'reflection', 'recognition')),
    date        TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX moment_newest ON moment (date DESC, id DESC);

CREATE TABLE moment_skill (
    moment_id   TEXT NOT NULL REFERENCES moment (id) ON DELETE CASCADE,
    skill_id    TEXT NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (moment_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX moment_skill_by_skill ON moment_skill (skill_id, moment_id);

CREATE VIRTUAL TABLE moment_fts USING fts5 (
    text,
    content = 'moment',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER moment_fts_insert AFTER INSERT ON moment BEGIN
    INSERT INTO moment_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER moment_fts_delete AFTER DELETE ON moment BEGIN
    INSERT INTO moment_fts (moment_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER moment_fts_update AFTER UPDATE OF text ON moment BEGIN
    INSERT INTO moment_fts (moment_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO moment_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TABLE check_in (
    id          TEXT PRIMARY KEY NOT NULL,
    date        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX check_in_by_date ON check_in (date, id);

CREATE TABLE rating (
    check_in_id TEXT NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    skill_id    TEXT NOT NULL REFERENCES skill (id),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (check_in_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX rating_by_skill ON rating (skill_id);

CREATE TABLE recognition (
    id          TEXT PRIMARY KEY NOT NULL,
    from_name   TEXT NOT NULL,
    text        TEXT NOT NULL,
    received_on TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed')),
    skill_id    TEXT REFERENCES skill (id),
    moment_id   TEXT REFERENCES moment (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    decided_at  TEXT
);

CREATE TABLE setting (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL
) WITHOUT ROWID;
