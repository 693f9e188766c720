import { spawn } from "node:child_process";
import path from "node:path";

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A package's CLI entry file, run with this Node rather than through npx. */
export function nodeBin(fileInNodeModules: string): string {
  return path.join(process.cwd(), "node_modules", fileInNodeModules);
}
