-- A member the group's lead removed is erased at once; each of their devices
-- hears of it on its next sync, with the same receipt as leaving. Until then
-- the receipt waits here, found by the hash of the device's token (the
-- token itself is never stored). A receipt holds ids and counts only, no
-- names and no content; notices older than 90 days are dropped.
CREATE TABLE removal_notices (
    token_hash  TEXT PRIMARY KEY,
    receipt     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX removal_notices_by_age ON removal_notices(created_at);
