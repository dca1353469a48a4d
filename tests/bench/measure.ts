import fs from "node:fs";
import { io } from "socket.io-client";
import * as Y from "yjs";
import { CollabProvider } from "#app/collab/provider.ts";
import { COLLAB_NAMESPACE } from "#shared/collab/protocol.ts";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";

// What the benchmarks share: a server process's CPU time and memory (Linux /proc), percentiles,
// waiting for a condition, and a real co-editing client of our server.

export const TICKS_PER_SECOND = 100;

/** CPU time the process has used so far, in clock ticks (user + system). */
export function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

export function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function until(check: () => boolean, timeoutMs = 30_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

export type Replica = { doc: Y.Doc; destroy(): void };

/** One editor of a document on our server: its own socket, Y.Doc and provider, once synced. */
export async function connectEditor(
  url: string,
  cookie: string,
  documentName: string,
): Promise<Replica> {
  const socket = io(url + COLLAB_NAMESPACE, {
    transports: ["websocket"],
    parser: SOCKET_PARSER,
    forceNew: true,
    extraHeaders: { Cookie: cookie, Origin: url },
  });
  const doc = new Y.Doc();
  const provider = new CollabProvider(socket, documentName, doc);
  await new Promise<void>((resolve, reject) => {
    provider.on("synced", resolve);
    provider.on("error", (e) => reject(new Error(e.error)));
  });
  return {
    doc,
    destroy() {
      provider.destroy();
      socket.disconnect();
    },
  };
}
