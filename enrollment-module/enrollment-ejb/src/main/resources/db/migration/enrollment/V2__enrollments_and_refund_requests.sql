-- The spec shows certifications as one string.
ALTER TABLE tutor_profile ALTER COLUMN certifications DROP DEFAULT;
ALTER TABLE tutor_profile ALTER COLUMN certifications DROP NOT NULL;
ALTER TABLE tutor_profile ALTER COLUMN certifications TYPE text
  USING array_to_string(certifications, ', ');

-- Which enrollment holds a booked slot. A slot is taken by a conditional update
-- (status 'available' and no holder -> 'booked' and this holder): of two students racing for one
-- slot, the second waits for the first's row lock and then finds the slot taken.
ALTER TABLE lesson_slot ADD COLUMN held_by uuid;
CREATE INDEX lesson_slot_by_holder ON lesson_slot (held_by) WHERE held_by IS NOT NULL;

-- A student's enrollment in a course pack. Amount in minor units of its currency.
CREATE TABLE enrollment (
  id                    uuid        PRIMARY KEY,
  tenant_id             uuid        NOT NULL,
  owner_id              uuid        NOT NULL,
  course_pack_id        uuid        NOT NULL REFERENCES course_pack (id),
  student_id            uuid        NOT NULL,
  tutor_profile_id      uuid        NOT NULL REFERENCES tutor_profile (id),
  total_minor           bigint      NOT NULL CHECK (total_minor >= 0),
  currency              char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  payment_status        text        NOT NULL DEFAULT 'pending'
                                    CHECK (payment_status IN ('pending', 'paid', 'refunded')),
  refund_status         text        NOT NULL DEFAULT 'notRequested'
                                    CHECK (refund_status IN ('notRequested', 'eligible', 'processed', 'ineligible')),
  enrollment_status     text        NOT NULL DEFAULT 'pending'
                                    CHECK (enrollment_status IN ('pending', 'active', 'completed', 'canceled')),
  payment_confirmation  text        NOT NULL DEFAULT 'pending'
                                    CHECK (payment_confirmation IN ('pending', 'processing', 'paid', 'canceled')),
  enrolled_at           timestamptz,
  cancel_reason         text,
  is_active             boolean     NOT NULL DEFAULT true,
  record_version        integer     NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enrollment_by_student ON enrollment (tenant_id, student_id);
CREATE INDEX enrollment_by_tutor ON enrollment (tenant_id, tutor_profile_id);
CREATE INDEX enrollment_by_pack ON enrollment (tenant_id, course_pack_id);
CREATE INDEX enrollment_pending_by_age ON enrollment (created_at) WHERE enrollment_status = 'pending';

-- The slots an enrollment booked, in the order the student chose them; fixed at creation.
CREATE TABLE enrollment_lesson_slot (
  enrollment_id   uuid     NOT NULL REFERENCES enrollment (id),
  position        integer  NOT NULL,
  lesson_slot_id  uuid     NOT NULL REFERENCES lesson_slot (id),
  PRIMARY KEY (enrollment_id, position)
);

-- A refund request; one per enrollment, whatever its outcome.
CREATE TABLE refund_request (
  id                      uuid        PRIMARY KEY,
  tenant_id               uuid        NOT NULL,
  owner_id                uuid        NOT NULL,
  enrollment_id           uuid        NOT NULL REFERENCES enrollment (id),
  requested_by            uuid        NOT NULL,
  requested_at            timestamptz NOT NULL,
  processed_at            timestamptz,
  status                  text        NOT NULL
                                      CHECK (status IN ('pending', 'approved', 'rejected', 'autoApproved')),
  reason                  text        NOT NULL,
  first_lesson_completed  boolean     NOT NULL,
  admin_note              text,
  is_active               boolean     NOT NULL DEFAULT true,
  record_version          integer     NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT refund_request_one_per_enrollment UNIQUE (enrollment_id)
);
