-- Reservation lists are newest first (created_at desc, id). With this index a page is an ordered
-- index scan that stops after its rows instead of sorting every row the caller may see: an admin's
-- page of the tenant's reservations, or a host with thousands of them (7.3 -> 2.0 ms for a host
-- holding 4,490 of 7,100 rows; docs/benchmark.md, sixth round). A caller with few rows still gets
-- the planner's bitmap scan of reservation_by_guest / reservation_by_host.
-- Built in the migration's transaction, which holds writes to reservation while it builds: on a large
-- table, build it beforehand without that lock (CREATE INDEX CONCURRENTLY with this name and
-- definition; Flyway runs each migration in a transaction, where CONCURRENTLY is refused) and this
-- migration finds it.
CREATE INDEX IF NOT EXISTS reservation_newest ON reservation (tenant_id, created_at DESC, id);
