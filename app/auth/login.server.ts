import { eq } from "drizzle-orm";
import { recordAuditNow, recordAudit } from "#app/audit/audit.server.ts";
import { getDb } from "#db/client.ts";
import { users } from "#db/schema.ts";
import { knownDeviceId, rememberDevice } from "./known-devices.server.ts";
import { verifyAgainstDummy, verifyPassword } from "./password.server.ts";
import { createSession, invalidateSession } from "./session.server.ts";
import {
  loginRetryAfterSeconds,
  recordLoginFailure,
  recordLoginSuccess,
} from "./throttle.server.ts";
import { hashToken } from "./tokens.server.ts";

export type LoginResult =
  | {
      ok: true;
      token: string;
      session: ReturnType<typeof createSession>["session"];
      /** Set-Cookie for a device that is known from now on, or null. */
      deviceCookie: string | null;
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Checks the credentials under the throttle and, when they are right, starts a new session. */
export async function login(input: {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
  /** The browser's device cookie (known-devices.server.ts), if any. */
  deviceToken?: string | null;
  /** The browser's current session cookie, if any: a new login ends that session. */
  sessionToken?: string | null;
}): Promise<LoginResult> {
  const user = getDb().select().from(users).where(eq(users.email, input.email)).get();
  const deviceId = user ? knownDeviceId(input.deviceToken ?? null, user.id) : null;
  const attempt = { email: input.email, ip: input.ip, deviceId };
  const retryAfterSeconds = await loginRetryAfterSeconds(attempt);
  // The audit trail: the address tried and the account it named, if any (never the password).
  const audit = {
    actor: null,
    ip: input.ip || null,
    subject: user ? { type: "gebruiker", id: user.id } : null,
    detail: { email: input.email },
  };
  if (retryAfterSeconds > 0) {
    recordAuditNow({ ...audit, action: "inloggen.geblokkeerd" });
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const valid = user
    ? user.active && (await verifyPassword(user.passwordHash, input.password))
    : (await verifyAgainstDummy(input.password), false);
  if (!user || !valid) {
    await recordLoginFailure(attempt);
    recordAuditNow({
      ...audit,
      action: "inloggen.mislukt",
      detail: { ...audit.detail, reden: user && !user.active ? "gedeactiveerd" : "ongeldig" },
    });
    return { ok: false, reason: "invalid" };
  }
  await recordLoginSuccess(attempt);
  const { token, session } = getDb().transaction((tx) => {
    // ASVS 7.2.4: logging in while logged in replaces the old session instead of keeping both.
    if (input.sessionToken) invalidateSession(hashToken(input.sessionToken));
    const created = createSession(user.id, { userAgent: input.userAgent, ipAddress: input.ip });
    recordAudit(tx, {
      ...audit,
      action: "inloggen.gelukt",
      actor: { id: user.id, name: user.name },
      detail: null,
    });
    return created;
  });
  return { ok: true, token, session, deviceCookie: rememberDevice(user.id, deviceId) };
}
