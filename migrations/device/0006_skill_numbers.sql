-- Links and evidence counts point at a skill by a small number, not its id.
--
-- After 0005 a save still wrote about 8.6 pages to the WAL, three of them for
-- two links and two for two evidence counts: each entry carried a
-- 36-character skill id (~50 bytes), so their b-trees were wide and split
-- often, and the two counts of one moment sat on two pages (keyed by skill
-- first). Now (about 7.5 pages a save, see BENCHMARKS.md):
--
-- * `skill.seq` numbers each skill: a column of its own (a plain rowid could
--   be renumbered by VACUUM or a copy into a new file), unique, given by a
--   trigger to every new skill. Existing skills take their rowid.
-- * `moment_skill` is keyed by (skill number, moment number): ~12 bytes an
--   entry.
-- * `skill_evidence` is keyed by quarter first: a moment's links share its
--   quarter, so its counts usually sit on one page.
--
-- Runs with foreign keys off (store.rs), like 0005: the old tables are
-- dropped and rebuilt; the foreign key check after it must pass.

ALTER TABLE skill ADD COLUMN seq INTEGER;
UPDATE skill SET seq = rowid;
CREATE UNIQUE INDEX skill_seq ON skill (seq);

CREATE TRIGGER skill_number AFTER INSERT ON skill WHEN new.seq IS NULL BEGIN
    UPDATE skill SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM skill) WHERE id = new.id;
END;

DROP TRIGGER moment_links_delete;
DROP TRIGGER moment_skill_quarter;
DROP TRIGGER skill_evidence_link;
DROP TRIGGER skill_evidence_unlink;
DROP TRIGGER skill_evidence_move;

CREATE TABLE moment_link (
    skill_seq   INTEGER NOT NULL REFERENCES skill (seq) ON DELETE CASCADE,
    moment_seq  INTEGER NOT NULL,
    quarter     TEXT NOT NULL,
    PRIMARY KEY (skill_seq, moment_seq)
) WITHOUT ROWID;

INSERT INTO moment_link (skill_seq, moment_seq, quarter)
    SELECT s.seq, l.moment_seq, l.quarter
    FROM moment_skill l JOIN skill s ON s.id = l.skill_id
    ORDER BY 1, 2;

CREATE TABLE evidence_count (
    quarter     TEXT NOT NULL,
    skill_seq   INTEGER NOT NULL REFERENCES skill (seq) ON DELETE CASCADE,
    moments     INTEGER NOT NULL CHECK (moments > 0),
    PRIMARY KEY (quarter, skill_seq)
) WITHOUT ROWID;

INSERT INTO evidence_count (quarter, skill_seq, moments)
    SELECT e.quarter, s.seq, e.moments
    FROM skill_evidence e JOIN skill s ON s.id = e.skill_id
    ORDER BY 1, 2;

DROP TABLE moment_skill;
DROP TABLE skill_evidence;
ALTER TABLE moment_link RENAME TO moment_skill;
ALTER TABLE evidence_count RENAME TO skill_evidence;

-- The skills a moment's `skill_ids` names, by number.
CREATE TRIGGER moment_links_delete AFTER DELETE ON moment BEGIN
    DELETE FROM moment_skill
    WHERE moment_seq = old.seq
      AND skill_seq IN (SELECT s.seq FROM json_each(old.skill_ids) j JOIN skill s ON s.id = j.value);
END;

-- A moment's links always carry the quarter of its date.
CREATE TRIGGER moment_skill_quarter AFTER UPDATE OF date ON moment BEGIN
    UPDATE moment_skill
    SET quarter = substr(new.date, 1, 4) || '-Q' || ((CAST(substr(new.date, 6, 2) AS INTEGER) + 2) / 3)
    WHERE moment_seq = new.seq
      AND skill_seq IN (SELECT s.seq FROM json_each(old.skill_ids) j JOIN skill s ON s.id = j.value);
END;

CREATE TRIGGER skill_evidence_link AFTER INSERT ON moment_skill BEGIN
    INSERT INTO skill_evidence (quarter, skill_seq, moments) VALUES (new.quarter, new.skill_seq, 1)
        ON CONFLICT (quarter, skill_seq) DO UPDATE SET moments = moments + 1;
END;

CREATE TRIGGER skill_evidence_unlink AFTER DELETE ON moment_skill BEGIN
    DELETE FROM skill_evidence WHERE quarter = old.quarter AND skill_seq = old.skill_seq AND moments = 1;
    UPDATE skill_evidence SET moments = moments - 1 WHERE quarter = old.quarter AND skill_seq = old.skill_seq;
END;

CREATE TRIGGER skill_evidence_move AFTER UPDATE OF skill_seq, quarter ON moment_skill BEGIN
    DELETE FROM skill_evidence WHERE quarter = old.quarter AND skill_seq = old.skill_seq AND moments = 1;
    UPDATE skill_evidence SET moments = moments - 1 WHERE quarter = old.quarter AND skill_seq = old.skill_seq;
    INSERT INTO skill_evidence (quarter, skill_seq, moments) VALUES (new.quarter, new.skill_seq, 1)
        ON CONFLICT (quarter, skill_seq) DO UPDATE SET moments = moments + 1;
END;
