import crypto from "node:crypto";
import type http from "node:http";
import { pino, type DestinationStream, type Level, type Logger } from "pino";
import { pinoHttp, type HttpLogger } from "pino-http";
import { config } from "#shared/config.server.ts";
import { processWide } from "#shared/process-wide.ts";

// The one logger of the process: JSON lines on stdout (pretty ones on a developer's terminal), at
// the level LOG_LEVEL sets. HTTP requests get one line each from requestLogger(), with the
// request id that every line a route logs through its request's logger carries too.

export type { Logger };

/** Never written, whoever logs an object holding them: credentials and anything named so. */
export const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "password",
  "*.password",
  "token",
  "*.token",
];

export function createLogger(
  options: { level?: Level | "silent"; destination?: DestinationStream } = {},
): Logger {
  const { LOG_LEVEL, NODE_ENV } = config();
  const pretty = !options.destination && NODE_ENV !== "production" && process.stdout.isTTY;
  return pino(
    {
      level: options.level ?? LOG_LEVEL,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      // pino-pretty runs in a worker thread, so production never loads it (a dev dependency).
      ...(pretty ? { transport: { target: "pino-pretty" } } : {}),
    },
    options.destination,
  );
}

// One logger for the process entry and the app bundle (shared/process-wide.ts).
export const logger: Logger = processWide("logger", createLogger);

/** Paths whose last segment is a secret (an invitation or reset link): logged without it. */
const TOKEN_IN_PATH = /^(\/(?:uitnodiging|wachtwoord-herstellen)\/)[^/?#.]+/;

export function withoutTokens(url: string): string {
  return url.replace(TOKEN_IN_PATH, "$1[token]");
}

/** A request id a proxy may hand us: short and plain, so it cannot forge or bloat a log line. */
const SANE_REQUEST_ID = /^[\w.:-]{1,64}$/;

function requestId(req: http.IncomingMessage, res: http.ServerResponse): string {
  const incoming = req.headers["x-request-id"];
  const id =
    typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  res.setHeader("X-Request-Id", id);
  return id;
}

/** One line per request, when its response is finished: id, method, path, status, duration (ms). */
export function requestLogger(base: Logger = logger): HttpLogger {
  return pinoHttp({
    logger: base,
    genReqId: requestId,
    // Lines a route logs through req.log carry the request id, not the whole request again.
    quietReqLogger: true,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    serializers: {
      req: (req: { url: string } & Record<string, unknown>) => ({
        id: req.id,
        method: req.method,
        url: withoutTokens(req.url),
        headers: req.headers,
        remoteAddress: req.remoteAddress,
      }),
    },
  });
}

function pathOf(req: http.IncomingMessage): string {
  return withoutTokens((req as { originalUrl?: string }).originalUrl ?? req.url ?? "");
}
