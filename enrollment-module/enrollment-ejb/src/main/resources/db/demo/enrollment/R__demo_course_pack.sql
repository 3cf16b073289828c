-- Demo data for the local run only (DEMO_DATA=true). Ids are fixed so the printed tokens match.
INSERT INTO user_profile (id, tenant_id, user_id, fullname, email) VALUES
  ('5e2f0c1a-0000-4000-8000-000000000501', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000a1', 'Ada Admin', 'admin@demo.test'),
  ('5e2f0c1a-0000-4000-8000-000000000502', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000b1', 'Tomas Tutor', 'tutor@demo.test'),
  ('5e2f0c1a-0000-4000-8000-000000000503', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000c1', 'Sara Student', 'student@demo.test')
ON CONFLICT (id) DO NOTHING;

INSERT INTO tutor_profile (id, tenant_id, owner_id, tutor_id, certifications, bio, status) VALUES
  ('5e2f0c1a-0000-4000-8000-000000000101', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000b1',
   '5e2f0c1a-0000-4000-8000-0000000000b1', 'CELTA', 'English tutor, ten years of teaching.', 'active')
ON CONFLICT (id) DO NOTHING;

INSERT INTO course_pack (id, tenant_id, owner_id, tutor_profile_id, title, price_minor, currency, category, scheduling_type) VALUES
  ('5e2f0c1a-0000-4000-8000-000000000201', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000b1',
   '5e2f0c1a-0000-4000-8000-000000000101', 'Conversational English, 4 lessons', 12000, 'EUR', 'languages', 'fixed')
ON CONFLICT (id) DO NOTHING;

INSERT INTO lesson_slot (id, tenant_id, owner_id, course_pack_id, scheduled_date, scheduled_time, time_zone, location_type, location_details) VALUES
  ('5e2f0c1a-0000-4000-8000-000000000301', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000b1', '5e2f0c1a-0000-4000-8000-000000000201', current_date + 7,  '18:00', 'Europe/Berlin', 'online', 'video call'),
  ('5e2f0c1a-0000-4000-8000-000000000302', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000b1', '5e2f0c1a-0000-4000-8000-000000000201', current_date + 14, '18:00', 'Europe/Berlin', 'online', 'video call'),
  ('5e2f0c1a-0000-4000-8000-000000000303', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000b1', '5e2f0c1a-0000-4000-8000-000000000201', current_date + 21, '18:00', 'Europe/Berlin', 'online', 'video call'),
  ('5e2f0c1a-0000-4000-8000-000000000304', '5e2f0c1a-0000-4000-8000-000000000001', '5e2f0c1a-0000-4000-8000-0000000000b1', '5e2f0c1a-0000-4000-8000-000000000201', current_date + 28, '18:00', 'Europe/Berlin', 'online', 'video call')
ON CONFLICT (id) DO NOTHING;
