import { data, redirect } from "react-router";
import { parseId } from "#app/utils/fields.ts";
import { config } from "#shared/config.server.ts";
import { mfaRequiredFor } from "./mfa-policy.server.ts";
import { can, type Action } from "./permissions.ts";
import { readSessionToken, validateSessionToken, type ValidSession } from "./session.server.ts";

// One session lookup per request, however many loaders ask.
const cache = new WeakMap<Request, ValidSession | null>();

export function getAuth(request: Request): ValidSession | null {
  if (!cache.has(request)) {
    const token = readSessionToken(request.headers.get("Cookie"));
    cache.set(request, token ? validateSessionToken(token) : null);
  }
  return cache.get(request) ?? null;
}

export function getUser(request: Request) {
  return getAuth(request)?.user ?? null;
}

/** Where a person whose role requires two-factor login sets it up (the only page they may use). */
export const MFA_SET_UP_PATH = "/account/tweestaps";

/**
 * The signed-in person; anyone else is sent to the login page and brought back afterwards. The one
 * central check of MFA_REQUIRED_ROLES: a person whose role requires two-factor login and who has
 * not set it up is sent to the set-up page, except on the pages that pass `mfaSetUp: "allowed"`
 * (that page and /account).
 */
export function requireAuth(
  request: Request,
  { mfaSetUp = "required" }: { mfaSetUp?: "required" | "allowed" } = {},
): ValidSession {
  const auth = getAuth(request);
  if (!auth) {
    // Data requests arrive as they were sent (future.v8_passThroughRequests): drop React
    // Router's `.data` suffix and its internal search parameters from the way back.
    const url = new URL(request.url);
    url.searchParams.delete("_routes");
    url.searchParams.delete("index");
    const redirectTo = url.pathname.replace(/(\/_)?\.data$/, "") + url.search;
    throw redirect(`/inloggen?${new URLSearchParams({ redirectTo })}`);
  }
  if (mfaSetUp === "required" && !auth.mfaEnabled && mfaRequiredFor(auth.user.role)) {
    throw redirect(MFA_SET_UP_PATH);
  }
  return auth;
}

export function requireUser(request: Request) {
  return requireAuth(request).user;
}

export function requirePermission(request: Request, action: Action) {
  const user = requireUser(request);
  if (!can(user, action)) throw forbidden();
  return user;
}

export function forbidden() {
  return data({ reason: "forbidden" }, { status: 403 });
}

export function notFound() {
  return data({ reason: "not-found" }, { status: 404 });
}

/** The record a URL's id names; a 404 page when the id is malformed or unknown. */
export function requireFound<T>(
  idParam: string | undefined,
  find: (id: number) => T | null | undefined,
): T {
  const id = parseId(idParam);
  const found = id === null ? null : find(id);
  if (!found) throw notFound();
  return found;
}

/**
 * Only paths inside this site: never an open redirect, never a 500. Browsers drop tabs and line
 * breaks from a Location and read "\\" as "/", so "/\t/evil.example" would leave the site: any
 * whitespace, control character or backslash is refused outright, and what is left must resolve
 * to our own origin.
 */
export function safeRedirectPath(value: FormDataEntryValue | string | null | undefined): string {
  const path = typeof value === "string" ? value : "";
  if (!path.startsWith("/") || /[\s\p{Cc}\\]/u.test(path)) return "/";
  const base = config().publicUrl;
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(base).origin) return "/";
  const result = url.pathname + url.search + url.hash;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  return result.startsWith("//") ? "/" : result;
}
