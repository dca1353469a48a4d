import type { Namespace, Server } from "socket.io";
import { COLLAB_NAMESPACE } from "#shared/collab/protocol.ts";
import { authenticateHandshake, type CollabSessions } from "./authenticate.ts";
import { DocumentRegistry, type DocumentOptions } from "./documents.ts";
import {
  DocumentKinds,
  type CollabUser,
  type DocumentAccess,
  type DocumentKind,
  type StoredChange,
} from "./kinds.ts";
import { DEFAULT_LIMITS, JoinRateLimiter, type CollabLimits } from "./limits.ts";
import { handleConnection } from "./protocol.ts";
import { watchRights } from "./rights.ts";

// The collaboration engine on the `/collab` namespace: authenticate (authenticate.ts), decide
// access per document through the registered kinds (kinds.ts) and keep it current (rights.ts),
// speak the protocol (protocol.ts), keep documents loaded and durable (documents.ts,
// persistence.ts), within limits (limits.ts). It imports no feature: the features' document
// kinds and the app's sessions are handed in (server/app.ts), and routes reach the engine
// through React Router's load context (app/load-context.ts).

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

export type CollabEngine<U extends CollabUser = CollabUser> = {
  namespace: Namespace;
  registry: DocumentRegistry;
  /** Adds a kind of co-edited document (`essay:<id>`, …): its name pattern and access rule. */
  register(kind: DocumentKind<U>): void;
  /** What `user` may do with the document `name` now, as a join would be answered. */
  access(user: U, name: string): DocumentAccess;
  close(): void;
};

export type { CollabSessions, CollabUser, DocumentAccess, DocumentKind, StoredChange };

export function attachCollab<U extends CollabUser>(
  io: Server,
  sessions: CollabSessions<U>,
  overrides: Partial<Omit<CollabOptions, "limits">> & { limits?: Partial<CollabLimits> } = {},
): CollabEngine<U> {
  const options: CollabOptions = {
    ...DEFAULT_COLLAB_OPTIONS,
    ...overrides,
    limits: { ...DEFAULT_LIMITS, ...overrides.limits },
  };
  const namespace = io.of(COLLAB_NAMESPACE);
  const kinds = new DocumentKinds<U>();
  const registry = new DocumentRegistry(namespace, options, (name, change) =>
    kinds.changed(name, change),
  );
  const joinLimiter = new JoinRateLimiter(options.limits.joinsPerMinute);
  namespace.use(authenticateHandshake(sessions));
  namespace.on("connection", (socket) =>
    handleConnection(socket, registry, joinLimiter, { sessions, kinds }),
  );
  const stopWatching = watchRights(namespace, registry, { sessions, kinds }, options.rightsCheckMs);
  const sweep = setInterval(() => joinLimiter.sweep(), 60_000);
  sweep.unref();
  return {
    namespace,
    registry,
    register: (kind) => kinds.register(kind),
    access: (user, name) => kinds.access(user, name),
    close() {
      stopWatching();
      clearInterval(sweep);
      registry.close();
    },
  };
}
