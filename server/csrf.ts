import type { RequestHandler } from "express";
import { localeFromAcceptLanguage, translator } from "#shared/i18n/index.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The one-click unsubscribe of a mail (RFC 8058, /afmelden/<token>): a mail program POSTs
 * `List-Unsubscribe=One-Click` itself, with no Origin and no cookie, so the Origin check cannot
 * apply. It needs none: the signed token in the path is the only authority (it says whose category
 * and cannot be guessed or altered), no session is read, and all it can do is turn mail off.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/afmelden\/[^/]+$/;

/**
 * The origins our own pages are served from: PUBLIC_URL when configured; without it (development,
 * tests, demos) the port the request arrived on, under either loopback name. Never the Host header,
 * which the sender chooses.
 */
export function expectedOrigins(publicUrl: string | undefined, localPort?: number): string[] {
  if (publicUrl) return [new URL(publicUrl).origin];
  if (!localPort) return [];
  return ["localhost", "127.0.0.1", "[::1]"].map((host) => `http://${host}:${localPort}`);
}

/**
 * Whether a request comes from our own pages. Browsers send Origin on every cross-site and
 * same-site POST; Sec-Fetch-Site covers the rare request without it. A request with neither is
 * refused: no form of ours sends one.
 */
export function isSameOrigin(
  headers: { origin?: string | undefined; "sec-fetch-site"?: string | string[] | undefined },
  expected: readonly string[],
): boolean {
  const origin = headers.origin;
  if (origin && origin !== "null") return expected.includes(origin);
  const site = headers["sec-fetch-site"];
  return site === "same-origin" || site === "none";
}

/** CSRF protection for every state-changing request, before any route sees it. */
export function refuseCrossSiteRequests(publicUrl?: string): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (req.method === "POST" && ONE_CLICK_UNSUBSCRIBE.test(req.path)) return next();
    if (isSameOrigin(req.headers, expectedOrigins(publicUrl, req.socket.localPort))) return next();
    const t = translator(localeFromAcceptLanguage(req.get("Accept-Language") ?? null));
    res.status(403).type("text/plain; charset=utf-8").send(t("fout.crossSite"));
  };
}
