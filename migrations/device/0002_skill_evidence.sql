-- Evidence counts per skill per calendar quarter, kept by triggers in the same
-- transaction as the moments they count. It is an index of moment_skill, not a
-- second copy of anything a person wrote: it is never exported and can be
-- rebuilt from moment_skill at any time. It lets the growth screen and the
-- skills list read a few hundred rows instead of every link in the journal.

ALTER TABLE moment_skill ADD COLUMN quarter TEXT NOT NULL DEFAULT '';

UPDATE moment_skill SET quarter = (
    SELECT substr(m.date, 1, 4) || '-Q' || ((CAST(substr(m.date, 6, 2) AS INTEGER) + 2) / 3)
    FROM moment m WHERE m.id = moment_skill.moment_id
);

CREATE TABLE skill_evidence (
    skill_id    TEXT NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    quarter     TEXT NOT NULL,
    moments     INTEGER NOT NULL CHECK (moments > 0),
    PRIMARY KEY (skill_id, quarter)
) WITHOUT ROWID;

INSERT INTO skill_evidence (skill_id, quarter, moments)
    SELECT skill_id, quarter, count(*) FROM moment_skill GROUP BY skill_id, quarter;

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

-- A moment's links always carry the quarter of its date.
CREATE TRIGGER moment_skill_quarter AFTER UPDATE OF date ON moment BEGIN
    UPDATE moment_skill
    SET quarter = substr(new.date, 1, 4) || '-Q' || ((CAST(substr(new.date, 6, 2) AS INTEGER) + 2) / 3)
    WHERE moment_id = new.id;
END;
