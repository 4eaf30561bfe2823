-- The group's board: everyone in the group and the co-production
-- opportunities the lead posted, for every member to see. board_version
-- moves whenever either changes, so a device fetches the board only then.
-- An opportunity goes with the lead who posted it, if they leave.
ALTER TABLE groups ADD COLUMN board_version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE opportunities (
    id          TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    posted_by   TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    about       TEXT,
    skills      TEXT NOT NULL,
    closes_on   TEXT NOT NULL,
    posted_at   TEXT NOT NULL
);
CREATE INDEX opportunities_by_group ON opportunities(group_id, closes_on);
CREATE INDEX opportunities_by_poster ON opportunities(posted_by);

-- "I would like to help recruit" (sit on interview panels), beside the
-- skills a member is open to roles with.
ALTER TABLE open_to_roles ADD COLUMN recruit BIGINT NOT NULL DEFAULT 0;
