import { createDatabase } from "@/db/client";
import { seedDemoPractice } from "@/db/seed";
import { prepareDatabase } from "./support/database";

prepareDatabase()
  .then(async (database) => {
    const db = createDatabase(database.ownerUrl, { max: 1 });
    const { created } = await seedDemoPractice(db);
    await db.$close();
    await database.stop();
    console.log(created ? "Seeded the demo practice." : "The demo practice already exists; nothing changed.");
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
