import type { Server } from "socket.io";
import { COLLAB_NAMESPACE } from "#shared/collab/protocol.ts";
import { authenticateHandshake } from "./authenticate.ts";
import { DocumentRegistry, type DocumentOptions } from "./documents.ts";
import { isCurrentEngine, setCollabEngine, type CollabEngine } from "./engine.ts";
import { DEFAULT_LIMITS, JoinRateLimiter, type CollabLimits } from "./limits.ts";
import { handleConnection } from "./protocol.ts";
import { watchRights } from "./rights.ts";

// The collaboration engine on the `/collab` namespace: authenticate (authenticate.ts), decide
// access per document (access.ts) and keep it current (rights.ts), speak the protocol
// (protocol.ts), keep documents loaded and durable (documents.ts, persistence.ts), within limits
// (limits.ts).

export type CollabOptions = Omit<DocumentOptions, "limits"> & {
  limits: CollabLimits;
  /** How often connected sockets are checked for an ended session or changed rights. */
  rightsCheckMs: number;
};

export const DEFAULT_COLLAB_OPTIONS: CollabOptions = {
  limits: DEFAULT_LIMITS,
  unloadDelayMs: 10_000,
  compactEvery: 500,
  compactIntervalMs: 30_000,
  autoVersionEveryMs: 10 * 60_000,
  rightsCheckMs: 5_000,
};

export function attachCollab(
  io: Server,
  overrides: Partial<Omit<CollabOptions, "limits">> & { limits?: Partial<CollabLimits> } = {},
): CollabEngine {
  const options: CollabOptions = {
    ...DEFAULT_COLLAB_OPTIONS,
    ...overrides,
    limits: { ...DEFAULT_LIMITS, ...overrides.limits },
  };
  const namespace = io.of(COLLAB_NAMESPACE);
  const registry = new DocumentRegistry(namespace, options);
  const joinLimiter = new JoinRateLimiter(options.limits.joinsPerMinute);
  namespace.use(authenticateHandshake);
  namespace.on("connection", (socket) => handleConnection(socket, registry, joinLimiter));
  const stopWatching = watchRights(namespace, registry, options.rightsCheckMs);
  const sweep = setInterval(() => joinLimiter.sweep(), 60_000);
  sweep.unref();
  const engine: CollabEngine = {
    namespace,
    registry,
    close() {
      stopWatching();
      clearInterval(sweep);
      registry.close();
      if (isCurrentEngine(engine)) setCollabEngine(null);
    },
  };
  setCollabEngine(engine);
  return engine;
}
