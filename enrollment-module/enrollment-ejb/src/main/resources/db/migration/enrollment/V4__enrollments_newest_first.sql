-- Enrollment lists are newest first (created_at desc, id): with this index a page is an ordered
-- index scan that stops after its rows instead of sorting every enrollment the caller may see (an
-- admin's page of the tenant's enrollments, a tutor with thousands). As booking's
-- reservation_newest (docs/benchmark.md, sixth round).
-- Built in the migration's transaction, which holds writes to enrollment while it builds: on a large
-- table, build it beforehand without that lock (CREATE INDEX CONCURRENTLY with this name and
-- definition; Flyway runs each migration in a transaction, where CONCURRENTLY is refused) and this
-- migration finds it.
CREATE INDEX IF NOT EXISTS enrollment_newest ON enrollment (tenant_id, created_at DESC, id);
