import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = ReturnType<typeof createDatabase>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the pool or a transaction: what query functions take as their first argument. */
export type Queryable = Database | Transaction;

export function createDatabase(url: string, options: { max?: number; onQuery?: (sql: string) => void } = {}) {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  // onQuery lets tests and benchmarks count the SQL a page's loader issues.
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  return Object.assign(drizzle(client, { schema, logger }), { $close: () => client.end() });
}

// One pool per process; kept on globalThis so dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { footholdDb?: Database };

export function getDb(): Database {
  if (!globalForDb.footholdDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or set it (see .env.example).");
    globalForDb.footholdDb = createDatabase(url);
  }
  return globalForDb.footholdDb;
}
