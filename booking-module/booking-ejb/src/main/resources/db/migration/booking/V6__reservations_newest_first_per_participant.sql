-- A guest's or host's reservation list (newest first) is one ordered scan per role, merged
-- (BranchedListQuery): each of these indexes gives its role's rows newest first and stops after the
-- page. Without them a host with thousands of older reservations had the planner walk
-- reservation_newest through every newer row of the other hosts: 20,290 rows read for a page of 25,
-- 22 ms, against 0.3 ms now (docs/benchmark.md, eighth round). They lead with the same columns as
-- reservation_by_guest / reservation_by_host, which they replace (the guest's unpaid holds are
-- counted through the first). reservation_newest stays for an admin's list of the whole tenant.
-- Built in the migration's transaction; on a large table build them beforehand with CREATE INDEX
-- CONCURRENTLY under these names (see V5).
CREATE INDEX IF NOT EXISTS reservation_by_guest_newest
    ON reservation (tenant_id, guest_id, created_at DESC, id);
CREATE INDEX IF NOT EXISTS reservation_by_host_newest
    ON reservation (tenant_id, host_id, created_at DESC, id);
DROP INDEX IF EXISTS reservation_by_guest;
DROP INDEX IF EXISTS reservation_by_host;
