import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` needs no database; `db:migrate` applies the files through
// scripts/db-migrate.ts, which also starts the embedded server when DATABASE_URL is unset.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_MIGRATION_URL ?? process.env.DATABASE_URL ?? "" },
});
