import { writeReadableStreamToWritable } from "@react-router/node";
import { Readable } from "node:stream";
import type express from "express";
import { createRequestHandler, type RouterContextProvider, type ServerBuild } from "react-router";
import { expectedOrigins } from "./csrf.ts";
import { sendRefusal } from "./request-body.ts";

/**
 * React Router behind Express, as @react-router/express does it, with two differences: actions
 * get the body request-body.ts has already read and checked (so a form is never read twice
 * from the socket, nor without a limit), and what is answered to a logged-in session is never
 * stored by a browser or proxy cache.
 */
export function pageHandler(options: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: "production" | "development";
  getLoadContext: (req: express.Request, res: express.Response) => RouterContextProvider;
  publicUrl: string | undefined;
  /** Whether the request carries a session cookie (its answer is then for that person alone). */
  hasSession: (req: express.Request) => boolean;
}): express.RequestHandler {
  const handle = createRequestHandler(options.build, options.mode);
  return async (req, res, next) => {
    try {
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) {
        for (const v of Array.isArray(value) ? value : value ? [value] : []) headers.append(key, v);
      }
      const body = res.locals.body as Buffer | undefined;
      // An upload streams from the socket into its action (request-body.ts says which).
      const stream = res.locals.streamBody === true;
      const request = new Request(requestUrl(req, options.publicUrl), {
        method: req.method,
        headers,
        signal: controller.signal,
        ...(body ? { body: new Uint8Array(body) } : {}),
        ...(stream ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
      } as RequestInit);
      const response = await handle(request, options.getLoadContext(req, res));
      if (stream && !req.complete) lingerThenClose(req, res);
      // A post to a file or feed (a route without a page or action) gets React Router's JSON.
      if (response.status === 405 && !response.headers.get("Content-Type")?.includes("text/html")) {
        await response.body?.cancel();
        return sendRefusal(req, res, 405);
      }

      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [key, value] of response.headers) res.append(key, value);
      // Pages, downloads and feeds of a logged-in person are theirs alone, public ones included
      // (they show the person's name and menu). One rule here instead of one per route.
      if (options.hasSession(req)) res.set("Cache-Control", "private, no-store");
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      if (res.destroyed || res.writableEnded) return;
      next(error);
    }
  };
}

/** How long the rest of a refused upload is read and dropped before the connection is closed. */
export const LINGER_MS = 1_000;

/**
 * Answered before an upload was read to its end (refused, too large). Closing at once would make
 * the client, still sending, meet a reset connection and lose the answer; so the rest is read and
 * dropped (nothing is kept) for a moment after the answer, and the connection is then closed
 * unless the upload ended by itself. Its end is watched from now on, not from the answer: an end
 * that came in between must keep the connection (the client sends its next request on it).
 */
export function lingerThenClose(req: express.Request, res: express.Response): void {
  let ended = false;
  req.once("end", () => {
    ended = true;
  });
  res.once("finish", () => {
    if (ended) return;
    const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
    timer.unref();
    req.once("end", () => clearTimeout(timer));
    // The action's reader has gone: what still comes is dropped, as Node drops an unread body.
    req.removeAllListeners("data");
    req.resume();
  });
}

/**
 * The request's URL on the configured origin, never on the Host header (which the sender
 * chooses). React Router compares it with Origin before an action, so a post from one of our
 * own origins (csrf.ts has checked that) keeps that origin.
 */
function requestUrl(req: express.Request, publicUrl: string | undefined): string {
  const origins = expectedOrigins(publicUrl, req.socket.localPort);
  const origin = req.headers.origin;
  const base = origin && origins.includes(origin) ? origin : (origins[0] ?? "http://localhost");
  try {
    // Concatenated, not resolved: a path such as "//evil.example" stays a path.
    return new URL(base + req.originalUrl).href;
  } catch {
    return base + "/";
  }
}
