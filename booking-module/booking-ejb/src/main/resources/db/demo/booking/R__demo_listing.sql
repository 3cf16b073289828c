-- Demo data for the local run only (DEMO_DATA=true). Ids are fixed so the printed tokens match.
INSERT INTO user_profile (id, tenant_id, user_id, fullname, email) VALUES
  ('5e2f0c1a-0000-4000-8000-000000000601', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000a1', 'Ada Admin', 'admin@demo.test'),
  ('5e2f0c1a-0000-4000-8000-000000000602', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000d1', 'Hanna Host', 'host@demo.test'),
  ('5e2f0c1a-0000-4000-8000-000000000603', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000e1', 'Gil Guest', 'guest@demo.test')
ON CONFLICT (id) DO NOTHING;

INSERT INTO listing (id, tenant_id, owner_id, host_id, title, address, property_type, location, time_zone,
                     nightly_price_minor, currency, cleaning_fee_minor, platform_fee_rate, city_tax_rule,
                     max_guests, approval_type, booking_policy, cancellation_policy, ical_feed_token) VALUES
  ('5e2f0c1a-0000-4000-8000-000000000401', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000d1',
   '5e2f0c1a-0000-4000-8000-0000000000d1', 'Canal-side flat', 'Prinsengracht 1, Amsterdam', 'apartment', 'Amsterdam',
   'Europe/Amsterdam', 14000, 'EUR', 4000, 0.1200, '{"type": "percentOfNightly", "percent": 12.5}',
   4, 'instant', '{"minNights": 2, "maxNights": 30, "leadTimeDays": 1}', '{"preset": "moderate"}',
   'demo-feed-0401-5e2f0c1a9b7d4c3e')
ON CONFLICT (id) DO NOTHING;
