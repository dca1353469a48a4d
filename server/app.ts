import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { RouterContextProvider, type ServerBuild } from "react-router";
import { Server as SocketServer } from "socket.io";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { collabSessions } from "#app/auth/collab-sessions.server.ts";
import { readSessionToken, type SessionUser } from "#app/auth/session.server.ts";
import { setMfaRequiredRoles } from "#app/auth/mfa-policy.server.ts";
import type { Role } from "#db/schema.ts";
import { essayDocumentKind } from "#app/essays/document-kind.server.ts";
import { leerkringContext } from "#app/load-context.ts";
import {
  startMailWorker,
  type MailWorker,
  type MailWorkerOptions,
} from "#app/mail/worker.server.ts";
import { unreadCount } from "#app/notifications/centre.server.ts";
import { startNewsFanOut } from "#app/notifications/fan-out.server.ts";
import { notitiesDocumentKind } from "#app/notities/document-kind.server.ts";
import { attachCollab, type CollabEngine, type CollabOptions } from "./collab/index.ts";
import { DEFAULT_LIMITS, socketPacketBytes, type CollabLimits } from "./collab/limits.ts";
import { drainListenersThatCanBeRemoved } from "./compression-drain.ts";
import { getDb } from "#db/client.ts";
import { healthRoutes } from "./health.ts";
import { config } from "#shared/config.server.ts";
import { expectedOrigins, isSameOrigin, refuseCrossSiteRequests } from "./csrf.ts";
import { attachNotificationCounts } from "./notification-counts.ts";
import { logger as processLogger, requestLogger, type Logger } from "./logger.ts";
import { pageHandler } from "./page-handler.ts";
import { precompressedAssets } from "./precompressed.ts";
import { readFormBodies } from "./request-body.ts";

export type AppServer = {
  httpServer: http.Server;
  io: SocketServer;
  /** The co-editing engine (tests look into its open documents). */
  collab: CollabEngine<SessionUser>;
  /** Sends what the outbox holds (tests wake it). */
  mail: MailWorker;
  /** Stops accepting connections, ends sockets and lets open requests finish (CLOSE_GRACE_MS). */
  close(): Promise<void>;
};

/** How long close() lets open requests finish before it cuts their connections. */
const CLOSE_GRACE_MS = 5_000;

/**
 * The whole application on one http.Server: Express (headers, static files, React Router) and
 * socket.io. Does not listen: the process entry and the tests decide where. This is where the
 * layers are put together (docs/architecture.md): the engine gets the app's sessions and the
 * features' document kinds, and the routes get the engine through the load context.
 */
