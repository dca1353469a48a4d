import type { RequestHandler } from "express";
import { localeFromAcceptLanguage, translator } from "#app/i18n/index.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin this request was addressed to: PUBLIC_URL when configured, else its Host header. */
export function expectedOrigin(
  headers: { host?: string | undefined },
  protocol: string,
  publicUrl?: string,
): string | null {
  if (publicUrl) return new URL(publicUrl).origin;
  return headers.host ? `${protocol}://${headers.host}` : null;
}

/**
 * Whether a request comes from our own pages. Browsers send Origin on every cross-site and
 * same-site POST; Sec-Fetch-Site covers the rare request without it. A request with neither is
 * refused: no form of ours sends one.
 */
export function isSameOrigin(
  headers: { origin?: string | undefined; "sec-fetch-site"?: string | string[] | undefined },
  expected: string | null,
): boolean {
  const origin = headers.origin;
  if (origin && origin !== "null") return expected !== null && origin === expected;
  const site = headers["sec-fetch-site"];
  return site === "same-origin" || site === "none";
}

/** CSRF protection for every state-changing request, before any route sees it. */
export function refuseCrossSiteRequests(publicUrl?: string): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const expected = expectedOrigin(req.headers, req.protocol, publicUrl);
    if (isSameOrigin(req.headers, expected)) return next();
    const t = translator(localeFromAcceptLanguage(req.get("Accept-Language") ?? null));
    res.status(403).type("text/plain; charset=utf-8").send(t("fout.crossSite"));
  };
}
