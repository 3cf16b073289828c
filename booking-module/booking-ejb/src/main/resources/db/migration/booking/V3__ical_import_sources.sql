-- External calendars whose events block a listing's nights: fetched from a URL (and re-synced on a
-- schedule) or uploaded once. Their events are calendar_hold rows, under the same exclusion
-- constraint as reservations; a re-sync replaces the source's previous holds.
CREATE TABLE ical_import_source (
  id              uuid        PRIMARY KEY,
  tenant_id       uuid        NOT NULL,
  owner_id        uuid,
  listing_id      uuid        NOT NULL REFERENCES listing (id),
  kind            text        NOT NULL CHECK (kind IN ('url', 'upload')),
  url             text,
  last_synced_at  timestamptz,
  last_error      text,
  event_count     integer     NOT NULL DEFAULT 0,
  is_active       boolean     NOT NULL DEFAULT true,
  record_version  integer     NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'url') = (url IS NOT NULL))
);
CREATE INDEX ical_import_source_by_listing ON ical_import_source (tenant_id, listing_id);

ALTER TABLE calendar_hold ADD CONSTRAINT calendar_hold_import_source
  FOREIGN KEY (import_source_id) REFERENCES ical_import_source (id) DEFERRABLE INITIALLY DEFERRED;
