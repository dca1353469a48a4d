import { eq } from "drizzle-orm";
import { recordAuditNow, recordAudit, type AuditDetail } from "#app/audit/audit.server.ts";
import { getDb } from "#db/client.ts";
import { users } from "#db/schema.ts";
import { knownDeviceId, rememberDevice } from "./known-devices.server.ts";
import { verifyAgainstDummy, verifyPassword } from "./password.server.ts";
import {
  createChallenge,
  deviceSkipsSecondStep,
  endChallenge,
  findChallenge,
  rememberDeviceForSecondStep,
} from "./second-step.server.ts";
import { createSession, invalidateSession } from "./session.server.ts";
import {
  loginRetryAfterSeconds,
  recordLoginFailure,
  recordLoginSuccess,
  type LoginAttempt,
} from "./throttle.server.ts";
import { hashToken } from "./tokens.server.ts";
import { verifySecondFactor } from "./totp.server.ts";
import { authenticationOptions, passkeyCount, verifyPasskeyLogin } from "./passkeys.server.ts";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";

export type LoginResult =
  | {
      ok: true;
      token: string;
      session: ReturnType<typeof createSession>["session"];
      /** Set-Cookie for a device that is known from now on, or null. */
      deviceCookie: string | null;
      redirectTo: string;
    }
  /** The password was right; the second step comes next (challengeCookie names it). */
  | { ok: "second-step"; challengeCookie: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

type Client = {
  ip: string;
  userAgent: string | null;
  /** The browser's device cookie (known-devices.server.ts), if any. */
  deviceToken?: string | null;
  /** The browser's current session cookie, if any: a new login ends that session. */
  sessionToken?: string | null;
};

/**
 * Checks the credentials under the throttle. When they are right, starts a new session, or for a
 * person with two-factor login (on a device not remembered for it) a pending second step.
 */
export async function login(
  input: Client & { email: string; password: string; redirectTo: string },
): Promise<LoginResult> {
  const user = getDb().select().from(users).where(eq(users.email, input.email)).get();
  const deviceId = user ? knownDeviceId(input.deviceToken ?? null, user.id) : null;
  const attempt = { email: input.email, ip: input.ip, deviceId };
  const retryAfterSeconds = await loginRetryAfterSeconds(attempt);
  // The audit trail: the account the address named, by id (never its address, so that an erased
  // account leaves nothing in the log), or the address tried when it names none; never the password.
  const audit = {
    actor: null,
    ip: input.ip || null,
    subject: user ? { type: "gebruiker", id: user.id } : null,
    detail: (user ? {} : { email: input.email }) as AuditDetail,
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
  const secondFactor = Boolean(user.totpSecret) || passkeyCount(user.id) > 0;
  if (secondFactor && !deviceSkipsSecondStep(deviceId)) {
    return { ok: "second-step", challengeCookie: createChallenge(user.id, input.redirectTo) };
  }
  return startSession(user, deviceId, input, input.redirectTo);
}

/**
 * The second step's attempts are throttled like passwords (throttle.server.ts), counted apart
 * from them: the same pauses per account and address or known device, the same limits per
 * address and account.
 */
function secondStepAttempt(email: string, ip: string, deviceId: string | null): LoginAttempt {
  return { email: `tweestaps:${email}`, ip, deviceId };
}

/** The second step: the code of the person's app or a recovery code, for this browser's challenge. */
export function completeSecondStep(
  input: Client & { challengeToken: string | null; code: string; remember: boolean },
): Promise<LoginResult | { ok: false; reason: "expired" }> {
  return secondStep(input, "tweestaps-code", async (user) =>
    Boolean(verifySecondFactor(user.id, input.code)),
  );
}

/** The options for the browser's passkey prompt at this browser's pending second step, or null. */
export async function passkeyStepOptions(challengeToken: string | null) {
  const challenge = findChallenge(challengeToken);
  if (!challenge) return null;
  return authenticationOptions(challenge.user.id, challenge.id);
}

/**
 * The second step with a passkey: the browser's answer to passkeyStepOptions' challenge. Counts
 * under the same throttle as a code, and a wrong answer is audited like a wrong code.
 */
export function completePasskeyStep(
  input: Client & {
    challengeToken: string | null;
    response: AuthenticationResponseJSON;
    remember: boolean;
  },
): Promise<LoginResult | { ok: false; reason: "expired" }> {
  return secondStep(input, "passkey", async (user, challengeId) => {
    const result = await verifyPasskeyLogin(user.id, challengeId, input.response);
    return result.ok;
  });
}

async function secondStep(
  input: Client & { challengeToken: string | null; remember: boolean },
  method: "tweestaps-code" | "passkey",
  verify: (user: { id: number }, challengeId: string) => Promise<boolean>,
): Promise<LoginResult | { ok: false; reason: "expired" }> {
  const challenge = findChallenge(input.challengeToken);
  if (!challenge) return { ok: false, reason: "expired" };
  const { user } = challenge;
  const deviceId = knownDeviceId(input.deviceToken ?? null, user.id);
  const attempt = secondStepAttempt(user.email, input.ip, deviceId);
  const retryAfterSeconds = await loginRetryAfterSeconds(attempt);
  if (retryAfterSeconds > 0) return { ok: false, reason: "throttled", retryAfterSeconds };
  if (!(await verify(user, challenge.id))) {
    await recordLoginFailure(attempt);
    recordAuditNow({
      actor: null,
      ip: input.ip || null,
      subject: { type: "gebruiker", id: user.id },
      action: "inloggen.mislukt",
      detail: { reden: method },
    });
    return { ok: false, reason: "invalid" };
  }
  await recordLoginSuccess(attempt);
  endChallenge(challenge.id);
  const result = startSession(user, deviceId, input, challenge.redirectTo, {
    tweedeStap: method === "passkey" ? "passkey" : "code",
  });
  if (input.remember) rememberDeviceForSecondStep(result.deviceId);
  return result;
}

function startSession(
  user: { id: number; name: string },
  deviceId: string | null,
  client: Client,
  redirectTo: string,
  detail: Record<string, string> | null = null,
) {
  const { token, session } = getDb().transaction((tx) => {
    // ASVS 7.2.4: logging in while logged in replaces the old session instead of keeping both.
    if (client.sessionToken) invalidateSession(hashToken(client.sessionToken));
    const created = createSession(user.id, { userAgent: client.userAgent, ipAddress: client.ip });
    tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id)).run();
    recordAudit(tx, {
      actor: { id: user.id, name: user.name },
      ip: client.ip || null,
      subject: { type: "gebruiker", id: user.id },
      action: "inloggen.gelukt",
      detail,
    });
    return created;
  });
  const device = rememberDevice(user.id, deviceId);
  return {
    ok: true as const,
    token,
    session,
    deviceCookie: device.cookie,
    deviceId: device.id,
    redirectTo,
  };
}
