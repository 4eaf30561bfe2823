-- What a person deletes leaves the search index too.
--
-- By default FTS5 takes a deleted moment out of its index only by adding a
-- delete marker beside the old entry: the words stay in `moment_fts_data`
-- until segments happen to merge, and turning the lock on would copy them
-- into the encrypted file. With `secure-delete` (SQLite 3.42 and later; the
-- bundled SQLite and SQLCipher are both newer) a delete rewrites the index
-- pages without the moment's words.
INSERT INTO moment_fts (moment_fts, rank) VALUES ('secure-delete', 1);

-- Journals written before this kept words of moments deleted earlier in old
-- segments. Merging every segment into one applies each delete marker and
-- drops the entries it names (the store then vacuums the file once, so the
-- pages they were on are gone too).
INSERT INTO moment_fts (moment_fts) VALUES ('optimize');
