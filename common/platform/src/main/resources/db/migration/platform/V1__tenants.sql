-- Tenants of the platform. Every row of every module carries a tenant_id taken from the caller's
-- token; this table names the tenants an operator has set up.
CREATE TABLE tenant (
  id          uuid        PRIMARY KEY,
  codename    text        NOT NULL UNIQUE,
  name        text        NOT NULL,
  is_active   boolean     NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
