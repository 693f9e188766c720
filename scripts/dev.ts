import { runApp } from "./support/run-app";

runApp("dev").catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
