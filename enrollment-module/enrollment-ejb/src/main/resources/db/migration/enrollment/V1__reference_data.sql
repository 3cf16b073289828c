-- Local projection of the reference data the enrollment rules need. The platform owns no course
-- catalogue: these rows are upserted by admins and upstream services. Money in minor units.

CREATE TABLE tutor_profile (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL,
  owner_id        uuid,
  tutor_id        uuid        NOT NULL,
  certifications  text[]      NOT NULL DEFAULT '{}',
  bio             text,
  profile_photo   text,
  status          text        NOT NULL DEFAULT 'active'
                              CHECK (status IN ('active', 'suspended', 'banned')),
  is_active       boolean     NOT NULL DEFAULT true,
  record_version  integer     NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tutor_profile_one_per_tutor UNIQUE (tenant_id, tutor_id)
);

CREATE TABLE course_pack (
  id                            uuid        PRIMARY KEY,
  tenant_id                     uuid        NOT NULL,
  owner_id                      uuid,
  tutor_profile_id              uuid        NOT NULL REFERENCES tutor_profile (id),
  title                         text        NOT NULL,
  price_minor                   bigint      NOT NULL CHECK (price_minor >= 0),
  currency                      char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  category                      text,
  scheduling_type               text,
  requires_preliminary_meeting  boolean     NOT NULL DEFAULT false,
  is_active                     boolean     NOT NULL DEFAULT true,
  record_version                integer     NOT NULL DEFAULT 1,
  created_at                    timestamptz NOT NULL DEFAULT now(),
  updated_at                    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_pack_by_tutor ON course_pack (tenant_id, tutor_profile_id);

CREATE TABLE lesson_slot (
  id                uuid        PRIMARY KEY,
  tenant_id         uuid        NOT NULL,
  owner_id          uuid,
  course_pack_id    uuid        NOT NULL REFERENCES course_pack (id),
  scheduled_date    date        NOT NULL,
  scheduled_time    time        NOT NULL,
  time_zone         text        NOT NULL,
  status            text        NOT NULL DEFAULT 'available'
                                CHECK (status IN ('available', 'booked', 'completed', 'canceled')),
  location_type     text,
  location_details  text,
  is_active         boolean     NOT NULL DEFAULT true,
  record_version    integer     NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lesson_slot_by_pack ON lesson_slot (tenant_id, course_pack_id);

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

CREATE TABLE preliminary_screening (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL,
  owner_id        uuid,
  course_pack_id  uuid        NOT NULL REFERENCES course_pack (id),
  student_id      uuid        NOT NULL,
  passed          boolean     NOT NULL,
  is_active       boolean     NOT NULL DEFAULT true,
  record_version  integer     NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT preliminary_screening_one_per_student UNIQUE (tenant_id, course_pack_id, student_id)
);
