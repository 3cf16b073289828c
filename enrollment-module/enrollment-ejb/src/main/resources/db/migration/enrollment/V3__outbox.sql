-- The module's transactional outbox (docs/messaging-outbox.md): each domain event is written here
-- in the transaction of its transition, and relayed to the module's JMS topic after commit. The
-- table's shape is the kernel's (DomainEvents, the relay); every publishing module has one.
CREATE TABLE outbox_event (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- the relay sends in this order
  event_id    uuid        NOT NULL UNIQUE,
  topic       text        NOT NULL,
  event_type  text        NOT NULL,
  tenant_id   uuid        NOT NULL,
  body        text        NOT NULL, -- the message text: the event as JSON, exactly as sent
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz -- null until the broker took it
);

-- what the relay reads: the unsent rows, oldest first
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
-- what the retention job deletes: sent rows past their window, oldest first
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
