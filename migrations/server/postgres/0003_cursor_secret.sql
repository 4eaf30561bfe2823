-- Secrets of the server itself, by name, kept in the database so that every
-- copy of a stateless server (and a restored backup) agrees on them.
-- 'feed_cursor' (32 random bytes, hex) enciphers each reader's feed cursor;
-- the server writes it on first use.
CREATE TABLE server_secrets (
    name    TEXT PRIMARY KEY,
    secret  TEXT NOT NULL
);
