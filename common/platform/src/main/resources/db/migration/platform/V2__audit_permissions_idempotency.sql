-- Audit trail: one row per field transition of a business object, written in the transaction
-- that made the transition. Append-only: the database refuses to change or remove a row.
CREATE TABLE audit_event (
  id           uuid        PRIMARY KEY,
  tenant_id    uuid        NOT NULL,
  object_type  text        NOT NULL,
  object_id    uuid        NOT NULL,
  field        text        NOT NULL,
  from_value   text,
  to_value     text,
  actor_id     uuid,
  request_id   text,
  occurred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_by_object ON audit_event (tenant_id, object_type, object_id, occurred_at);
CREATE INDEX audit_event_by_time ON audit_event (tenant_id, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Per-user and per-object permission grants, on top of the role permissions in configuration.
-- can_do = false is an explicit denial. Revoking deactivates the row (soft delete).
CREATE TABLE permission_grant (
  id               uuid        PRIMARY KEY,
  tenant_id        uuid        NOT NULL,
  owner_id         uuid,
  permission_name  text        NOT NULL CHECK (permission_name ~ '^[A-Za-z][A-Za-z0-9_.-]{0,99}$'),
  subject_user_id  uuid        NOT NULL,
  object_id        uuid,
  can_do           boolean     NOT NULL,
  is_active        boolean     NOT NULL DEFAULT true,
  record_version   integer     NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
-- one live grant per user, permission and object (or none)
CREATE UNIQUE INDEX permission_grant_one_live
  ON permission_grant (tenant_id, subject_user_id, permission_name,
                       coalesce(object_id, '00000000-0000-0000-0000-000000000000'))
  WHERE is_active;

-- Idempotency-Key records: a POST runs at most once per tenant, user and key.
CREATE TABLE idempotency_record (
  tenant_id        uuid        NOT NULL,
  user_id          uuid        NOT NULL,
  idempotency_key  text        NOT NULL,
  request_hash     text        NOT NULL,
  state            text        NOT NULL CHECK (state IN ('running', 'completed')),
  response_status  integer,
  response_type    text,
  response_body    bytea,
  created_at       timestamptz NOT NULL DEFAULT now(),
  completed_at     timestamptz,
  PRIMARY KEY (tenant_id, user_id, idempotency_key)
);
CREATE INDEX idempotency_record_by_age ON idempotency_record (created_at);
