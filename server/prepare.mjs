// Shared by `npm start` and `npm test`: bring a fresh clone to a runnable state. Plain JavaScript,
// because it runs before any dependency is installed.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Runs a shell command in view; when it fails, says which step failed and exits. */
export function run(command, env = {}) {
  console.info(`> ${command}`);
  try {
    execSync(command, { stdio: "inherit", env: { ...process.env, ...env } });
  } catch {
    console.error(`\nMislukt: ${command}`);
    process.exit(1);
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : mtime(full));
  }
  return newest;
}

/**
 * Installs the locked dependencies when node_modules is missing or older than the lock file.
 * `npm install`, not `npm ci`: the lock file leaves out other platforms' optional packages
 * (the registry here records no download addresses), which `npm ci` counts as out of sync.
 */
export function ensureDependencies() {
  const installed = mtime("node_modules/.package-lock.json");
  if (installed === 0 || mtime("package-lock.json") > installed) {
    run("npm install --no-audit --no-fund");
  }
}

/** Builds the app when there is no build or the sources changed since the last one. */
export function ensureBuild() {
  const built = mtime("build/server/index.js");
  const sources = Math.max(
    newestIn("app"),
    newestIn("shared"),
    newestIn("public"),
    mtime("vite.config.ts"),
    mtime("react-router.config.ts"),
    mtime("package-lock.json"),
  );
  if (built === 0 || sources > built) run("npm run build");
}
