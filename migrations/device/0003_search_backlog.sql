-- The search index catches up in batches instead of on every save.
--
-- Adding a word list to FTS5 inside each small save transaction writes a new
-- index segment and soon merges it: most of the cost of saving a moment. Now a
-- save records only the moment's rowid in `moment_unindexed`, in the same
-- transaction, and the index takes in the whole backlog at once before the
-- next search (or at the end of an import). A crash loses nothing: the backlog
-- is as durable as the moments it names, and `moment_fts` stays exactly the
-- index of every moment not in it.

CREATE TABLE moment_unindexed (
    moment_rowid INTEGER PRIMARY KEY NOT NULL
);

DROP TRIGGER moment_fts_insert;
DROP TRIGGER moment_fts_delete;
DROP TRIGGER moment_fts_update;

CREATE TRIGGER moment_fts_insert AFTER INSERT ON moment BEGIN
    INSERT INTO moment_unindexed (moment_rowid) VALUES (new.rowid);
END;

-- Only an indexed moment has words to take out of the index.
CREATE TRIGGER moment_fts_delete AFTER DELETE ON moment BEGIN
    INSERT INTO moment_fts (moment_fts, rowid, text)
        SELECT 'delete', old.rowid, old.text
        WHERE NOT EXISTS (SELECT 1 FROM moment_unindexed WHERE moment_rowid = old.rowid);
    DELETE FROM moment_unindexed WHERE moment_rowid = old.rowid;
END;

-- Rewritten text leaves the index and waits in the backlog like a new moment.
CREATE TRIGGER moment_fts_update AFTER UPDATE OF text ON moment BEGIN
    INSERT INTO moment_fts (moment_fts, rowid, text)
        SELECT 'delete', old.rowid, old.text
        WHERE NOT EXISTS (SELECT 1 FROM moment_unindexed WHERE moment_rowid = old.rowid);
    INSERT OR IGNORE INTO moment_unindexed (moment_rowid) VALUES (new.rowid);
END;
