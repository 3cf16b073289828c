-- Local projection of the listings and users the booking rules need, upserted by admins and
-- upstream services. Money in minor units of the listing's currency.

CREATE TABLE listing (
  id                    uuid          PRIMARY KEY,
  tenant_id             uuid          NOT NULL,
  owner_id              uuid,
  host_id               uuid          NOT NULL,
  title                 text          NOT NULL,
  photos                text[]        NOT NULL DEFAULT '{}',
  address               text,
  property_type         text,
  location              text,
  time_zone             text          NOT NULL,
  nightly_price_minor   bigint        NOT NULL CHECK (nightly_price_minor >= 0),
  currency              char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  cleaning_fee_minor    bigint        NOT NULL DEFAULT 0 CHECK (cleaning_fee_minor >= 0),
  platform_fee_rate     numeric(5, 4) NOT NULL DEFAULT 0 CHECK (platform_fee_rate BETWEEN 0 AND 1),
  city_tax_rule         jsonb,
  max_guests            integer       NOT NULL CHECK (max_guests > 0),
  approval_type         text          NOT NULL DEFAULT 'instant'
                                      CHECK (approval_type IN ('instant', 'manual')),
  booking_policy        jsonb         NOT NULL DEFAULT '{}',
  cancellation_policy   jsonb         NOT NULL DEFAULT '{}',
  is_active             boolean       NOT NULL DEFAULT true,
  record_version        integer       NOT NULL DEFAULT 1,
  created_at            timestamptz   NOT NULL DEFAULT now(),
  updated_at            timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX listing_by_host ON listing (tenant_id, host_id);

CREATE TABLE user_profile (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL,
  owner_id        uuid,
  user_id         uuid        NOT NULL,
  fullname        text,
  email           text,
  avatar          text,
  is_active       boolean     NOT NULL DEFAULT true,
  record_version  integer     NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT user_profile_one_per_user UNIQUE (tenant_id, user_id)
);
