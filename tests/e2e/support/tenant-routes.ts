import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const TENANT_ROOT = path.join(process.cwd(), "app", "o", "[org]");

/**
 * Every page and GET route handler under /o/[org], read from the app folder so a route added later is
 * covered by the isolation test without anyone remembering to list it. A route with a
 * dynamic segment other than [org] needs a sample value in `samples`, or this throws.
 */
export function tenantPageRoutes(slug: string, samples: Record<string, string> = {}): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry.startsWith("_") || entry.startsWith("@")) continue;
        walk(full, entry.startsWith("(") ? segments : [...segments, entry]);
      } else if (/^(page\.(tsx|ts|jsx|js)|route\.(ts|js))$/.test(entry)) {
        const resolved = segments.map((segment) => {
          const param = segment.match(/^\[(.+)\]$/)?.[1];
          if (!param) return segment;
          const sample = samples[param];
          if (!sample) throw new Error(`No sample value for [${param}] in /o/[org]/${segments.join("/")}: add one to the isolation test.`);
          return encodeURIComponent(sample);
        });
        routes.push(["", "o", slug, ...resolved].join("/"));
      }
    }
  };
  walk(TENANT_ROOT, []);
  return routes.sort();
}
