-- drizzle-kit emits ENABLE but not FORCE ROW LEVEL SECURITY. Without FORCE the table
-- owner bypasses every policy, so an app that connects as the owner would have no
-- second wall. Force it on every table that has RLS enabled. Later migrations that add
-- tenant tables repeat this statement (tests/integration/rls.test.ts checks it).
DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT c.relforcerowsecurity
  LOOP
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.relname);
  END LOOP;
END $$;
