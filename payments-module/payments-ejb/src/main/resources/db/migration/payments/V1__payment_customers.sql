-- A user's customer at the payment platform (Stripe): one per tenant and user.
CREATE TABLE payment_customer (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL,
  owner_id        uuid,
  user_id         uuid        NOT NULL,
  customer_id     text        NOT NULL,
  platform        text        NOT NULL DEFAULT 'stripe',
  is_active       boolean     NOT NULL DEFAULT true,
  record_version  integer     NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_customer_one_per_user UNIQUE (tenant_id, user_id)
);
