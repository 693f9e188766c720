import { prepareDatabase } from "./support/database";

// Applies migrations to DATABASE_URL (owner: DATABASE_MIGRATION_URL), or to the embedded
// database when DATABASE_URL is unset.
prepareDatabase()
  .then(async (database) => {
    await database.stop();
    console.log("Migrations are up to date.");
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
