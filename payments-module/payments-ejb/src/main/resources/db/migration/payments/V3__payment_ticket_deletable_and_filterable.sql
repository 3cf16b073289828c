-- An admin may delete (deactivate) a ticket that holds no money; the order may then be paid
-- afresh, so "one ticket per order" now holds for live tickets only.
ALTER TABLE payment_ticket DROP CONSTRAINT payment_ticket_one_per_order;
CREATE UNIQUE INDEX payment_ticket_one_live_per_order
  ON payment_ticket (tenant_id, order_type, order_id) WHERE is_active;

-- The application's reading of a payment (the spec's statusLiteral), stored so lists can filter
-- on it; the entity keeps it in step with payment_status and refunded_minor.
ALTER TABLE payment_ticket ADD COLUMN status_literal text NOT NULL DEFAULT 'pending';
UPDATE payment_ticket SET status_literal = CASE
    WHEN payment_status = 'SUCCEEDED' AND refunded_minor = 0 THEN 'paid'
    WHEN payment_status = 'SUCCEEDED' AND refunded_minor = amount_minor THEN 'refunded'
    WHEN payment_status = 'SUCCEEDED' THEN 'partiallyRefunded'
    WHEN payment_status = 'CANCELED' THEN 'canceled'
    WHEN payment_status = 'PROCESSING' THEN 'processing'
    WHEN payment_status = 'REQUIRES_ACTION' THEN 'requiresAction'
    ELSE 'pending' END;
