-- Less work per saved moment, and row numbers that never move.
--
-- Saving a moment wrote about 12 pages to the WAL: its links lived in two
-- b-trees keyed by two 36-character ids each (~80 bytes an entry, so pages
-- split and rebalanced often), and a trigger added every new moment to the
-- search backlog. Now:
--
-- * `moment.seq` is an INTEGER PRIMARY KEY: the rowid the search index points
--   at, kept as it is by VACUUM and by copying the tables into a new file
--   (a plain rowid could be renumbered by either, and the index would then
--   point at the wrong moments). Existing rows keep their rowid as `seq`.
-- * A moment keeps its skill ids in its own row (`skill_ids`, a JSON array in
--   id order), so the links need only one b-tree, keyed by skill and then by
--   `seq` (~50 bytes an entry).
-- * New moments wait for the search index by number: everything above
--   `search_state.indexed_upto` is new. A save always takes a number above
--   it (see `moment::insert`), so no backlog row is written for it.
--   `moment_unindexed` now lists only moments rewritten after being indexed.
--
-- Runs with foreign keys off (store.rs): the old table is dropped while
-- recognitions still point at its ids; the new table has the same ids.

CREATE TABLE moment_new (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('note', 'reflection', 'recognition')),
    date        TEXT NOT NULL,
    text        TEXT NOT NULL,
    skill_ids   TEXT NOT NULL DEFAULT '[]',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

INSERT INTO moment_new (seq, id, kind, date, text, skill_ids, created_at, updated_at)
    SELECT m.rowid, m.id, m.kind, m.date, m.text,
           coalesce(
               (SELECT json_group_array(skill_id)
                FROM (SELECT skill_id FROM moment_skill WHERE moment_id = m.id ORDER BY skill_id)),
               '[]'),
           m.created_at, m.updated_at
    FROM moment m ORDER BY m.rowid;

CREATE TABLE moment_link (
    skill_id    TEXT NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    moment_seq  INTEGER NOT NULL,
    quarter     TEXT NOT NULL,
    PRIMARY KEY (skill_id, moment_seq)
) WITHOUT ROWID;

INSERT INTO moment_link (skill_id, moment_seq, quarter)
    SELECT ms.skill_id, m.seq, ms.quarter
    FROM moment_skill ms JOIN moment_new m ON m.id = ms.moment_id
    ORDER BY ms.skill_id, m.seq;

-- Dropping these drops their triggers (the evidence counts stay as they are:
-- the same links are counted).
DROP TABLE moment_skill;
DROP TABLE moment;
ALTER TABLE moment_new RENAME TO moment;
ALTER TABLE moment_link RENAME TO moment_skill;

CREATE INDEX moment_newest ON moment (date DESC, id DESC);

CREATE TABLE search_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto  INTEGER NOT NULL
);
INSERT INTO search_state (id, indexed_upto) VALUES (1, (SELECT coalesce(max(seq), 0) FROM moment));

-- A moment leaving: its links (found through its own list), then its words.
CREATE TRIGGER moment_links_delete AFTER DELETE ON moment BEGIN
    DELETE FROM moment_skill
    WHERE moment_seq = old.seq AND skill_id IN (SELECT value FROM json_each(old.skill_ids));
END;

CREATE TRIGGER moment_fts_delete AFTER DELETE ON moment BEGIN
    INSERT INTO moment_fts (moment_fts, rowid, text)
        SELECT 'delete', old.seq, old.text
        WHERE old.seq <= (SELECT indexed_upto FROM search_state WHERE id = 1)
          AND NOT EXISTS (SELECT 1 FROM moment_unindexed WHERE moment_rowid = old.seq);
    DELETE FROM moment_unindexed WHERE moment_rowid = old.seq;
END;

-- Rewritten text of an indexed moment leaves the index and waits in the backlog.
CREATE TRIGGER moment_fts_update AFTER UPDATE OF text ON moment
WHEN old.seq <= (SELECT indexed_upto FROM search_state WHERE id = 1) BEGIN
    INSERT INTO moment_fts (moment_fts, rowid, text)
        SELECT 'delete', old.seq, old.text
        WHERE NOT EXISTS (SELECT 1 FROM moment_unindexed WHERE moment_rowid = old.seq);
    INSERT OR IGNORE INTO moment_unindexed (moment_rowid) VALUES (old.seq);
END;

-- A moment's links always carry the quarter of its date.
CREATE TRIGGER moment_skill_quarter AFTER UPDATE OF date ON moment BEGIN
    UPDATE moment_skill
    SET quarter = substr(new.date, 1, 4) || '-Q' || ((CAST(substr(new.date, 6, 2) AS INTEGER) + 2) / 3)
    WHERE moment_seq = new.seq AND skill_id IN (SELECT value FROM json_each(old.skill_ids));
END;

CREATE TRIGGER skill_evidence_link AFTER INSERT ON moment_skill BEGIN
    INSERT INTO skill_evidence (skill_id, quarter, moments) VALUES (new.skill_id, new.quarter, 1)
        ON CONFLICT (skill_id, quarter) DO UPDATE SET moments = moments + 1;
END;

CREATE TRIGGER skill_evidence_unlink AFTER DELETE ON moment_skill BEGIN
    DELETE FROM skill_evidence WHERE skill_id = old.skill_id AND quarter = old.quarter AND moments = 1;
    UPDATE skill_evidence SET moments = moments - 1 WHERE skill_id = old.skill_id AND quarter = old.quarter;
END;

CREATE TRIGGER skill_evidence_move AFTER UPDATE OF skill_id, quarter ON moment_skill BEGIN
    DELETE FROM skill_evidence WHERE skill_id = old.skill_id AND quarter = old.quarter AND moments = 1;
    UPDATE skill_evidence SET moments = moments - 1 WHERE skill_id = old.skill_id AND quarter = old.quarter;
    INSERT INTO skill_evidence (skill_id, quarter, moments) VALUES (new.skill_id, new.quarter, 1)
        ON CONFLICT (skill_id, quarter) DO UPDATE SET moments = moments + 1;
END;
