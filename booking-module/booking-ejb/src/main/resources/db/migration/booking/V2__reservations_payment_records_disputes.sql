-- Reservations, the calendar holds that keep stays of a listing apart, payment records, disputes.
-- Money in minor units of the reservation's currency.

-- gist operator classes for uuid equality, so that one constraint covers (tenant, listing, nights)
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- listing: photos and amenities as JSON arrays, the main photo, and the secret of its iCal feed
ALTER TABLE listing ALTER COLUMN photos DROP DEFAULT;
ALTER TABLE listing ALTER COLUMN photos TYPE jsonb USING to_jsonb(photos);
ALTER TABLE listing ALTER COLUMN photos SET DEFAULT '[]';
ALTER TABLE listing ADD COLUMN main_photo text;
ALTER TABLE listing ADD COLUMN amenity_ids jsonb NOT NULL DEFAULT '[]';
ALTER TABLE listing ADD COLUMN ical_feed_token text;
UPDATE listing SET ical_feed_token = md5(random()::text || id::text) || md5(random()::text)
 WHERE ical_feed_token IS NULL;
CREATE UNIQUE INDEX listing_by_feed_token ON listing (ical_feed_token);

CREATE TABLE reservation (
  id                            uuid        PRIMARY KEY,
  tenant_id                     uuid        NOT NULL,
  owner_id                      uuid,
  listing_id                    uuid        NOT NULL REFERENCES listing (id),
  host_id                       uuid        NOT NULL,
  guest_id                      uuid        NOT NULL,
  approval_type                 text        NOT NULL CHECK (approval_type IN ('instant', 'manual')),
  booking_status                text        NOT NULL
                                CHECK (booking_status IN ('pending', 'confirmed', 'complete', 'cancelled', 'declined')),
  dispute_status                text        NOT NULL DEFAULT 'none'
                                CHECK (dispute_status IN ('none', 'requested', 'active', 'resolved')),
  payment_confirmation          text        NOT NULL DEFAULT 'pending'
                                CHECK (payment_confirmation IN ('pending', 'processing', 'paid', 'canceled')),
  check_in                      date        NOT NULL,
  check_out                     date        NOT NULL,
  time_zone                     text        NOT NULL,
  guest_count                   integer     NOT NULL CHECK (guest_count > 0),
  currency                      char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  nights                        integer     NOT NULL CHECK (nights > 0),
  nights_minor                  bigint      NOT NULL CHECK (nights_minor >= 0),
  cleaning_fee_minor            bigint      NOT NULL CHECK (cleaning_fee_minor >= 0),
  platform_fee_minor            bigint      NOT NULL CHECK (platform_fee_minor >= 0),
  city_tax_minor                bigint      NOT NULL CHECK (city_tax_minor >= 0),
  total_price_minor             bigint      NOT NULL
                                CHECK (total_price_minor = nights_minor + cleaning_fee_minor + platform_fee_minor + city_tax_minor),
  refunded_minor                bigint      NOT NULL DEFAULT 0 CHECK (refunded_minor BETWEEN 0 AND total_price_minor),
  booking_policies_snapshot     jsonb       NOT NULL,
  cancellation_policy_snapshot  jsonb       NOT NULL,
  ical_export_url               text,
  ical_import_source            text,
  cancelled_at                  timestamptz,
  cancelled_by                  uuid,
  is_active                     boolean     NOT NULL DEFAULT true,
  record_version                integer     NOT NULL DEFAULT 1,
  created_at                    timestamptz NOT NULL DEFAULT now(),
  updated_at                    timestamptz NOT NULL DEFAULT now(),
  CHECK (check_in < check_out)
);
CREATE INDEX reservation_by_guest ON reservation (tenant_id, guest_id);
CREATE INDEX reservation_by_host ON reservation (tenant_id, host_id);
CREATE INDEX reservation_to_complete ON reservation (booking_status, check_out) WHERE booking_status = 'confirmed';

