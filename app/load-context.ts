import type { Logger } from "pino";
import { createContext } from "react-router";
import type { SessionUser } from "#app/auth/session.server.ts";
import type { CollabEngine } from "#server/collab/index.ts";
import { processWide } from "#shared/process-wide.ts";

// What the server entry hands every loader and action besides the request. With React Router's
// middleware (future.v8_middleware) the load context is a typed RouterContextProvider (in that mode
// React Router ignores the AppLoadContext interface): read it with `context.get(leerkringContext)`.
export type LeerkringLoadContext = {
  /** Nonce of this response's Content-Security-Policy, for the inline scripts React Router writes. */
  nonce: string;
  /** The client's address, as far as the configured proxies let us know it. */
  clientIp: string;
  /** The co-editing engine of this server, for saving and restoring versions. */
  collab: CollabEngine<SessionUser>;
  /** The request's logger: its lines carry the request id (server/logger.ts). */
  log: Logger;
  /**
   * Whether mail goes out over SMTP. Without it (the demo) mail is kept for /beheer/e-mail, and the
   * pages say so; with it, links in mail are never shown or logged.
   */
  mailSends: boolean;
};

// A context is found by the identity of its key, and the server entry and the app bundle each load
// this module: one key for both (shared/process-wide.ts).
export const leerkringContext = processWide("load-context", () =>
  createContext<LeerkringLoadContext>(),
);
