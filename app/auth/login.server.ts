import { eq } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { users } from "#db/schema.ts";
import { verifyAgainstDummy, verifyPassword } from "./password.server.ts";
import { createSession } from "./session.server.ts";
import {
  loginRetryAfterSeconds,
  recordLoginFailure,
  recordLoginSuccess,
} from "./throttle.server.ts";

export type LoginResult =
  | { ok: true; token: string; session: ReturnType<typeof createSession>["session"] }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Checks the credentials under the throttle and, when they are right, starts a new session. */
export async function login(input: {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}): Promise<LoginResult> {
  const retryAfterSeconds = loginRetryAfterSeconds(input.email, input.ip);
  if (retryAfterSeconds > 0) return { ok: false, reason: "throttled", retryAfterSeconds };

  const user = getDb().select().from(users).where(eq(users.email, input.email)).get();
  const valid = user
    ? user.active && (await verifyPassword(user.passwordHash, input.password))
    : (await verifyAgainstDummy(input.password), false);
  if (!user || !valid) {
    recordLoginFailure(input.email, input.ip);
    return { ok: false, reason: "invalid" };
  }
  recordLoginSuccess(input.email);
  const { token, session } = createSession(user.id, {
    userAgent: input.userAgent,
    ipAddress: input.ip,
  });
  return { ok: true, token, session };
}
