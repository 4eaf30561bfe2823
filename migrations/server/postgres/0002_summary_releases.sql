-- Summaries are releases made from contributions, never from share content.
-- summary_contributions: what each live share adds to the group summary,
--   stated by the member's device; deleted with its share (revoke, leave, erase).
-- summary_settings: a group's own release period and privacy settings
--   (no row: the server's defaults).
-- summary_changes: members whose contributions changed since the last
--   release, as hashes of their ids only; emptied by each release.
-- summary_releases: every release made, with its privacy cost (the yearly
--   budget is the sum of these); only the latest keeps its body, which is
--   served byte for byte until the next.

CREATE TABLE summary_contributions (
    share_id  TEXT PRIMARY KEY REFERENCES shares(id) ON DELETE CASCADE,
    group_id  TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    owner_id  TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    areas     TEXT NOT NULL,
    rating    BIGINT,
    rating_change  TEXT,
    seq       BIGINT NOT NULL
);
CREATE INDEX summary_contributions_by_group ON summary_contributions(group_id);

CREATE TABLE summary_settings (
    group_id             TEXT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
    period_days          BIGINT NOT NULL,
    epsilon_milli        BIGINT NOT NULL,
    yearly_budget_milli  BIGINT NOT NULL
);

CREATE TABLE summary_changes (
    group_id     TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    member_hash  TEXT NOT NULL,
    PRIMARY KEY (group_id, member_hash)
);

CREATE TABLE summary_releases (
    group_id       TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    number         BIGINT NOT NULL,
    released_at    TEXT NOT NULL,
    budget_year    BIGINT NOT NULL,
    epsilon_milli  BIGINT NOT NULL,
    body           TEXT,
    PRIMARY KEY (group_id, number)
);
