-- The payment of one order (enrollment or reservation). Amount and currency are the order's,
-- copied when the ticket opens; refunded_minor never exceeds amount_minor.
CREATE TABLE payment_ticket (
  id                  uuid        PRIMARY KEY,
  tenant_id           uuid        NOT NULL,
  owner_id            uuid        NOT NULL,
  order_type          text        NOT NULL CHECK (order_type ~ '^[a-z][a-zA-Z]{0,39}$'),
  order_id            uuid        NOT NULL,
  amount_minor        bigint      NOT NULL CHECK (amount_minor > 0),
  currency            char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  payment_id          text,
  payment_status      text,
  status_observed_at  timestamptz,
  refunded_minor      bigint      NOT NULL DEFAULT 0,
  redirect_url        text,
  is_active           boolean     NOT NULL DEFAULT true,
  record_version      integer     NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_ticket_one_per_order UNIQUE (tenant_id, order_type, order_id),
  CONSTRAINT payment_ticket_one_per_intent UNIQUE (payment_id),
  CONSTRAINT payment_ticket_refund_within_amount CHECK (refunded_minor BETWEEN 0 AND amount_minor)
);

-- A refund of a ticket, partial or full; n counts a ticket's refunds and keys Stripe's
-- idempotency (refund:{tenant}:{ticket}:{n}), so a retried request can never refund twice.
CREATE TABLE payment_refund (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL,
  owner_id        uuid,
  ticket_id       uuid        NOT NULL REFERENCES payment_ticket (id),
  n               integer     NOT NULL CHECK (n > 0),
  amount_minor    bigint      NOT NULL CHECK (amount_minor > 0),
  refund_id       text        NOT NULL UNIQUE,
  reason          text,
  is_active       boolean     NOT NULL DEFAULT true,
  record_version  integer     NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_refund_numbered UNIQUE (ticket_id, n)
);

-- A saved card of a customer: what may be shown, never a card number.
CREATE TABLE payment_method (
  id                 uuid        PRIMARY KEY,
  tenant_id          uuid        NOT NULL,
  owner_id           uuid,
  user_id            uuid        NOT NULL,
  customer_id        text        NOT NULL,
  payment_method_id  text        NOT NULL,
  platform           text        NOT NULL DEFAULT 'stripe',
  card_holder_name   text,
  card_holder_zip    text,
  brand              text,
  last4              char(4),
  exp_month          smallint    CHECK (exp_month BETWEEN 1 AND 12),
  exp_year           smallint,
  is_active          boolean     NOT NULL DEFAULT true,
  record_version     integer     NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_method_once UNIQUE (tenant_id, payment_method_id)
);
CREATE INDEX payment_method_by_user ON payment_method (tenant_id, user_id);

-- Stripe events already applied: a redelivered event id is recognised and ignored.
CREATE TABLE processed_webhook_event (
  event_id      text        PRIMARY KEY,
  event_type    text        NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT now()
);
