-- Scheduled jobs run once per cluster: a node runs a job only if it moves last_run_at forward.
CREATE TABLE cluster_job (
  job_name     text        PRIMARY KEY,
  last_run_at  timestamptz NOT NULL
);

-- Messages a consumer has processed: a redelivered message id is recognised and skipped.
CREATE TABLE inbound_message (
  consumer      text        NOT NULL,
  message_id    text        NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, message_id)
);