export async function createAppServer(
  options: {
    mode?: "production" | "development";
    buildDir?: string;
    /** Settings of the collaboration engine (tests and benchmarks use their own). */
    collab?: Partial<Omit<CollabOptions, "limits">> & { limits?: Partial<CollabLimits> };
    /** Where request lines and what routes log go (tests read their own). */
    logger?: Logger;
    /** How mail is sent (tests use their own SMTP server and shorter waits); else SMTP_URL. */
    mail?: Partial<Omit<MailWorkerOptions, "logger">>;
    /** Roles that must use two-factor login, instead of MFA_REQUIRED_ROLES (tests vary it). */
    mfaRequiredRoles?: readonly Role[];
  } = {},
): Promise<AppServer> {
  const mode = options.mode ?? "production";
  const buildDir = path.resolve(options.buildDir ?? "build");
  const { PUBLIC_URL, TRUST_PROXY, secureCookies, SMTP_URL, MAIL_FROM, uploadMaxBytes } = config();
  const log = options.logger ?? processLogger;
  if (options.mfaRequiredRoles) setMfaRequiredRoles(options.mfaRequiredRoles);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", TRUST_PROXY);
  // Probes of a load balancer (server/health.ts), before the request log: only failures are logged.
  app.use(
    healthRoutes(
      { database: () => getDb().$client, mailAlive: () => mail.alive() },
      log.child({ component: "health" }),
    ),
  );
  // First, so that every response is logged (static files and refusals too) with its full time.
  app.use(requestLogger(log));
  // Level 1: pages are small, and the fastest level leaves most CPU for rendering them.
  app.use(compression({ level: 1 }));
  app.use(drainListenersThatCanBeRemoved());

  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        reportOnly: mode === "development", // Vite's dev client injects inline scripts
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: [
            "'self'",
            (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`,
          ],
          styleSrc: ["'self'"],
          styleSrcAttr: ["'unsafe-inline'"], // editor carets are positioned with style attributes
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(secureCookies ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: secureCookies,
      // Not "no-referrer": under it browsers send `Origin: null` on a form post without
      // JavaScript, which React Router's own origin check refuses. "same-origin" still sends
      // nothing to other sites. See docs/decisions/006-referrer-policy-same-origin.md.
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(refuseCrossSiteRequests(PUBLIC_URL));

  let build: ServerBuild | (() => Promise<ServerBuild>);
  let closeVite = async () => {};
  if (mode === "development") {
    const vite = await import("vite").then((v) =>
      v.createServer({ server: { middlewareMode: true } }),
    );
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
    closeVite = () => vite.close();
  } else {
    const client = path.join(buildDir, "client");
    // File names under /assets carry a content hash: cache them for good, sent as compressed
    // at build time.
    app.use("/assets", precompressedAssets(path.join(client, "assets")));
    // The other files at the top (favicon.svg), by name: a page's path then costs no file lookup.
    const topLevel = new Set(fs.readdirSync(client).map((name) => `/${name}`));
    const files = express.static(client, { maxAge: "1h", index: false });
    app.use((req, res, next) => (topLevel.has(req.path) ? files(req, res, next) : next()));
    build = (await import(
      pathToFileURL(path.join(buildDir, "server/index.js")).href
    )) as ServerBuild;
  }

  const httpServer = http.createServer(app);
  // An idle connection stays open longer than clients and proxies keep theirs (commonly 60 s):
  // a client then never sends its next request on a connection the server is just closing,
  // which on a busy machine it otherwise does now and then (a reset instead of an answer).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const io = new SocketServer(httpServer, {
    serveClient: false,
    parser: SOCKET_PARSER,
    maxHttpBufferSize: socketPacketBytes({ ...DEFAULT_LIMITS, ...options.collab?.limits }),
    allowRequest: (req, callback) => {
      const expected = expectedOrigins(PUBLIC_URL, req.socket.localPort);
      callback(null, isSameOrigin(req.headers, expected));
    },
  });
  const collab = attachCollab(io, collabSessions, options.collab);
  collab.register(notitiesDocumentKind(log.child({ component: "notities" })));
  collab.register(essayDocumentKind(log.child({ component: "essays" })));
  // The header's unread count, live: the same sessions as co-editing, the centre's count.
  const counts = attachNotificationCounts(io, collabSessions, (userId) => unreadCount(userId));
  const mailOptions = { smtpUrl: SMTP_URL, from: MAIL_FROM, ...options.mail };
  const mailSends = Boolean(mailOptions.smtpUrl);
  const mail = startMailWorker({ ...mailOptions, logger: log.child({ component: "mail" }) });
  const fanOut = startNewsFanOut(log.child({ component: "fan-out" }));

  app.use(readFormBodies(undefined, uploadMaxBytes));
  app.use(
    pageHandler({
      build,
      mode,
      publicUrl: PUBLIC_URL,
      hasSession: (req) => readSessionToken(req.headers.cookie) !== null,
      getLoadContext: (req, res) => {
        const context = new RouterContextProvider();
        context.set(leerkringContext, {
          nonce: res.locals.cspNonce as string,
          clientIp: req.ip ?? "",
          collab,
          log: req.log,
          mailSends,
        });
        return context;
      },
    }),
  );
  // A fault no handler answered: its request line (pino-http reads res.err) carries the error.
  app.use(
    (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.err = error instanceof Error ? error : new Error(String(error));
      next(error);
    },
  );

  return {
    httpServer,
    io,
    collab,
    mail,
    async close() {
      if (options.mfaRequiredRoles) setMfaRequiredRoles(undefined);
      collab.close(); // compacts the open documents
      counts.close();
      await fanOut.stop();
      await mail.stop();
      // A connection still answering closes right after its answer, not after the keep-alive
      // wait; one whose client stopped reading its answer is cut after a grace period.
      httpServer.keepAliveTimeout = 1;
      const cut = setTimeout(() => httpServer.closeAllConnections(), CLOSE_GRACE_MS);
      await new Promise<void>((resolve) => {
        io.close(() => resolve()); // also closes httpServer
        httpServer.closeIdleConnections();
      });
      clearTimeout(cut);
      await closeVite();
    },
  };
}
