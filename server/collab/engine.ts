import type { Namespace } from "socket.io";
import type { DocumentRegistry } from "./documents.ts";

// The collaboration engine of this process, for the app's modules that save and restore versions.
// The route modules (bundled by React Router) and the server entry share it through globalThis,
// as they share the database connection. Kept apart from index.ts so that the app reaches the
// engine without importing the socket protocol, which itself asks the app's access rules.

export type CollabEngine = {
  namespace: Namespace;
  registry: DocumentRegistry;
  close(): void;
};

const globalForCollab = globalThis as { __leerkringCollab?: CollabEngine };

/** The engine of this process; throws when no server attached one (e.g. a script). */
export function getCollabEngine(): CollabEngine {
  const engine = globalForCollab.__leerkringCollab;
  if (!engine) throw new Error("The collaboration engine is not running in this process");
  return engine;
}

/** Makes `engine` the one of this process (null: none, when it closes). */
export function setCollabEngine(engine: CollabEngine | null): void {
  globalForCollab.__leerkringCollab = engine ?? undefined;
}

export function isCurrentEngine(engine: CollabEngine): boolean {
  return globalForCollab.__leerkringCollab === engine;
}
