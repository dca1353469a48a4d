// `npm start`: install what is missing, build, then serve. The server itself applies the
// migrations and seeds an empty database, and prints the URL and the demo accounts.
import { spawn } from "node:child_process";
import { serverNodeFlags } from "./node-flags.mjs";
import { ensureBuild, ensureDependencies } from "./prepare.mjs";

ensureDependencies();
ensureBuild();

const server = spawn(process.execPath, [...serverNodeFlags, "--import", "tsx", "server/main.ts"], {
  stdio: "inherit",
  env: { NODE_ENV: "production", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
