-- Demo data for the local run only (DEMO_DATA=true). Ids are fixed so the printed tokens match.
INSERT INTO tenant (id, codename, name)
VALUES ('5e2f0c1a-0000-4000-8000-000000000001', 'demo', 'Demo tenant')
ON CONFLICT (id) DO NOTHING;
