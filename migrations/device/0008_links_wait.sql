-- A saved moment's skill links wait in its own row, like its words do.
--
-- After 0006 a save still wrote about 7.5 pages to the WAL, three of them for
-- two links and their evidence count: each link lands at the end of its
-- skill's range in `moment_skill`, so two skills mean two pages, and the
-- count is a third. The moment's row already lists its skills (`skill_ids`,
-- 0005), so the links can be written later, many moments at once, the way
-- the search index catches up (0003, 0005):
--
-- * Every moment numbered above `search_state.linked_upto` has its links
--   only in its own `skill_ids`; `moment_skill` and `skill_evidence` hold the
--   links of every moment at or below it. A save takes a number above it.
-- * `moment_link` and `evidence` are what readers use: the stored links and
--   counts plus those of the waiting moments, read from their rows (a few
--   dozen rows at most: `moment::link_waiting` writes them once enough wait).
-- * A waiting moment's quarter is read from its date each time, so editing
--   its date needs no trigger.

ALTER TABLE search_state ADD COLUMN linked_upto INTEGER NOT NULL DEFAULT 0;
UPDATE search_state SET linked_upto = (SELECT coalesce(max(seq), 0) FROM moment) WHERE id = 1;

-- The links of the moments still waiting, as `moment_skill` would hold them.
CREATE VIEW waiting_link AS
    SELECT s.seq AS skill_seq,
           m.seq AS moment_seq,
           substr(m.date, 1, 4) || '-Q' || ((CAST(substr(m.date, 6, 2) AS INTEGER) + 2) / 3) AS quarter
    FROM moment m, json_each(m.skill_ids) j JOIN skill s ON s.id = j.value
    WHERE m.seq > (SELECT linked_upto FROM search_state WHERE id = 1);

-- Every link: stored, then waiting.
CREATE VIEW moment_link AS
    SELECT skill_seq, moment_seq, quarter FROM moment_skill
    UNION ALL
    SELECT skill_seq, moment_seq, quarter FROM waiting_link;

-- Every evidence count, one row per quarter and skill.
CREATE VIEW evidence AS
    SELECT quarter, skill_seq, sum(moments) AS moments
    FROM (SELECT quarter, skill_seq, moments FROM skill_evidence
          UNION ALL
          SELECT quarter, skill_seq, count(*) FROM waiting_link GROUP BY quarter, skill_seq)
    GROUP BY quarter, skill_seq;