-- The one guarantee against double-booking: no two live holds of a listing share a night.
-- Half-open ranges, so a stay may start on the day another ends. Violation: SQLSTATE 23P01.
CREATE TABLE calendar_hold (
  id                uuid        PRIMARY KEY,
  tenant_id         uuid        NOT NULL,
  listing_id        uuid        NOT NULL REFERENCES listing (id),
  check_in          date        NOT NULL,
  check_out         date        NOT NULL,
  live              boolean     NOT NULL DEFAULT true,
  reservation_id    uuid        UNIQUE REFERENCES reservation (id) DEFERRABLE INITIALLY DEFERRED,
  import_source_id  uuid,
  external_uid      text,
  summary           text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (check_in < check_out),
  CHECK ((reservation_id IS NULL) <> (import_source_id IS NULL)),
  CONSTRAINT calendar_hold_no_overlap EXCLUDE USING gist (
    tenant_id WITH =, listing_id WITH =, daterange(check_in, check_out) WITH &&
  ) WHERE (live)
);
CREATE INDEX calendar_hold_by_source ON calendar_hold (import_source_id) WHERE import_source_id IS NOT NULL;

CREATE TABLE payment_record (
  id                        uuid        PRIMARY KEY,
  tenant_id                 uuid        NOT NULL,
  owner_id                  uuid,
  reservation_id            uuid        NOT NULL REFERENCES reservation (id) DEFERRABLE INITIALLY DEFERRED,
  guest_id                  uuid        NOT NULL,
  host_id                   uuid        NOT NULL,
  stripe_charge_id          text,
  payment_intent_id         text,
  currency                  char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  amount_paid_minor         bigint      NOT NULL CHECK (amount_paid_minor >= 0),
  platform_fee_minor        bigint      NOT NULL DEFAULT 0 CHECK (platform_fee_minor >= 0),
  city_tax_minor            bigint      NOT NULL DEFAULT 0 CHECK (city_tax_minor >= 0),
  payout_amount_host_minor  bigint      NOT NULL DEFAULT 0 CHECK (payout_amount_host_minor >= 0),
  refund_amount_minor       bigint      NOT NULL DEFAULT 0 CHECK (refund_amount_minor >= 0),
  payment_status            text        NOT NULL CHECK (payment_status IN ('pending', 'paid', 'refunded', 'failed')),
  payment_date              timestamptz,
  origin                    text        NOT NULL CHECK (origin IN ('payment', 'refund', 'manual')),
  is_active                 boolean     NOT NULL DEFAULT true,
  record_version            integer     NOT NULL DEFAULT 1,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_record_by_reservation ON payment_record (tenant_id, reservation_id);

CREATE FUNCTION refuse_payment_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'payment records are immutable (% refused)', TG_OP USING ERRCODE = '55000';
END;
$$;
CREATE TRIGGER payment_record_is_immutable BEFORE UPDATE OR DELETE ON payment_record
  FOR EACH ROW EXECUTE FUNCTION refuse_payment_record_change();
CREATE TRIGGER payment_record_is_not_truncated BEFORE TRUNCATE ON payment_record
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_payment_record_change();

CREATE TABLE dispute (
  id                   uuid        PRIMARY KEY,
  tenant_id            uuid        NOT NULL,
  owner_id             uuid,
  reservation_id       uuid        NOT NULL REFERENCES reservation (id),
  raised_by            uuid        NOT NULL,
  admin_id             uuid,
  issue_type           text        NOT NULL,
  description          text        NOT NULL,
  related_payment_id   uuid        REFERENCES payment_record (id) DEFERRABLE INITIALLY DEFERRED,
  resolution_status    text        NOT NULL DEFAULT 'pending'
                       CHECK (resolution_status IN ('pending', 'reviewing', 'resolved', 'rejected')),
  reported_at          timestamptz NOT NULL,
  resolved_at          timestamptz,
  refund_approved      boolean     NOT NULL DEFAULT false,
  refund_amount_minor  bigint      CHECK (refund_amount_minor > 0),
  is_active            boolean     NOT NULL DEFAULT true,
  record_version       integer     NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dispute_by_reservation ON dispute (tenant_id, reservation_id);
-- one unsettled dispute per reservation at a time
CREATE UNIQUE INDEX dispute_one_open_per_reservation ON dispute (reservation_id)
  WHERE resolution_status IN ('pending', 'reviewing');
