-- A member's pre-emptive tombstones (revokes of ids the server never held)
-- are counted against a cap on every such revoke, and a member's removals
-- are read by `member export`: both look them up by owner.
CREATE INDEX removals_by_owner ON removals(owner_id, final);
