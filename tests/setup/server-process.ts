import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import readline from "node:readline";
import { serverNodeFlags } from "#server/node-flags.mjs";

// The real server (server/main.ts on the production build) in its own process, for the
// benchmark and the durability test: started, logged in to, and killed from outside.

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer at ${url}`);
}

export type ServerProcess = {
  url: string;
  port: number;
  child: ChildProcess;
  /** SIGKILL: no shutdown handler runs, nothing is flushed. */
  kill9(): Promise<void>;
  /** With COLLAB_PROFILE=1: the engine's step timings and commit counts (SIGUSR2). */
  profile(): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
};

export async function startServer(options: {
  database: string;
  port?: number;
  env?: Record<string, string>;
  /** Flags for node itself, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
  nodeArgs?: string[];
}): Promise<ServerProcess> {
  if (!fs.existsSync("build/server/index.js")) {
    throw new Error("Geen build gevonden: draai eerst `npm run build`.");
  }
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...serverNodeFlags, ...(options.nodeArgs ?? []), "--import", "tsx", "server/main.ts"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(port),
        DATABASE_URL: options.database,
        SEED: "demo",
        LOG_LEVEL: "warn",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  // Its warnings and errors (JSON log lines) are shown; the start banner is not.
  const lines = readline.createInterface({ input: child.stdout! });
  lines.on("line", (line) => {
    if (line.startsWith("{")) process.stderr.write(line + "\n");
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitForHttp(`${url}/inloggen`);
  return {
    url,
    port,
    child,
    profile: () => readProfile(child, lines),
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Logs in through the real login form; returns the Cookie header of the new session. */
export async function loginCookie(url: string, email: string, password = "demo-leerkring") {
  const response = await fetch(`${url}/inloggen`, {
    method: "POST",
    headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`login of ${email} failed: ${response.status}`);
  return cookie;
}

/** Asks a process started with COLLAB_PROFILE=1 for its figures (SIGUSR2) and reads its answer. */
export function readProfile(
  child: ChildProcess,
  lines: readline.Interface,
): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onLine = (line: string) => {
      if (!line.startsWith("collab-profile ")) return;
      lines.off("line", onLine);
      resolve(JSON.parse(line.slice("collab-profile ".length)) as Record<string, unknown>);
    };
    lines.on("line", onLine);
    child.kill("SIGUSR2");
  });
}
