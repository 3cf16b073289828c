-- A student's or tutor's enrollment list (newest first) is one ordered scan per branch, merged
-- (BranchedListQuery): the student's own enrollments, and each of their courses' by someone else.
-- Each of these indexes gives a branch's rows newest first and stops after the page; without them a
-- tutor with many older enrollments had the planner walk enrollment_newest through every newer
-- enrollment of the tenant (the same trap as booking's V6, docs/benchmark.md, eighth round). They
-- lead with the same columns as enrollment_by_student / enrollment_by_tutor, which they replace.
-- enrollment_newest stays for an admin's list of the whole tenant. Built in the migration's
-- transaction; on a large table build them beforehand with CREATE INDEX CONCURRENTLY under these
-- names (see V4).
CREATE INDEX IF NOT EXISTS enrollment_by_student_newest
    ON enrollment (tenant_id, student_id, created_at DESC, id);
CREATE INDEX IF NOT EXISTS enrollment_by_tutor_newest
    ON enrollment (tenant_id, tutor_profile_id, created_at DESC, id);
DROP INDEX IF EXISTS enrollment_by_student;
DROP INDEX IF EXISTS enrollment_by_tutor;
