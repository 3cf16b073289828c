-- One try at charging a ticket, committed before Stripe is called. Its id keys the Stripe request
-- (attempt:{id}) and travels in the PaymentIntent's metadata, so whatever fails after Stripe took
-- the money, the attempt tells the platform which charge to look for and where it belongs.
--   STARTED: committed; Stripe may or may not have been called, nothing applied yet
--   APPLIED: Stripe's answer is applied to the ticket (and its order)
--   FAILED:  Stripe refused it (a request error) or never received it: no money moved
CREATE TABLE payment_attempt (
  id                 uuid        PRIMARY KEY,
  tenant_id          uuid        NOT NULL,
  ticket_id          uuid        NOT NULL REFERENCES payment_ticket (id),
  payment_method_id  text        NOT NULL,
  customer_id        text,
  state              text        NOT NULL CHECK (state IN ('STARTED', 'APPLIED', 'FAILED')),
  payment_id         text,
  outcome            text,
  owner_id           uuid,
  is_active          boolean     NOT NULL DEFAULT true,
  record_version     integer     NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
-- At most one attempt in flight per ticket: two concurrent starts cannot create two charges.
CREATE UNIQUE INDEX payment_attempt_one_in_flight ON payment_attempt (ticket_id)
  WHERE state = 'STARTED';
CREATE INDEX payment_attempt_started ON payment_attempt (created_at) WHERE state = 'STARTED';

-- A chargeback opened at the card network (Stripe's dispute): recorded on the ticket.
ALTER TABLE payment_ticket ADD COLUMN dispute_id text;
ALTER TABLE payment_ticket ADD COLUMN dispute_status text;
ALTER TABLE payment_ticket ADD COLUMN disputed_minor bigint NOT NULL DEFAULT 0
  CHECK (disputed_minor >= 0);

-- Refunds made outside the platform (Stripe's dashboard) have no actor and are numbered like ours.
-- A webhook event is recorded as processed in the transaction that applied it, never before.
ALTER TABLE processed_webhook_event ADD COLUMN outcome text;

-- A refund commits as REQUESTED with the order's change, and Stripe is called after the commit
-- (refund:{tenant}:{ticket}:{n} keys it); it becomes SUCCEEDED with Stripe's id, or FAILED when
-- Stripe refuses it (money owed to the customer: the reconciliation reports it for a person).
ALTER TABLE payment_refund ALTER COLUMN refund_id DROP NOT NULL;
ALTER TABLE payment_refund ADD COLUMN state text NOT NULL DEFAULT 'SUCCEEDED'
  CHECK (state IN ('REQUESTED', 'SUCCEEDED', 'FAILED'));
ALTER TABLE payment_refund ADD COLUMN failure text;
CREATE INDEX payment_refund_requested ON payment_refund (created_at) WHERE state <> 'SUCCEEDED';
